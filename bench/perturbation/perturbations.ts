/**
 * Family (c): one change each that makes a sentence false against its article, by construction. Every
 * rule checks its own guarantee before it returns: the new figure, date or name is nowhere in the
 * article; a negated or reversed sentence was not negative before, and the reversed wording is not in
 * the article either. A rule that cannot guarantee it returns null.
 */
import { findEntities, pickDonor, type Donor, type Entity } from './entities';
import { ANTONYMS, CAPITALISED_FUNCTION_WORDS, MONTHS, NUMBER_WORDS, PARTICIPLES, PAST_TO_BASE, PRESENT_TO_BASE, REPORTING, WEEKDAYS } from './lexicon';
import { applySwap, swapSites, type Rule } from './rules';
import { figureValue, hasPhrase, isNegated, replaceAt, splitEnd, wordsOf, type ArticleContext, type Word } from './text';
import type { Random } from './random';

export const PERTURBATION_KINDS = ['number', 'date', 'entity-swap', 'negation', 'antonym', 'new-entity-clause'] as const;
export type PerturbationKind = (typeof PERTURBATION_KINDS)[number];

// ------------------------------------------------------------------------------------------ number

const YEAR_LIKE = (v: number, s: string) => /^\d{4}$/.test(s) && v >= 1900 && v <= 2039;
const CLOCK_AFTER = /^\s*(?:GMT|BST|EST|EDT|CST|am|pm|a\.m\.|p\.m\.|hours|hrs)\b/;

function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Another figure written like `original` ("4.5" → "6.2", "1,200" → "1,900", "three" → "seven"), at least 30 % off, new to the article. */
export function otherFigure(original: string, ctx: ArticleContext, rng: Random): string | null {
  const v = figureValue(original);
  if (!(v > 0)) return null;
  const farEnough = (n: number) => Math.max(n, v) / Math.min(n, v) >= 1.3;
  for (let tries = 0; tries < 40; tries++) {
    let out: string;
    let n: number;
    if (original.toLowerCase() in NUMBER_WORDS) {
      const word = rng.pick(Object.keys(NUMBER_WORDS));
      n = NUMBER_WORDS[word];
      out = original[0] === original[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
    } else {
      const decimals = original.includes('.') ? original.split('.')[1].length : 0;
      if (decimals === 0 && v < 10) n = 2 + rng.int(8);
      else {
        const factor = rng.next() < 0.5 ? 0.3 + 0.4 * rng.next() : 1.4 + 1.2 * rng.next();
        n = v * factor;
        if (decimals > 0) n = Number(n.toFixed(decimals));
        else {
          let zeros = 0;
          for (let x = v; x % 10 === 0 && x >= 10; x /= 10) zeros++;
          const unit = 10 ** Math.min(zeros, Math.max(0, String(Math.round(n)).length - 1));
          n = Math.max(unit, Math.round(n / unit) * unit);
        }
      }
      out = decimals > 0 ? n.toFixed(decimals) : original.includes(',') ? withCommas(n) : String(n);
      if (YEAR_LIKE(n, out)) continue; // would read as a year
    }
    if (n > 0 && farEnough(n) && !ctx.figures.has(n) && !hasPhrase(ctx.text, out)) return out;
  }
  return null;
}

/** Figures of a sentence that state an amount: not years, clock times, days of a month, or numbers in names ("Nintendo 64", "Chapter 11"). */
function amountSites(sentence: string): Word[] {
  const ws = wordsOf(sentence);
  const sites: Word[] = [];
  ws.forEach((w, i) => {
    const prev = ws[i - 1]?.text ?? '';
    const next = ws[i + 1]?.text ?? '';
    if (isDayOfMonth(prev, next) || /^\p{Lu}/u.test(next)) return;
    if (/^\p{Lu}/u.test(prev) && !CAPITALISED_FUNCTION_WORDS.has(prev.toLowerCase())) return;
    if (w.text.toLowerCase() in NUMBER_WORDS) {
      sites.push(w);
      return;
    }
    if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(w.text) || YEAR_LIKE(Number(w.text), w.text)) return;
    const before = sentence.slice(0, w.start);
    const after = sentence.slice(w.end);
    if (/[\-\/:'’]$/.test(before) || /^[\-\/:]\S/.test(after) || /^[.,]\d/.test(after) || CLOCK_AFTER.test(after)) return;
    sites.push(w);
  });
  return sites;
}

const MONTH_WORDS = new RegExp(`^(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)$`);
const isDayOfMonth = (prev: string, next: string) => MONTH_WORDS.test(prev) || MONTH_WORDS.test(next);

const number: Rule = ({ sentence, ctx, rng }) => {
  const sites = amountSites(sentence);
  for (const site of rng.shuffled(sites)) {
    const to = otherFigure(site.text, ctx, rng);
    if (to) return { text: sentence.slice(0, site.start) + to + sentence.slice(site.end), from: site.text, to };
  }
  return null;
};

// ------------------------------------------------------------------------------------------ date

const YEAR_BEFORE = new Set('in since by until till of for fiscal from to during between and early late mid before after through throughout year calendar the end or than over spring summer autumn winter'.split(' '));
const MONTH_BEFORE = new Set('in since by until of early late mid last next from to through end'.split(' '));

function cyclicDistance(a: number, b: number, n: number): number {
  const d = Math.abs(a - b) % n;
  return Math.min(d, n - d);
}

/** A month or weekday the article never names, at least two away from the original. */
function otherName(names: readonly string[], original: string, ctx: ArticleContext, rng: Random): string | null {
  const i = names.indexOf(original);
  const choices = names.filter((name, j) => name !== 'May' && cyclicDistance(i, j, names.length) >= 2 && !hasPhrase(ctx.text, name, true) && !new RegExp(`\\b${name.slice(0, 3)}(?:\\.|\\s+\\d)`).test(ctx.text));
  return choices.length ? rng.pick(choices) : null;
}

const date: Rule = ({ sentence, ctx, rng }) => {
  const ws = wordsOf(sentence);
  const options: Array<{ word: Word; make: () => string | null }> = [];
  ws.forEach((w, i) => {
    const prev = ws[i - 1]?.text;
    const next = ws[i + 1]?.text;
    const glued = /[\/\-]$/.test(sentence.slice(0, w.start)) || /^[\/\-]\w/.test(sentence.slice(w.end));
    if (/^(?:19|20)\d\d$/.test(w.text) && !glued && prev && (YEAR_BEFORE.has(prev.toLowerCase()) || MONTHS.includes(prev) || /^\d{1,2}$/.test(prev))) {
      options.push({
        word: w,
        make: () => {
          const v = Number(w.text);
          const years = [-6, -5, -4, -3, -2, 2, 3, 4, 5, 6].map((d) => v + d).filter((y) => !hasPhrase(ctx.text, String(y)) && !ctx.figures.has(y));
          return years.length ? String(rng.pick(years)) : null;
        },
      });
    } else if (/^\d{1,2}$/.test(w.text) && Number(w.text) >= 1 && Number(w.text) <= 31 && !glued && isDayOfMonth(prev ?? '', next ?? '')) {
      // A day of the month ("May 19", "31 December"): another day, one the article states as no figure at all.
      options.push({
        word: w,
        make: () => {
          const days = Array.from({ length: 28 }, (_, d) => d + 1).filter((d) => Math.abs(d - Number(w.text)) >= 2 && !ctx.figures.has(d));
          return days.length ? String(rng.pick(days)) : null;
        },
      });
    } else if (MONTHS.includes(w.text) && i > 0 && !glued && (w.text !== 'May' || /^\d/.test(next ?? '') || MONTH_BEFORE.has(prev?.toLowerCase() ?? ''))) {
      options.push({ word: w, make: () => otherName(MONTHS, w.text, ctx, rng) });
    } else if (WEEKDAYS.includes(w.text) && !glued && !/^\p{Lu}/u.test(next ?? '') && !(prev && /^\p{Lu}/u.test(prev) && !CAPITALISED_FUNCTION_WORDS.has(prev.toLowerCase()))) {
      // Not part of a name ("Saturday Night Takeaway", "Black Monday").
      options.push({ word: w, make: () => otherName(WEEKDAYS, w.text, ctx, rng) });
    }
  });
  for (const o of rng.shuffled(options)) {
    const to = o.make();
    if (to) return { text: sentence.slice(0, o.word.start) + to + sentence.slice(o.word.end), from: o.word.text, to };
  }
  return null;
};

// ------------------------------------------------------------------------------------------ names

const SWAPPABLE = new Set(['person', 'surname', 'org', 'place', 'nationality']);
/** Place names said with "the". */
const TAKES_THE = /^(?:United|Soviet|Netherlands|Philippines|Gulf|Persian Gulf|Hague|U\.[SK]\.|US|UK|USA|USSR|UAE|EC|EU)(?!\p{L})/u;

/** Plural nationalities ("Americans") take plural ones, adjectives adjectives. */
function fitsLike(e: Entity): (d: Donor) => boolean {
  if (e.type !== 'nationality') return () => true;
  const plural = /s$/.test(e.text) && e.text !== 'Swiss';
  return (d) => (/s$/.test(d.text) && d.text !== 'Swiss') === plural;
}

const entitySwap: Rule = ({ sentence, ctx, rng, donors }) => {
  const names = findEntities(sentence, ctx).filter((e) => SWAPPABLE.has(e.type));
  for (const e of rng.shuffled(names)) {
    const d = pickDonor(donors, e.type, ctx, rng, fitsLike(e));
    if (!d) continue;
    // "in the United States" → "in Egypt", not "in the Egypt".
    const article = e.type === 'place' && !TAKES_THE.test(d.text) ? /(?<![\p{L}])the $/u.exec(sentence.slice(0, e.start)) : null;
    const start = article ? e.start - 4 : e.start;
    return { text: replaceAt(sentence, start, e.end, d.text), from: sentence.slice(start, e.end), to: d.text };
  }
  return null;
};

/** Clauses about a name, by type; "{}" is the name. Those that attribute the sentence are kept for sentences without an attribution. */
const CLAUSES: Readonly<Record<string, ReadonlyArray<{ readonly text: string; readonly attributes: boolean }>>> = {
  org: [
    { text: ', according to a spokesman for {}', attributes: true },
    { text: ', {} said in a statement', attributes: true },
    { text: ', and {} said it would review the matter', attributes: false },
  ],
  person: [
    { text: ', according to {}', attributes: true },
    { text: ', {} told reporters', attributes: true },
    { text: ', and {} said the figures were accurate', attributes: false },
  ],
  place: [
    { text: ', according to officials in {}', attributes: true },
    { text: ', and officials in {} said they would study the matter', attributes: false },
  ],
  nationality: [
    { text: ', according to {} officials', attributes: true },
    { text: ', and {} officials said they would study the matter', attributes: false },
  ],
};

/** Appends a clause about a name from another article that this one never mentions. */
const newEntityClause: Rule = ({ sentence, ctx, rng, donors }) => {
  const { body, end } = splitEnd(sentence);
  if (end !== '.' || /["“”)]$/.test(body)) return null;
  const attributed = /\b(?:said|says|according|told|added|stated|announced)\b/.test(body);
  for (const type of rng.shuffled(Object.keys(CLAUSES))) {
    const d = pickDonor(donors, type as Donor['type'], ctx, rng, (x) => type !== 'nationality' || !/s$/.test(x.text) || x.text === 'Swiss');
    if (!d) continue;
    const templates = CLAUSES[type].filter((t) => !(attributed && t.attributes));
    const clause = rng.pick(templates).text.replace('{}', d.text);
    return { text: body + clause + end, from: '', to: clause };
  }
  return null;
};

// ------------------------------------------------------------------------------------------ negation

/**
 * Words after which a verb is in a subordinate or relative clause until the next comma: negating it would
 * not reverse what the sentence mainly says ("if prices rose", "Smith, who is also chairman, said").
 */
const SUBORDINATORS = new Set('if unless whether though although because while whereas until before after when once since than as provided lest so who which whose whom'.split(' '));
const NOT_SUBJECTS = new Set('the a an its their his her this these those our my your to of in on at by for from with into about as be been being was were is are has have had will would can could should may might must shall do does did and or but not so very more most already'.split(' '));
const PRONOUN_SUBJECTS = new Set('he she it they we i who which that'.split(' '));
const ADVERBS = /^(?:also|still|now|probably|then|again|certainly|clearly|really|currently)$/;
const AMBIGUOUS_PAST = new Set('left saw felt found wound forecast lead'.split(' '));

/** Where "not" goes in a sentence, and the words it takes: "rose" → "did not rise", "is" → "is not". */
function negationAt(ws: readonly Word[], sentence: string, allowReporting: boolean): { word: Word; to: string } | null {
  let blocked = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lower = w.text.toLowerCase();
    if (i > 0 && /[,;:]/.test(sentence.slice(ws[i - 1].end, w.start))) blocked = false;
    if (SUBORDINATORS.has(lower)) blocked = true;
    if (blocked) continue;
    const prev = ws[i - 1]?.text;
    const next = ws[i + 1]?.text.toLowerCase();
    const prevLower = prev?.toLowerCase();
    // "is not just", "was not only": a "not" there keeps the predicate and says there is more ("not
    // already" reads as "not yet").
    if (next && /^(?:just|only|merely|simply|necessarily|always|all|entirely|quite|exactly|even|solely|already|yet)$/.test(next)) continue;
    // "will also slip" → "will also not slip": "not" goes after an adverb that follows the auxiliary.
    const adverb = next && ADVERBS.test(next) ? ws[i + 1] : undefined;
    const after = adverb ? ws[i + 2]?.text.toLowerCase() : next;
    const insert = (to: string) => (adverb ? { word: { text: sentence.slice(w.start, adverb.end), start: w.start, end: adverb.end }, to: `${lower} ${adverb.text} not` } : { word: w, to });
    if (/^(?:is|are|was|were)$/.test(lower) && after && !/^(?:not|never|no)$/.test(after)) return insert(`${lower} not`);
    if (/^(?:will|would|should|must|shall)$/.test(lower) && after && /^\p{Ll}+$/u.test(after)) return insert(`${lower} not`);
    if (lower === 'can' && after && /^\p{Ll}+$/u.test(after)) return adverb ? insert('') : { word: w, to: 'cannot' };
    if (/^(?:has|have|had)$/.test(lower) && after && PARTICIPLES.has(after)) return insert(`${lower} not`);
    // A past or present verb needs a subject right before it, and no other verb after it in the clause
    // ("the shares acquired last year rose": "acquired" is no predicate).
    const subjectBefore = prev !== undefined && prevLower !== undefined && !NOT_SUBJECTS.has(prevLower) && /^[\p{L}'’.-]+$/u.test(prev) && (!/ly$/.test(prevLower) || prevLower === 'only');
    const base = PAST_TO_BASE.get(w.text) ?? PRESENT_TO_BASE.get(w.text);
    if (!base || !subjectBefore || AMBIGUOUS_PAST.has(w.text) || next === 'by') continue;
    if (!allowReporting && REPORTING.has(base)) continue;
    const present = PRESENT_TO_BASE.has(w.text) && !PAST_TO_BASE.has(w.text);
    // Third-person forms are often plural nouns ("wage increases"): only after a pronoun or a name.
    if (present && !(PRONOUN_SUBJECTS.has(prevLower!) || /^\p{Lu}/u.test(prev!))) continue;
    if (laterVerbInClause(ws, i, sentence)) continue;
    return { word: w, to: `${present ? 'does' : 'did'} not ${base}` };
  }
  return null;
}

function laterVerbInClause(ws: readonly Word[], i: number, sentence: string): boolean {
  for (let j = i + 1; j < ws.length; j++) {
    if (/[,;:]/.test(sentence.slice(ws[j - 1].end, ws[j].start))) return false;
    const t = ws[j].text;
    if (/^(?:and|but|or|that|which|who|said|says)$/.test(t)) return false;
    if (/^(?:is|are|was|were|will|would|has|have|had)$/.test(t) || (PAST_TO_BASE.has(t) && !PARTICIPLES.has(t))) return true;
    if (PAST_TO_BASE.has(t) && /^\p{Ll}/u.test(ws[j - 1].text) && !NOT_SUBJECTS.has(ws[j - 1].text)) return true;
  }
  return false;
}

const negation: Rule = ({ sentence }) => {
  if (isNegated(sentence)) return null;
  const ws = wordsOf(sentence);
  const at = negationAt(ws, sentence, false) ?? negationAt(ws, sentence, true);
  if (!at) return null;
  return { text: sentence.slice(0, at.word.start) + at.to + sentence.slice(at.word.end), from: at.word.text, to: at.to };
};

// ------------------------------------------------------------------------------------------ antonym

const antonym: Rule = ({ sentence, ctx, rng }) => {
  if (isNegated(sentence)) return null;
  const sites = swapSites(sentence, ANTONYMS).filter((s) => {
    if (hasPhrase(sentence, s.swap.to)) return false; // "rose … while … fell": the sentence already says both
    if (s.prev && hasPhrase(ctx.text, `${s.prev} ${s.swap.to}`)) return false;
    if (s.next && hasPhrase(ctx.text, `${s.swap.to} ${s.next}`)) return false;
    return true;
  });
  return sites.length ? applySwap(sentence, rng.pick(sites)) : null;
};

export const PERTURBATIONS: Readonly<Record<PerturbationKind, Rule>> = {
  number,
  date,
  'entity-swap': entitySwap,
  negation,
  antonym,
  'new-entity-clause': newEntityClause,
};

