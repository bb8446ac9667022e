import { NEGATIONS, tokenize, TokenKind, type Token } from '../text/tokenize';
import { claimTokens, FIRST_PERSON_CONTRACTION, isPastForm, isPlaceOrPeople, NAME_TITLES, opinionMarker, PERSON_TITLES, tokenLemma, tokenLemmas, VAGUE_AMOUNTS } from './lexicon';
import { extractQuantities, type Quantity } from './quantities';
import { quotations } from './quotes';

/** A run of capitalised words: a person, place, organisation, nationality or title. */
export interface NamePhrase {
  readonly text: string;
  /** Index terms of its words (glue words such as "of" left out). */
  readonly terms: readonly string[];
  /** The terms that tell this name from others: its words less titles and kinds ("President", "Court"). */
  readonly distinctive: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** The noun phrase a sentence opens with, when it names a thing rather than a person ("A regional court"). */
export interface SubjectPhrase {
  /** As written, determiner included: "a regional court". */
  readonly text: string;
  /** The head noun's index term and claim term ("court"). */
  readonly head: Token;
}

/** Why a sentence counts as a checkable claim. */
export type ClaimKind = 'figure' | 'date' | 'name' | 'quote' | 'reported-speech' | 'event';

/** What the checker knows about one sentence of a draft (citations already removed from `text`). */
export interface Claim {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Each token's claim term: the index term, or for an irregular verb form its base ("rose" → "rise"). */
  readonly lemmas: readonly string[];
  /** Content words, no stop words, each term once. */
  readonly content: readonly Token[];
  readonly quantities: readonly Quantity[];
  readonly names: readonly NamePhrase[];
  readonly subject?: SubjectPhrase;
  /** The sentence says something did not happen / is not so (a negation that governs a predicate). */
  readonly negated: boolean;
  /** Token indices inside the reach of a negation ("no damage, injuries or loss of lives were reported"). */
  readonly negatedTokens: ReadonlySet<number>;
  /** Token indices of what a contrast rules out ("in Paju, not Seoul"): not asserted, so not to be found. */
  readonly contrast: ReadonlySet<number>;
  /** Token indices of the words a negation directly turns around ("did not [tell]", "no [damage]"). */
  readonly negationHeads: ReadonlySet<number>;
  /** Empty when the sentence asserts nothing checkable. */
  readonly kinds: readonly ClaimKind[];
  /** A statement at all: not a question or heading, and at least three content words. */
  readonly statement: boolean;
  /** The word or phrase that makes the sentence an opinion ("sadder", "should"), if it is one. */
  readonly opinion?: string;
}

/** Options for reading a claim. */
export interface ClaimContext {
  /** Whether a capitalised word that opens the sentence is a name (the sources write it capitalised mid-sentence). */
  readonly isName?: (word: string) => boolean;
}

const SPEECH = /\b(said|says|say|told|tells|stated|states|announced|announces|reported|reports|according|claimed|claims|confirmed|confirms|warned|warns|denied|denies|declared|declares|wrote|writes|added|argued|insisted|admitted|called|described|accused|alleged|alleges)\b/i;
const QUOTE = /["“”«»]|(?:^|\s)['‘][^']{3,}['’](?:\s|[.,;:]|$)/;
export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);
/** Negation words that turn a predicate around. "Without", "denied", "failed" are predicates of their own here. */
const PREDICATE_NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', "n't"]);
/** Words that open a noun phrase naming something new; "this", "its", "their" point back to what was said before. */
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'some', 'several', 'many', 'most', 'both', 'each', 'every']);

/** Verbs that negate the verb they govern: "refused to [pay]", "failed to [win]" say it did not happen. */
const NEGATING_VERBS = new Set(['refuse', 'refused', 'refuses', 'refusing', 'fail', 'failed', 'fails', 'failing']);

/** Whether token `i` negates what follows it: "not", "never", "n't", a negating verb before "to", or "ruled out". */
export function isNegationAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const lower = t.raw.toLowerCase();
  const next = tokens[i + 1]?.raw.toLowerCase();
  // "by ten votes to none", "fell from four to none": a count of nought, not a denial ("spoke to none of them" is one).
  if (lower === 'none' && tokens[i - 1]?.raw.toLowerCase() === 'to' && next !== 'of') return false;
  // (And a side of a tally with no votes: "9 in favour, none against", "none for and three abstentions".)
  if ((lower === 'none' || lower === 'nil') && /^(?:against|for|opposed|abstaining|abstained|abstentions?)$/.test(next ?? '')) return false;
  // "no more than 50 per cent", "no later than 30 June": a bound on a figure, not a denial.
  // (And "not more than", "not exceeding £310,000".)
  if ((lower === 'no' || lower === 'not') && /^(?:more|fewer|less|later|earlier|longer|greater|higher|lower)$/.test(next ?? '') && tokens[i + 2]?.raw.toLowerCase() === 'than') return false;
  if (lower === 'not' && next === 'exceeding' && /^[£$€]?\d/.test(tokens[i + 2]?.raw ?? '')) return false;
  // "stopped short of committing to a review" committed to none.
  // (Of a deed, not a place: "stopped short of the swing bridge" reached no bridge, and denies nothing.)
  if (lower === 'short' && next === 'of' && /^(?:stop|stops|stopped|stopping)$/i.test(tokens[i - 1]?.raw ?? '') && /ing$/i.test(tokens[i + 2]?.raw ?? '')) return true;
  return isNegationWord(t.raw) || (NEGATING_VERBS.has(lower) && next === 'to') || (RULE_FORMS.has(lower) && next === 'out') || (lower === 'out' && next === 'of' && outOfState(tokens, i + 2));
}

/** "out of danger", "out of immediate danger", "out of hospital": no longer in that state. */
function outOfState(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) if (OUT_OF_STATES.has(tokens[k].raw.toLowerCase())) return true;
  return false;
}

const OUT_OF_STATES = new Set('danger threat risk jeopardy trouble harm reach hospital prison jail custody action contention work office power business service stock debt control'.split(' '));

/** "ruled out", "rules out": said it will not happen. */
const RULE_FORMS = new Set(['rule', 'rules', 'ruled', 'ruling']);

/** The words of the negation at token `i` as written ("not", "refused to", "ruled out"). */
export function negationText(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return isNegationWord(t.raw) ? t.raw : `${t.raw} ${tokens[i + 1]?.raw ?? ''}`.trim();
}

function isNegationWord(raw: string): boolean {
  return PREDICATE_NEGATIONS.has(raw.toLowerCase()) || /n[’']t$/i.test(raw);
}

/**
 * The most of a sentence the judge reads: a sentence longer than this (a table pasted as one line,
 * thousands of figures in a row) is judged on its first part, so the work per sentence is bounded
 * whatever its content. A sentence of a news article is a few hundred characters.
 */
export const MAX_CLAIM_CHARS = 1500;

export function analyzeClaim(fullText: string, context: ClaimContext = {}): Claim {
  const text = fullText.length > MAX_CLAIM_CHARS ? cutAtSpace(fullText, MAX_CLAIM_CHARS) : fullText;
  const tokens = claimTokens(text);
  const lemmas = tokenLemmas(tokens);
  const seen = new Set<string>();
  const content: Token[] = [];
  for (const t of tokens) {
    if (t.stop || seen.has(t.term)) continue;
    if (t.kind === TokenKind.Word && t.raw.length < 2) continue;
    seen.add(t.term);
    content.push(t);
  }
  const quantities = extractQuantities(text, tokens);
  const contrast = new Set<number>();
  const negationHeads = new Set<number>();
  const negatedTokens = negationReach(text, tokens, contrast, negationHeads);
  const names = namePhrases(text, tokens, context).filter((n) => !contrastCovers(tokens, contrast, n.start));
  const negated = negatedTokens.size > 0;
  const trimmed = text.trim();
  const question = /\?["”’)\]]*$/.test(trimmed);
  const statement = !question && content.length >= 3 && !looksLikeHeading(trimmed, tokens);
  const outsideQuotes = unquoted(text, tokens).filter((t, k, all) => !inTitle(all, k));
  const opinion = statement ? opinionMarker(outsideQuotes.map((t) => t.raw.toLowerCase()), stripQuotes(text).toLowerCase()) : undefined;
  const kinds: ClaimKind[] = [];
  if (statement) {
    if (quantities.some((q) => q.kind !== 'year' && q.kind !== 'date' && q.kind !== 'month' && q.kind !== 'weekday')) kinds.push('figure');
    if (quantities.some((q) => q.kind === 'year' || q.kind === 'date' || q.kind === 'month' || q.kind === 'weekday')) kinds.push('date');
    if (names.length) kinds.push('name');
    if (QUOTE.test(text)) kinds.push('quote');
    if (SPEECH.test(text)) kinds.push('reported-speech');
    if (reportsEvent(tokens)) kinds.push('event');
  }
  const subject = subjectPhrase(text, tokens);
  return { text, tokens, lemmas, content, quantities, names, subject, negated, negatedTokens, contrast, negationHeads, kinds, statement, opinion };
}

function contrastCovers(tokens: readonly Token[], contrast: ReadonlySet<number>, offset: number): boolean {
  const i = tokens.findIndex((t) => t.start === offset);
  return i >= 0 && contrast.has(i);
}

function cutAtSpace(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}

/** An opinion stated with nothing a source could confirm: no figure, date, quote or reported speech. */
export function isOpinion(claim: Claim): boolean {
  // "says a great deal about" is no one speaking.
  const figurative = /\bsays a (?:great|good) deal\b|\bspeaks volumes\b/i.test(claim.text);
  // A word or two in quotation marks ("hiding behind the word "exceptional"") quotes no one; a lone
  // mark is a quotation going on from the sentence before.
  const marks = (claim.text.match(/["“”]/g) ?? []).length;
  const quotes = claim.kinds.includes('quote') && (marks % 2 === 1 || quotations(claim.text).some((q) => q.text.trim().split(/\s+/).length >= 3));
  // (A month only in an opening "Whatever the committee decides in June, …" is no fact the sentence
  // states; a day there, "on 12 June", says when it meets.)
  const whatever = /^(?:whatever|whoever|whichever|however)\b[^,;.]{0,80},/i.exec(claim.text)?.[0].length ?? 0;
  const stated = (k: string) => (k === 'figure' || k === 'date' ? claim.quantities.some((q) => q.start >= whatever || q.kind !== 'month') : k === 'reported-speech' && !figurative);
  return claim.opinion !== undefined && !quotes && !claim.kinds.some(stated);
}

/**
 * Something happened or is so, in the past or as a standing fact: a verb in the past tense, or an
 * auxiliary with a participle ("is accused of", "has spurned"). A sentence of present-tense musing
 * ("what happens next is anyone's guess") is not an event.
 */
function reportsEvent(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].raw.toLowerCase();
    if (tokens[i].kind !== TokenKind.Word || tokens[i].capitalized) continue;
    if (AUXILIARIES.has(lower)) {
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const next = tokens[k].raw.toLowerCase();
        if (isPastForm(next)) return true;
        if (!tokens[k].stop && !next.endsWith('ly')) break;
      }
    } else if (isPastForm(lower) && i > 0) return true;
  }
  return false;
}

/**
 * Whether a word is part of a title written in title case ("My Summer of Love", "I Can't Stop Loving
 * You"): a capitalised word, other than the sentence's first, next to another capitalised word.
 */
function inTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.capitalized || k === 0) return false;
  return !!(tokens[k - 1]?.capitalized && k - 1 > 0) || !!tokens[k + 1]?.capitalized || t.raw !== 'I';
}

/** Tokens outside quotation marks: a quote's "we" is the speaker's, not the writer's. */
function unquoted(text: string, tokens: readonly Token[]): Token[] {
  const inQuote = new Uint8Array(text.length);
  const re = /["“][^"”]*["”]/g;
  for (const m of text.matchAll(re)) inQuote.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length);
  return tokens.filter((t) => !inQuote[t.start]);
}

function stripQuotes(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/**
 * Which tokens a negation governs: from the negation to the end of its clause (a semicolon, colon,
 * dash or bracket, or a comma before "but", "while", "although"…). Contrast ("in Paju, not Seoul"),
 * "not only" and "not just" negate nothing.
 */
export function negationReach(text: string, tokens: readonly Token[], contrast?: Set<number>, heads?: Set<number>): Set<number> {
  const out = new Set<number>();
  // "returned to the royal house rather than to the government": what "rather than", "instead of" rule out is a contrast too.
  // (Not a figure set against another, "every 12 minutes instead of every 20": both are the claim's, see swappedAround.)
  for (const m of text.matchAll(/\b(?:rather than|instead of)\s(?![^,;.]{0,25}\d)/gi)) {
    const at = tokens.findIndex((t) => t.start >= (m.index ?? 0) + m[0].length);
    for (let k = at; k >= 0 && k < tokens.length && (k === at || !clauseBreak(text, tokens[k - 1], tokens[k], tokens.slice(k, k + 5))) && !/,/.test(text.slice(tokens[Math.max(k - 1, 0)].end, tokens[k].start)); k++) contrast?.add(k);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNegationAt(tokens, i)) continue;
    const lower = t.raw.toLowerCase();
    const next = tokens[i + 1]?.raw.toLowerCase();
    if (lower === 'not' && (next === 'only' || next === 'just' || next === 'least' || next === 'merely')) continue;
    // "nobody else wanted it, so it fell to me": the one left out of the "else" did.
    if ((lower === 'nobody' || lower === 'none' || (lower === 'no' && next === 'one')) && (next === 'else' || tokens[i + 2]?.raw.toLowerCase() === 'else')) continue;
    // "X, not Y": a contrast that corrects a word, not a predicate.
    const before = text.slice(tokens[i - 1]?.end ?? 0, t.start);
    if (lower === 'not' && /[,(—–]\s*$/.test(before) && !(next && (AUXILIARIES.has(next) || isPastForm(next)))) {
      for (let k = i + 1; k < tokens.length && !clauseBreak(text, tokens[k - 1], tokens[k], tokens.slice(k, k + 5)) && !/,/.test(text.slice(tokens[k - 1].end, tokens[k].start)); k++) contrast?.add(k);
      continue;
    }
    // "did not blame the people who bought the paper but the arithmetic": what is ruled out, set against
    // what is said instead; the verb itself is said (of the arithmetic).
    const but = tokens.findIndex((b, k) => k > i + 1 && k - i <= 12 && b.raw === 'but' && !/,\s*$/.test(text.slice(tokens[k - 1].end, b.start)));
    // (Not a second verb or clause after "but": "did not resign but was sacked" denies the resigning, and
    // "have not grown but bank chiefs are divided" goes on to something else.)
    let end = but + 1;
    while (but > 0 && end < tokens.length && !/[,;:.!?()]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
    const verbAfter = but > 0 && tokens.slice(but + 1, end).some((b) => { const w = b.raw.toLowerCase(); return AUXILIARIES.has(w) || isPastForm(w) || /^(?:do|does|did|could|would|should|can|may|might|must|also|instead|rather)$/.test(w); });
    if (lower === 'not' && but > 0 && !verbAfter && !tokens.slice(i + 1, but).some((b) => /^(?:only|just|merely|but)$/i.test(b.raw)) && !/[,;:.!?]/.test(text.slice(t.end, tokens[but].start))) {
      for (let k = i + 2; k < but; k++) contrast?.add(k);
      continue;
    }
    // The negation reaches back over the auxiliary it follows and on to the end of its clause.
    // "could promise nothing", "said nobody": a negation that is the object turns its verb around.
    // (Not where the word after it says what kind of nothing: "found nothing wrong with the crane" does
    // not deny the finding.)
    const objectOf = (lower === 'nothing' || lower === 'nobody' || lower === 'none') && i > 0 && tokens[i - 1].kind === TokenKind.Word && !tokens[i - 1].stop && !tokens[i - 1].capitalized && /^\s*$/.test(text.slice(tokens[i - 1].end, t.start)) && (!next || tokens[i + 1].stop || /^\s*[,;:.!?)]/.test(text.slice(t.end, t.end + 2))) ? i - 1 : -1;
    let from = objectOf >= 0 ? objectOf : i;
    while (from > 0 && (AUXILIARIES.has(tokens[from - 1].raw.toLowerCase()) || /^(?:do|does|did|could|would|should|can|may|might|must)$/i.test(tokens[from - 1].raw))) from--;
    // "Corrosion has been ruled out": in the passive, what is ruled out is the subject before it.
    const passive = RULE_FORMS.has(lower) && from < i && /^(?:be|been|being|is|are|was|were)$/i.test(tokens[i - 1].raw);
    let subject = -1;
    if (passive) {
      subject = from;
      while (subject > 0 && !clauseBreak(text, tokens[subject - 1], tokens[subject], tokens.slice(subject, subject + 5))) subject--;
      for (let k = subject; k < from; k++) out.add(k);
    }
    let to = i;
    // "The people will not," she said: what is negated was said before; nothing after the mark is.
    // (Also where the words quoted end there: 'the council "simply cannot", including …'.)
    const elided = /^\s*["”’']?\s*[,;:.!?)]/.test(text.slice(t.end, t.end + 4));
    // (A "with no …" phrase ends at its comma: "with no claim needed, applied within 28 days" applies.)
    const withPhrase = i > 0 && tokens[i - 1].raw.toLowerCase() === 'with';
    // (Nor past a comma before a figure said of it: "not issued until 9.40pm, more than seven hours after …".)
    const stops = (k: number) => {
      const between = text.slice(tokens[k].end, tokens[k + 1].start);
      return between.includes(',') && (withPhrase || FIGURE_APPOSITIVE.test(text.slice(tokens[k + 1].start, tokens[k + 1].start + 40)));
    };
    while (!elided && to + 1 < tokens.length && !clauseBreak(text, tokens[to], tokens[to + 1], tokens.slice(to + 1, to + 6)) && !stops(to)) to++;
    for (let k = from; k <= to; k++) out.add(k);
    // What the negation turns around: the first words it governs ("did not [tell]", "no [damage]", "was not [76,000]").
    if (heads && passive) {
      for (let k = subject; k < from; k++) if (!tokens[k].stop) heads.add(k);
    } else if (heads) {
      if (objectOf >= 0) heads.add(objectOf);
      let last = -1;
      // "no one was taken to hospital": what is turned around is the predicate, not "one".
      const start = lower === 'no' && (next === 'one' || next === 'longer') ? i + 2 : i + 1;
      for (let k = start; k <= to; k++) {
        const w = tokens[k].raw.toLowerCase();
        if (last >= 0 && k !== last + 1) break; // a second word only right after the first ("not [a fledgling] [movement]")
        // (And in the same phrase: "is not a home," Ms Castellan said — no mark between.)
        if (last >= 0 && /[,;:.!?"”)]/.test(text.slice(tokens[last].end, tokens[k].start))) break;
        // (Nor a preposition the stop list leaves out, as a second word: "no records [beneath] Mill Road".)
        if (last >= 0 && PLACE_WORDS.test(w)) break;
        // (Nor the object of a verb it stops short of: "stopped short of [banning] e-scooters".)
        if (last >= 0 && lower === 'short') break;
        if (tokens[k].stop || w.endsWith('ly') || w === 'also' || w === 'yet' || w === 'even' || w === 'ever') {
          if (last >= 0) break;
          continue;
        }
        heads.add(k);
        if (last >= 0) break;
        last = k;
      }
      // "should not be taken as representative", "was not considered safe": a verb that only frames its
      // complement turns the complement around too.
      if (last >= 0 && FRAME_VERBS.test(tokens[last].raw)) {
        let k = last + 1;
        while (k <= to && k <= last + 3 && /^(?:as|to|be|a|an)$/i.test(tokens[k].raw)) k++;
        if (k <= to && !tokens[k].stop) heads.add(k);
      }
      // "I don't accept that anybody ignored anything": not holding a view that something is so denies it;
      // the verbs of the clause after "that" are turned around.
      if (last >= 0 && HELD_VIEW.test(tokens[last].raw) && tokens[last + 1]?.raw.toLowerCase() === 'that') {
        // (Its own verb, after its auxiliary: "that the scheme approved by the cabinet had failed" denies the
        // failing, not the approval it takes for granted.)
        for (let k = last + 2; k <= to && k <= last + 10; k++) if (!tokens[k].stop && isPastForm(tokens[k].raw.toLowerCase()) && /^(?:had|has|have|was|were|is|are|been|be)$/i.test(tokens[k - 1].raw)) heads.add(k);
      }
    }
  }
  return out;
}

const FRAME_VERBS = /^(?:taken|regarded|seen|considered|treated|deemed|viewed|counted|judged|thought|classed|classified|rated)$/i;

const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'however', 'because', 'since', 'unless', 'which', 'who', 'so']);

/** Whether a clause ends between two tokens (the caller passes the tokens after `b` for a look ahead). */
/** Prepositions the stop list leaves out: no word a negation turns around ("no records [beneath] Mill Road"). */
const PLACE_WORDS = /^(?:beneath|behind|beside|besides|beyond|across|along|alongside|around|near|towards?|within|inside|outside|throughout|despite|except|amid|among|amongst|underneath|upon)$/;

/** Verbs of holding a view: not holding it that something is so denies that it is ("do not accept that …"). */
const HELD_VIEW = /^(?:accept|believe|think|agree)$/i;

function clauseBreak(text: string, a: Token, b: Token, after: readonly Token[] = []): boolean {
  const between = text.slice(a.end, b.start);
  // A table's cell ends a clause too ("… | 9 | 46 | No defect found": the "No" is its cell's).
  if (/[;:()—–|]|\s-\s/.test(between)) return true;
  // … and so does a row: a line end in text laid out as a table.
  if (between.includes('\n') && text.includes('|')) return true;
  if (/[.!?]/.test(between) && b.capitalized) return true;
  const lower = b.raw.toLowerCase();
  // "… were not there Lord Butler said": a name that speaks starts the main clause, comma or not.
  // "no previous convictions and had resigned": "and" with a verb of its own starts a clause.
  if (/^(?:and|but)$/i.test(b.raw) && /^(?:had|has|have|was|were|is|are|will|would)$/i.test(after[1]?.raw ?? '') && !isNegationWord(after[2]?.raw ?? '')) return true;
  // (And ", and instead cut their speed limit": what was done instead.)
  if (/^(?:and|but)$/i.test(b.raw) && /^(?:instead|then|so)$/i.test(after[1]?.raw ?? '') && between.includes(',')) return true;
  if (b.capitalized && !isNegationWord(a.raw) && after.slice(0, 4).some((t) => SPEECH_VERBS.has(t.raw.toLowerCase())) && after.slice(0, 4).every((t) => t.capitalized || SPEECH_VERBS.has(t.raw.toLowerCase()))) return true;
  if (!between.includes(',')) return false;
  // (Not "however" set off by commas inside a clause: "We do not accept, however, that this is a reason".)
  if (CLAUSE_WORDS.has(lower) && !(lower === 'however' && /^\s*,/.test(text.slice(b.end, b.end + 3)))) return true;
  // A trailing attribution: ", he said", ", Mr Zack told reporters", ", according to …".
  if (lower === 'according') return true;
  for (let k = 0; k < Math.min(after.length, 4); k++) {
    const w = after[k].raw.toLowerCase();
    if (SPEECH_VERBS.has(w)) return true;
    if (!(after[k].capitalized || after[k].stop || /^(?:officials?|analysts?|sources?|spokes\w+|experts?|police|reports?|traders?|dealers?|economists?|bankers?)$/.test(w))) break;
  }
  return false;
}

/** A figure set off after a comma, said of what comes before: "more than seven hours after", "about 40 minutes later". */
const FIGURE_APPOSITIVE = /^(?:(?:more|less|fewer)\s+than|about|around|nearly|almost|some|just|over|under|only)?\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)[^,;.]{0,30}\b(?:after|before|later|earlier|since|ago)\b/i;

const NAME_GLUE = new Set(['of', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'for', 'del', 'der', 'den']);

/** Hyphen splits add the parts after the whole word; names and phrases are read from whole words only. */
export function wholeWords(tokens: readonly Token[]): Token[] {
  const words: Token[] = [];
  for (const t of tokens) {
    const last = words[words.length - 1];
    if (last && t.start >= last.start && t.end <= last.end) continue;
    words.push(t);
  }
  return words;
}

function namePhrases(text: string, tokens: readonly Token[], context: ClaimContext): NamePhrase[] {
  const out: NamePhrase[] = [];
  const isCap = (t: Token | undefined) => !!t && t.kind === TokenKind.Word && t.capitalized && /\p{L}/u.test(t.raw[0]);
  const words = wholeWords(tokens);
  for (let i = 0; i < words.length; i++) {
    // "I've", "I'm": the speaker, not a name.
    if (!isCap(words[i]) || FIRST_PERSON_CONTRACTION.test(words[i].raw)) continue;
    let j = i;
    // A possessive ends a name: "Moody's Unisys Corp" is two.
    while (j + 1 < words.length && !possessive(words[j].raw) && (isCap(words[j + 1]) || (NAME_GLUE.has(words[j + 1].raw) && isCap(words[j + 2]))) && sameRun(text, words[j], words[j + 1])) j++;
    const first = words[i];
    const atSentenceStart = i === 0 || /[.!?:"“]\s*$/.test(text.slice(words[i - 1].end, first.start));
    const single = i === j;
    // A lone capitalised word that opens the sentence is usually just its first word, unless it is a known
    // place or people, owns something ("Moody's"), speaks ("Kuranari said"), or the sources write it as a name.
    const next = words[j + 1]?.raw.toLowerCase();
    const startWordIsName =
      atSentenceStart && single && !first.stop &&
      (isPlaceOrPeople(first.raw.toLowerCase()) || possessive(first.raw) || (next !== undefined && SPEECH_VERBS.has(next)) || (context.isName?.(first.raw) ?? false));
    if ((!(atSentenceStart && single) || startWordIsName) && !(single && first.stop)) {
      // A sentence's first word joins the name only if it is not a common opener ("The", "In", "After"),
      // and a count is no part of a name ("Three Germans" names the Germans).
      let from = first.stop && !single ? i + 1 : i;
      while (from < j && isNumberWord(words[from].raw)) from++;
      // A figure in words that opens the sentence ("Twenty-nine per cent of families …") is no name.
      if (from === j && isNumberWord(words[from].raw)) {
        i = j;
        continue;
      }
      const slice = words.slice(from, j + 1);
      if (slice.length && !slice.every((w) => isCalendarWord(w.raw))) {
        const words = slice.filter((w) => !NAME_GLUE.has(w.raw) && !isCalendarWord(w.raw));
        const terms = words.map((w) => w.term);
        // Titles and kinds ("President", "Court"), initials ("U.S.") and function words ("Do They Know It's") do not tell one name from another.
        const distinctive = words.filter((w) => !isTitle(w) && w.term.length > 1 && !w.stop).map((w) => w.term);
        out.push({ text: text.slice(slice[0].start, slice[slice.length - 1].end), terms, distinctive, start: slice[0].start, end: slice[slice.length - 1].end });
      }
    }
    i = j;
  }
  return out;
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozens hundreds thousands millions several many some'.split(' '),
);

/** A count in words, hyphenated or not ("Three", "Twenty-nine", "Sixty-four"). */
function isNumberWord(raw: string): boolean {
  return raw.toLowerCase().split(/[-‐]/).every((part) => NUMBER_WORDS.has(part));
}

/**
 * Whether a text (its terms) mentions a name: most of the name's own words, its last one among them
 * ("Kate Winslet" by "Winslet"; not "Ines Solberg" by "Ines"). `has` says whether one term is there.
 */
export function mentionsName(name: NamePhrase, has: (term: string) => boolean): boolean {
  const words = name.distinctive.length ? name.distinctive : name.terms;
  if (words.length === 0) return true;
  const found = words.filter(has).length;
  return has(words[words.length - 1]) && found * 2 >= words.length;
}

/** Month and weekday names: dates, compared as such, not names. */
export function isCalendarWord(raw: string): boolean {
  return CALENDAR.has(raw.toLowerCase().replace(/\.$/, ''));
}
const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

function possessive(raw: string): boolean {
  return /['’]s$/i.test(raw) || /s['’]$/.test(raw);
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'stated', 'announced', 'reported', 'warned', 'noted', 'wrote', 'argued', 'insisted', 'admitted', 'claimed', 'confirmed', 'denied', 'estimated', 'predicted', 'forecast', 'expects', 'expected']);

/** Two words of one name: nothing but spaces (or a hyphen) between them. */
function sameRun(text: string, a: Token, b: Token): boolean {
  return /^[\s\-‐]*$/.test(text.slice(a.end, b.start));
}

/**
 * The thing a sentence opens with, when it opens with a determiner and ordinary words ("A regional
 * court fined …", "The new terminal opened …"): the head is the last word before the verb.
 */
function subjectPhrase(text: string, tokens: readonly Token[]): SubjectPhrase | undefined {
  const words = wholeWords(tokens);
  if (words.length < 3 || !DETERMINERS.has(words[0].raw.toLowerCase())) return undefined;
  let head: Token | undefined;
  let k = 1;
  for (; k < Math.min(words.length, 5); k++) {
    const w = words[k];
    const lower = w.raw.toLowerCase();
    if (w.kind !== TokenKind.Word || w.capitalized || w.stop) break;
    if (k > 1 && (isPastForm(lower) || AUXILIARIES.has(lower))) break;
    if (VAGUE_AMOUNTS[lower]) return undefined;
    head = w;
  }
  if (!head || head === words[0]) return undefined;
  // Only a phrase that ends at the verb, not one that runs on into "of" or a name.
  const after = words[k];
  if (!after || !(isPastForm(after.raw.toLowerCase()) || AUXILIARIES.has(after.raw.toLowerCase()) || /s$/.test(after.raw))) return undefined;
  return { text: text.slice(words[0].start, head.end), head };
}

/** A line with no closing punctuation whose words are mostly capitalised is a title or heading, not a claim. */
function looksLikeHeading(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?:;"”’)\]]$/.test(text)) return false;
  const words = tokens.filter((t) => t.kind === TokenKind.Word && !t.stop);
  if (words.length === 0) return true;
  const capitalised = words.filter((t) => t.capitalized).length;
  return words.length <= 6 || capitalised / words.length >= 0.6;
}

export { NEGATIONS };

/** A title or a kind of body ("President", "Court", by stem), or a person's title as written ("Judge", "Councillor"). */
function isTitle(w: Token): boolean {
  return NAME_TITLES.has(w.term) || PERSON_TITLES.has(w.raw.toLowerCase());
}
