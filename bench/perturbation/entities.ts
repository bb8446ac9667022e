/**
 * Names in a sentence (runs of capitalised words), a rough type for each, and the test that a name
 * taken from another article is new to this one: not the name, not any telling word of it, and no
 * other name of the same place ("Washington" is out where the article says "U.S.").
 */
import { splitSentences } from '../../server/src/core/text/sentences';
import { CAPITALISED_FUNCTION_WORDS, DEMONYMS, GENERIC_NAME_WORDS, MONTHS, ORG_SUFFIXES, PERSON_TITLES, PLACE_GROUPS, WEEKDAYS } from './lexicon';
import { escapeRegExp, hasPhrase, wordsOf, type ArticleContext, type Word } from './text';
import type { Random } from './random';

export type EntityType = 'person' | 'surname' | 'org' | 'place' | 'nationality' | 'other';

export interface Entity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** A name that another article may receive. */
export interface Donor {
  readonly text: string;
  readonly type: EntityType;
  readonly articleId: string;
  readonly src: string;
}

/** Capitalised words of places, events and works rather than people ("National Theatre", "Davis Cup"). */
const NOT_PERSON_WORDS = new Set(
  `Theatre Theater Museum Street House Hall Road Park Centre Center Square Award Awards Prize Cup Championship Championships
  League Festival Court Office Station Airport Hospital School College Church Cathedral Palace Stadium Bridge River Island
  Mountain Lake Sea Ocean Avenue Hotel Records Music News Sport Radio Television Channel Film Films Pictures Studios Games
  Online Network Capital Index Plan Act Bill Treaty Agreement Accord Programme Program Day Year Week Christmas Easter
  Olympics Olympic Open Grand Slam Trophy Nations Division Premiership Tour Race Club Party Union Times Herald Mail Post
  Guardian Telegraph Journal Group Bank Street Service Services Forces Army Navy Police Government State States Republic
  Kingdom Minister Ministry Department Council Committee Commission Assembly Parliament Congress Senate Show Awards`.split(/\s+/),
);
/** Acronyms that name no organisation. */
const NOT_ORG_ACRONYMS = new Set('ID GMT BST EST EDT CET GDP GNP TV PC PCs CD CDs DVD DVDs MP MPs MSP MSPs CEO IPO VAT AIDS HIV DNA IT OK AM PM FM SMS GSM ATM PIN RAM USB PDA PDAs LCD SUV QC OBE MBE CBE'.split(' '));
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, 'REUTER', 'Reuters', 'Reuter', 'I']);
const PLACE_OF = new Map<string, number[]>();
PLACE_GROUPS.forEach((group, i) => group.forEach((name) => PLACE_OF.set(name, [...(PLACE_OF.get(name) ?? []), i])));

// "Montreal-based" is an adjective, not part of a name.
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w) && !/-\p{Ll}+$/u.test(w);
const stripPossessive = (w: string) => w.replace(/['’]s$/, '');

/** Surnames of the people an article names in full, found once per article. */
const surnamesCache = new WeakMap<ArticleContext, Set<string>>();

function surnamesOf(ctx: ArticleContext): Set<string> {
  let out = surnamesCache.get(ctx);
  if (out) return out;
  out = new Set<string>();
  for (const para of ctx.article.paras) {
    for (const span of splitSentences(para)) {
      for (const e of findEntities(para.slice(span.start, span.end), ctx, new Set())) {
        if (e.type === 'person') out.add(e.text.split(' ').pop()!);
      }
    }
  }
  surnamesCache.set(ctx, out);
  return out;
}

/** Whether a run of words starts where a capital says nothing (sentence start, after a quote or colon). */
function atStart(sentence: string, w: Word): boolean {
  const before = sentence.slice(0, w.start).trimEnd();
  return before === '' || /["“‘(:]$/.test(before);
}

/** Runs of capitalised words joined by single spaces ("Bank of Japan", "Treasury Secretary James Baker"). */
function capitalisedRuns(sentence: string): Word[][] {
  const ws = wordsOf(sentence);
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && !isCapitalised(run[run.length - 1].text)) run.pop(); // a trailing "of"
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const joined = run.length > 0 && sentence.slice(run[run.length - 1].end, w.start) === ' ';
    if (run.length && !joined) close();
    const connector = run.length > 0 && /^(?:of|de|&)$/.test(w.text) && i + 1 < ws.length && isCapitalised(ws[i + 1].text);
    if (isCapitalised(w.text) || connector) {
      run.push(w);
      if (/['’]s$/.test(w.text)) close(); // a possessive ends the name
    } else close();
  }
  close();
  return runs;
}

/** The names of a sentence, with a rough type each. */
export function findEntities(sentence: string, ctx: ArticleContext, surnames: ReadonlySet<string> = surnamesOf(ctx)): Entity[] {
  const out: Entity[] = [];
  for (const run0 of capitalisedRuns(sentence)) {
    let run = run0;
    const startsSentence = atStart(sentence, run[0]);
    let titled = false;
    // Leading function words and titles are no part of the name ("The French", "Mr Smith", "Treasury Secretary James Baker").
    // ("New" stays before another name: "New York Times".)
    while (run.length && CAPITALISED_FUNCTION_WORDS.has(run[0].text.toLowerCase()) && !(run[0].text === 'New' && run.length > 1)) {
      if (PERSON_TITLES.has(run[0].text.toLowerCase())) titled = true;
      run = run.slice(1);
    }
    const lastTitle = run.map((w) => PERSON_TITLES.has(w.text.toLowerCase().replace(/\.$/, ''))).lastIndexOf(true);
    if (lastTitle >= 0 && lastTitle < run.length - 1) {
      run = run.slice(lastTitle + 1);
      titled = true;
      // "Secretary of State George Shultz": the title's own "of State" goes too.
      if (run.length > 2 && /^(?:of|de|&)$/.test(run[0].text)) run = run.slice(2);
    }
    if (run.length === 0) continue;
    const before = sentence.slice(0, run[0].start).match(/([\p{L}]+)\s+$/u)?.[1]?.toLowerCase();
    if (before && PERSON_TITLES.has(before)) titled = true;
    const text = stripPossessive(sentence.slice(run[0].start, run[run.length - 1].end));
    if (!/\p{L}{2}/u.test(text)) continue;
    // A lone capitalised word at the start of a sentence is a name only if the article capitalises it mid-sentence too.
    if (run.length === 1 && run[0] === run0[0] && startsSentence && !PLACE_OF.has(text) && !capitalisedMidSentence(text, ctx)) continue;
    out.push({ text, start: run[0].start, end: run[0].start + text.length, type: typeOf(text, titled, ctx, surnames) });
  }
  return out;
}

function capitalisedMidSentence(word: string, ctx: ArticleContext): boolean {
  return new RegExp(`[\\p{Ll},] ${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(ctx.text);
}

function typeOf(text: string, titled: boolean, ctx: ArticleContext, surnames: ReadonlySet<string>): EntityType {
  const parts = text.split(' ');
  if (PLACE_OF.has(text)) return DEMONYMS.has(text) ? 'nationality' : 'place';
  const suffix = (p: string) => ORG_SUFFIXES.has(p.toLowerCase().replace(/\.$/, '')) || GENERIC_NAME_WORDS.has(p.toLowerCase());
  if (parts.every(suffix)) return 'other'; // "Co Inc", left of a name the run did not reach
  // "Berry Petroleum Co", "Bank of America International Ltd", "Dominion Textiles Inc of Canada".
  if (parts.length > 1 && parts.some((p, i) => ORG_SUFFIXES.has(p.toLowerCase().replace(/\.$/, '')) && (i > 0 || parts[1] === 'of'))) return 'org';
  if (parts.length === 1 && /^\p{Lu}{2,6}$/u.test(text) && !NOT_ORG_ACRONYMS.has(text)) return 'org'; // an acronym: NATO, OPEC, IMF
  const plainNames = parts.every((p) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(p) && !NOT_PERSON_WORDS.has(p) && !ORG_SUFFIXES.has(p.toLowerCase()));
  if (plainNames && parts.length >= 2 && parts.length <= 3 && !parts.some((p) => PLACE_OF.has(p))) {
    // A person has a title, or is introduced in full and then called by the surname alone as people are
    // ("Mr Lemaire", "Lemaire said").
    const surname = escapeRegExp(parts[parts.length - 1]);
    const asPerson = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir) ${surname}\\b|(?<!${escapeRegExp(parts[parts.length - 2])} )\\b${surname} (?:said|says|told|added|, who)\\b`, 'u');
    if (titled || asPerson.test(ctx.text)) return 'person';
  }
  if (parts.length === 1 && plainNames && (surnames.has(text) || titled)) return 'surname';
  return 'other';
}

/** Whether a name is new to an article: the name, its telling words and every other name of its places are all absent. */
export function isNewTo(name: string, ctx: ArticleContext): boolean {
  if (hasPhrase(ctx.text, name)) return false;
  const parts = name.split(' ');
  for (const p of parts) {
    const core = stripPossessive(p);
    if (core.replace(/\./g, '').length >= 2 && !GENERIC_NAME_WORDS.has(core.toLowerCase()) && hasPhrase(ctx.text, core)) return false;
  }
  const groups = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) for (const g of PLACE_OF.get(parts.slice(i, j).join(' ')) ?? []) groups.add(g);
  }
  for (const g of groups) if (PLACE_GROUPS[g].some((member) => hasPhrase(ctx.text, member, true))) return false;
  return true;
}

/** Every typed name of every article, each with the article it came from (in article order: deterministic). */
export function donorPool(contexts: readonly ArticleContext[], sentencesOf: (ctx: ArticleContext) => readonly string[]): Donor[] {
  const out: Donor[] = [];
  const seen = new Set<string>();
  for (const ctx of contexts) {
    for (const s of sentencesOf(ctx)) {
      for (const e of findEntities(s, ctx)) {
        if (e.type === 'other') continue;
        const donors: Array<[string, EntityType]> = [[e.text, e.type]];
        if (e.type === 'person') donors.push([e.text.split(' ').pop()!, 'surname']);
        for (const [text, type] of donors) {
          const key = `${ctx.article.src}\u0000${type}\u0000${text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ text, type, articleId: ctx.article.id, src: ctx.article.src });
        }
      }
    }
  }
  return out;
}

/**
 * A name of the given type from another article of the same collection that is new to this article, or
 * null after a few tries. `fits` narrows the choice further (e.g. plural nationalities for plural ones).
 */
export function pickDonor(pool: readonly Donor[], type: EntityType, ctx: ArticleContext, rng: Random, fits: (d: Donor) => boolean = () => true): Donor | null {
  const candidates = pool.filter((d) => d.type === type && d.src === ctx.article.src && d.articleId !== ctx.article.id && fits(d));
  for (let tries = 0; tries < 40 && candidates.length; tries++) {
    const d = rng.pick(candidates);
    if (isNewTo(d.text, ctx)) return d;
  }
  return null;
}
