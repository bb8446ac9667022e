import type { Paragraph, Source } from '../sources/model';
import { TABLE_LINE } from '../text/tables';
import { stem, tokenize, TokenKind, type Token } from '../text/tokenize';
import type { Span } from '../types';
import { isCalendarWord, isNegationAt, mentionsName, negationText, SPEECH_VERBS, wholeWords, type Claim } from './claim';
import { areOpposites, isPastForm, oppositeTermsOf, PERSON_TITLES } from './lexicon';
import { rowSimilarity } from './similarity';
import { bareMonthYears, CoverageMemo, heldRole, looksAhead, ownedBy, ownerOf, relativeYear, rosterOf, saidYesterday, tableRowsOf, termSimilarity, weighted, type Part, type Window } from './coverage';
import type { Evidence } from './support';
import { isDateLine, namesOf, negatedOf, negationHeadsOf, quantitiesOf, readSentence, tokenRowsOf, TURN, writtenOn, WRITTEN_ON, type ReadingCache, type SentenceReading, type WindowName } from './reading';
import { comparable, isTime, ledAlike, sameQuantity, smallNumber, spansTime, unitsAgree, type Quantity } from './quantities';
import { hasVerbatim, quotations, type Quotation } from './quotes';

/** What differs: a figure, a date, a name, the polarity or an opposite word, a superlative's rank ("busiest" / "second-busiest"), or a correction that withdraws it. */
export type ContradictionKind = 'number' | 'date' | 'name' | 'negation' | 'rank' | 'correction';

export interface Contradiction {
  readonly kind: ContradictionKind;
  /** What the draft says, as written ("300,000", "did not"). */
  readonly claimText: string;
  /** Where that is in the claim text, when it is a replaceable span. */
  readonly claimSpan?: Span;
  /** What the source says instead, as written. */
  readonly sourceText: string;
  /** Several of the source's figures fit as well ("312 and 27"): no one of them is offered as the fix. */
  readonly ambiguous?: boolean;
  /** Why the source's figure follows from what it says, when it does not say it in so many words ("22 January 2024 was a Monday"). */
  readonly because?: string;
  readonly evidence: Evidence;
}

/**
 * A passage about the same fact that says otherwise. "About the same fact" is measured on the same
 * words only (word vectors do not count): the rest of the claim must be there, and for a figure the
 * words around it too. What can contradict:
 * - a figure or date: the passage gives another of the same kind, counting the same thing, for the
 *   same person where the claim names one; no close passage confirms the claim's, and the source
 *   states it nowhere;
 * - polarity: what the claim states, the passage states under a negation, or the other way round,
 *   and no close passage agrees;
 * - an opposite word ("approved" / "rejected");
 * - a name: the passage names someone else in the same place, and the claim's name is nowhere in it.
 */
export function findContradiction(claim: Claim, parts: readonly Part[], ranked: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const top = ranked.slice(0, 8);
  if (top.length === 0) return undefined;
  const statesAnywhere = (source: Source, test: (s: SentenceReading) => boolean) => source.paragraphs.some((p) => cache.sentences(source, p).some(test));
  const rules: ReadonlyArray<() => Contradiction | undefined> = [
    () => correctionContradiction(parts, top, cache, memo, toEvidence, claim),
    () => swappedContradiction(claim, parts, top, toEvidence),
    () => swappedContexts(claim, parts, top, toEvidence),
    () => bracketedItemContradiction(claim, top, toEvidence),
    () => tableRankContradiction(claim, top, toEvidence),
    () => sidesSwappedContradiction(claim, top, toEvidence),
    () => calendarContradiction(claim, parts, top, memo, toEvidence),
    () => directionContradiction(claim, top, toEvidence),
    () => riseToContradiction(claim, top, toEvidence),
    () => contrastSwappedContradiction(claim, top, toEvidence),
    () => leftRightContradiction(claim, top, toEvidence),
    () => aboveBelowContradiction(claim, top, toEvidence),
    () => tideContradiction(claim, top, toEvidence),
    () => ordinalContradiction(claim, top, toEvidence),
    () => allForSomeContradiction(claim, top, toEvidence),
    () => mostForShareContradiction(claim, top, toEvidence),
    () => frequencyContradiction(claim, top, toEvidence),
    () => closestFigureContradiction(claim, top, (only) => onMeetingDay(claim, memo, noFixWhereStated(claim, figureContradiction(claim, parts, top, memo, statesAnywhere, toEvidence, (source, paragraph) => cache.sentences(source, paragraph), only), statesAnywhere, top))),
    () => tallyContradiction(claim, top, toEvidence),
    () => voteSideContradiction(claim, top, cache, memo, toEvidence),
    () => nonPrefixContradiction(claim, top, toEvidence),
    () => unPrefixContradiction(claim, top, toEvidence),
    () => insideOutsideContradiction(claim, top, toEvidence),
    () => polarityContradiction(claim, parts, top, memo, toEvidence),
    () => obligationContradiction(claim, parts, top, toEvidence),
    () => deniedLaterContradiction(claim, parts, top, cache, memo, toEvidence),
    () => notTheOtherContradiction(claim, parts, top, toEvidence),
    () => notSoContradiction(claim, top, toEvidence),
    () => oppositeContradiction(claim, parts, top, memo, toEvidence),
    () => quoteContradiction(claim, top, cache, toEvidence),
    () => misattributedQuote(claim, top, toEvidence),
    () => namedOtherwise(claim, nameContradiction(claim, parts, top, cache, toEvidence), top, cache),
    () => otherPlaceOfTown(claim, parts, top, toEvidence),
  ];
  // "The Gazette initially reported the rise as 6.9 per cent", "first printed the chair's name as Graham
  // Pelham, an error it later corrected": what a correction withdraws is what the sentence says was
  // reported. Only that is no contradiction; anything else the sentence says is checked as ever.
  const told = EARLIER_REPORT.test(claim.text);
  const withdrawnFigure = (q: Quantity) => top.some((w) => isCorrection(w.source, w.paragraph) && cache.sentences(w.source, w.paragraph).some((s) => withdrawsIn(w.source, w.paragraph, s) && quantitiesOf(s).some((r) => sameQuantity(q, r))));
  const ofWhatWasReported = (c: Contradiction) => {
    if (c.kind === 'correction') return true;
    const span = c.claimSpan;
    const figures = span ? claim.quantities.filter((q) => q.start < span.end && span.start < q.end) : claim.quantities.filter((q) => c.claimText.includes(q.raw));
    if ((c.kind === 'number' || c.kind === 'date') && figures.some(withdrawnFigure)) return true;
    return c.kind === 'name' && !nameCorrections(top, cache, (wrong) => claim.text.includes(wrong) && c.claimText.includes(wrong)).next().done;
  };
  for (const rule of rules) {
    const c = rule();
    if (c && !(told && ofWhatWasReported(c))) return withItsYear(claim, c, memo);
  }
  return undefined;
}

/** A year written just after a day ("30 April 2027", "April 30, 2027"): its digits and where they end. */
const YEAR_AFTER = /^,?\s+((?:1[6-9]|2\d)\d\d)\b/;

/**
 * A day the draft writes with its year, set right against the source's: "the draft says 30 April 2027;
 * the source says 31 March 2026" replaces the year too, since putting "31 March" before the draft's
 * 2027 would write a date the source never gave. Where the source's day has no year of its own and the
 * source was not written in the draft's year, which year it means is the reader's call: no fix.
 */
function withItsYear(claim: Claim, c: Contradiction, memo: CoverageMemo): Contradiction {
  const span = c.claimSpan;
  // (A month too: "October 2024" set right to "May" would write "May 2024".)
  if (c.kind !== 'date' || !span || c.ambiguous || c.because || !(/\d/.test(c.claimText) || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(c.claimText.trim())) || /\b\d{4}\b/.test(c.claimText)) return c;
  const mine = YEAR_AFTER.exec(claim.text.slice(span.end));
  if (!mine) return c;
  const source = c.evidence.source;
  const passage = source.text.slice(c.evidence.span.start, c.evidence.span.end);
  // (Each place the passage gives the day, as a whole word: "1 March" is not in "31 March 2025". Where
  // they give it with different years, or one with a year and one without, which is meant is unsure.)
  const seen: Array<{ raw: string; year?: string }> = [];
  for (let at = passage.indexOf(c.sourceText); at >= 0; at = passage.indexOf(c.sourceText, at + 1)) {
    if (at > 0 && /[\p{L}\d]/u.test(passage[at - 1])) continue;
    const year = YEAR_AFTER.exec(passage.slice(at + c.sourceText.length));
    seen.push(year ? { raw: passage.slice(at, at + c.sourceText.length + year[0].length), year: year[1] } : { raw: c.sourceText });
  }
  if (seen.length === 0 || new Set(seen.map((x) => x.year)).size > 1) return { ...c, ambiguous: true };
  const theirs = seen[0].year ? { raw: seen[0].raw, year: seen[0].year } : undefined;
  if (theirs) {
    if (theirs.year === mine[1]) return c;
    return { ...c, claimText: claim.text.slice(span.start, span.end + mine[0].length), claimSpan: { start: span.start, end: span.end + mine[0].length }, sourceText: theirs.raw };
  }
  return memo.yearOf(source) === +mine[1] ? c : { ...c, ambiguous: true };
}

/**
 * "declared a pecuniary interest" where a close passage says "a non-pecuniary interest": the same word
 * before the same noun, turned around by "non-". (Only where the passage has the word itself nowhere.)
 */
function nonPrefixContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const t = claim.tokens;
  // (Most passages have no "non-" at all: nothing to read then.)
  if (!top[0] || !top[0].sentences.some((x) => NON_PREFIX.test(x.text))) return undefined;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].stop || t[i].kind !== TokenKind.Word || t[i].raw.length < 3 || claim.negatedTokens.has(i) || /-/.test(t[i].raw)) continue;
    if (/\bnon[-‐]?$/i.test(claim.text.slice(Math.max(0, t[i].start - 4), t[i].start))) continue;
    const noun = t[i + 1];
    if (noun.stop || noun.kind !== TokenKind.Word || !/^\s+$/.test(claim.text.slice(t[i].end, noun.start))) continue;
    const word = t[i].raw.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // (Only the closest passage, and none of the close ones with the word by itself: that may be the claim's.)
    const w = top[0];
    const text = w.sentences.map((x) => x.text).join(' ');
    const m = new RegExp(`\\bnon[-‐]${word}\\s+(\\p{L}+)`, 'iu').exec(text);
    if (!m || stem(m[1]) !== noun.term) continue;
    const plain = new RegExp(`(?<!non[-‐])\\b${word}\\b`, 'iu');
    if (top.slice(0, 3).some((x) => plain.test(x.sentences.map((y) => y.text).join(' ').replace(m[0], '')))) continue;
    return { kind: 'negation', claimText: `“${t[i].raw} ${noun.raw}”`, sourceText: `“${m[0].trim()}”`, evidence: toEvidence(w) };
  }
  return undefined;
}

const NON_PREFIX = /\bnon[-‐]\p{L}/iu;

/**
 * "The main pool is heated" where the closest passage says "The main pool is unheated": the claim's word
 * turned around by "un-", in a clause of the passage about what the claim's is (two more of its words).
 * Only where no close passage has the word by itself.
 */
function unPrefixContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const w = top[0];
  if (!w || !w.sentences.some((x) => /\bun\p{Ll}{4,}/iu.test(x.text))) return undefined;
  const t = claim.tokens;
  for (let i = 0; i < t.length; i++) {
    const word = t[i].raw.toLowerCase();
    if (t[i].stop || t[i].kind !== TokenKind.Word || word.length < 4 || /[^\p{Ll}]/u.test(word) || claim.negatedTokens.has(i) || NOT_UN.has(word) || /^un/.test(word)) continue;
    // (A state, said with "is", "was", "remained": "is heated" / "is unheated"; not a deed undone, "packed" /
    // "unpacked", nor another sense, "uncovered a Roman mosaic".)
    const stated = (tokens: readonly Token[], k: number) => tokens.slice(Math.max(0, k - 2), k).some((y) => COPULA.test(y.raw));
    if (!stated(t, i)) continue;
    const others = new Set(t.filter((x, j) => j !== i && x.kind === TokenKind.Word && !x.stop).map((x) => x.term));
    for (const x of w.sentences) {
      const j = x.tokens.findIndex((y) => y.raw.toLowerCase() === `un${word}`);
      if (j < 0 || negatedOf(x).has(j) || !stated(x.tokens, j)) continue;
      const own = clauseTerms(x, j);
      if ([...own].filter((term) => others.has(term)).length < 2) continue;
      // (Of what the claim speaks of, all of it: "the main pool is unheated, while the splash pool is kept at
      // 28C" says nothing against "the splash pool is heated"; and at its time, with its figures: "still
      // unpaid at the end of January" is no "paid in March", "200 remained unsold" no "1,800 were sold".)
      if (t.some((y, k) => k !== i && y.kind === TokenKind.Word && !y.stop && !/\d/.test(y.raw) && x.terms.has(y.term) && !own.has(y.term))) continue;
      if (claim.quantities.some((q) => !quantitiesOf(x).some((r) => sameQuantity(q, r)))) continue;
      const plain = new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, 'iu');
      if (top.slice(0, 3).some((y) => y.sentences.some((z) => plain.test(z.text)))) continue;
      return { kind: 'negation', claimText: `“${t[i].raw}”`, sourceText: `“${x.tokens[j].raw}”`, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** Words that say what something is: "is", "remained", "still". */
const COPULA = /^(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|left|still|now)$/i;

/** Words whose "un-" form is no opposite of them: "told" / "untold". */
const NOT_UN = new Set(['told', 'less', 'like']);

/** Words that say a figure went down, and up ("fell", "a drop"; "rose", "an increase"). */
const WENT_DOWN = /\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|decreased?|decreases|decreasing|declined?|declines|declining|shrank|shrunk|shrinks?|shrinking|slumped|plunged|plummeted|slipped|dipped|went down|gone down|come down|came down|reduced|reduction|cut)\b/gi;
const WENT_UP = /\b(?:rose|risen|rises?|rising|increased?|increases|increasing|grew|grown|grows?|growing|climbed?|climbing|jumped|soared|surged|went up|gone up|come up|came up)\b/gi;

/**
 * A sentence that says a figure fell while its own figures rise ("Arrivals fell from 3,180 in December
 * to 3,410 in January", "has fallen to 58 from 34"), or the other way round, where a close passage
 * gives both figures: whatever the source's words, the sentence cannot be what it says.
 */
function directionContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const text = claim.text;
  if (!/\bfrom\b/i.test(text) || !/\bto\b/i.test(text)) return undefined;
  for (const [re, down] of [[WENT_DOWN, true], [WENT_UP, false]] as const) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      // Within the clause that follows the word: "from A … to B" or "to B from A".
      const clause = text.slice(at, at + 90).split(/[;:.!?]\s|,\s+(?:and|but|while|whereas)\b/)[0];
      const fromTo = /^\s+(?:\S+\s+){0,3}?from\s+(\S+)[^;]*?\bto\s+(\S+)/dis.exec(clause);
      const hit = fromTo ?? /^\s+(?:\S+\s+){0,3}?to\s+(\S+)[^;]*?\bfrom\s+(\S+)/dis.exec(clause);
      if (!hit?.indices) continue;
      const figureAt = (k: number) => {
        const start = at + hit.indices![k]![0];
        return claim.quantities.find((q) => q.start <= start && start < q.end);
      };
      const a = figureAt(fromTo ? 1 : 2);
      const b = figureAt(fromTo ? 2 : 1);
      if (!a || !b || a === b || !amountsAlike(a, b) || a.value === b.value) continue;
      // A place in a ranking falls as its number grows ("dropped from third to fifth place").
      if (/\b(?:place|position|rank|ranking|league|table|spot)\b/i.test(clause) || [a, b].some((q) => /(?:st|nd|rd|th)$/i.test(q.raw))) continue;
      if (down === b.value < a.value) continue;
      // Both figures in the passages closest to the sentence, of one source (a table may give them in two rows).
      const has = (x: Window, q: Quantity) => x.sentences.some((s) => quantitiesOf(s).some((r) => sameQuantity(q, r)));
      const close = top.slice(0, 5);
      const w = close.find((x) => has(x, a) && close.some((y) => y.source === x.source && has(y, b)));
      if (!w) continue;
      return { kind: 'number', claimText: `“${m[0]}”`, sourceText: `${a.raw} to ${b.raw}`, because: `going from ${a.raw} to ${b.raw} is ${down ? 'a rise' : 'a fall'}`, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** A word that says a figure went up or down, then "to", just before the figure ("has grown to "). */
const UP_TO = new RegExp(`\\b(${WENT_UP.source.slice(5, -3)})\\s+to\\s+$`, 'i');
const DOWN_TO = new RegExp(`\\b(${WENT_DOWN.source.slice(5, -3)})\\s+to\\s+$`, 'i');

/** Words that make a figure a target or a forecast, not a value it had. */
const TARGET = /\b(?:target|forecast|goal|aim|budget|plan|projection|expected)\b/i;
/** A figure's earlier value, as a source gives it after the figure: "97.9 per cent in the same period last year". */
const EARLIER_VALUE = /^[^.;]{0,40}?\b(?:last year|a year earlier|a year ago|the previous year|the year before|(?:in )?the same period (?:of |a year )?(?:last year|earlier|before)|previously)\b/i;

/**
 * "The collection rate rose to 96.8 per cent" where the close passage gives 96.8 per cent against "97.9
 * per cent in the same period last year": going to a figure lower than the one before is a fall, and the
 * other way round. Only a figure of the same kind the passage marks as the earlier one; quoted, no fix.
 */
function riseToContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const text = claim.text;
  for (const [re, up] of [[WENT_UP, true], [WENT_DOWN, false]] as const) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const to = /^\s+to\s+/i.exec(text.slice(at, at + 8));
      if (!to) continue;
      // (A sentence that gives the figure it went from says it itself: the from-to reading above.)
      if (/\bfrom\b/i.test(text.slice(at, at + 80))) continue;
      const q = claim.quantities.find((x) => x.start === at + to[0].length);
      if (!q || isTime(q)) continue;
      for (const w of top.slice(0, 3)) {
        for (const s of w.sentences) {
          const qs = quantitiesOf(s);
          if (!qs.some((r) => sameQuantity(q, r))) continue;
          // The source says it went the other way to the same figure: "has grown to 13,512" for "had fallen to 13,512".
          const theirs = qs.find((r) => sameQuantity(q, r));
          const went = theirs && (up ? DOWN_TO : UP_TO).exec(s.text.slice(Math.max(0, theirs.start - 30), theirs.start));
          if (went && !negatedOf(s).has(s.tokens.findIndex((t) => t.start >= theirs!.start - went[0].length))) {
            return { kind: 'number', claimText: `“${m[0]} to ${q.raw}”`, sourceText: `${went[1]} to ${theirs!.raw}`, because: `the source has it ${up ? 'falling' : 'rising'} to ${theirs!.raw}`, evidence: toEvidence(w) };
          }
          // (Not a target or a forecast set last year: "short of the 98 per cent target set last year".)
          const earlier = qs.filter((r) => r.kind === q.kind && !sameQuantity(q, r) && (!q.unit || !r.unit || r.unit === q.unit) && EARLIER_VALUE.test(s.text.slice(r.end, r.end + 60)) && !TARGET.test(`${s.text.slice(Math.max(0, ...qs.filter((x) => x.end <= r.start).map((x) => x.end)), r.start)} ${EARLIER_VALUE.exec(s.text.slice(r.end, r.end + 60))![0]}`));
          if (earlier.length !== 1) continue;
          const r = earlier[0];
          if (up === r.value > q.value) {
            const said = EARLIER_VALUE.exec(s.text.slice(r.end, r.end + 60))![0];
            return { kind: 'number', claimText: `“${m[0]} to ${q.raw}”`, sourceText: `${r.raw}${said}`, because: `${q.raw} after ${r.raw} is ${up ? 'a fall' : 'a rise'}`, evidence: toEvidence(w) };
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * "negligence rather than recklessness" where the sentence says "recklessness rather than negligence"
 * (or "instead of"): the two set the other way round in a close passage. The fix is the source's order.
 */
function contrastSwappedContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const m = /(\p{L}[\p{L}'’-]+)\s+(rather than|instead of)\s+(\p{L}[\p{L}'’-]+)/iu.exec(claim.text);
  if (!m || m.index === undefined) return undefined;
  const [a, b] = [stemOf(m[1]), stemOf(m[3])];
  if (a === b) return undefined;
  for (const w of top.slice(0, 3)) {
    for (const s of w.sentences) {
      const t = /(\p{L}[\p{L}'’-]+)\s+(rather than|instead of)\s+(\p{L}[\p{L}'’-]+)/iu.exec(s.text);
      if (!t || stemOf(t[1]) !== b || stemOf(t[3]) !== a) continue;
      return { kind: 'rank', claimText: m[0], claimSpan: { start: m.index, end: m.index + m[0].length }, sourceText: t[0], evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/**
 * "a fractured right hip" where the source says "a fractured left hip": the side a thing is on, read as
 * the word before the same thing ("left" is also the past of "leave", so only this way round).
 */
function leftRightContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const t = claim.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const side = t[i].raw.toLowerCase();
    if (side !== 'left' && side !== 'right') continue;
    const other = side === 'left' ? 'right' : 'left';
    const thing = t[i + 1].term;
    if (t[i + 1].stop) continue;
    const has = (w: Window, word: string) => w.sentences.some((s) => s.tokens.some((x, k) => x.raw.toLowerCase() === word && s.tokens[k + 1]?.term === thing));
    const close = top.slice(0, 3);
    if (close.some((w) => has(w, side))) continue;
    const w = close.find((x) => has(x, other));
    if (!w) continue;
    const claimSpan = { start: t[i].start, end: t[i].end };
    const cased = t[i].raw[0] === t[i].raw[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other;
    return { kind: 'rank', claimText: t[i].raw, claimSpan, sourceText: cased, evidence: toEvidence(w) };
  }
  return undefined;
}

/** Who a correction says said the words: "Those words were said by Cllr Denise Harrow", "The remark was made by Councillor Susan Whitlow". */
const SAID_BY = /\b(?:words|remarks?|comments?|quote|quotation)\s+(?:were|was)\s+(?:actually\s+|in fact\s+)?(?:said|made|spoken|given)\s+by\s+(?:(?:the|its|their|his|her)\s+(?:[\p{Ll}'’-]+\s+){0,5}?[\p{Ll}'’-]+,?\s+)?((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?!['’]s)\b/u;
/** Whom it says the paper gave them to: "attributed the remark … to Cllr Marcus Fairley", "Councillor Dhillon did not say it". */
const GIVEN_TO = /\battributed\b[^.;]{0,300}?\bto\s+(?:(?:the|its|their|his|her)\s+(?:[\p{Ll}'’-]+\s+){0,5}?[\p{Ll}'’-]+,?\s+)?((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})|((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+did\s+not\s+(?:say|make)\s+(?:it|that|this|those words|the remark|the comment)\b/gu;

/**
 * A quotation a correction says the paper gave to the wrong person: "The same article attributed the
 * remark "This building has been patched up for too long" to Cllr Marcus Fairley. Those words were said
 * by Cllr Denise Harrow." A sentence giving the remark (most of its words) to the person named wrongly,
 * and not to the one named rightly, is contradicted; quoted, no fix (the name may carry a role with it).
 */
export function misattributedQuote(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const mine = quotations(claim.text).filter((q) => q.text.trim().split(/\s+/).length >= 3);
  // (Not a sentence that tells of the error or a denial: "wrongly attributed the remark … to Cllr Fairley",
  // "Cllr Fairley denied saying …".)
  // (Read outside its quotations: the remark's own "not" or "wrong" is the remark's.)
  const outside = claim.text.replace(/["“][^"”]*["”]/g, ' ');
  if (mine.length === 0 || claim.names.length === 0 || /\b(?:not|never|no)\b|n['’]t\b/i.test(outside) || TOLD_WRONG.test(outside) || /\b(?:attribut\w*|misquot\w*|misattribut\w*|quoted as|den(?:y|ies|ied)|correct\w*)\b/i.test(outside)) return undefined;
  const wordsOf = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2);
  for (const w of top) {
    if (!isCorrection(w.source, w.paragraph)) continue;
    const text = w.source.text.slice(w.paragraph.start, w.paragraph.end);
    const right = SAID_BY.exec(text);
    if (!right) continue;
    // (The remark is the claim's: most of the claim's quoted words are in a quotation of the correction.)
    const theirs = quotations(text).map((q) => new Set(wordsOf(q.text)));
    const same = mine.some((q) => {
      const words = wordsOf(q.text);
      return words.length > 0 && theirs.some((t) => words.filter((x) => t.has(x)).length >= 0.6 * words.length);
    });
    if (!same) continue;
    const terms = (name: string) => tokenize(name).filter((t) => t.kind === TokenKind.Word && /^\p{Lu}/u.test(t.raw) && !PERSON_TITLES.has(t.raw.toLowerCase().replace(/\.$/, '')) && !/^(?:Cllr|Councillor)$/i.test(t.raw)).map((t) => t.term);
    const rightTerms = terms(right[1]);
    const wrong = [...text.matchAll(GIVEN_TO)].flatMap((m) => terms(m[1] ?? m[2])).filter((t) => !rightTerms.includes(t));
    if (wrong.length === 0 || rightTerms.length === 0) continue;
    const named = claim.names.filter((n) => n.distinctive.some((t) => wrong.includes(t)));
    if (named.length === 0 || claim.names.some((n) => n.distinctive.some((t) => rightTerms.includes(t)))) continue;
    return { kind: 'name', claimText: named[0].text, sourceText: right[1], because: `the correction says the words were said by ${right[1]}`, ambiguous: true, evidence: toEvidence(w) };
  }
  return undefined;
}

/** A possessive before a noun: "her husband", "his wife". */
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|my|our|your)$/i;

/** A figure's own cell that says it counts something else than the claim's does: "| 4 weeks |" for "four trusses". */
function otherInCell(row: string, r: Quantity, q: Quantity): boolean {
  if (!q.unit || q.unit.startsWith('<')) return false;
  const line = row.slice(row.lastIndexOf('\n', r.start) + 1, (row.indexOf('\n', r.end) + 1 || row.length + 1) - 1);
  if (!TABLE_LINE.test(line)) return false;
  // (Only a unit of time or measure says so: "45 flats" or "14 no." may count the claim's homes or lights.)
  const word = /^\s*(\p{L}[\p{L}-]*)/u.exec(row.slice(r.end).split('|')[0])?.[1];
  if (!word || !CELL_UNIT.test(word)) return false;
  return !CELL_UNIT.test(q.unit) && stem(word.toLowerCase()) !== q.unit;
}

/** Units of time or measure a table cell gives with its figure ("4 weeks", "18 months", "12 metres"). */
const CELL_UNIT = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|metre|meter|kilometre|kilometer|km|mile|yard|feet|foot|ft|inch|acre|hectare|ha|tonne|ton|kg|kilogram|litre|liter|gallon|mph|kph)s?$/i;

/** A figure's side of another: "£130,000 above the valuation", "12 per cent lower than". */
const SIDE_OF = /^\s+(above|below|higher than|lower than|more than|less than|fewer than)\s+/i;
const OTHER_SIDE: Readonly<Record<string, readonly string[]>> = {
  above: ['below', 'lower than', 'less than'], below: ['above', 'higher than', 'more than'],
  'higher than': ['below', 'lower than'], 'lower than': ['above', 'higher than'],
  'more than': ['less than', 'fewer than'], 'less than': ['more than'], 'fewer than': ['more than'],
};

/**
 * "The price is £130,000 below the valuation" where a close passage says "£130,000 above the
 * valuation, not below it": the same figure on the other side of the same thing (the first word the
 * sentence names after the side, within a few words of it in the passage). Not where a close passage
 * puts the figure on the sentence's side too.
 */
function aboveBelowContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  // (Not a sentence that tells of an error or denies it: "wrongly claimed the price was £80,000 below".)
  if (claim.negated || TOLD_WRONG.test(claim.text)) return undefined;
  for (const q of claim.quantities) {
    const side = SIDE_OF.exec(claim.text.slice(q.end));
    if (!side) continue;
    const mine = side[1].toLowerCase().replace(/\s+/g, ' ');
    // What the figure is measured against: the two words after the side, the same in the passage ("the
    // valuation", not "last year's" for "this year's", which turns the comparison round).
    const after = claim.tokens.filter((t) => t.start >= q.end + side[0].length).slice(0, 2);
    if (after.length < 2 || after[0].start - (q.end + side[0].length) > 2 || !after.some((t) => t.kind === TokenKind.Word && !t.stop)) continue;
    // (Every side the passage's sentence gives the figure against the same thing: several sides, no one.)
    const sidesIn = (s: SentenceReading): string[] => {
      const out: string[] = [];
      for (const r of quantitiesOf(s)) {
        if (!sameQuantity(q, r)) continue;
        const theirs = SIDE_OF.exec(s.text.slice(r.end));
        if (!theirs) continue;
        const from = r.end + theirs[0].length;
        const next = s.tokens.filter((t) => t.start >= from).slice(0, 2);
        if (next.length === 2 && next.every((t, k) => t.term === after[k].term)) out.push(theirs[1].toLowerCase().replace(/\s+/g, ' '));
      }
      return out;
    };
    // (And the passage about what the claim names: "in Fenby" is no figure of Carrow.)
    const names = claim.names.filter((n) => n.distinctive.length);
    const aboutIt = (w: Window) => names.every((n) => n.distinctive.some((t) => w.sentences.some((s) => s.terms.has(t))));
    const close = top.slice(0, 3).filter(aboutIt);
    if (close.some((w) => w.sentences.some((s) => sidesIn(s).includes(mine)))) continue;
    for (const w of close) {
      for (const s of w.sentences) {
        const theirs = sidesIn(s);
        if (theirs.length === 0 || !theirs.every((x) => OTHER_SIDE[mine].includes(x))) continue;
        const at = q.end + claim.text.slice(q.end).indexOf(side[1]);
        const cased = side[1][0] === side[1][0].toUpperCase() ? theirs[0][0].toUpperCase() + theirs[0].slice(1) : theirs[0];
        return { kind: 'rank', claimText: side[1], claimSpan: { start: at, end: at + side[1].length }, sourceText: cased, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}

/** "on the ebb tide" where the close passages say "on the flood tide" and never the ebb tide (the word "flood" alone is a flood). */
function tideContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const m = /\b(ebb|flood)(?:ing)?\s+tides?\b/i.exec(claim.text);
  if (!m) return undefined;
  const mine = m[1].toLowerCase();
  const other = mine === 'ebb' ? 'flood' : 'ebb';
  const close = top.slice(0, 3);
  // ("the ebb", "ebbing" are the tide's whatever follows; "flood" only as a tide: "flood tide", "on the flood".)
  // (A sentence naming both, "on both the ebb and the flood", gives both.)
  const says = (w: Window, word: string) => w.sentences.some((s) => (word === 'ebb' ? /\bebb(?:ing|s|ed)?\b/i.test(s.text) : /\bflood(?:ing)?[\s-]+tides?\b|\bon\s+the\s+flood\b|\btide\s+(?:was\s+|is\s+)?flooding\b/i.test(s.text) || (/\bebb/i.test(s.text) && /\bflood\b/i.test(s.text))));
  if (close.some((w) => says(w, mine))) return undefined;
  const w = close.find((x) => says(x, other));
  if (!w) return undefined;
  const cased = m[1][0] === m[1][0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other;
  return { kind: 'rank', claimText: m[1], claimSpan: { start: m.index, end: m.index + m[1].length }, sourceText: cased, evidence: toEvidence(w) };
}

/** Words that tell of an error: "wrongly claimed", "incorrectly reported". */
const TOLD_WRONG = /\b(?:wrong(?:ly)?|false(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|erroneous(?:ly)?|inaccurate(?:ly)?)\b/i;

/** Ordinals in words, as their numbers: "the fifth floor" is the "5th floor". */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** The rank a token writes ("23rd", "fifth"), if it is an ordinal. */
function ordinalValue(raw: string): number | undefined {
  const digits = /^(\d{1,4})(?:st|nd|rd|th)$/i.exec(raw);
  return digits ? +digits[1] : ORDINAL_WORDS[raw.toLowerCase()];
}

/**
 * "in the 32nd minute" where the closest passages say "in the 23rd minute", "the fifth floor" for "the
 * 3rd floor": a rank is no amount (the figures do not read it), so it is compared here, as the ordinal
 * before the same word. Not where a close passage gives the sentence's own rank of that thing (a match's
 * "23rd minute" and "67th minute"), nor inside a date ("the 14th of March"); a passage that gives two
 * other ranks of it names no one fix.
 */
function ordinalContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const t = claim.tokens;
  const inDate = (qs: readonly Quantity[], start: number) => qs.some((q) => (q.kind === 'date' || q.kind === 'month') && q.start <= start && start < q.end);
  for (let i = 0; i + 1 < t.length; i++) {
    const rank = ordinalValue(t[i].raw);
    if (rank === undefined || t[i + 1].stop || t[i + 1].kind !== TokenKind.Word || inDate(claim.quantities, t[i].start)) continue;
    // A digit ordinal, or a word one past "second" after "the" ("the fifth floor"): "first" and "second"
    // are too often the halves and rounds of other things ("the first half of the year", "second half of 2024").
    // (Except in a rank of who did something: "the first parish to receive help" is one of a series.)
    // ("its sixteenth school", "our fifteenth school": an owner's count is a rank too.)
    // (Of someone or something that does it, not a turn: "the first chance to see the plans" is no rank.)
    const series = rank <= 2 && !/^\d/.test(t[i].raw);
    // ("the first cinema in the Ashvale district to reopen": the "to" may come after where.)
    const toAfter = () => {
      for (let k = i + 2; k < t.length && k <= i + 7; k++) {
        if (/[,;:.!?()]/.test(claim.text.slice(t[k - 1].end, t[k].start))) return false;
        if (/^to$/i.test(t[k].raw)) return k === i + 2 || /^(?:in|of|at|on|across|outside|within)$/i.test(t[i + 2].raw);
      }
      return false;
    };
    if (!/^\d/.test(t[i].raw) && (!RANK_DETERMINER.test(t[i - 1]?.raw ?? '') || (series && (!toAfter() || TURNS.test(t[i + 1].raw))))) continue;
    const thing = t[i + 1].term;
    const ranksIn = (w: Window) =>
      w.sentences.flatMap((s) => {
        const qs = quantitiesOf(s);
        return s.tokens.flatMap((x, k) => {
          const r = ordinalValue(x.raw);
          return r !== undefined && s.tokens[k + 1]?.term === thing && !inDate(qs, x.start) && (/^\d/.test(x.raw) || RANK_DETERMINER.test(s.tokens[k - 1]?.raw ?? '')) && (r === rank || ofSubject(s, k)) ? [{ rank: r, raw: x.raw }] : [];
        });
      });
    // (For "the first … to": the passage's rank is of the claim's own subject, named before it in its
    // sentence, and that sentence ranks nothing else: "Brook Lane the second school to gain it" is not
    // Ashby Primary's, where the sentence says Ashby was the first.)
    // (By the words that tell it apart: "Hill Primary" is no "Kingsmoor Primary School".)
    const named = claim.names[0]?.distinctive ?? [];
    const telling = named.filter((t) => !BODY_WORDS.test(t[0].toUpperCase() + t.slice(1)));
    const subject = telling.length ? telling : named;
    // (The same for an owner's rank, "its sixteenth school": "Its fifteenth, Ferndale Primary" is another
    // school's; "now in its fifth year, moved … in its third" ranks two things; the nearest name before the
    // rank is whose it is: "replacing Cllr Jane Moss, who is now in her fourth term" is Moss's.)
    const owned = !/^\d/.test(t[i].raw) && !/^the$/i.test(t[i - 1]?.raw ?? '');
    const ofSubject = (s: SentenceReading, k: number) => {
      if (!series && !owned) return true;
      if (subject.length === 0 || s.tokens.filter((x) => ordinalValue(x.raw) !== undefined).length !== 1) return false;
      // (A name opening the sentence is no name to namesOf: "Millbrook will be our fifteenth school.")
      const before = namesOf(s).filter((n) => n.end <= s.tokens[k].start);
      if (before.length === 0) return s.tokens.slice(0, k).some((x) => x.capitalized && subject.includes(x.term));
      return before[before.length - 1].terms.some((x) => subject.includes(x));
    };
    const close = top.slice(0, 3);
    // (A rank the claim gives itself for that thing is no rival: "built in the 18th century and closed in the 20th century".)
    const own = new Set(t.flatMap((x, k) => (k !== i && t[k + 1]?.term === thing ? [ordinalValue(x.raw)] : [])).filter((r): r is number => r !== undefined));
    const found = close.map((w) => ({ w, ranks: ranksIn(w).filter((r) => !own.has(r.rank)) }));
    if (found.some((f) => f.ranks.some((r) => r.rank === rank))) continue;
    const hit = found.find((f) => f.ranks.length > 0);
    if (!hit) continue;
    const others = [...new Set(hit.ranks.map((r) => r.rank))];
    const raw = hit.ranks[0].raw;
    const sourceText = /^\d/.test(t[i].raw) === /^\d/.test(raw) ? raw : /^\d/.test(t[i].raw) ? `${others[0]}${ordinalSuffix(others[0])}` : raw;
    return { kind: 'rank', claimText: t[i].raw, claimSpan: { start: t[i].start, end: t[i].end }, sourceText, ambiguous: others.length > 1 || undefined, evidence: toEvidence(hit.w) };
  }
  return undefined;
}

/** Turns and parts, which "the first … to" ranks no one by: "the first chance to see", "the first step to". */
const TURNS = /^(?:chances?|opportunit(?:y|ies)|times?|steps?|stages?|phases?|rounds?|halves|half|attempts?|bids?|go|try|part|parts|moves?|signs?)$/i;

/**
 * A sentence whose subject stands for something named before it ("It was lost by eight votes to four",
 * "This fell by five votes to three"): what it was is not in the sentence, and may be an amendment.
 */
const ANAPHORIC = /^\W*(?:It|This|That)\s+(?:was|were|fell|failed|passed|went)\b/;

/**
 * How a sentence says named people voted, in prose: "Cllr Derek Hume, who voted against, said …",
 * "Cllr Ray voted for the motion". The name just before the words, in the same clause; the matter named
 * just after them, if any.
 */
function proseVotes(text: string): Array<{ terms: string[]; side: 'for' | 'against' | 'abstain'; raw: string; matter?: string }> {
  const out: Array<{ terms: string[]; side: 'for' | 'against' | 'abstain'; raw: string; matter?: string }> = [];
  for (const m of text.matchAll(PROSE_VOTE)) {
    const side = /abstain/i.test(m[2]) ? 'abstain' : /against/i.test(m[2]) ? 'against' : 'for';
    const terms = tokenize(m[1]).filter((t) => t.kind === TokenKind.Word && /^\p{Lu}/u.test(t.raw) && !TITLES.test(t.raw)).map((t) => t.term);
    if (terms.length === 0) continue;
    const after = /^[^,;.]*/.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60))![0];
    out.push({ terms, side, raw: m[0].trim(), matter: VOTE_MATTER.exec(after)?.[1].toLowerCase().slice(0, 6) });
  }
  return out;
}
/** A name (two capitalised words at most, after a title) and how it voted, a relative "who" between at most ("who spoke and voted against"). */
const PROSE_VOTE = /\b((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?),?\s+(?:who\s+(?:had\s+)?(?:\p{Ll}+\s+and\s+)?)?(voted\s+(?:for|against|in\s+favou?r)|abstained)\b/gu;

/** A reporter's note to self before a figure: "TODO: … check vote 7-3", "confirm 12?". */
const TO_CHECK = /\b(?:TODO|TK|check|confirm|verify|query)\b/i;

/** A figure a note to self asks about, or gives beside another ("check vote 7-3 or 8-3"): it states neither. */
function unsureFigure(text: string, r: Quantity): boolean {
  return TO_CHECK.test(text.slice(text.lastIndexOf('\n', r.start) + 1, r.start)) || /^[^\s,;]*\s+or\s+\d/.test(text.slice(r.end, r.end + 12)) || /\d[^\s,;]*\s+or\s+$/.test(text.slice(Math.max(0, r.start - 12), r.start));
}

/** "opening hours", "closing date", "opening night": the time a word names, not the act. */
const OPENING_TIMES = /^(?:opening|closing)$/i;
const TIMES_OF = /^(?:hours?|times?|date|dates|day|days|night|ceremony|speech|remarks|statement|balance|price|stages?|weekend)$/i;

/** Words before a rank in words: "the fifth floor", "its sixteenth school", "our fifteenth". */
const RANK_DETERMINER = /^(?:the|its|our|their|his|her|my|your)$/i;

/** Words that say only part of a group: "some residents", "most of the stalls", "a few of them". */
const PART_OF = /^(?:some|most|many|several|few|half)$/i;
/** Words between a quantifier and what it counts: "of the", "the", "of its", a figure. */
const OF_THE = /^(?:of|the|its|their|his|her|our|these|those)$/i;

/** What "all", "every" or a part-word counts in a sentence: the term of the noun after it, and the word itself. */
function quantified(s: { tokens: readonly Token[] }, test: (raw: string, k: number) => boolean): Array<{ k: number; thing: string }> {
  const out: Array<{ k: number; thing: string }> = [];
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!test(t[k].raw, k)) continue;
    let j = k + 1;
    while (j < t.length && j <= k + 4 && (OF_THE.test(t[j].raw) || t[j].kind === TokenKind.Number)) j++;
    if (j < t.length && t[j].kind === TokenKind.Word && !t[j].stop) out.push({ k, thing: t[j].term });
  }
  return out;
}

/**
 * "All tenants said …" where the closest passages say "Some tenants said …" (or "most", "several", "half
 * of"): the sentence makes the whole of a group what the source says of a part. Not where a close passage
 * says "all" of that group too, nor for "not all", "at all", "after all", "all but".
 */
function allForSomeContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const t = claim.tokens;
  const whole = quantified(claim, (raw, k) => /^(?:all|every)$/i.test(raw) && !/^(?:not|at|after|above|once|for)$/i.test(t[k - 1]?.raw ?? '') && !/^(?:but|too|along|over|told|the same|round|out)$/i.test(t[k + 1]?.raw ?? ''));
  if (whole.length === 0) return undefined;
  const close = top.slice(0, 3);
  for (const { k, thing } of whole) {
    const others = new Set(t.filter((x, j) => j !== k && x.kind === TokenKind.Word && !x.stop && x.term !== thing).map((x) => x.term));
    // (In the part-word's own clause: "evacuated the 30 residents of Elm Court; some residents were allowed back".)
    const nearIn = (s: SentenceReading, j: number) => [...others].filter((term) => clauseTerms(s, j).has(term)).length >= 2;
    const saysWith = (w: Window, test: (raw: string, j: number, tokens: readonly Token[]) => boolean, near: boolean) =>
      w.sentences.some((s) => quantified(s, (raw, j) => test(raw, j, s.tokens)).some((q) => q.thing === thing && (!near || nearIn(s, q.k))));
    const says = (w: Window, test: (raw: string, j: number, tokens: readonly Token[]) => boolean) => saysWith(w, test, false);
    if (close.some((w) => says(w, (raw) => /^(?:all|every|each)$/i.test(raw)))) continue;
    // (Or a count "of" them, not the claim's own: "Ten of the firm's 12 permanent staff" for "All 12 of the firm's staff".)
    const counted = (raw: string, j: number, tokens: readonly Token[]) => {
      const n = /^\d{1,4}$/.test(raw) ? +raw : smallNumber(raw);
      return n !== undefined && n > 0 && tokens[j + 1]?.raw.toLowerCase() === 'of' && !claim.quantities.some((q) => q.value === n);
    };
    // ("Some 400 people" is about 400 of them, not a part.)
    const part = (raw: string, j: number, tokens: readonly Token[]) => (PART_OF.test(raw) && !(raw.toLowerCase() === 'few' && tokens[j - 1]?.raw.toLowerCase() !== 'a') && tokens[j - 1]?.raw.toLowerCase() !== 'not' && !(/^some$/i.test(raw) && tokens[j + 1]?.kind === TokenKind.Number)) || counted(raw, j, tokens);
    // (A part said of what the claim says of the whole: "some residents were allowed back" is no part of those evacuated.)
    const w = close.find((x) => saysWith(x, part, true));
    if (!w) continue;
    const said = w.sentences.flatMap((s) => quantified(s, (raw, j) => part(raw, j, s.tokens)).filter((q) => q.thing === thing && nearIn(s, q.k)).map((q) => s.tokens[q.k].raw))[0];
    const word = t[k].raw;
    // "All" → "Some" reads; "every tenant" → "some tenant" does not: only "all" is offered the source's word.
    const fix = /^all$/i.test(word) && PART_OF.test(said) && !/^half$/i.test(said) ? (word[0] === 'A' ? said[0].toUpperCase() + said.slice(1).toLowerCase() : said.toLowerCase()) : undefined;
    return { kind: 'rank', claimText: word, claimSpan: fix ? { start: t[k].start, end: t[k].end } : undefined, sourceText: fix ?? said, evidence: toEvidence(w) };
  }
  return undefined;
}

/**
 * "Most journeys on the route are made by people using concessionary passes" where the closest
 * passages give "41 per cent of journeys": "most" (or "a majority of") is more than half. Only a share
 * of the same thing (the first word after the figure), and none of it at half or more in those passages.
 */
function mostForShareContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const t = claim.tokens;
  const most = quantified(claim, (raw, k) => (/^most$/i.test(raw) && !/^(?:the|at|a)$/i.test(t[k - 1]?.raw ?? '')) || (/^majority$/i.test(raw) && /^(?:a|the)$/i.test(t[k - 1]?.raw ?? '')));
  if (most.length === 0 || claim.quantities.some((q) => q.kind === 'percent')) return undefined;
  for (const { k, thing } of most) {
    // (A share of the same thing, said of what the claim says of it: two more of its words in the sentence.
    // "Only 14 per cent of residents took part" gives no share of residents who opposed the scheme.)
    const others = new Set(claim.tokens.filter((x, j) => j !== k && x.kind === TokenKind.Word && !x.stop && x.term !== thing).map((x) => x.term));
    const about = (s: SentenceReading) => [...others].filter((term) => s.terms.has(term)).length >= 2;
    const shares = top.slice(0, 3).flatMap((w) => w.sentences.filter(about).flatMap((s) => quantitiesOf(s).filter((r) => r.kind === 'percent' && !r.range && r.after?.[0] === thing).map((r) => ({ r, w }))));
    if (shares.length === 0 || shares.some(({ r }) => r.value >= 50 || r.bound === 'over')) continue;
    const { r, w } = shares[0];
    return { kind: 'number', claimText: t[k].raw, sourceText: r.raw, evidence: toEvidence(w) };
  }
  return undefined;
}

/** The terms of the clause token j is in (a clause ends at a semicolon, a colon, or a comma before "but", "and", "while"). */
function clauseTerms(s: SentenceReading, j: number): Set<string> {
  const at = s.tokens[j].start;
  let from = 0;
  for (const m of s.text.slice(0, at).matchAll(/[;:]|,\s*(?:but|and|while|whereas)\b/g)) from = (m.index ?? 0) + m[0].length;
  const rest = s.text.slice(at).search(/[;:]|,\s*(?:but|and|while|whereas)\b/);
  const to = rest < 0 ? s.text.length : at + rest;
  return new Set(s.tokens.filter((t) => t.start >= from && t.end <= to).map((t) => t.term));
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** How often a thing happens: "weekly", "twice weekly", "every fortnight", "every other month", "twice a week" (not "bi-weekly"). */
const FREQUENCY =
  /(?<![\w-])(?:(once|twice|three times|four times|[2-9] times)\s+(?:a|an|per|each)\s+(hour|day|night|week|fortnight|month|quarter|year)|(?:(once|twice|three times|four times|[2-9] times)\s+)?(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)|every\s+(?:(other|second|two|three|four|six|2|3|4|6)\s+)?(hour|day|night|week|fortnight|month|quarter|year)s?)\b/gi;
const PERIOD_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30, quarter: 91, year: 365 };
const EVERY_N: Record<string, number> = { other: 2, second: 2, two: 2, three: 3, four: 4, six: 6 };
const TIMES: Record<string, number> = { once: 1, twice: 2, 'three times': 3, 'four times': 4 };
/** "weekly cost", "monthly rent": a sum counted per period, not how often a thing happens. */
const PER_PERIOD_SUM = /^\s*(?:cost|costs|bill|bills|fee|fees|rent|rents|pay|wage|wages|salary|budget|total|totals|average|figure|figures|rate|income|spend|spending|payment|payments|allowance|subscription|charge|charges|limit|cap|sum|amount|earnings|target|turnover|sales|loss|losses|profit|profits|deficit|saving|savings)\b/i;
const LY_PERIOD: Record<string, string> = { hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year' };

interface Frequency { readonly start: number; readonly end: number; readonly raw: string; readonly days: number }

/** The frequencies a text states, each as the days between one time and the next. */
function frequenciesIn(text: string): Frequency[] {
  const out: Frequency[] = [];
  const times = (word: string) => TIMES[word.toLowerCase()] ?? Number(word[0]);
  for (const m of text.matchAll(FREQUENCY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (PER_PERIOD_SUM.test(text.slice(end, end + 16))) continue;
    // "the Daily Post": a name, not how often.
    if (/^[A-Z]/.test(m[0]) && start > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    let days: number;
    if (m[2]) days = PERIOD_DAYS[m[2].toLowerCase()] / times(m[1]);
    else if (m[4]) days = PERIOD_DAYS[LY_PERIOD[m[4].toLowerCase()]] / (m[3] ? times(m[3]) : 1);
    else days = PERIOD_DAYS[m[6].toLowerCase()] * (m[5] ? (EVERY_N[m[5].toLowerCase()] ?? Number(m[5])) : 1);
    if (Number.isFinite(days)) out.push({ start, end, raw: m[0], days });
  }
  return out;
}

/**
 * "emptied weekly" where a close passage says the bins are "emptied fortnightly" (or "every two weeks"):
 * how often a thing happens, said otherwise about the same thing. The thing is the claim's words beside
 * the frequency, found in the passage's sentence; no close passage may give the claim's own frequency.
 */
function frequencyContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const said = frequenciesIn(claim.text);
  if (said.length === 0 || said.length > 3) return undefined;
  const close = top.slice(0, 3);
  const same = (a: Frequency, b: Frequency) => Math.abs(a.days - b.days) < 1e-6;
  // (Each of the claim's frequencies: "weekly during the summer term, reducing to monthly" where the
  // passage has "fortnightly …, reducing to monthly". The passage's other frequency, the claim's own
  // second one, is no rival.)
  for (const f of said) {
    // The claim's own words of the clause around the frequency: what it is the frequency of.
    const near = claim.tokens.filter((t) => !t.stop && t.kind === TokenKind.Word && (t.end <= f.start || t.start >= f.end) && Math.abs((t.start < f.start ? f.start - t.end : t.start - f.end)) < 60 && !FREQUENCY_WORDS.test(t.raw));
    const terms = new Set(near.map((t) => t.term));
    if (terms.size < 2) continue;
    let found: { w: Window; g: Frequency } | undefined;
    let agreed = false;
    for (const w of close) {
      for (const s of w.sentences) {
        const gs = frequenciesIn(s.text);
        if (gs.some((g) => same(g, f))) agreed = true;
        const rivals = gs.filter((g) => !said.some((o) => same(o, g)));
        if (found || rivals.length !== 1 || gs.length - rivals.length !== said.length - 1) continue;
        const shared = new Set(s.tokens.filter((t) => terms.has(t.term)).map((t) => t.term));
        if (shared.size >= Math.min(3, terms.size)) found = { w, g: rivals[0] };
      }
    }
    if (agreed || !found) continue;
    const claimSpan = { start: f.start, end: f.end };
    return { kind: 'rank', claimText: f.raw, claimSpan, sourceText: found.g.raw, evidence: toEvidence(found.w) };
  }
  return undefined;
}
const FREQUENCY_WORDS = /^(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|every|once|twice|times|hour|day|night|week|fortnight|month|quarter|year)s?$/i;

function stemOf(word: string): string {
  return stem(word.toLowerCase());
}

/** Two amounts of one kind that can be set against each other: counts, shares or sums of one currency. */
function amountsAlike(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.range || b.range || !(a.kind === 'number' || a.kind === 'percent' || a.kind === 'money')) return false;
  if (a.kind === 'money' && a.currency !== b.currency) return false;
  // ("3,180 in December": a month after a figure is when, not what it counts.)
  // ("<" marks a unit carried over from the figure before: "58 people from 34".)
  const unit = (q: Quantity) => (q.unit && !isCalendarWord(q.unit) ? q.unit.replace(/^</, '') : undefined);
  return !unit(a) || !unit(b) || unit(a) === unit(b);
}

/** A sentence about what was first reported, and later corrected: "initially reported", "an earlier version said". */
export const EARLIER_REPORT = /\b(?:initially|originally|at first|first|earlier|previously|mistakenly|wrongly|incorrectly)\s+(?:reported|said|stated|gave|put|printed|published|wrote|described)\b|\b(?:first|initial|original|earlier)\s+(?:report|article|story|version|edition|account)\s+(?:had\s+)?(?:put|gave|said|stated|reported|printed|named|described)\b|\b(?:figure|error|mistake|name|date)\s+(?:that\s+|which\s+)?(?:it|the\s+\w+)\s+(?:has\s+|had\s+)?(?:since|later|subsequently)\s+corrected\b|\ban earlier version\b|\b(?:withdr[ae]w\w*|retract\w*)\s+(?:its|the|their|his|her|that|this|an|a)\s+(?:earlier\s+|original\s+|first\s+)?(?:figure|estimate|claim|count|total|number|statement|date)\b/i;

/** Words that set one figure against another: which comes first says which is which. */
const AGAINST = /\b(?:instead of|rather than|up from|down from|compared with|compared to|as against|replacing)\b/gi;

/**
 * Two figures a sentence sets in order, the one replaced (or set against) first: "from six inspectors
 * to nine" and "nine, up from six" are both [six, nine]; "every 20 minutes instead of every 12" is [12, 20].
 */
function figurePairs(reading: SentenceReading): Array<[Quantity, Quantity]> {
  const text = reading.text;
  const qs = quantitiesOf(reading);
  const out: Array<[Quantity, Quantity]> = [];
  if (qs.length < 2) return out;
  for (const m of text.matchAll(AGAINST)) {
    const at = m.index ?? 0;
    const before = qs.filter((q) => q.end <= at).pop();
    const after = qs.find((q) => q.start >= at + m[0].length);
    if (before && after && !sameQuantity(before, after)) out.push([after, before]);
  }
  // "from six inspectors to nine": the first figure after "from", the next after "to".
  for (const m of text.matchAll(/\bfrom\b/gi)) {
    const at = (m.index ?? 0) + m[0].length;
    const first = qs.find((q) => q.start >= at && q.start - at <= 40);
    const to = first ? text.slice(first.end).search(/\bto\b/i) : -1;
    const second = first && to >= 0 ? qs.find((q) => q.start >= first.end + to) : undefined;
    if (first && second && !sameQuantity(first, second)) out.push([first, second]);
  }
  return out;
}

/** The claim read as a source sentence is (its figures in order), once per claim. */
export function claimReading(claim: Claim): SentenceReading {
  let r = CLAIM_READINGS.get(claim);
  if (!r) CLAIM_READINGS.set(claim, (r = readSentence(claim.text)));
  return r;
}

const CLAIM_READINGS = new WeakMap<Claim, SentenceReading>();

/**
 * The claim's two figures that a passage sets against each other the other way round: "every 12
 * minutes instead of every 20" where the passage has "every 20 minutes instead of every 12", "grew
 * from six to nine" where it has "fell from nine to six".
 */
export function swappedAround(claim: SentenceReading, passage: SentenceReading): { claim: [Quantity, Quantity]; passage: [Quantity, Quantity] } | undefined {
  if (quantitiesOf(passage).length < 2) return undefined;
  const theirs = figurePairs(passage);
  if (theirs.length === 0) return undefined;
  for (const [a, b] of figurePairs(claim)) for (const [c, d] of theirs) if (sameQuantity(a, d) && sameQuantity(b, c)) return { claim: [a, b], passage: [c, d] };
  return undefined;
}

/** Units of measure, as index terms: two figures in different ones measure different things. */
const MEASURE_UNIT = /^(?:mile|kilomet|km|metr|meter|feet|foot|yard|inch|minut|hour|day|week|fortnight|month|year|second|tonn|ton|tonne|kilo|kg|gram|litr|liter|gallon|acr|hectar|mph|kph|degre|decibel|db|storey|floor|bed)$/;

/** Whether two figures are in different units of measure ("12 miles", "20 minutes"). */
function otherMeasureUnit(a: Quantity, b: Quantity, bText?: string): boolean {
  // (A table's cell may leave the unit unread: the word after the figure, "Every 20 minutes".)
  const bUnit = b.unit ?? (bText !== undefined ? stem((/^\s*(\p{L}+)/u.exec(bText.slice(b.end, b.end + 20))?.[1] ?? '').toLowerCase()) : undefined);
  return !!a.unit && !!bUnit && MEASURE_UNIT.test(a.unit) && MEASURE_UNIT.test(bUnit) && a.unit !== bUnit;
}

/** A table's columns of before and after: "| Item | Current price | From 1 Sept 2025 |", "| Existing | Proposed |". */
const BEFORE_HEAD = /^(?:current|existing|old|previous|present|now|before|was)\b/i;
const AFTER_HEAD = /^(?:new|proposed|revised|from\b|after|future|will be|to be)\b/i;

/** A table row's figures under a before and an after column, as the pair they are ("| Court hire | £42.00 | £45.00 |"). */
function tableRowPair(row: SentenceReading): [Quantity, Quantity] | undefined {
  const lines = row.text.split('\n');
  if (lines.length < 2) return undefined;
  const cells = (line: string) => line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
  const head = cells(lines[0]);
  const last = lines[lines.length - 1];
  const from = head.findIndex((c) => BEFORE_HEAD.test(c));
  const to = head.findIndex((c, k) => k > from && AFTER_HEAD.test(c));
  if (from < 0 || to < 0) return undefined;
  const offset = row.text.length - last.length;
  const qs = quantitiesOf(row).filter((q) => q.start >= offset);
  // Each figure in its cell: the cell is found by the bars before it on the row's line.
  const cellOf = (q: Quantity) => (row.text.slice(offset, q.start).match(/\|/g)?.length ?? 0) - (/^\s*\|/.test(last) ? 1 : 0);
  const a = qs.find((q) => cellOf(q) === from);
  const b = qs.find((q) => cellOf(q) === to);
  return a && b && !sameQuantity(a, b) ? [a, b] : undefined;
}

/**
 * A passage about the same thing (half the claim's other words, the same) that gives the claim's two
 * figures the other way round: both are quoted, and no fix is offered (which figure the writer has
 * wrong, or whether it is the direction, is theirs to say).
 */
function swappedContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  if (claim.quantities.length < 2) return undefined;
  const mine = claimReading(claim);
  if (figurePairs(mine).length === 0) return swappedUnits(claim, parts, top, toEvidence) ?? swappedParties(claim, parts, top, toEvidence);
  const others = (p: Part) => !p.quantity;
  for (const w of top) {
    for (let k = 0; k < w.sentences.length; k++) {
      // (A table's row under a before and an after column is a change too: "| Court hire | £42.00 | £45.00 |"
      // under "| Item | Current price | From 1 Sept |" is no fall from £45 to £42.)
      for (const row of tableRowsOf(w.sentences[k]) ?? []) {
        const pair = tableRowPair(row);
        if (!pair) continue;
        const [c, d] = pair;
        for (const [a, b] of figurePairs(mine)) {
          if (sameQuantity(a, d) && sameQuantity(b, c) && rowOfClaim(claim, row)) return { kind: isTime(a) ? 'date' : 'number', claimText: claim.text.slice(a.start, b.end), sourceText: `${c.raw} to ${d.raw}`, ambiguous: true, evidence: toEvidence(w) };
        }
      }
      const swap = swappedAround(mine, w.sentences[k]);
      if (!swap || sameWords(parts, w.sentenceCover[k], others) < 0.5) continue;
      const [a, b] = swap.claim;
      const [c, d] = swap.passage;
      return { kind: isTime(a) ? 'date' : 'number', claimText: claim.text.slice(a.start, b.end), sourceText: w.sentences[k].text.slice(c.start, d.end), ambiguous: true, evidence: toEvidence(w) };
    }
  }
  return swappedParties(claim, parts, top, toEvidence);
}

/**
 * Two figures whose words a passage gives the other way round: "34 were staffed by police officers and
 * the remaining 14 by the organiser's marshals" where it says "Fourteen points … were staffed by police
 * officers. The remaining 34 … were the responsibility of the organiser's marshals". A figure's words
 * are those after it in its clause, up to the next figure; the passage's, those of its sentence.
 */
function swappedContexts(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const qs = claim.quantities.filter((q) => !isTime(q) && !q.range);
  if (qs.length < 2) return undefined;
  // The content words after a figure in its clause, up to the next figure or "and", "but".
  const wordsAfter = (text: string, tokens: readonly Token[], all: readonly Quantity[], q: Quantity, limit = 2) => {
    const next = all.find((x) => x.start > q.start);
    const stop = text.slice(q.end).search(/[;.]|,\s|\s(?:and|but|while|whereas)\s/);
    const to = Math.min(next ? next.start : text.length, stop >= 0 ? q.end + stop : text.length);
    // (Its first two: "letters of objection had been received" is told apart by "objection", not "received".)
    return new Set(tokens.filter((t) => t.start >= q.end && t.end <= to && !t.stop && t.kind === TokenKind.Word).slice(0, limit).map((t) => t.term));
  };
  const others = (p: Part) => !p.quantity;
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      const [a, b] = [qs[i], qs[j]];
      if (a.kind !== b.kind || sameQuantity(a, b)) continue;
      // What tells the two apart: each one's words the other's lack (a few words where the passage gives
      // the two in one sentence, more where it gives each its own).
      const apart = (limit: number) => {
        const [wa, wb] = [wordsAfter(claim.text, claim.tokens, claim.quantities, a, limit), wordsAfter(claim.text, claim.tokens, claim.quantities, b, limit)];
        return [[...wa].filter((t) => !wb.has(t)), [...wb].filter((t) => !wa.has(t))];
      };
      for (const w of top.slice(0, 3)) {
        if (sameWords(parts, w.covered, others) < 0.5) continue;
        const at = (q: Quantity) => w.sentences.flatMap((s) => quantitiesOf(s).filter((r) => sameQuantity(q, r)).map((r) => ({ s, r })));
        const [ra, rb] = [at(a), at(b)];
        if (ra.length !== 1 || rb.length !== 1) continue;
        // A figure's words in the passage: those after it in its clause where both are in one sentence, else its sentence's.
        // (Up to four: "£3.5 million of the proceeds would be spent refurbishing the clubhouse".)
        const words = (x: { s: SentenceReading; r: Quantity }) => (ra[0].s === rb[0].s ? wordsAfter(x.s.text, x.s.tokens, quantitiesOf(x.s), x.r, 4) : x.s.terms);
        const [sa, sb] = [words(ra[0]), words(rb[0])];
        const [da, db] = apart(ra[0].s === rb[0].s ? 2 : 4);
        if (da.length === 0 || db.length === 0) continue;
        const inn = (set: ReadonlySet<string>, ts: string[]) => ts.filter((t) => set.has(t)).length;
        if (inn(sb, da) >= 1 && inn(sa, da) === 0 && inn(sa, db) >= 1 && inn(sb, db) === 0) {
          return { kind: 'number', claimText: claim.text.slice(a.start, b.end), sourceText: `${a.raw} and ${b.raw} the other way round`, ambiguous: true, evidence: toEvidence(w) };
        }
      }
    }
  }
  return undefined;
}

/**
 * Two figures the claim gives two parties that a passage gives them the other way round: "Police put
 * the crowd at 4,000, while organisers estimated 2,500" where the passage has "Police estimated that
 * about 2,500 … Organisers put the figure at 4,000". A party is the first word of the figure's clause.
 */
function swappedParties(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const qs = claim.quantities.filter((q) => !isTime(q) && !q.range);
  if (qs.length !== 2 || qs[0].kind !== qs[1].kind || sameQuantity(qs[0], qs[1])) return undefined;
  const [pa, pb] = qs.map((q) => partyOf(claim.text, q.start));
  if (!pa || !pb || pa.party === pb.party) return undefined;
  const others = (p: Part) => !p.quantity;
  for (const w of top) {
    if (sameWords(parts, w.covered, others) < 0.5) continue;
    const partyIn = (q: Quantity): { party: string; word: string } | undefined => {
      for (const s of w.sentences) for (const r of quantitiesOf(s)) if (sameQuantity(q, r)) return partyOf(s.text, r.start);
      return undefined;
    };
    const [ta, tb] = qs.map(partyIn);
    if (ta?.party === pb.party && tb?.party === pa.party) {
      return { kind: 'number', claimText: claim.text.slice(qs[0].start, qs[1].end), sourceText: `${qs[1].raw} for ${tb.word}, ${qs[0].raw} for ${ta.word}`, ambiguous: true, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/**
 * Two figures the claim gives two things that a passage's sentence gives them the other way round:
 * "interviewed 63 people and examined 11 versions" where it has "interviewed 11 people and examined
 * 63 versions". Both are quoted, with no fix (which of them the writer has wrong is theirs to say).
 */
function swappedUnits(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const qs = claim.quantities.filter((q) => !isTime(q) && !q.range && q.unit);
  if (qs.length !== 2 || qs[0].kind !== qs[1].kind || sameQuantity(qs[0], qs[1]) || qs[0].unit === qs[1].unit) return undefined;
  const [a, b] = qs;
  const others = (p: Part) => !p.quantity;
  for (const w of top) {
    if (sameWords(parts, w.covered, others) < 0.5) continue;
    for (const s of w.sentences) {
      const rs = quantitiesOf(s);
      const counting = (value: Quantity, unit: string | undefined) => rs.find((r) => sameQuantity(value, r) && r.unit === unit);
      const ra = counting(a, b.unit);
      const rb = counting(b, a.unit);
      if (ra && rb) return { kind: 'number', claimText: claim.text.slice(a.start, b.end), sourceText: s.text.slice(Math.min(ra.start, rb.start), Math.max(ra.end, rb.end)), ambiguous: true, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** Who a figure is given to: the first word of its clause ("organisers" of ", while organisers estimated 2,500"), singular. */
function partyOf(text: string, at: number): { party: string; word: string } | undefined {
  const before = text.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(/[,;:]\s+(?:(?:while|whereas|but|and)\s+)?|\b(?:while|whereas|but)\s+|[.!?]\s+/gi)) from = (m.index ?? 0) + m[0].length;
  const word = /^\s*(?:the\s+)?(\p{L}+)/u.exec(before.slice(from))?.[1];
  const lower = word?.toLowerCase();
  return word && lower && lower.length >= 3 && !/^(?:about|some|around|nearly|almost|more|less|over|under|only|just|that|this|there|they|it|which|who)$/.test(lower) ? { party: lower.replace(/s$/, ''), word: lower } : undefined;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A weekday written with its date that the calendar gives otherwise: "on Wednesday 22 January" where a
 * passage about the same thing gives 22 January in a source of 2024 (a Monday). The year is the claim's,
 * or that of the passage's sentence, or the source's own date.
 */
function calendarContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  // Each weekday of the claim apart: "opened on Monday 3 March and closed on Thursday 25 April" may be right once and wrong once.
  weekdays: for (const w of claim.quantities) {
    if (w.kind !== 'weekday') continue;
    const d = claim.quantities.find((x) => x.kind === 'date' && besideEachOther(claim.text, w, x));
    if (!d) continue;
    const given = claim.quantities.find((x) => x.kind === 'year' && besideEachOther(claim.text, d, x))?.value;
    for (const win of top) {
      if (sameWords(parts, win.covered, (p) => !p.quantity) < 0.4) continue;
      // (A date line that writes its own weekday says which day that date was, whatever it dates: minutes
      // "Thursday 13 March 2025, 7.00pm, Council Chamber" for "met on Wednesday 13 March".)
      const dated = (x: SentenceReading, r: Quantity) => !writtenOn(x, r) || quantitiesOf(x).some((o) => o.kind === 'weekday' && besideEachOther(x.text, o, r));
      const s = win.sentences.find((x) => quantitiesOf(x).some((r) => r.kind === 'date' && r.value === d.value && dated(x, r)));
      if (!s) continue;
      const theirs = quantitiesOf(s).find((r) => r.kind === 'date' && r.value === d.value && dated(s, r))!;
      // The source's own weekday for that date decides ("| Tuesday 11 February 2025 |"); else the
      // calendar, in the year written beside the date, the claim's, the sentence's or the source's.
      const ownDay = quantitiesOf(s).find((r) => r.kind === 'weekday' && besideEachOther(s.text, r, theirs));
      if (ownDay) {
        if (ownDay.value === w.value) continue weekdays;
        return { kind: 'date', claimText: w.raw, claimSpan: { start: w.start, end: w.end }, sourceText: ownDay.raw, evidence: toEvidence(win) };
      }
      const beside = quantitiesOf(s).find((r) => r.kind === 'year' && besideEachOther(s.text, theirs, r))?.value;
      const year = beside ?? given ?? quantitiesOf(s).find((r) => r.kind === 'year')?.value ?? memo.yearOf(win.source);
      if (year === undefined) continue;
      const month = Math.floor(d.value / 100);
      const day = d.value % 100;
      const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
      if (actual === w.value) continue weekdays;
      return { kind: 'date', claimText: w.raw, claimSpan: { start: w.start, end: w.end }, sourceText: WEEKDAY_NAMES[actual - 1], because: `${day} ${MONTH_NAMES[month - 1]} ${year} was a ${WEEKDAY_NAMES[actual - 1]}`, evidence: toEvidence(win) };
    }
  }
  return undefined;
}

/**
 * "from £98.40 to £105.19, an increase of £7.79": a change the sentence gives beside the two figures it
 * goes between, where a close passage gives both of them, is their difference; another is contradicted,
 * with the difference as the fix.
 */
function changeBetween(claim: Claim, q: Quantity, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  if (isTime(q) || !CHANGE_OF.test(claim.text.slice(Math.max(0, q.start - 40), q.start))) return undefined;
  const m = FROM_TO.exec(claim.text.slice(0, q.start));
  if (!m) return undefined;
  const at = (k: number) => claim.quantities.find((r) => r !== q && r.kind === q.kind && r.start === m.index + m[0].indexOf(m[k]) && !r.range);
  const a = at(1);
  const b = at(2);
  if (!a || !b) return undefined;
  const w = top.slice(0, 3).find((x) => x.sentences.some((s) => quantitiesOf(s).some((r) => sameQuantity(a, r)) && quantitiesOf(s).some((r) => sameQuantity(b, r))));
  if (!w) return undefined;
  const difference = writtenLike(q, Math.abs(b.value - a.value));
  if (!difference || difference.same) return undefined;
  const sourceText = difference.text;
  return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText, because: `${b.raw} and ${a.raw} differ by ${sourceText}`, evidence: toEvidence(w), ...(difference.exact ? {} : { ambiguous: true }) };
}

/**
 * A value written as the sentence writes its figure, and whether it is that figure: "£1.4m" is 1.4 of
 * millions, to one decimal ("£1.2m" is a fair rounding of 1,234,000). Written as exactly as two more
 * decimals write it; where they cannot, not exact (quoted with no fix).
 */
function writtenLike(q: Quantity, value: number): { text: string; same: boolean; exact: boolean } | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(q.raw);
  const shown = digits ? Number(digits[0].replace(/,/g, '')) : NaN;
  if (!digits || !(shown > 0)) return undefined;
  const scale = q.value / shown;
  const decimals = /\.(\d+)/.exec(digits[0])?.[1].length ?? 0;
  const difference = value / scale;
  const same = Math.abs(difference - shown) < 0.5 * 10 ** -decimals;
  let places = decimals;
  while (places < decimals + 2 && Math.abs(Number(difference.toFixed(places)) - difference) > 1e-9 * Math.max(1, difference)) places++;
  const exact = Math.abs(Number(difference.toFixed(places)) - difference) <= 1e-9 * Math.max(1, difference);
  const written = difference.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: places });
  return { text: q.raw.slice(0, digits.index) + written + q.raw.slice(digits.index + digits[0].length), same, exact };
}

/** Words after a figure that make it a margin against the figure after them: "£56,500 under the £240,000 budget". */
const MARGIN_AFTER = /^\s+(?:under|below|over|above|more than|less than|short of)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$/i;
/** What a margin is against, the word after its figure: "the £240,000 budget", "its 50,000 target". */
const MARGIN_OF = /^\s*(?:[\p{L}-]+\s+)?(?:budget|target|limit|cap|forecast|estimate|threshold|allocation|asking price|price|valuation|goal|quota|figure|raised|collected|spent|paid|received|last|the\s+year|a\s+year)\b/iu;
/** Words before a figure that make it the sum itself, not a margin: "cost £210,000 under the budget". */
const SUM_BEFORE = /\b(?:cost|costs|costing|spent|spend|spends|worth|totalled|totaling|totalling|priced|paid|pay|pays|raised|claim|claims|of|at|for)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?$/i;

/**
 * "That was £56,500 under the £240,000 budget" where a close passage gives the budget and one other sum
 * ("worth £196,500, well within the £240,000 budget"): the sentence's figure is the margin between them,
 * worked out; another margin is contradicted with theirs as the fix, and the sum itself is no rival.
 * 'agrees' where the margin is theirs (or the passage gives the margin itself).
 */
function marginOf(claim: Claim, q: Quantity, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | 'agrees' | undefined {
  if (isTime(q) || q.range || q.kind === 'percent') return undefined;
  const y = claim.quantities.find((r) => r !== q && r.kind === q.kind && !r.range && r.start > q.end && MARGIN_AFTER.test(claim.text.slice(q.end, r.start)) && MARGIN_OF.test(claim.text.slice(r.end, r.end + 40)));
  // ("£5,000 more than the £20,000 raised last year" is a margin whatever verb comes before it.)
  if (!y || (SUM_BEFORE.test(claim.text.slice(Math.max(0, q.start - 30), q.start)) && !/^\s+(?:more|less)\s+than\b|^\s+short\s+of\b/i.test(claim.text.slice(q.end, q.end + 12)))) return undefined;
  for (const w of top.slice(0, 3)) {
    for (const s of w.sentences) {
      const qs = quantitiesOf(s);
      const theirY = qs.find((r) => sameQuantity(y, r));
      if (!theirY) continue;
      if (qs.some((r) => sameQuantity(q, r))) return 'agrees';
      // (The other sum of the same clause, close by and set against it: "worth £196,500, well within the
      // £240,000 budget"; not another item of a list, "(c) accepts the settlement of £412,000; … (e) … £240,000".)
      const [from, to] = joinedClause(s.text, theirY.start);
      const setAgainst = (r: Quantity) => {
        const between = s.text.slice(Math.min(r.end, theirY.end), Math.max(r.start, theirY.start));
        return between.length <= 80 && /\b(?:within|under|below|above|over|short of|against|compared|than|exceed\w*|beyond)\b/i.test(between);
      };
      const levels = qs.filter((r) => r.kind === q.kind && !r.range && !sameQuantity(y, r) && r.currency === q.currency && r.value > 0 && r.start >= from && r.end <= to && setAgainst(r));
      if (new Set(levels.map((r) => r.value)).size !== 1) continue;
      const margin = writtenLike(q, Math.abs(y.value - levels[0].value));
      if (!margin) return undefined;
      if (margin.same) return 'agrees';
      return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: margin.text, because: `${y.raw} and ${levels[0].raw} differ by ${margin.text}`, evidence: toEvidence(w), ...(margin.exact ? {} : { ambiguous: true }) };
    }
  }
  return undefined;
}
/** The words that name a change just before its figure: "an increase of", "a rise of", "a fall of". */
const CHANGE_OF = /\b(?:an?\s+)?(?:increase|rise|fall|drop|reduction|cut|decrease|difference|gain|jump)\s+of\s+(?:about\s+|around\s+|some\s+)?$/i;
/** "from £98.40 to £105.19" before it (the figures as written). */
const FROM_TO = /\bfrom\s+(\S*\d[\d.,]*\S*)\s+to\s+(\S*\d[\d.,]*\p{L}*)(?=[\s,;])/iu;

/**
 * "The route is step-free and suitable for pushchairs" where a close passage says of the route "it is
 * not suitable for wheelchairs or pushchairs": what the sentence says the thing is, with what it is so
 * for, a sentence about the same thing says it is not. Only the sentence's own subject, the same word
 * and the same word after it; quoted, no fix.
 */
function notSoContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const head = claim.subject?.head;
  if (!head || claim.negated) return undefined;
  const m = STATE_OF.exec(claim.text.slice(head.end));
  if (!m) return undefined;
  const words = m[1].split(/\s*(?:,|\band\b)\s*/).filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w));
  const complement = m[2]?.toLowerCase();
  for (const word of words) {
    const denied = new RegExp(`\\b(?:not|never|no longer|n['’]t)\\s+(?:\\w+\\s+)?${word.replace(/-/g, '\\-')}\\b([^.;]{0,40})`, 'i');
    for (const w of top.slice(0, 3)) {
      for (const s of w.sentences) {
        if (!s.terms.has(head.term)) continue;
        const d = denied.exec(s.text);
        if (!d || (complement && !d[1].toLowerCase().includes(complement))) continue;
        return { kind: 'negation', claimText: `“${word}”`, sourceText: `“${d[0].replace(d[1], '').trim()}”`, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}
/** After the subject: "is step-free and suitable for pushchairs" (the state words, and what for). */
const STATE_OF = /^\s+(?:is|are|was|were|remains|remained)\s+(?:now\s+|fully\s+|entirely\s+|still\s+)?((?:\p{Ll}[\p{Ll}-]+)(?:\s*(?:,|and)\s*\p{Ll}[\p{Ll}-]+){0,3})(?:\s+(?:for|to)\s+(?:the\s+|all\s+)?(\p{L}+))?[\s.,;]/u;

/** Whether a figure is the difference or the sum of two other figures of the sentence, of its kind. */
export function workedOut(claim: Claim, q: Quantity): boolean {
  if (isTime(q) || q.value === 0) return false;
  // (Only a figure the sentence calls a change or a total: any two numbers of a sentence may add up to a third.)
  const before = claim.text.slice(Math.max(0, q.start - 40), q.start);
  const change = CHANGE_OF.test(before);
  const total = TOTAL_OF.test(before);
  if (!change && !total) return false;
  const others = claim.quantities.filter((r) => r !== q && r.kind === q.kind && !isTime(r) && !r.range);
  const near = (x: number) => Math.abs(x - q.value) <= Math.max(0.005, Math.abs(q.value) * 1e-9);
  return others.some((a, i) => others.some((b, j) => j > i && ((change && near(Math.abs(a.value - b.value))) || (total && near(a.value + b.value)))));
}
/** The words that name a total just before its figure: "a total of", "in all", "together". */
const TOTAL_OF = /\b(?:a\s+total\s+of|in\s+total|in\s+all|together|combined|altogether)\s*,?\s*(?:of\s+)?(?:about\s+|around\s+|some\s+)?$/i;

/** A paragraph that corrects what the source said before ("CORRECTION: An earlier version of this article stated …"). */
export const CORRECTION = /^\W*(?:correction|clarification|editor['’]s note)\b|\ban earlier version of this (?:article|story|report|piece)\b|\bthis (?:article|story|report) (?:has been|was) (?:amended|corrected)\b|\b(?:was|were|has been|have been) (?:corrected|revised|amended) to\b|\bin our (?:report|article|story|piece|item|caption|feature|bulletin|news story)\b(?:[^.]|\.\d){0,200}?\bwe (?:said|stated|reported|wrote|described|gave|quoted|named)\b[^]{0,400}?\b(?:(?:this|that|the)(?: figure| date| name| number| amount| sum)? (?:was|is) (?:wrong|incorrect|inaccurate|an error|a mistake|not correct)|we withdraw|the correct (?:figure|date|name|number|amount|sum|total) is)\b/i;
/** The sentence of a correction that says what was wrong: what it withdraws. */
export const WITHDRAWN = /\b(?:earlier version|incorrectly|wrongly|erroneously|mistakenly|misstated|misreported|misspel(?:led|t)|misnamed|misidentified|misattributed|in error)\b|\b(?:revision [a-z0-9]|previous (?:version|revision|draft)|first draft)\b[^.]*\b(?:recorded|gave|stated|said|reported|put)\b/i;
/**
 * In a correction, what the outlet says it had said ("In our report … (15 November), we stated that the
 * council pays £216,000 a year. This was incorrect."): withdrawn too, where the paragraph is a correction.
 */
const SAID_BEFORE = /\b(?:we|it)\s+(?:also\s+|had\s+|have\s+)?(?:said|stated|reported|wrote|printed|published|quoted|described|named|referred to|attributed)\b|\b(?:(?:the|our|that|this|an?)(?: same| earlier| original)?(?: (?:front-page|back-page|online|print|previous|weekend|inside-page|lead|main))? (?:report|article|story|piece|caption|headline|item)(?:\s+(?:of|on|from|published|about)\s+[^.;"“()]{0,80}?)?(?:,?\s*(?:headed\s+|headlined\s+|entitled\s+|titled\s+)?\(?["“][^"”]{0,160}["”](?:,[^()"“”]{0,30})?\)?,?)?(?:\s*\([^()]{0,40}\),?)?)\s+(?:also\s+)?(?:had\s+)?(?:said|stated|reported|wrote|described|gave|quoted|named|referred to|attributed)\b/i;

/** Verbs that say what a thing takes in: "does not include emergency works". */
const INCLUDING = /^(?:include|includes|included|including|contain|contains|contained|cover|covers|covered|count|counts|counted|list|lists|listed|mention|mentions|mentioned|incorporate|incorporates)$/i;

/** A correction's sentence giving the right figure: "The amount actually invested was …", "puts the figure at 140". */
const RIGHT_FIGURE = /\b(?:actually|actual|in fact|(?:the )?(?:correct|right|true) (?:figure|number|total|count|amount|sum|date)|puts the (?:figure|number|total|count) at|(?:has|have) (?:since )?confirmed|records)\b/i;
/** A correction's sentence saying another figure stands: "The figure of 186 letters of support was correct." */
const STANDS = /\b(?:was|were|is|are) correct\b|\bcorrectly\b|\bstands\b|\bunaffected\b/i;

/** A sentence that reports a correction: "later corrected its figure", "the Echo has since clarified". */
const REPORTS_CORRECTION = /\b(?:correct(?:ed|ing|ion)|clarif(?:ied|ying|ication)|withdr[ae]w\w*|retract\w*|amended)\b/i;

/** A correction's sentence saying what a figure counted instead: "63 was the number of cases in which …", "… not the saving". */
const EXPLAINS_FIGURE = /\b(?:was|is|were|are) the (?:number|figure|total|value|cost|amount|count|sum) (?:of|for)\b|,\s*not the\b/i;

/** A correction's words that what it said was wrong: "That figure was wrong", "which we withdraw". */
const SAID_WRONG = /\b(?:(?:this|that|the|which)(?: figure| date| name| number| amount| sum| total| count)? (?:was|is) (?:wrong|incorrect|inaccurate|an error|a mistake|not correct)|(?:we|which we) withdraw|the correct (?:figure|date|name|number|amount|sum|total|count) (?:is|was))\b/i;

/**
 * Whether a figure of a correction's sentence is in what it says was said, not in how it names the report:
 * "In our report "Haddock quota slashed by more than a quarter" (12 February) we reported that … £640,000"
 * withdraws the £640,000, not the quarter of the headline or the report's date.
 */
function saidAfter(s: { readonly text: string }, r: Quantity): boolean {
  if (WITHDRAWN.test(s.text)) return true;
  const m = SAID_BEFORE.exec(s.text);
  // (From the verb: "Our article of 15 February, "Haulier fined after lorries crossed … six times", stated that …".)
  return !m || r.start >= m.index + m[0].search(/\S+(?: to)?$/);
}

/** Whether a correction's sentence states what it withdraws. */
export function withdrawsIn(source: Source, paragraph: Paragraph, s: { readonly text: string }): boolean {
  return WITHDRAWN.test(s.text) || (SAID_BEFORE.test(s.text) && isCorrection(source, paragraph));
}

/** The noun right after a weekday, stemmed ("Sunday service": servic), unless it is a time or a preposition follows. */
function nounAfter(text: string, end: number): string | undefined {
  const m = /^[ \t]+(\p{Ll}{3,})\b/u.exec(text.slice(end, end + 30));
  if (!m || /^(?:morning|afternoon|evening|night|lunchtime|week|and|or|to|the|at|in|on|from|until|when|after|before|that|which|was|were|is|are|will|would|last|next|this|amid|amidst|as|because|but|for|if|into|over|since|than|though|through|under|while|with|without|following|during|despite|ahead|due|morning's|evening's)$/.test(m[1])) return undefined;
  // (A day after "on", "by", "since", "last", "every" is when, not what kind: "walked out on Monday amid anger".)
  const day = /(\p{L}+)\s+\p{L}+$/u.exec(text.slice(Math.max(0, end - 30), end))?.[1]?.toLowerCase();
  if (day && /^(?:on|by|until|till|since|from|last|next|this|every|each|of|before|after|that|the)$/.test(day)) return undefined;
  return stem(m[1]);
}

/** Whether a correction among the passages read withdraws the figure ("we stated that … £216,000 …"). */
function withdrawnIn(top: readonly Window[], r: Quantity): boolean {
  return top.some((w) => isCorrection(w.source, w.paragraph) && w.sentences.some((s) => withdrawsIn(w.source, w.paragraph, s) && quantitiesOf(s).some((x) => x.kind === r.kind && x.value === r.value)));
}

/** Whether a paragraph is a correction, worked out once per paragraph (a changed source has new ones). */
export function isCorrection(source: Source, paragraph: Paragraph): boolean {
  let yes = CORRECTIONS.get(paragraph);
  if (yes === undefined) {
    const text = source.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 2000));
    // (In a corrections column, each item that says what the paper had said is one: "In our report of 6
    // March (…) we said that …", the words that it was wrong in the paragraph after.)
    // (A column's first item may open the paragraph its heading opens, across a blank line: "THE ECHO /
    // Corrections and clarifications // The article also attributed …".)
    yes = CORRECTION.test(text) || (correctionsColumn(source) && text.split(/\n[ \t]*\n/).some((item) => COLUMN_ITEM.test(item)));
    CORRECTIONS.set(paragraph, yes);
  }
  return yes;
}

const COLUMNS = new WeakMap<Source, boolean>();

/** Whether a source is a corrections column or page, by a heading near its top (read once per source). */
function correctionsColumn(source: Source): boolean {
  let yes = COLUMNS.get(source);
  if (yes === undefined) {
    const head = source.text.slice(0, 400);
    yes = CORRECTIONS_COLUMN.test(head) || (CORRECTIONS_PAGE.test(head) && !/\b(?:minutes|agenda)\b/i.test(head));
    COLUMNS.set(source, yes);
  }
  return yes;
}

/** A corrections column's heading, near the top of its source. */
const CORRECTIONS_COLUMN = /^[ \t]*(?:(?:#{1,6}[ \t]+|[*_]{1,2})(?:corrections? (?:and|&) clarifications|clarifications|for the record)[*_]{0,2}|(?:[^\n|]{0,40}\|[ \t]*)?(?:corrections?(?: (?:and|&) clarifications)?|clarifications|for the record))[ \t]*$/im;
/** A paper's corrections page under a Markdown heading: "## Corrections", but not a minutes' section of that name. */
const CORRECTIONS_PAGE = /^[ \t]*#{1,6}[ \t]+corrections?[ \t]*$/im;
/** An item of such a column: what the paper said before. */
const COLUMN_ITEM = /^\W*we (?:also |had |have )?(?:said|stated|reported|wrote|described|gave|named|called|quoted|printed|identified|listed|attributed|referred to)\b|\b(?:misspel(?:led|t)|misnamed|misidentified|misattributed)\b|\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:\w+\s+)?(?:named|identified|described|attributed|spel(?:t|led)|credited|captioned|gave|stated|said|reported|called|listed)\b|\b(?:in|on) (?:our|an?|the|its) (?:\d{1,2} \w+ )?(?:report|article|story|piece|item|caption|feature|bulletin|edition|obituary|review)\b(?:[^.]|\.\d){0,200}?\b(?:we|it) (?:said|stated|reported|wrote|described|gave|quoted|named|referred to)\b|\b(?:our|that|this|an?|the(?= same))(?: same| earlier| original)?(?: (?:front-page|back-page|online|print|previous|weekend|inside-page|lead|main))? (?:report|article|story|piece|caption|headline|obituary|review)\b(?:[^.;"“”]|\.\d|["“][^"”]{0,160}["”]){0,200}?\b(?:said|stated|reported|wrote|described|gave|quoted|named|attributed)\b|^[^.]{0,40}\b(?:our|a|the|that|this)(?: same| earlier| original)? (?:report|article|story|caption|headline)\b[^.]{0,120}?\b(?:said|stated|reported|described|gave|attributed|quoted|named)\b/i;

const CORRECTIONS = new WeakMap<Paragraph, boolean>();

/**
 * A source's correction paragraphs, found once per source (a changed source is a new object). A
 * correction is a news story's, appended to it: a source of more than CORRECTION_SCAN paragraphs (a
 * book, a long report) is not searched whole during a check, only where the judge read it.
 */
function correctionsOf(source: Source, read: readonly Window[]): readonly Paragraph[] {
  if (source.paragraphs.length > CORRECTION_SCAN) return read.filter((w) => w.source === source && isCorrection(source, w.paragraph)).map((w) => w.paragraph);
  let found = CORRECTIONS_OF.get(source);
  if (!found) CORRECTIONS_OF.set(source, (found = source.paragraphs.filter((p) => isCorrection(source, p))));
  return found;
}

const CORRECTION_SCAN = 2000;

/** A correction of a name only: "misspelled the name of …", "misnamed", "gave the wrong name". */
const NAME_ERROR = /\bmis(?:spel(?:led|t)|named|identified)\b|\b(?:wrong|incorrect)\s+name\b|\bname\s+(?:of\s+[^.;]{0,80}\s+)?(?:was\s+)?(?:misspel(?:led|t)|wrong|incorrect)/i;

const CORRECTIONS_OF = new WeakMap<Source, readonly Paragraph[]>();

/**
 * A correction in a source withdraws what the claim says: its sentence stating what was wrong ("An
 * earlier version of this article stated that the panel found Professor Wrenfield had personally
 * altered images") holds the claim in the same words at least as well as any other passage does.
 */
function correctionContradiction(parts: readonly Part[], top: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence, claim?: Claim): Contradiction | undefined {
  const name = claim && withdrawnName(claim, top, cache, memo, toEvidence);
  if (name) return name;
  if (!top.some((w) => isCorrection(w.source, w.paragraph))) return withdrawnFigure(parts, top, cache, memo, toEvidence, claim);
  const all = () => true;
  let best = 0;
  for (const w of top) if (!w.sentences.some((s) => WITHDRAWN.test(s.text))) best = Math.max(best, ...w.sentenceCover.map((c) => sameWords(parts, c, all)));
  for (const w of top) {
    if (!isCorrection(w.source, w.paragraph)) continue;
    const sentences = cache.sentences(w.source, w.paragraph);
    // "We also stated that Kelby Crematorium is run by Kelby Town Council. It is not.": a statement the
    // correction denies outright, which the sentence makes whole (every word of it that says anything).
    if (claim && !claim.negated) {
      for (let k = 0; k + 1 < sentences.length; k++) {
        const said = SAID_THAT.exec(sentences[k].text) ?? QUOTED_AS_SAYING.exec(sentences[k].text);
        if (!said) continue;
        // (Or withdraws it in other words in the sentences after: "we should not have reported that …", "he did
        // not say …"; not a clarification alone, which may add to it; nor where they give another figure, which is
        // withdrawn as a figure, with the right one to put in, below.)
        const after = sentences.slice(k + 1, k + 3);
        const retracted = !DENIED_AFTER.test(sentences[k + 1].text) && after.some((x) => RETRACTED_AFTER.test(x.text)) && !UPHELD.test(after.map((x) => x.text).join(' '));
        if (!DENIED_AFTER.test(sentences[k + 1].text) && !retracted) continue;
        if (retracted && quantitiesOf(sentences[k]).some((q) => after.some((x) => quantitiesOf(x).some((r) => r.kind === q.kind && !sameQuantity(q, r))))) continue;
        // (A pronoun that opens it stands for the person the sentence named before: "described Jo Farrant as chair
        // of governors and said that she chaired the meeting" withdraws "Jo Farrant chaired the meeting".)
        const before = sentences[k].text.slice(0, (said.index ?? 0) + said[0].length);
        const person = [...before.matchAll(FULL_NAME)].map((m) => m[0]).filter((n) => !/^(?:The|Our|We|It|In)\b/.test(n)).pop();
        const told = sentences[k].text.slice((said.index ?? 0) + said[0].length);
        const statement = readSentence(person ? told.replace(/^(?:she|he|they)\b/i, person) : told);
        const words = statement.tokens.map((t, i) => ({ t, lemma: statement.lemmas[i] })).filter(({ t }) => t.kind === TokenKind.Word && !t.stop);
        const made = words.filter(({ t, lemma }) => claim.tokens.some((c, i) => c.term === t.term || claim.lemmas[i] === lemma));
        // (Its names and its verbs all, and four in five of its words: "the site is owned by Weston Town
        // Council" is made by "Mere Lane, which is owned by Weston Town Council".)
        const telling = ({ t }: { t: Token }) => t.capitalized || isPastForm(t.raw.toLowerCase());
        // (And its figures: "would charge £3 an hour" is not what "will charge £2 an hour" says.)
        // (Each counting what the claim's does: "route 9" is no "nine engineers".)
        const figures = quantitiesOf(statement).every((r) => claim.quantities.some((q) => sameQuantity(q, r) && (isTime(r) || !q.unit || !r.unit || q.unit === r.unit)));
        if (figures && words.length >= 3 && made.length >= 0.8 * words.length && words.filter(telling).every((x) => made.includes(x))) return { kind: 'correction', claimText: 'it', sourceText: retracted ? [sentences[k], ...after.slice(0, after.findIndex((x) => RETRACTED_AFTER.test(x.text)) + 1)].map((x) => x.text).join(' ') : `${sentences[k].text} ${sentences[k + 1].text}`, evidence: toEvidence(w) };
      }
    }
    for (const s of sentences) {
      // (Only a sentence that says in its own words it was wrong: "we stated that …" holds the right words
      // of the story beside the wrong one, so only its figure is withdrawn, below.)
      if (!WITHDRAWN.test(s.text)) continue;
      // (A name put right withdraws the name, nothing else the sentence says: "we misspelled the name of
      // the headteacher of St Botolph's …" says nothing of the school's closure; withdrawnName reads those.)
      if (NAME_ERROR.test(s.text)) continue;
      // (Nor one whose figures count other things than the claim's: "route 9 … would be withdrawn" says
      // nothing of "nine engineers".)
      if (quantitiesOf(s).some((r) => !isTime(r) && !(claim?.quantities ?? []).some((q) => sameQuantity(q, r) && (!q.unit || !r.unit || q.unit === r.unit)))) continue;
      const share = sameWords(parts, memo.of(s, w.source), all);
      if (share >= 0.6 && share >= best - 0.05) return { kind: 'correction', claimText: 'it', sourceText: s.text, evidence: toEvidence(w) };
    }
  }
  return withdrawnFigure(parts, top, cache, memo, toEvidence, claim);
}

/**
 * A correction in a source the sentence does not cite that withdraws what it says ("We withdraw the
 * figure of 520 metres", of the article cited for "520 metres"): the citation stands on a retracted
 * passage. `windows` are the correction paragraphs found for the claim outside what it cites.
 */
export function withdrawnElsewhere(claim: Claim, parts: readonly Part[], windows: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const c = windows.length ? correctionContradiction(parts, windows, cache, memo, toEvidence, claim) : undefined;
  return c && withItsYear(claim, c, memo);
}

/** Whether the sentence gives the name as moving or seconding ("Cllr Pike moved", "seconded by Cllr Sattar"). */
function movesOrSeconds(text: string, name: { start: number; end: number }): boolean {
  return /^(?:\s*\([^()]{0,40}\))?(?:,\s+(?:who|seconded by)\b[^,.;]{0,60},)?\s+(?:then\s+|also\s+|formally\s+)?(?:moved|seconded|proposed)\b/i.test(text.slice(name.end, name.end + 120)) || /\b(?:moved|seconded|proposed)\s+by\s+(?:the\s+[\p{Ll} ]{1,30},\s+)?(?:Cllr\.?\s+|Councillor\s+)?$/iu.test(text.slice(Math.max(0, name.start - 60), name.start));
}
/** Minutes of an amendment moved or seconded: "moved, and Cllr Sattar seconded, an amendment", "Amendment: moved by …". */
export const AMENDMENT_MOVED = /\b(?:moved|seconded|proposed)\b[^.;]{0,80}?\ban amendment\b|\bamendment\b[.:*_ \t]{0,6}[^.;]{0,40}?\b(?:moved|seconded|proposed)\b/i;

/** A source's other name for the claim's, unless a correction says the claim's is the right one. */
function namedOtherwise(claim: Claim, c: Contradiction | undefined, top: readonly Window[], cache: ReadingCache): Contradiction | undefined {
  return c && c.kind === 'name' && nameCorrected(claim, c.sourceText, top, cache) ? undefined : c;
}

/**
 * A name of the claim that a correction withdraws, with the name it gives instead: "The same article
 * gave the name of the chair … as Daniel Okafor. His name is David Okafor.", "He is Sanjay Mehta, not
 * Sanjay Mehra as we reported.", "… wrongly named the conservation officer as Priya Patel. She is Priya
 * Lal." The right name shares a word with the wrong one (a misspelling, a first name or a surname wrong):
 * a correction naming another person altogether says more than which name is right.
 */
function withdrawnName(claim: Claim, top: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  if (!/\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u.test(claim.text)) return undefined;
  // (Words a correction gives to someone else are withdrawn from the person however the sentence names
  // them: "Mrs Macrae" for "trustee Fiona Macrae".)
  const named = (wrong: string, attributed: boolean) => {
    if (claim.text.includes(wrong)) return { start: claim.text.indexOf(wrong), end: claim.text.indexOf(wrong) + wrong.length };
    if (!attributed) return undefined;
    const surname = wrong.split(/\s+/).pop()!;
    const m = new RegExp(`(?:\\b${TITLE_BEFORE}\\s+)?${asWord(surname)}`, 'u').exec(claim.text);
    // (Not another person of the name: "Peter Macrae" is not "Fiona Macrae".)
    if (!m || /\p{Lu}[\p{Ll}'’-]+\s+$/u.test(claim.text.slice(Math.max(0, m.index - 20), m.index)) && !new RegExp(`^${TITLE_BEFORE}\\s`).test(m[0])) return undefined;
    return { start: m.index, end: m.index + m[0].length };
  };
  for (const c of nameCorrections(top, cache, (wrong) => claim.text.includes(wrong) || !!named(wrong, true))) {
    const span = named(c.wrong, !!c.attributed);
    if (!span) continue;
    // (Not where the sentence names the right person too, "Mr Lowe, not Mrs Macrae, told trustees", nor where
    // both share the surname the sentence goes by: "Mr Macrae" may be Peter as well as Fiona.)
    if (c.attributed) {
      const rightSurname = c.right.split(/\s+/).pop()!;
      if (rightSurname === c.wrong.split(/\s+/).pop() && !claim.text.includes(c.wrong)) continue;
      if (new RegExp(asWord(rightSurname), 'u').test(claim.text)) continue;
    }
    // (Words given to someone else are withdrawn only where the sentence gives them those words: not
    // another remark of theirs, nor a sentence saying the paper gave them wrongly.)
    // (A deed a correction gives to another is that deed only: "the motion to build a pontoon was proposed
    // by …" says nothing of who proposed an amendment.)
    if (c.act && !sharesMatter(claim.text, c.said ?? c.sentence.text, c.wrong)) continue;
    if (c.attributed && (MISATTRIBUTED.test(claim.text) || (c.act ? !new RegExp(`\\b${c.act}\\s+by\\b|\\b${escapeRegExp(c.wrong.split(/\s+/).pop()!)}\\s+${c.act}\\b`, 'i').test(claim.text) : !quotesTheRemark(claim.text, c.said ?? c.sentence.text)))) continue;
    const at = span.start;
    const s = c.sentence;
    const window: Window = { source: c.source, paragraph: c.paragraph, from: c.k, to: c.k + 1, score: 0, covered: memo.of(s, c.source), sentences: [s], sentenceCover: [memo.of(s, c.source)] };
    // (Words a correction gives to someone else: the sentence may name them by another role, so no fix.)
    if (c.attributed) return { kind: 'name', claimText: claim.text.slice(span.start, span.end), claimSpan: span, sourceText: c.right, because: c.act ? `a correction says it was ${c.act} by ${c.right}` : `a correction says these words were ${c.right}'s`, ambiguous: true, evidence: toEvidence(window) };
    return { kind: 'name', claimText: c.wrong, claimSpan: { start: at, end: at + c.wrong.length }, sourceText: c.right, because: `a correction gives the name as ${c.right}`, evidence: toEvidence(window) };
  }
  return undefined;
}

/** The names the corrections among the passages read withdraw (those `wanted` accepts), each with the right one. */
function* nameCorrections(top: readonly Window[], cache: ReadingCache, wanted: (wrong: string) => boolean): Generator<{ wrong: string; right: string; source: Source; paragraph: Paragraph; k: number; sentence: SentenceReading; attributed?: boolean; said?: string; act?: string }> {
  for (const source of new Set(top.map((w) => w.source))) {
    for (const paragraph of correctionsOf(source, top)) {
      const sentences = cache.sentences(source, paragraph);
      for (let k = 0; k < sentences.length; k++) {
        const s = sentences[k];
        // "He is Graham Oakes, not Graham Oates.": the right name and the wrong one in one sentence.
        const pair = RIGHT_NOT_WRONG.exec(s.text);
        if (pair && pair[1] !== pair[2] && wanted(pair[2])) {
          yield { wrong: pair[2], right: pair[1], source, paragraph, k, sentence: s };
          continue;
        }
        const notAsSaid = NOT_AS_SAID.exec(s.text);
        if (!notAsSaid && !withdrawsIn(source, paragraph, s)) continue;
        // (A quotation the sentence opens runs on to where it closes: "attributed the words "We are writing
        // blank cheques. Somebody has to ask …" to trustee Fiona Macrae." is one sentence of the correction.)
        let text = s.text;
        let last = k;
        while (last + 1 < sentences.length && last < k + 3 && openQuote(text)) text += ' ' + sentences[++last].text;
        // The right one: "X, not <wrong> as we …" in the same sentence, or "His name is X", "She is X" just after.
        const right = (notAsSaid ? RIGHT_BEFORE_NOT.exec(s.text.slice(0, notAsSaid.index))?.[1] : undefined) ?? sentences.slice(last + 1, last + 3).map((x) => RIGHT_NAME.exec(x.text)?.[1]).find(Boolean);
        if (!right) continue;
        // (Words given to the wrong person are another person's: no word in common needed, and no name to put in.)
        // (So is a deed a correction gives to another: "we said the motion was proposed by … Tom Ashcroft. It
        // was proposed by trust board member Ruth Ellery".)
        const act = sentences.slice(last + 1, last + 3).map((x) => ACT_BY.exec(x.text)?.[1]?.toLowerCase()).find(Boolean);
        const attributed = /\b(?:mis)?attributed\b/i.test(text) || (!!act && new RegExp(`\\b${act}\\s+by\\b`, 'i').test(text));
        const words = (n: string) => n.split(/\s+/);
        // The wrong name: in what the paper said (after its verb of saying), the last there that shares a
        // word with the right one ("the trust founded by Mary Okafor is now chaired by Daniel Okafor. His
        // name is David Okafor." withdraws Daniel Okafor, not Mary), or, for words given to someone, the last.
        const from = notAsSaid ? notAsSaid.index : (SAID_BEFORE.exec(text)?.index ?? 0);
        const all = [...text.slice(from).matchAll(FULL_NAME)].map((m) => m[0]).filter((n) => n !== right);
        // (A name sharing a word with the right one first; else the one spelt most like it: "said that Tom
        // Reed had been appointed …, succeeding Tim Read. His name is Tom Rees." withdraws Tom Reed.)
        const sharing = all.filter((n) => attributed || words(right).some((w) => words(n).includes(w)));
        const alike = all.filter((n) => misspelt(n, right)).sort((a, b) => editDistance(a.toLowerCase(), right.toLowerCase()) - editDistance(b.toLowerCase(), right.toLowerCase()));
        const named = sharing.length ? sharing : alike.slice(0, 1);
        const wrong = named[named.length - 1];
        if (!wrong || !wanted(wrong)) continue;
        yield { wrong, right, source, paragraph, k, sentence: s, attributed, said: text, ...(act && attributed ? { act } : {}) };
      }
    }
  }
}

/** A correction that keeps what the paper said: "We stand by that figure", "the other figures … were correct". */
const UPHELD = /\b(?:we\s+(?:stand\s+by|maintain|stick\s+by)|(?:was|were|is|are|remains?)\s+(?:correct|accurate|right)\b(?!\s+(?:figure|name|one)))/i;

/** Whether a sentence speaks of the matter a correction's sentence does: two words of five letters or more in common, names and verbs of doing aside. */
function sharesMatter(claim: string, said: string, name: string): boolean {
  const skip = new Set([...name.toLowerCase().split(/\s+/), 'proposed', 'seconded', 'moved', 'report', 'reported']);
  const words = (t: string) => new Set((t.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !skip.has(w)));
  const theirs = words(said);
  return [...words(claim)].filter((w) => theirs.has(w)).length >= 2;
}

/** What a correction says the paper had said: "We also stated that …", "The article said that …". */
const SAID_THAT = /^\W*(?:we|it|(?:our|the|that|this)(?: same| earlier| original)? (?:article|report|story|item)(?:\s+(?:on|about|of|from)\s+[^,.;"“]{1,80}?)?)\s+(?:also\s+|had\s+|have\s+)*(?:(?:described|named|called|gave|identified)\s+[^.;]{1,80}?\s+and\s+(?:also\s+)?)?(?:said|stated|reported|wrote|claimed|suggested)\s+(?:that\s+)?/i;
/** A correction's words quoting someone as the paper had: "We also quoted Dominic Pryce, the council's manager, as saying (that) …". */
const QUOTED_AS_SAYING = /^\W*(?:we|it|(?:our|the|that|this)(?: same| earlier| original)? (?:article|report|story|item))\s+(?:also\s+|had\s+|have\s+|wrongly\s+|incorrectly\s+)*(?:quoted|reported|described)\s+[^.;]{1,120}?\bas\s+(?:saying|stating|telling\s+[^.;,]{1,40}?)\s+(?:that\s+)?/i;
/** A correction's sentences after what it had said, taking it back in other words: "we should not have reported", "did not say" (not a clarification alone, which may add to it or uphold it). */
const RETRACTED_AFTER = /\b(?:should not have (?:reported|said|stated|written|quoted|printed|suggested)|(?:did|does) not say|never said|(?:was|were|is|are) (?:wrong|incorrect|inaccurate|mistaken)\b)/i;
/** A correction's short denial of it: "It is not.", "That was wrong.", "This is incorrect." */
const DENIED_AFTER = /^\W*(?:(?:It|This|That|He|She|They)\s+(?:is|was|are|were|does|did|has|had)\s*(?:not|n['’]t)\b(?:\s+(?:so|true|correct|the case))?\s*[.;,]|(?:This|That|It)\s+(?:is|was)\s+(?:wrong|incorrect|untrue|not (?:so|true|correct|the case))\b)/i;

/** A correction's sentence giving who did the deed: "It was proposed by trust board member Ruth Ellery". */
const ACT_BY = /^\W*It\s+was\s+(proposed|moved|seconded|made|written|taken|scored|won|chaired|signed|given)\s+by\b/i;

/** A sentence saying a remark was given to the wrong person: "wrongly attributed", "misattributed". */
const MISATTRIBUTED = /\b(?:(?:wrongly|incorrectly|mistakenly|falsely)\s+(?:attributed|credited)|misattribut\w*)\b/i;

/** Whether a sentence quotes words of the remark a correction withdraws (most of a quotation's words in one of the correction's). */
function quotesTheRemark(claim: string, correction: string): boolean {
  const quoted = (text: string) => [...text.matchAll(/["“]([^"“”]{3,})["”]/g)].map((m) => new Set(m[1].toLowerCase().match(/\p{L}+/gu) ?? []));
  const theirs = quoted(correction);
  const mine = quoted(claim);
  if (theirs.length === 0) return mine.length > 0;
  // (Or tells it in its own words: "said the new department would be smaller but sustainable".)
  // (Only where what it reports is the remark and little else: "said the trust cannot keep paying for this
  // building and should sell it" is another remark of hers, not "We cannot keep paying for this".)
  if (mine.length === 0) {
    const reported = claim.slice(REPORTED.exec(claim)?.index ?? 0).toLowerCase();
    const words = new Set(reported.match(/\p{L}+/gu) ?? []);
    const content = [...words].filter((w) => w.length >= 4 && !/^(?:said|says|told|that|would|will|have|been|this|with|from|they|their|there)$/.test(w));
    return theirs.some((b) => b.size > 0 && [...b].filter((w) => words.has(w)).length >= b.size * 0.6 && content.filter((w) => ![...b].some((x) => x.slice(0, 4) === w.slice(0, 4))).length <= 1);
  }
  return mine.some((a) => theirs.some((b) => a.size > 0 && [...a].filter((w) => b.has(w)).length >= Math.min(a.size, b.size) * 0.6));
}

/** The verb that opens reported speech: "said", "told the meeting". */
const REPORTED = /\b(?:said|says|told|added|warned|argued|insisted)\b/i;

/** Whether a text leaves a quotation open: an odd number of straight quotes, or more “ than ”. */
function openQuote(text: string): boolean {
  return (text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0);
}

/**
 * Whether one name is another misheard or misspelt, every word of it: as many words, each with the
 * same initial, the surnames a letter or two apart ("Rachel Price" for "Rhiannon Pryce").
 */
function misspelt(wrong: string, right: string): boolean {
  const a = wrong.split(/\s+/);
  const b = right.split(/\s+/);
  return a.length === b.length && a.every((w, k) => w[0] === b[k][0]) && editDistance(a[a.length - 1].toLowerCase(), b[b.length - 1].toLowerCase()) <= 2;
}

/** Levenshtein distance between two short words. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/** Whether a correction among the passages read gives the claim's name where the source's was wrong ("Rachel Symonds", not "Rachel Simmons"). */
/** A title before a surname, as a pattern: "Mr", "Mrs", "Cllr" … */
const TITLE_BEFORE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Revd|Rev)\\.?';

export function nameCorrected(claim: Claim, sourceName: string, top: readonly Window[], cache: ReadingCache): boolean {
  // (Or its surname, where the sentence names the person by title: "Mr Pelling" for "He is Graham Pelling".)
  const word = (name: string, text: string) => new RegExp(`(?<![\\p{L}'’-])${name.startsWith(TITLE_BEFORE) ? TITLE_BEFORE + name.slice(TITLE_BEFORE.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'u').test(text);
  for (const c of nameCorrections(top, cache, (wrong) => wrong === sourceName || sourceName.includes(wrong))) {
    if (claim.text.includes(c.right)) return true;
    const surname = c.right.split(/\s+/).pop()!;
    const theirs = c.wrong.split(/\s+/).pop()!;
    if (surname !== theirs && word(`${TITLE_BEFORE} ${surname}`, claim.text) && !word(theirs, claim.text)) return true;
  }
  return false;
}

/** A name of two to four capitalised words ("David Okafor", "Mary Ann de Vries" is not one: lower-case words end it). */
const FULL_NAME = /\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}\b/gu;
/** "…, not Sanjay Mehra as we reported": the wrong name after "not", said to be what the paper said. */
const NOT_AS_SAID = /\bnot\s+\p{Lu}[^,;.]{0,60}?\s+as\s+(?:we|it|the (?:article|report|story|caption))\s+(?:had\s+)?(?:stated|said|reported|wrote|printed|named|gave|spelt|spelled)\b/u;
/** The name before ", not …": "He is Sanjay Mehta, not …". */
const RIGHT_BEFORE_NOT = /\b(?:is|was|are|were)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}),?\s*$/u;
/** "He is Graham Oakes, not Graham Oates": a right name and a wrong one. */
const RIGHT_NOT_WRONG = /\b(?:is|was|are|were|should have read|should read)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}),?\s+not\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3})\b/u;
/** A correction's sentence giving the right name: "His name is David Okafor.", "She is Priya Lal.", "It was scored by Josh Fenwick", "The remark was made by …". */
const RIGHT_NAME = /^\W*(?:(?:His|Her|Their|The correct|The)\s+(?:full\s+)?(?:name|surname)\s+is|The\s+(?:\p{Ll}[\p{Ll}'’-]+\s+){1,4}(?:is|was)(?=\s+\p{Lu})|(?:He|She|They)\s+(?:is|are|was|were)|It\s+was\s+\w+\s+by(?:\s+(?:the\s+)?\p{Ll}[\p{Ll}'’-]+){0,4},?|The correct spelling is|(?:(?:The|That|This|These|Those)\s+(?:remarks?|comments?|quotes?|quotation|words?|statement)|They)\s+(?:was|were)\s+(?:in\s+fact\s+|actually\s+)?(?:made|said|spoken|written|given)(?:\s+to\s+(?:us|(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))?\s+by(?:\s+(?:(?:the|a|an)\s+)?\p{Ll}[\p{Ll}'’-]+){0,4},?)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){0,3})/u;

/**
 * A figure of the claim that a correction in a source it was read from withdraws ("An earlier version
 * … said the second fire happened on Route 41. It happened on Route 14."), where the correction's
 * sentence shares some of the claim's other words: the source's figure is the one given instead.
 */
function withdrawnFigure(parts: readonly Part[], top: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence, claim?: Claim): Contradiction | undefined {
  // (A tally written as one word, "6-1", is one part with no figure of its own: its figures are the claim's.)
  const tally = (claim?.quantities ?? []).filter((q) => q.unit === 'vote' && !parts.some((p) => p.quantity === q));
  const tallyParts: Part[] = tally.flatMap((q) => {
    const p = parts.find((x) => x.raw.includes(q.raw) && /\d[-–]\d/.test(x.raw));
    return p ? [{ ...p, quantity: q }] : [];
  });
  if (tallyParts.length) parts = [...parts, ...tallyParts];
  if (!parts.some((p) => p.quantity)) return undefined;
  const sources = [...new Set(top.map((w) => w.source))];
  for (const source of sources) {
    for (const paragraph of correctionsOf(source, top)) {
      const sentences = cache.sentences(source, paragraph);
      // (Not a correction item that leaves the figure open, "The board … is reviewing the turnstile data and will
      // publish a single figure in due course", and never says the paper's was wrong: another figure given
      // elsewhere is no right one to put in.)
      const itemText = source.text.slice(paragraph.start, paragraph.end);
      if (LEFT_OPEN.test(itemText) && !WITHDRAWN.test(itemText) && !SAID_WRONG.test(itemText) && !WAS_WRONG.test(itemText)) continue;
      for (const part of parts) {
        const q = part.quantity;
        if (!q) continue;
        // The same figure: a correction names it as briefly as it can ("on Route 41"), but what it counts,
        // where both say, must be the same ("14 manipulated figures" is no withdrawn "14 votes").
        const same = (r: Quantity) => r.kind === q.kind && r.value === q.value;
        // ("signed by 13,800 people" counts what "13,800 signatures" does: people are what most counts count.)
        const counts = (s: SentenceReading) => (r: Quantity) => !r.after?.length || PEOPLE.test(q.unit ?? '') || unitsAgree(q, r, s.terms, termSimilarity, true);
        // And it is what the earlier version said, not when it was published ("An earlier version of this
        // article, published on Saturday 8 March, stated that …").
        // (Only a day can be a date stamp: "we said that the council issued three fixed penalty notices" said three.)
        const said = (s: SentenceReading, r: Quantity) => !isTime(r) || !writtenOn(s, r);
        // The claim's words besides the figure, leaving out the source's own name and the verb of saying
        // ("The Harrowmere Courier reported that the price was £15.4m" of the Courier's correction).
        const own = new Set(`${source.title} ${source.key}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
        const rest = (p: Part) => p !== part && !SPEECH_VERBS.has(p.raw.toLowerCase()) && !(p.role === 'name' && own.has(p.raw.toLowerCase()));
        // (Or it speaks of the passage of its own article that gives the claim's figure, read as the claim's
        // passage: "An earlier version of this article, and the second paragraph above, said 52 staff would be
        // affected" withdraws "will cost 52 jobs" where that paragraph says so.)
        const ownPassage = top.some((w) => w.source === source && w.paragraph !== paragraph && w.sentences.some((s) => quantitiesOf(s).some(same)));
        // (Never a span of time for a count, whatever passage: "twelve passengers" withdraws no "twelve years".)
        // (Nor an age for a count: "nine people were taken to hospital" withdraws no "nine-year-old".)
        const age = (x: Quantity) => x.unit === 'age' || x.after?.[1] === 'old';
        // (A span of time, not a sum "a year", which is a rate.)
        const span = (x: Quantity) => spansTime(x) && !x.currency;
        // (A sum of money "a year" is a rate, not a span: "losing £640,000 a year" is the "£640,000 last year" withdrawn.)
        const kindOfCount = (r: Quantity) => (!q.unit || !r.unit || (!!q.currency && q.currency === r.currency) || spansTime(q) === spansTime(r)) && age(q) === age(r);
        // (A tally is its own words: "said the committee voted 6-1" withdraws "Councillors voted 6-1 to …".)
        const votes = [...new Set(parts.flatMap((p) => (p.quantity && p.quantity.unit === 'vote' ? [p.quantity] : [])))];
        const sameTally = (s: SentenceReading) => votes.length >= 2 && votes.includes(q) && votes.every((v) => quantitiesOf(s).some((r) => r.kind === v.kind && r.value === v.value && r.unit === 'vote'));
        // (Each figure of a tally is withdrawn only with the whole tally: "6-1" withdraws no "5-1".)
        const inTally = votes.length >= 2 && votes.includes(q);
        // (A sum of three figures or more, "£95.4m", tells its story by itself: fewer of the claim's other
        // words need be there, "the revised cost … is £95.4m" for "pushes the cost of the building to £95.4m".)
        const telling = !!q.currency && (q.raw.replace(/\D/g, '').replace(/^0+|0+$/g, '').length >= 3);
        // (Nor a day the correction gives a person the sentence does not name: "said that Mrs Eileen Marsh
        // phoned the helpline on Friday 8 March" withdraws no day the council found the problem.)
        const ofSomeoneElse = (s: SentenceReading) => {
          if (!claim || !isTime(q)) return false;
          const people = namesOf(s).filter((n) => personLike(n.text));
          return people.length > 0 && !people.some((n) => n.terms.some((t) => claim.names.some((c) => c.terms.includes(t))));
        };
        const k = sentences.findIndex((s) => withdrawsIn(source, paragraph, s) && !ofSomeoneElse(s) && (inTally ? sameTally(s) : quantitiesOf(s).some((r) => same(r) && kindOfCount(r) && (ownPassage || counts(s)(r)) && said(s, r) && saidAfter(s, r) && !(claim && bothMeasured(measureOf(claim.text, q, claim.quantities), measureOf(s.text, r, quantitiesOf(s))))) && (ownPassage || sameWords(parts, memo.of(s, source), rest) >= (telling ? 0.1 : 0.2))));
        if (k < 0) continue;
        // (Nor a figure the paper goes on to stand by: "our report … said the ground had been sold for £3.2m.
        // We stand by that figure …" withdraws nothing.)
        // (Said of that figure, with none of its own: "The figure of 186 letters of support was correct" keeps 186, not 612.)
        if (sentences.slice(k, k + 2).some((s, j) => (j === 0 ? /\bwe\s+(?:stand|stick)\s+by\b/i.test(s.text) : UPHELD.test(s.text) && quantitiesOf(s).every(isTime)))) continue;
        // (A day or a year in what the paper said, beside a count or a sum, is the story's setting, not
        // what was wrong: "we said that 63 households were evicted in the nine months to December 2023".)
        if (isTime(q) && !WITHDRAWN.test(sentences[k].text) && quantitiesOf(sentences[k]).some((r) => !isTime(r) && saidAfter(sentences[k], r))) continue;
        // (Not a figure the correction itself goes on to give as right, for what the claim counts: "we said
        // that seventeen people were taken to hospital. This was wrong. … A further seventeen were assessed
        // by paramedics" leaves "17 people were checked by ambulance crews" standing.)
        // (Where that sentence is more the claim's than the withdrawn one: "The figure of £216,000 was the
        // annual value of the previous contract" explains the withdrawn figure, it does not restore it.)
        const withdrawnShare = sameWords(parts, memo.of(sentences[k], source), rest);
        // (Nor one that says what the figure was instead: "63 was the number of cases in which … a warrant,
        // not the number of evictions".)
        if (sentences.some((s, j) => j > k && !withdrawsIn(source, paragraph, s) && !EXPLAINS_FIGURE.test(s.text) && quantitiesOf(s).some((r) => same(r) && kindOfCount(r)) && sameWords(parts, memo.of(s, source), rest) > withdrawnShare)) continue;
        // What it gives instead counts the same thing: "11 … figures across four papers" gives four for "five papers".
        // (Read on into the next paragraph where this one ends: a column may say what it had said, and then
        // in a paragraph of its own, "That figure was the unit's former gross annual running cost …".)
        // (And past a sentence that only says what the figure was: "63 was the number of cases in which …".)
        const explained = sentences.slice(k + 1, k + 3).filter((s) => EXPLAINS_FIGURE.test(s.text)).length;
        // (Not into the column's next item: another correction, whose figures are its own.)
        const following = source.paragraphs[paragraph.n];
        const next = sentences.length < k + 3 + explained && following && !isCorrection(source, following) ? following : undefined;
        const after = [...sentences.slice(k + 1, k + 3 + explained), ...(next ? cache.sentences(source, next).slice(0, 3) : [])];
        // (Of the same kind of count: "47" households is no span for "the nine months to December".)
        const figuresIn = (ss: readonly SentenceReading[]) => ss.filter((s) => !STANDS.test(s.text)).flatMap((s) => quantitiesOf(s).filter(counts(s)).filter((r) => r.kind === q.kind && !same(r) && kindOfCount(r) && (!span(q) || span(r))).map((r) => ({ r, s })));
        // (The item's own sentences first; the next paragraph only where they give none.)
        const inItem = figuresIn(sentences.slice(k + 1, k + 3 + explained));
        const candidates = inItem.length ? inItem : figuresIn(after);
        // (The one the correction gives as right, where it says so: "It included £20,000 in pledges … The
        // amount actually invested at that date was £41,250"; where it does not, and several fit, no fix.)
        // (Read a sentence further for it: the right figure often comes after what the wrong one included.)
        const further = sentences.slice(k + 3 + explained, k + 4 + explained).filter((s) => !STANDS.test(s.text)).flatMap((s) => quantitiesOf(s).filter(counts(s)).filter((r) => r.kind === q.kind && !same(r) && kindOfCount(r) && (!span(q) || span(r))).map((r) => ({ r, s })));
        const right = [...candidates, ...further].filter(({ s }) => RIGHT_FIGURE.test(s.text));
        const pool = right.length ? right : candidates;
        const claimsToo = (r: Quantity) => !!claim?.quantities.some((x) => x !== q && x.kind === r.kind && x.value === r.value);
        // (A sentence that reports the correction itself is no withdrawn statement: "later corrected its
        // figure … from three to 12", "explaining that 63 was the number of cases in which …".)
        // (Nor one that gives both, the withdrawn and the right: "first offered £2.1 million … and lowered its
        // bid to £1.85 million" tells the story the correction tells.)
        if (pool.length && claimsToo(pool[0].r)) continue;
        // (Of the rest, not a figure the claim gives too: "£4.60, up from £2.90" for "£4.90, up from £2.90"
        // gives £4.60; and of several, those that count what the claim's figure does in its own word:
        // "records 2,847 responses".)
        let chosen = pool.filter(({ r }) => !claimsToo(r));
        const sameUnit = chosen.filter(({ r }) => !!q.unit && !q.unit.startsWith('<') && r.unit === q.unit);
        if (sameUnit.length) chosen = sameUnit;
        // (Of several days, the one of the verb the withdrawn day had: "intended to close the home by 30
        // October … will close the home by 30 September, … the date it gave to residents … on 5 August".)
        if (isTime(q) && new Set(chosen.map(({ r }) => r.value)).size > 1) {
          const withdrawn = quantitiesOf(sentences[k]).find(same);
          // (The words just before each: "close the home by".)
          const lead = (x: SentenceReading, at: number) => new Set(x.tokens.filter((t) => t.end <= at && t.kind === TokenKind.Word && !t.stop).slice(-4).map((t) => t.term));
          if (withdrawn) {
            const mine = lead(sentences[k], withdrawn.start);
            const shared = chosen.map(({ r, s: x }) => [...lead(x, r.start)].filter((t) => mine.has(t)).length);
            const most = Math.max(...shared);
            if (most > 0) chosen = chosen.filter((_, j) => shared[j] === most);
          }
        }
        const instead = chosen[0]?.r;
        // (A tally's figures are one: "5-1" for "6-1" gives its first, as before.)
        // (Where what the paper said gave several figures of the kind, and so does the correction, which
        // replaces which is for a reader: "cost £3.84m, £1.44m more than planned. The correct forecast is
        // £3.48m, which is £1.08m over the £2.4m budget" gives no one figure for £1.44m.)
        // (Figures the sentence gives as well are no others: "£216,000 a year for the contract and £40,000
        // for maintenance … The contract costs £126,000 a year, and maintenance £40,000" gives £126,000.)
        const saidSeveral = quantitiesOf(sentences[k]).some((r) => r.kind === q.kind && !isTime(r) && !same(r) && !claimsToo(r) && saidAfter(sentences[k], r));
        const others = pool.filter(({ r }) => !claimsToo(r));
        const several = !inTally && (new Set(chosen.map(({ r }) => r.value)).size > 1 || (saidSeveral && new Set(others.map(({ r }) => r.value)).size > 1));
        if (claim && REPORTS_CORRECTION.test(claim.text) && EXPLAINS_FIGURE.test(claim.text)) continue;
        const covered = memo.of(sentences[k], source);
        const window: Window = { source, paragraph, from: k, to: k + 1, score: 0, covered, sentences: [sentences[k]], sentenceCover: [covered] };
        // (No figure given instead, but the figure said plainly to be wrong: "That figure was wrong and we
        // withdraw it. … one person was taken to hospital": the correction is quoted, with no fix.)
        // (Only a count or a sum, the one the sentence gives after what it said: a day there may be the story's own.)
        // (Nor a label's number, "Year 6", "Route 41": what it names, not what was counted.)
        const wrongOne = !isTime(q) && !span(q) && !q.unit?.startsWith('#') && quantitiesOf(sentences[k]).filter((r) => !isTime(r) && !span(r) && saidAfter(sentences[k], r)).length === 1;
        if (!instead) {
          // (Not a sentence that gives the figure the correction goes on to give as right: "offered £412,000 …
          // against the council's claim of £465,000" tells the story the correction tells.)
          if ([...after, ...sentences.slice(k + 3 + explained, k + 5 + explained)].some((x) => quantitiesOf(x).some((r) => !isTime(r) && !same(r) && claimsToo(r)))) continue;
          // (Counting what the claim's figure does: "route 9 … would be withdrawn" is no "nine engineers".)
          const countsIt = quantitiesOf(sentences[k]).filter(same).every(counts(sentences[k]));
          if (wrongOne && countsIt && after.slice(0, 2).some((s) => SAID_WRONG.test(s.text))) return { kind: 'correction', claimText: 'it', sourceText: sentences[k].text, evidence: toEvidence(window) };
          continue;
        }
        const sourceText = several ? [...new Set((saidSeveral ? others : chosen).map(({ r }) => r.raw))].slice(0, 3).join(' and ') : instead.raw;
        return { kind: isTime(q) ? 'date' : 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText, evidence: toEvidence(window), ...(several ? { ambiguous: true } : {}) };
      }
    }
  }
  return undefined;
}

/**
 * A sentence that lists things each with its figure in brackets ("access to health appointments (cited
 * by 1,402 respondents), getting to work or college (968), and social isolation among older residents
 * (871)"): the claim's figure is the one after the item that has its words, not another item's.
 */
function bracketedItemContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  for (const q of claim.quantities) {
    if (isTime(q) || q.range) continue;
    // The claim's own words for what its figure counts: back from the figure (or its bracket) to the last
    // comma, semicolon, colon or bracket ("Andy Cole (173)" is Cole's, whoever else the sentence names).
    // (Not back past another of its figures: "64 square metres from the south aisle and 112 from the nave"
    // — there the words after it say what it counts, up to the next mark, figure or "and".)
    const head = claim.text.slice(0, q.start).replace(/\(\s*[^()]*$/, '');
    const previous = claim.quantities.filter((x) => x.end <= q.start).reduce((a, x) => Math.max(a, x.end), -1);
    // (And past the "and" or comma after that figure: its own words are the figure before's.)
    const joint = previous >= 0 ? [...head.slice(previous).matchAll(/\band\b|[,;]/g)].pop() : undefined;
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf(')'), previous - 1, joint ? previous + joint.index! + joint[0].length - 1 : -1);
    const next = claim.quantities.filter((x) => x.start >= q.end).reduce((a, x) => Math.min(a, x.start), claim.text.length);
    const tail = claim.text.slice(q.end, next).split(/[,;:()]|\band\b/)[0];
    const words = new Set(readSentence(head.slice(cut + 1) + ' ' + (previous >= 0 ? tail : '')).tokens.filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term));
    for (const w of top.slice(0, 2)) {
      for (const s of w.sentences) {
        // Each bracket with a figure, and the words before it back to the last comma, semicolon, colon or bracket.
        const items: Array<{ label: Set<string>; figures: Quantity[] }> = [];
        let from = 0;
        for (const m of s.text.matchAll(/\(([^()]*)\)/g)) {
          const figures = quantitiesOf(s).filter((r) => r.start > m.index! && r.end < m.index! + m[0].length && !isTime(r));
          const before = s.text.slice(from, m.index);
          const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
          const labelText = before.slice(cut + 1);
          from = m.index! + m[0].length;
          if (figures.length === 0) continue;
          items.push({ label: new Set(readSentence(labelText).tokens.filter((t) => !t.stop && t.kind === TokenKind.Word).map((t) => t.term)), figures });
        }
        if (items.length < 2) continue;
        const score = (it: { label: Set<string> }) => [...it.label].filter((t) => words.has(t)).length;
        const ranked = [...items].sort((a, b) => score(b) - score(a));
        const mine = ranked[0];
        if (score(mine) < 2 || score(ranked[1]) >= score(mine)) continue;
        if (mine.figures.some((r) => sameQuantity(q, r))) continue;
        const theirs = items.find((it) => it !== mine && it.figures.some((r) => sameQuantity(q, r)));
        if (!theirs) continue;
        const right = mine.figures.filter((r) => r.kind === q.kind && !r.unit?.startsWith('#'));
        if (right.length === 0) continue;
        return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: right.map((r) => r.raw).join(' and '), evidence: toEvidence(w), ...(right.length > 1 ? { ambiguous: true } : {}) };
      }
    }
  }
  return undefined;
}

/**
 * The side of a vote a figure counts, from the words right after it (up to the next figure): "348
 * (57.3%) were against" is against, "259 people voted in favour" for; undefined where they do not say.
 */
function stanceAfter(text: string, q: { end: number }): 'for' | 'against' | undefined {
  // (A share in brackets is the same figure again: "348 (57.3%) were against".)
  // (Within its own clause, and not past a tally's "to": "carried by five votes to one, with Cllr Dyson
  // voting against" says where one vote went, not the five.)
  const after = text.slice(q.end, q.end + 80).replace(/\([^()]*\)/g, '').split(/\d{2,}|;|,\s*(?:with|and|but|while|whereas)\b|\bvotes?\s+to\b/)[0];
  const m = /\b(?:(against|opposed|voted no)|(in favou?r|supported|backed|voted yes|voted for))\b/i.exec(after);
  return !m ? undefined : m[1] ? 'against' : 'for';
}

/**
 * Two figures of a vote given to the other sides: "259 were cast against the scheme and 348 in favour"
 * where the source has "348 (57.3%) were against … and 259 (42.7%) were in favour". Quoted, no fix.
 */
function sidesSwappedContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const figures = claim.quantities.filter((q) => !isTime(q) && !q.range).map((q) => ({ q, side: stanceAfter(claim.text, q) })).filter((x) => x.side);
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || a.side === b.side || a.q.value === b.q.value) continue;
      for (const w of top.slice(0, 3)) {
        for (const s of w.sentences) {
          const found = quantitiesOf(s);
          const ra = found.find((r) => sameQuantity(a.q, r) && stanceAfter(s.text, r));
          const rb = found.find((r) => sameQuantity(b.q, r) && stanceAfter(s.text, r));
          if (!ra || !rb || stanceAfter(s.text, ra) !== b.side || stanceAfter(s.text, rb) !== a.side) continue;
          const from = Math.min(ra.start, rb.start);
          const to = Math.max(ra.end, rb.end);
          const tail = /^(?:[^.;]|\.\d){0,40}?\b(?:against|opposed|in favou?r|supported|backed)\b/i.exec(s.text.slice(to))?.[0] ?? '';
          return { kind: 'number', claimText: a.q.raw, claimSpan: { start: a.q.start, end: a.q.end }, sourceText: s.text.slice(from, to) + tail, evidence: toEvidence(w), ambiguous: true };
        }
      }
    }
  }
  return undefined;
}

/** The measure a figure is, from the words before it in its clause: "the median was £2,100" is a median. */
function measureBefore(text: string, q: { start: number }): string | undefined {
  const before = text.slice(Math.max(0, q.start - 80), q.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
  const all = [...clause.matchAll(/\b(average|mean|median|total|maximum|minimum)\b/gi)];
  return all.length ? all[all.length - 1][1].toLowerCase().replace('mean', 'average') : undefined;
}

/**
 * What a figure is of its set, by a word before it in its clause (and after any figure before it): an
 * "average", a "total", the "lowest", or a "maximum" or "target" set for it rather than a value it had.
 */
function measureOf(text: string, q: Quantity, figures: readonly Quantity[]): ReadonlySet<string> {
  const at = q.start;
  const from = Math.max(0, at - 60, ...figures.filter((x) => x.end <= at).map((x) => x.end));
  const whole = text.slice(from, at);
  const before = whole.slice(Math.max(whole.lastIndexOf(';'), whole.lastIndexOf('.'), whole.lastIndexOf(':')) + 1);
  const out = new Set<string>();
  for (const m of before.matchAll(MEASURE_WORD)) {
    const after = before.slice((m.index ?? 0) + m[0].length);
    const lead = before.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    // (Only the figure's own phrase: not a word of another's, "highest-profile"; not past a verb of the
    // sentence's own, "missing its recycling target again, the council collected 4,200"; not in a phrase a
    // preposition leads, "Under the new parking limit, 340 drivers", "Held at maximum capacity"; and not a
    // target hit, which the figure then had: "hit its target of 500 members".)
    if (/^-/.test(after) || after.split(/\s+/).some((w) => /^\p{Ll}+$/u.test(w) && isPastForm(w) && !/^(?:was|were|had|been)$/.test(w))) continue;
    if (/\b(?:under|within|despite|beyond|at|over|above|below|without|against|missing|exceeding)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(lead) && /,/.test(after)) continue;
    if (/\b(?:hit|hits|reached|reaches|met|meets|achieved|exceeded|beat|surpassed|passed)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(lead)) continue;
    out.add(measureName(m[1]));
  }
  // (With the words the figure is written with: "at most 5 per cent".)
  for (const m of (/^\D*/.exec(q.raw)![0]).matchAll(MEASURE_WORD)) out.add(measureName(m[1]));
  return out;
}

const MEASURE_WORD = /\b(average|mean|median|total|maximum|minimum|lowest|highest|peak|target|cap|limit|ceiling|at most|no more than|not more than)\b/gi;

function measureName(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return ({ mean: 'average', peak: 'highest', cap: 'maximum', limit: 'maximum', ceiling: 'maximum', 'at most': 'maximum', 'no more than': 'maximum', 'not more than': 'maximum' } as Record<string, string>)[w] ?? w;
}

/** The words in a text that name a measure ("Total arrears (£m)": total). */
function measureIn(clause: string): ReadonlySet<string> {
  return new Set([...clause.matchAll(MEASURE_WORD)].map((m) => measureName(m[1])));
}

/** Whether two figures are named as different measures ("lowest", "average"): what a correction withdraws was a value said, whatever word it was said with. */
function bothMeasured(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  return mine.size > 0 && theirs.size > 0 && ![...theirs].some((x) => mine.has(x));
}

/** Words that speak of a limit or a target rather than a value had: "requires", "allowed", "must". */
const SPEAKS_OF_LIMIT = /\b(?:requires?|required|allows?|allowed|permits?|permitted|must|limits?|cap|capped|targets?|maximum|minimum|ceiling|capacity)\b|\bcan\s+(?:hold|take|seat|accommodate|carry)\b/i;

/** Whether two figures are different measures: both named and none the same, or the source's a limit or target the claim does not speak of. */
function otherMeasure(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  if (theirs.size === 0 || [...theirs].some((x) => mine.has(x))) return false;
  return mine.size > 0 || theirs.has('maximum') || theirs.has('minimum') || theirs.has('target');
}

/**
 * Whether a source's figure counts those who did not do what the claim's figure did: the verb after the
 * claim's figure ("made the move") is after the source's only under a negation ("decided not to make the
 * move"), in the words just after it.
 */
function countsThoseWhoDidNot(claim: Claim, q: Quantity, s: SentenceReading, r: Quantity): boolean {
  const mine = claimReading(claim);
  const k = mine.tokens.findIndex((t, i) => t.start >= q.end && i < mine.tokens.length && t.kind === TokenKind.Word && !t.stop && isPastForm(t.raw.toLowerCase()) && !SPEECH_VERBS.has(t.raw.toLowerCase()));
  if (k < 0 || claim.negatedTokens.has(k) || mine.tokens.slice(0, k).filter((t) => t.start >= q.end).length > 3) return false;
  const verb = mine.lemmas[k];
  const negated = negatedOf(s);
  const after = s.tokens.map((t, i) => i).filter((i) => s.tokens[i].start >= r.end).slice(0, 8).filter((i) => s.lemmas[i] === verb);
  return after.length > 0 && after.every((i) => negated.has(i));
}

/**
 * "Rowan House had the highest response rate, at 68 per cent" where the table's column gives Larch
 * House 72%: the claim's row has its figure, but another row of the same column ranks above it. The
 * row that does is quoted; no fix (the sentence may be right about the figure and wrong about the rank).
 */
function tableRankContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const rank = /\b(highest|largest|biggest|greatest|lowest|smallest|fewest)\b/i.exec(claim.text);
  if (!rank) return undefined;
  const most = /^(?:highest|largest|biggest|greatest)$/i.test(rank[1]);
  const words = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && t.capitalized).map((t) => t.term));
  const value = (cell: string) => {
    const m = /-?\d[\d,]*(?:\.\d+)?/.exec(cell.replace(/[*£$€]/g, ''));
    return m ? Number(m[0].replace(/,/g, '')) : undefined;
  };
  // The figure the superlative ranks: the first after it that the claim's row gives ("the highest
  // response rate of the three blocks, at 68 per cent").
  for (const q of claim.quantities.filter((x) => x.start > rank.index && !isTime(x) && !x.range)) {
    for (const w of top.slice(0, 3)) {
      for (const s of w.sentences) {
        const rows = tableRowsOf(s);
        if (!rows || rows.length < 3) continue;
        const lastLine = (r: SentenceReading) => r.text.slice(r.text.lastIndexOf('\n') + 1);
        const cells = (r: SentenceReading) => lastLine(r).split('|').slice(1, -1);
        // The claim's row: it names the claim's name and gives its figure.
        const mine = rows.find((r) => ownTokens(r).some((t) => words.has(t.term)) && quantitiesOf(r).some((x) => sameQuantity(q, x)));
        if (!mine) continue;
        // (Not the row's label: "| 63 | …" names route 63.)
        const column = cells(mine).findIndex((c, k) => k > 0 && value(c) === q.value);
        if (column < 0) continue;
        // (Not a total row: "| **All blocks** | … |".)
        const others = rows.filter((r) => r !== mine && !/^\W*(?:total|all\b|overall|average)/i.test(cells(r)[0]?.trim() ?? ''));
        const beats = others.find((r) => {
          const v = value(cells(r)[column] ?? '');
          return v !== undefined && (most ? v > q.value : v < q.value);
        });
        if (!beats) continue;
        const label = (cells(beats)[0] ?? '').replace(/\*/g, '').trim();
        return { kind: 'rank', claimText: rank[1], sourceText: `${label} (${(cells(beats)[column] ?? '').replace(/\*/g, '').trim()})`, evidence: toEvidence(w), ambiguous: true };
      }
    }
  }
  return undefined;
}

/** A line that is an item of a list: "1. …", "- …", "(a) …". */
// (Or a labelled figure on a line of its own: "Found the signs confusing: 41% (210)".)
const LIST_ITEM_LINE = /^\s*(?:[-*•]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+\S|^\s*\p{Lu}[\p{L}'’ ,-]{0,60}:[ \t]+[£$€]?\d/u;

/**
 * The claim's figure given by another item of a list whose item about the claim's matter gives none
 * of it: that item's figures are quoted, with no fix (which of them the claim meant is for the writer).
 */
function listItemContradiction(
  claim: Claim,
  q: Quantity,
  top: readonly Window[],
  statesAnywhere: StatesAnywhere,
  toEvidence: (w: Window) => Evidence,
  sentencesOf: (source: Source, paragraph: Window['paragraph']) => readonly SentenceReading[],
): Contradiction | undefined {
  // The words of the claim's clause that gives the figure: "38 per cent live in a household without a
  // car, and 41 per cent are aged 65 or over" gives each to its own item.
  const breaks = [...claim.text.matchAll(/[,;]\s+|\s+(?:and|but|while|whereas)\s+/gi)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const from = Math.max(0, ...breaks.filter((b) => b.end <= q.start).map((b) => b.end));
  const to = Math.min(claim.text.length, ...breaks.filter((b) => b.start >= q.end).map((b) => b.start));
  const words = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && !t.capitalized && t.start >= from && t.end <= to).map((t) => t.term));
  for (const w of top.slice(0, 3)) {
    // (A sentence of a list opens its line after the item's mark, which the sentence leaves out.)
    const spans = w.paragraph.sentences;
    const text = w.source.text;
    const itemAt = (k: number) => LIST_ITEM_LINE.test(text.slice(text.lastIndexOf('\n', spans[k].start - 1) + 1, spans[k].end));
    const all = sentencesOf(w.source, w.paragraph);
    const items = all.filter((_, k) => k < spans.length && itemAt(k));
    if (items.length < 2) continue;
    // (Nor the item's own number, where the sentence keeps it.)
    const figures = (s: SentenceReading) => quantitiesOf(s).filter((r) => !(LIST_ITEM_LINE.test(s.text) && r.start <= (/^\s*\S+/.exec(s.text)?.[0].length ?? 0)));
    const has = (s: SentenceReading) => figures(s).some((r) => sameQuantity(q, r));
    const score = (s: SentenceReading) => s.tokens.filter((t) => !t.stop && words.has(t.term)).length;
    const ranked = items.map((s) => ({ s, n: score(s) })).sort((a, b) => b.n - a.n);
    const mine = ranked[0];
    if (mine.n < 2 || (ranked[1] && ranked[1].n >= mine.n - (words.size > 3 ? 1 : 0)) || has(mine.s)) continue;
    if (!items.some((s) => s !== mine.s && has(s))) continue;
    // (Nor where an item with the claim's figure names what the figure counts: "Responses: 588" is the
    // claim's "drew 588 responses", whatever "Trade stand holders: 115" shares of its other words.)
    if (q.kind === 'number' && q.unit && !q.unit.startsWith('<') && items.some((s) => has(s) && s.tokens.some((t) => t.term === q.unit))) continue;
    // Stated for the claim's matter somewhere else in the source (outside the list): no contradiction.
    if (statesAnywhere(w.source, (s) => !items.includes(s) && has(s))) continue;
    const theirs = figures(mine.s).filter((r) => r.kind === q.kind && !isTime(r) && !r.unit?.startsWith('#'));
    if (theirs.length === 0) continue;
    return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: theirs.map((r) => r.raw).join(' and '), evidence: toEvidence(w), ambiguous: true };
  }
  return undefined;
}

/**
 * A figure contradiction's fix is withheld where the source the passage is from gives the claim's own
 * figure too, whatever it counts there: which of its figures the sentence means is the writer's to
 * say ("by 1,046 votes to 1,028" against a ballot's Yes 1,028 and No 1,046 is no place for "1,701").
 */
function noFixWhereStated(claim: Claim, c: Contradiction | undefined, statesAnywhere: StatesAnywhere, top: readonly Window[]): Contradiction | undefined {
  if (!c || c.ambiguous || !c.claimSpan || (c.kind !== 'number' && c.kind !== 'date')) return c;
  const span = c.claimSpan;
  const q = claim.quantities.find((x) => x.start === span.start && x.end === span.end);
  if (!q || q.kind === 'weekday' || q.kind === 'clock') return c;
  // The same figure said twice ("Almost two-thirds, 62 per cent, rated …"): one fix would leave the other.
  if (claim.quantities.some((x) => x !== q && x.kind === q.kind && sameQuantity(x, q))) return { ...c, ambiguous: true };
  // "The next meeting is on 14 June" against the day the minutes' own meeting was held: no fix from a
  // passage that does not speak of the next one.
  // (And where that source gives the claim's day for its next meeting, no contradiction at all: "45. Date
  // of next meeting. Thursday 16 January 2025" is the claim's, the heading's 21 November the meeting's own.)
  // (The next of what the claim speaks of: "to decide its next steps" is no next meeting.)
  const nextOf = NEXT_THING.exec(claim.text.slice(Math.max(0, q.start - 60), q.start));
  const speaksOfNext = (text: string) => [...text.matchAll(new RegExp(NEXT_THING, 'giu'))].some((m) => stem(m[1]) === stem(nextOf![1]));
  if (isTime(q) && nextOf && !speaksOfNext(c.evidence.source.text.slice(c.evidence.span.start, c.evidence.span.end))) {
    const source = c.evidence.source;
    // (A source of minutes' length is read whole for it; a book is not, and keeps the warning without a fix.)
    const nextDay = (p: Paragraph) => {
      const text = source.text.slice(p.start, Math.min(p.end, p.start + 2000));
      return speaksOfNext(text) && quantitiesOf(readSentence(text)).some((r) => sameQuantity(q, r));
    };
    if (source.paragraphs.length <= CORRECTION_SCAN && source.paragraphs.some(nextDay)) return undefined;
    // (Or a close passage of another source: the minutes' "Date of next meeting" where a news story's other date was found.)
    const window = (w: Window) => w.source.text.slice(w.paragraph.start, Math.min(w.paragraph.end, w.paragraph.start + 2000));
    // (Of the same body: the words before "next" in the claim, "The transport committee", all in that source.)
    const body = tokenize(claim.text.slice(0, nextOf.index + Math.max(0, q.start - 60))).filter((t) => !t.stop && t.kind === TokenKind.Word).map((t) => t.term);
    // (Read from the source's head, where minutes name their body, and the passage: no copy of a whole source.)
    const ofBody = (w: Window) => {
      const text = (w.source.text.slice(0, 2000) + ' ' + window(w)).toLowerCase();
      return body.length > 0 && body.every((t) => text.includes(t));
    };
    if (top.slice(0, 3).some((w) => w.source !== source && ofBody(w) && speaksOfNext(window(w)) && quantitiesOf(readSentence(window(w))).some((r) => sameQuantity(q, r)))) return undefined;
    return { ...c, ambiguous: true };
  }
  // A day or month with its year, where the claim gives one: "founded in November 2023" by "founded in November 2023".
  const year = isTime(q) && q.kind !== 'year' ? claim.quantities.find((x) => x.kind === 'year' && besideEachOther(claim.text, q, x)) : undefined;
  const states = (s: SentenceReading) => quantitiesOf(s).some((r) => sameQuantity(q, r)) && (!year || quantitiesOf(s).some((r) => r.kind === 'year' && r.value === year.value));
  if (isTime(q) && !year && q.kind !== 'year') return c;
  // (A book-length source is not read through for it: no fix rather than a fix unchecked.)
  if (c.evidence.source.paragraphs.length > 3000) return { ...c, ambiguous: true };
  // Nor where a passage closer to the claim than the one giving the other figure has the claim's own
  // ("Only 512 people responded online" beside "1,906 online and 512 on paper": the total of another
  // outlet, 2,418, is no fix).
  const at = top.findIndex((w) => w.source === c.evidence.source && w.paragraph === c.evidence.paragraph);
  if (at > 0 && top.slice(0, at).some((w) => w.sentences.some(states))) return { ...c, ambiguous: true };
  return statesAnywhere(c.evidence.source, states) ? { ...c, ambiguous: true } : c;
}

/**
 * Minutes are dated with the day of their meeting ("Thursday 27 February 2025, 10.00am, Boardroom"): a
 * sentence that gives that day ("At a meeting on 27 February, the board approved …") says when what
 * they record was done, whatever other day a motion names ("to open by 1 June 2025").
 */
function onMeetingDay(claim: Claim, memo: CoverageMemo, c: Contradiction | undefined): Contradiction | undefined {
  if (!c || c.kind !== 'date' || !c.claimSpan) return c;
  const q = claim.quantities.find((x) => x.kind === 'date' && x.start === c.claimSpan!.start);
  if (!q || memo.dayOf(c.evidence.source) !== q.value) return c;
  const source = c.evidence.source;
  const head = source.text.slice(0, source.paragraphs[Math.min(3, source.paragraphs.length - 1)]?.end ?? 0);
  return /\bminutes\b|\bmeeting\b[^.\n]{0,40}\bheld\b|\bheld\b[^.\n]{0,40}\bmeeting\b/i.test(head) ? undefined : c;
}

/** A vote with none against or abstaining: "with no votes against", "no one voted against", "without dissent". */
const NO_VOTES_AGAINST = /\b(?:(?:no|zero)\s+(?:votes?\s+(?:against|cast against)|one\s+(?:voted|voting)\s+against|abstentions|dissent(?:ing votes?)?)|none\s+against|nobody\s+against)\b/i;

/** Words that place a day among others: "the next meeting", "the following week", "its last session". */
/** "next meeting", "the following session", "next meets": the word after it says what comes next. */
const NEXT_THING = /\b(?:next|following|previous|last|upcoming|forthcoming)\s+(\p{L}+)/iu;

/** A count of people, as the counted unit is written (stems): "13,800 people", "persons", "individuals". */
const PEOPLE = /^(?:peopl|person|individu)/;

/** Share of the claim's weight, parts excluded, that a window has as the same word or stem (≥ 0.8). */
function sameWords(parts: readonly Part[], covered: ArrayLike<number>, include: (p: Part) => boolean): number {
  let got = 0;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!include(parts[i])) continue;
    total += parts[i].weight;
    if (covered[i] >= 0.8) got += parts[i].weight * covered[i];
  }
  return total > 0 ? got / total : 1;
}

type StatesAnywhere = (source: Source, test: (s: SentenceReading) => boolean) => boolean;

/** Claim token index of a character offset. */
function tokenAt(claim: Claim, offset: number): number {
  const i = claim.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? claim.tokens.length - 1 : i;
}

/** A claim's deadline: "until 30 September", "no later than Friday". */
const UNTIL_BEFORE = /\b(?:until|till|no later than)\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$/i;
/** A passage's words of a deadline before its date: "the offer lapsed on", "expires on", "deadline of". */
const DEADLINE_WORDS = /\b(?:deadline|expir\w*|laps\w*|closes|closing date|due|runs? out|ends|ending)\b[^.;]{0,20}$/i;
const DEADLINE_BEFORE = /\b(?:before|by|until|no later than|up to)\s+(?:[A-Z][a-z]+day,?\s+)?$/i;
const MODAL = /^(?:can|could|will|would|shall|should|must|may|might|to)$/i;

/**
 * Of the claim's figures and dates that a passage gives otherwise, the one said otherwise by the passage
 * closest to the claim: "By 6 November, 68 of the 86 passengers had claimed" is contradicted by the
 * minutes' "61 of the 86 passengers", not by a statement's deadline "before 30 November" ranked below
 * it. (The first in the sentence where two passages rank alike.)
 */
/**
 * How a window tells the claim's deed ("posted"): as done, only as to be done ("will be posted", "is to
 * be posted", "due to be posted"), or not at all.
 */
function tellsDeed(w: Window, deeds: readonly string[]): 'done' | 'planned' | undefined {
  let told: 'planned' | undefined;
  for (const s of w.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (!deeds.includes(s.lemmas[i])) continue;
      if (!s.tokens.slice(Math.max(0, i - 3), i).some((t) => PLANNED_BEFORE.test(t.raw))) return 'done';
      told = 'planned';
    }
  }
  return told;
}

const PLANNED_BEFORE = /^(?:will|shall|to|going|due|expected|set|planned|promised|pledged|intends?)$/i;

/** Whether a source names the owner of a figure anywhere (then its title alone speaks of someone else: "the head teacher" of another school). */
function namesOwner(source: Source, owner: readonly string[]): boolean {
  // (Once per source and owner: a case-blind search of a large source is not repeated for each sentence.)
  return searchedOnce(OWNERS_NAMED, source, owner.join(' '), () => owner.some((t) => t.length >= 3 && new RegExp(escapeRegExp(t), 'i').test(source.text)));
}

const OWNERS_NAMED = new WeakMap<Source, Map<string, boolean>>();

/** A search of a whole source, done once per source and key (at most 256 keys kept per source). */
function searchedOnce(memo: WeakMap<Source, Map<string, boolean>>, source: Source, key: string, search: () => boolean): boolean {
  let known = memo.get(source);
  if (!known) memo.set(source, (known = new Map()));
  let yes = known.get(key);
  if (yes === undefined) {
    if (known.size >= 256) known.clear();
    known.set(key, (yes = search()));
  }
  return yes;
}

/** A text as a regular expression matching it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a whole word, letters and apostrophes on neither side. */
function asWord(name: string): string {
  return `(?<![\\p{L}'’-])${escapeRegExp(name)}(?![\\p{L}'’-])`;
}

/**
 * The title a claim puts before the name of a figure's owner, as terms ("chief executive" in "from chief
 * executive Helen Strand"): up to three words, lower-case as a title is, with nothing between them and
 * the name. None where the claim gives no such title.
 */
function titleOf(claim: Claim, owner: readonly string[]): string[] {
  const name = claim.names.find((n) => n.distinctive === owner);
  if (!name) return [];
  const out: string[] = [];
  for (let k = claim.tokens.findIndex((t) => t.start >= name.start) - 1; k >= 0 && out.length < 3; k--) {
    const t = claim.tokens[k];
    if (t.stop || t.kind !== TokenKind.Word || t.capitalized || !/^\s*$/.test(claim.text.slice(t.end, claim.tokens[k + 1].start))) break;
    out.push(t.term);
  }
  return out;
}

function closestFigureContradiction(claim: Claim, top: readonly Window[], forFigure: (q: Quantity) => Contradiction | undefined): Contradiction | undefined {
  let best: Contradiction | undefined;
  let bestRank = Infinity;
  const rankOf = (c: Contradiction) => {
    const k = top.findIndex((w) => w.source === c.evidence.source && w.paragraph === c.evidence.paragraph);
    return k < 0 ? top.length : k;
  };
  for (const q of claim.quantities) {
    const c = forFigure(q);
    if (!c) continue;
    const rank = rankOf(c);
    if (rank < bestRank) {
      best = c;
      bestRank = rank;
    }
    if (rank === 0) break;
  }
  return best;
}

function figureContradiction(
  claim: Claim,
  parts: readonly Part[],
  top: readonly Window[],
  memo: CoverageMemo,
  statesAnywhere: StatesAnywhere,
  toEvidence: (w: Window) => Evidence,
  sentencesOf: (source: Source, paragraph: Window['paragraph']) => readonly SentenceReading[],
  only?: Quantity,
): Contradiction | undefined {
  for (const q of claim.quantities) {
    if ((only && q !== only) || q.range || q.restated) continue; // "hundreds" is too vague to be contradicted
    // The difference or sum of two of the sentence's other figures is what they say, worked out: "from
    // £98.40 to £105.19, an increase of £6.79" states no figure of its own to set against another; and
    // where it is not their difference, their difference is what the source's figures make it.
    if (workedOut(claim, q)) continue;
    const change = changeBetween(claim, q, top, toEvidence);
    if (change) return change;
    const margin = marginOf(claim, q, top, toEvidence);
    if (margin === 'agrees') continue;
    if (margin) return margin;
    // A weekday written with its date is compared as that date ("Thursday 23 May").
    if (q.kind === 'weekday' && claim.quantities.some((d) => d.kind === 'date' && besideEachOther(claim.text, q, d))) continue;
    const at = tokenAt(claim, q.start);
    const own = (p: Part) => p.quantity === q;
    // The words around the figure say what it measures: they must be there too.
    const context = (p: Part) => !p.quantity && p.role !== 'figure' && Math.abs(p.at - at) <= 8;
    const owner = ownerOf(claim, q);
    // The claim's figure stated for the same person (or for no one named): a source that says it may well agree.
    // "today" in a source dated 12 March states 12 March ("MARLOW BRIDGE, 12 March 2025 — … today removed …").
    // (And "decided on Wednesday" in a story of Friday 28 February is Wednesday 26 February.)
    const today = (s: SentenceReading, source: Source) => saidYesterday(q, s, memo.yesterday(source), memo.claimTerms) || (q.kind === 'date' && ((TODAY.test(s.text) && memo.dayOf(source) === q.value) || quantitiesOf(s).some((r) => r.kind === 'weekday' && !quantitiesOf(s).some((d) => d.kind === 'date' && besideEachOther(s.text, r, d)) && memo.weekdayDate(source, r.value, looksAhead(s.text, r.start)) === q.value)));
    // A bare figure of a table row, or the figure a correction gives as the right one, states it: a
    // table's column says what it counts, and a correction says it as briefly as it can.
    const plainly = (s: SentenceReading) =>
      (CORRECTED.test(s.text) && quantitiesOf(s).some((r) => r.kind === q.kind && r.value === q.value)) ||
      // (Not one counting something else the row names: "| Temporary propping of critical trusses | 4 weeks |" gives no four trusses.)
      (tableRowsOf(s) ?? [s]).some((row) => rowOfClaim(claim, row) && quantitiesOf(row).some((r) => r.kind === q.kind && r.value === q.value && !otherInCell(row.text, r, q)));
    // A date line, or a date a source is stamped with ("Issued Monday 11 March 2024"), says when it was
    // written, not that what the claim reports happened then.
    // (Unless the claim's day is itself when something was published: "when the proposals were first
    // published on 14 January" is stated by "The initial proposal published on 14 January 2025".)
    const claimWritten = WRITTEN_ON.test(claim.text.slice(Math.max(0, q.start - 40), q.start));
    const written = (s: SentenceReading, r: Quantity) => (q.kind === 'date' || q.kind === 'weekday') && !claimWritten && writtenOn(s, r);
    // What the claim says happened on its day: its verbs in the past ("reported" a finding is an event too).
    const mine = claimReading(claim);
    const events = isTime(q) ? mine.lemmas.filter((_, i) => !mine.tokens[i].stop && isPastForm(mine.tokens[i].raw.toLowerCase())) : [];
    // (Those of the claim's own clause: "have beaten France …, and another victory would keep them on course
    // for a first title since 1994" gives the year no deed.)
    const [actFrom, actTo] = joinedClause(claim.text, q.start);
    const acts = isTime(q) ? mine.lemmas.filter((_, i) => !mine.tokens[i].stop && mine.tokens[i].start >= actFrom && mine.tokens[i].end <= actTo && isPastForm(mine.tokens[i].raw.toLowerCase()) && !SPEECH_VERBS.has(mine.tokens[i].raw.toLowerCase())) : [];
    // (Its deeds: the past verbs it says were done, "were posted", "had been paid".)
    const deeds = isTime(q) ? mine.lemmas.filter((_, i) => !mine.tokens[i].stop && isPastForm(mine.tokens[i].raw.toLowerCase()) && /^(?:was|were|been|has|had|have)$/i.test(mine.tokens[i - 1]?.raw ?? '')) : [];
    // (And for the same side of a vote: "348 … were against" does not state "348 people had voted in favour".)
    const side = stanceAfter(claim.text, q);
    // (And of the same measure: "the average … was £3,400; the median was £2,100" states no median of £3,400.)
    const measure = measureBefore(claim.text, q);
    const sameSide = (s: SentenceReading, r: Quantity) => (!side || !stanceAfter(s.text, r) || stanceAfter(s.text, r) === side) && (!measure || !measureBefore(s.text, r) || measureBefore(s.text, r) === measure);
    // (Not the figure a correction withdraws: "an earlier version of this article said that nine riders …".)
    // (A year the claim gives a day of, "by 31 March 2027", is stated only with that day: "opening, 2027"
    // elsewhere does not state it where "31 March 2028" is the day's.)
    const dayOfYear = q.kind === 'year' ? claim.quantities.find((d) => (d.kind === 'date' || d.kind === 'month') && besideEachOther(claim.text, d, q)) : undefined;
    const withItsDay = (s: SentenceReading, r: Quantity) => !dayOfYear || quantitiesOf(s).some((d) => sameQuantity(dayOfYear, d) && besideEachOther(s.text, d, r));
    // (The owner may be named by the title the claim gives them: "from chief executive Helen Strand … by 21
    // March" is stated by "a letter of apology from the Chief Executive … by 21 March 2024".)
    const title = owner ? titleOf(claim, owner) : [];
    // (A month without its year in a dated source gives its year: "last September" in a story of January
    // 2025 is September 2024.)
    const monthsYear = (s: SentenceReading, source: Source) => q.kind === 'year' && bareMonthYears(s, parts, memo.dayOf(source), memo.yearOf(source)).includes(q.value);
    const statesIn = (source: Source) => (s: SentenceReading) => today(s, source) || plainly(s) || monthsYear(s, source) || (!WITHDRAWN.test(s.text) && quantitiesOf(s).some((r) => sameQuantity(q, r) && !written(s, r) && !otherInCell(s.text, r, q) && unitsAgree(q, r, s.terms, termSimilarity, true) && (!owner || ownedBy(s, r, owner) || heldRole(owner, s, source) || (title.length > 0 && title.every((t) => s.terms.has(t)) && !namesOwner(source, owner))) && sameSide(s, r) && withItsDay(s, r)));
    // (A day states the claim's only in a sentence telling what the claim does: "The Athlete was
    // notified and provisionally suspended on 2 May" is no report made on 2 May.)
    const found = (w: Window) => w.sentences.some((s, k) => statesIn(w.source)(s) && (!isTime(q) || w.sentences.length === 1 || sameWords(parts, w.sentenceCover[k], context) >= 0.5));
    const confirming = top.filter((w) => found(w) && sameWords(parts, w.covered, (p) => !own(p)) >= 0.4);
    // A figure or a day is confirmed only by a passage about as close to the claim's words as the one
    // giving another ("officers inspected the kitchen of Greenfold on Saturday 8 March" does not confirm
    // that Greenfold "stopped production" then, where the passage saying so gives Friday 7 March; "The
    // party will contribute £3,000 towards Ms Okafor's legal costs" does not confirm that she "has had to
    // pay £3,000 as security for costs", where the passage saying so gives £5,000).
    const words = (p: Part) => !p.quantity && p.role !== 'figure';
    const confirmed = confirming.reduce((a, w) => Math.max(a, sameWords(parts, w.covered, words)), 0);
    // A table's row about the claim's day or item gives the figure in the claim's place
    // ("| Sunday | 15 September | 128 |" against "On Sunday, 43 cases …"); two figures there, no fix.
    if (!isTime(q)) {
      for (const w of top) {
        // (A table on one line is read a row at a time, each with its header.)
        // (Not a table much farther from the claim than the closest passage: "Twenty-three per cent reported
        // working more than 55 hours" is the claim's, not the table's "| All faculties | … | 31% |".)
        if (w !== top[0] && sameWords(parts, w.covered, words) < sameWords(parts, top[0].covered, words) - 0.2) continue;
        // (Nor a table below a passage that gives the claim's figure: "at a cost of £1,450 per week" in the
        // minutes ranked above a report's "| Temporary road | £1.9m | 14 weeks |".)
        if (top.slice(0, top.indexOf(w)).some((x) => x.sentences.some(statesIn(x.source)))) continue;
        const row = claimsRow(claim, q, w.sentences, top.filter((x) => x.source === w.source).flatMap((x) => x.sentences));
        if (!row) continue;
        // The claim's figure in another row of the row's own table is that row's ("| Parapet replacement |
        // £1.6m |" is not what bearing replacement costs, where its row gives £1.4m) — unless the row is the
        // claim's for another of its figures: "a ratio of 4.2, against 3.1 for walls alone" speaks of two rows.
        // (Not the same figure said twice: "Almost two-thirds, 62 per cent, rated …".)
        // (In the row's own cells, not its header's; no year or day, which labels a row; and not the whole the claim's figure is a part of:
        // "16 of the 31 homes" is one row's.)
        const rowStart = row.text.lastIndexOf('\n') + 1;
        // (Nor a figure it was before or will be after: "forecast at £11.2 million, up from £3.1 million",
        // "from £3.1 million to £11.2 million" are one row's two columns.)
        const fromTo = /^[\s,]*(?:(?:up|down|rising|falling|rose|fell|increased|decreased|compared)\s+)?(?:from|to|with)\s+(?:an?\s+)?$/i;
        const partOf = (c: Quantity) => /^\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i.test(claim.text.slice(q.end, c.start)) || fromTo.test(c.start > q.end ? claim.text.slice(q.end, c.start) : claim.text.slice(c.end, q.start));
        const othersHere = claim.quantities.some((c) => c !== q && !isTime(c) && !sameQuantity(c, q) && !partOf(c) && quantitiesOf(row).some((r) => r.start >= rowStart && sameQuantity(c, r)));
        // (And only where the row is plainly more the claim's than the row with its figure: "| Q1. Damp or
        // mould in at least one room | 71% |" and "| Q3. Reported damp or mould … at least once | 77% |"
        // are as close to "71 per cent reported damp or mould in at least one room".)
        const claimWords = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term));
        const wordsOf = (r: SentenceReading) => new Set(ownTokens(r).filter((t) => t.kind === TokenKind.Word && !t.stop && claimWords.has(t.term)).map((t) => t.term)).size;
        // (A row of another year or day, or labelled with what the claim does not name, is plainly not the claim's.)
        const plainlyMine = (r: SentenceReading) => r.text === row.text || wordsOf(row) > wordsOf(r) || !rowOfClaim(claim, r);
        const ownTable = (s: SentenceReading) => {
          const rows = tableRowsOf(s);
          if (othersHere || !rows?.some((r) => r.text === row.text)) return false;
          // Every row of it that gives the claim's figure is plainly less the claim's.
          return rows.filter((r) => quantitiesOf(r).some((x) => sameQuantity(q, x))).every((r) => r.text !== row.text && plainlyMine(r));
        };
        const statesHere = (s: SentenceReading) => (ownTable(s) ? statesIn(w.source)(row) : statesIn(w.source)(s));
        if (statesAnywhere(w.source, statesHere)) continue;
        // (Not where a passage at least about as close states the claim's figure.)
        const near = confirming.filter((x) => x.sentences.some(statesHere));
        const nearest = near.reduce((a, x) => Math.max(a, sameWords(parts, x.covered, words)), 0);
        if (near.length && sameWords(parts, w.covered, words) < nearest + 0.15) continue;
        // Only the columns that count what the claim's figure does, where the header says ("Defects found"
        // has nothing to say of "five of its nine roof trusses").
        // (Not a figure the claim gives something else: "a crew of three … eleven minutes after" against "crew of 3".)
        // (Nor the row of the whole the claim's figure is a part of: "used 2,390 of the 2,400 it was allowed" is
        // no count of "| Annual night movements (limit) | 2,400 | 4,100 |", the 2,400's row.)
        const wholeOf = claim.quantities.find((cq) => cq !== q && cq.start > q.end && /^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|a|an)?\s*$/i.test(claim.text.slice(q.end, cq.start)));
        // (Only a row that is the whole's, by its label: "| North Quay | … | 72 | 14 |" is the site's row, its
        // columns the homes and those flooded.)
        if (wholeOf && quantitiesOf(row).some((r) => sameQuantity(wholeOf, r)) && rowLabelSays(row.text, claim.text.slice(wholeOf.end, wholeOf.end + 40))) continue;
        // (Nor a figure of another measure: "Every 20 minutes" is no distance, for "some 12 miles from Kellbridge".)
        const others = quantitiesOf(row).filter((r) => r.kind === q.kind && !isTime(r) && r.value !== q.value && !claim.quantities.some((cq) => cq !== q && sameQuantity(cq, r)) && !otherMeasureUnit(q, r, row.text));
        // (Nor a column of another measure: "| Total arrears (£m) |" gives no average arrears.)
        const ownMeasure = measureOf(claim.text, q, claim.quantities);
        let theirs = others.filter((r) => columnCounts(row, r, q) && !bothMeasured(ownMeasure, measureIn(columnHead(row, r) ?? '')));
        // Of several, the one whose column head has most of the words the claim puts near its figure:
        // "Loans in 2023/24 stood at 39,650" is the "| Loans |" column's, not the "| Visits |" one's;
        // "found damp or mould in 16 of the 31 homes", the "| Damp/mould found |" column's, not "| Homes |".
        // (One word in common only chooses among the columns that count what the figure does: "found
        // corrosion in five of the nine roof trusses" is not the "| Defects found |" column's.)
        if (others.length > 1) {
          const near = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && Math.abs(t.start - q.start) <= 60).map((t) => t.term));
          const shared = new Map(others.map((r) => [r, new Set(tokenize(columnHead(row, r) ?? '').filter((t) => !t.stop && near.has(t.term)).map((t) => t.term)).size]));
          const most = Math.max(...shared.values());
          if (most >= 2) theirs = others.filter((r) => shared.get(r) === most);
          else if (most === 1 && theirs.some((r) => shared.get(r) === 1)) theirs = theirs.filter((r) => shared.get(r) === 1);
        }
        if (theirs.length === 0) continue;
        return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: theirs.map((r) => r.raw).join(' and '), evidence: toEvidence(w), ...(theirs.length > 1 ? { ambiguous: true } : {}) };
      }
    }
    // A list's item about the claim's matter gives its own figure: "247" of the next item ("The museum
    // should keep replicas (mentioned in 247 comments)") is not what "taken without consent" counts.
    if (!isTime(q)) {
      const listed = listItemContradiction(claim, q, top, statesAnywhere, toEvidence, sentencesOf);
      if (listed) return listed;
    }
    let told: boolean | undefined;
    const eventTold = () => (told ??= top.some((w) => w.sentences.some((s) => events.some((v) => s.lemmas.includes(v)))));
    const kindDay = q.kind === 'weekday' ? nounAfter(claim.text, q.end) : undefined;
    // (Or of an owner's: "Around 4,800 of Harrowfield's homes".)
    const partOfWhole = q.kind === 'number' && /^\s+of\s+(?:the|its|their|those|these|all|\p{Lu}[\p{L}-]*['’]s?)(?![\p{L}])/iu.test(claim.text.slice(q.end, q.end + 30));
    // The figures of a passage that could be the claim's, given otherwise.
    const rivalsIn = (w: Window): Array<{ r: Quantity; s: SentenceReading }> => {
      const rivals: Array<{ r: Quantity; s: SentenceReading }> = [];
      for (const [k, s] of w.sentences.entries()) {
        // A day is the day of what its own sentence tells: "At a meeting on Thursday 13 March, councillors
        // voted …" gives no day to the letter the next sentence speaks of.
        if (isTime(q) && w.sentences.length > 1 && sameWords(parts, w.sentenceCover[k], context) < 0.5) continue;
        // A share too, with at least some of the words around the claim's: "Two thirds of
        // non-riding residents … want the scheme to end" gives no share of riders injured, whatever the
        // sentence before it in the passage says of riders.
        if (q.kind === 'percent' && w.sentences.length > 1 && sameWords(parts, w.sentenceCover[k], context) < 0.2) continue;
        // Nor a day of another event: the claim's verb ("reported") is not in the sentence ("ADW charged
        // Mr Brevard on 4 June") while a sentence of the passages read has it.
        if (isTime(q) && events.length > 0 && !events.some((v) => s.lemmas.includes(v)) && eventTold()) continue;
        // (Nor a day in a clause of its own, joined on with "and" or "but", where the claim's verb is in
        // another: "The Friends raised £312,400 …, and the trust bought the building in May" gives May to the
        // buying.)
        // (Deeds, not saying: "…, and is renewable yearly thereafter, he said" says nothing of when.)
        const dayOfOtherClause = (r: Quantity) => {
          if (!isTime(q) || acts.length === 0 || !acts.some((v) => s.lemmas.includes(v))) return false;
          const [from, to] = joinedClause(s.text, r.start);
          if (from === 0 && to === s.text.length) return false;
          // (A list's item with no verb of its own goes with the verb before the list: "will be held …: at the
          // Town Hall on 25 March; at St Aldhelm's Church Hall on 9 April".)
          if (!FINITE.test(s.text.slice(from, to)) && !s.tokens.some((t) => t.start >= from && t.end <= to && t.kind === TokenKind.Word && !t.capitalized && isPastForm(t.raw.toLowerCase()))) return false;
          return !s.tokens.some((t, i) => t.start >= from && t.end <= to && acts.includes(s.lemmas[i]));
        };
        // The same sum in another currency ("£5 million" for "€5 million") needs no owner named: the rest of the fact is there.
        const otherCurrency = (r: Quantity) => !!q.currency && !!r.currency && q.currency !== r.currency && sameQuantity({ ...q, currency: undefined }, { ...r, currency: undefined }) && ownedBy(s, r, owner ?? []);
        // (Or named in the sentence before, which this one goes on with: "Priya Okonjo said … She said a further £40m …".)
        // (Or the speaker whose turn it is: "MR OKAFOR: We respect the result. But … 259 people voted in favour".)
        const speaker = () => {
          const at = w.paragraph.sentences[w.from + k]?.start ?? w.paragraph.start;
          const lines = w.source.text.slice(w.paragraph.start, at + 1).split('\n');
          return lines.map((l) => TURN.exec(l)?.[1]).filter((x): x is string => !!x).pop()?.toLowerCase().split(/[\s.]+/);
        };
        const named =
          !owner ||
          owner.some((t) => s.terms.has(t)) ||
          heldRole(owner, s, w.source) ||
          (k > 0 && GOES_ON.test(s.text) && owner.some((t) => w.sentences[k - 1].terms.has(t))) ||
          !!speaker()?.some((x) => owner.some((t) => x === t || x.startsWith(t)));
        for (const r of quantitiesOf(s)) {
          if (!named && !otherCurrency(r)) continue;
          // A weekday that says what kind of thing ("no Sunday service", "the Saturday market") is
          // rivalled only by another day of that thing ("a Saturday service"), not by the day of an event.
          if (kindDay && r.kind === 'weekday' && nounAfter(s.text, r.end) !== kindDay) continue;
          // A figure the claim gives too is no rival, unless the claim gives it someone else and the
          // source gives it this figure's owner by name: "Abney received 17 votes, while Greaves
          // received 41" where the source gives Abney 41 and Greaves 17.
          // Or the claim counts other things with it: "interviewed 63 people and examined 11 versions"
          // where the source has 11 people and 63 versions.
          // (Not where the source gives the figure to the claim's other owner as well: "Kelsby Haven's relief
          // boat (Ellen Garth) was tasked 9 times" is Ellen Garth's 9 as the claim has it.)
          // (A day is no one's: "will shut on Saturday 29 June, … told customers in a letter dated 4 March".)
          const swapped = (cq: Quantity) => {
            if (isTime(cq)) return false;
            const theirs = ownerOf(claim, cq);
            return (!!owner && ownedBy(s, r, owner, undefined, true) && !sameOwner(theirs, owner) && !(theirs && ownedBy(s, r, theirs, undefined, true))) || (!!q.unit && r.unit === q.unit && !!cq.unit && cq.unit !== q.unit);
          };
          // (A count led by the same word is another's where the sentence opens on another name: "The Red Lion
          // … was rated 2 at its previous inspection, while the Old Bell …" is no rating of the Old Bell.)
          const led = () => ledAlike(q, r, claimReading(claim).terms) && (namesOf(s).filter((n) => n.end <= r.start)[0]?.terms.some((x) => claim.names.some((n) => n.terms.includes(x))) ?? true);
          if (!(comparable(q, r) || elidedAlike(q, r) || led()) || claim.quantities.some((cq) => sameQuantity(cq, r) && (cq === q || !swapped(cq))) || !unitsAgree(q, r, s.terms, termSimilarity)) continue;
          if (owner && !ownedBy(s, r, owner) && !heldRole(owner, s, w.source)) continue;
          if (otherEnd(leadIn(claim.tokens, q.start), leadIn(s.tokens, r.start))) continue;
          if (measuresOther(claim, s, r)) continue;
          // Nor the other side's figure: "21 per cent supported it" is no rival for "45 per cent strongly opposed".
          const mySide = stanceAfter(claim.text, q);
          const theirSide = stanceAfter(s.text, r);
          if (mySide && theirSide && mySide !== theirSide) continue;
          // "In 16 of the evictions carried out" counts a part: the whole ("47 evictions were carried out") is no rival.
          if (partOfWhole && r.value > q.value && !/^\s+of\s+(?:the|its|their|those|these|all)\b/i.test(s.text.slice(r.end, r.end + 14))) continue;
          // "the first 20 objects" is no rival for "the remaining 62 objects": another part of the whole.
          const mineAt = positionBefore(claim.text, q.start);
          const theirsAt = positionBefore(s.text, r.start);
          if (mineAt && theirsAt && mineAt !== theirsAt) continue;
          // A deadline for what may yet be done ("Passengers can claim … before 30 November") is no day on
          // which the claim's event happened ("By 6 November, 61 … had claimed").
          if (isTime(q) && events.length > 0 && DEADLINE_BEFORE.test(s.text.slice(Math.max(0, r.start - 24), r.start)) && events.some((v) => s.lemmas.some((l, i) => l === v && MODAL.test(s.tokens[i - 1]?.raw ?? '')))) continue;
          // Nor is a day something happened on a rival for a deadline: "gave the club until 30 September to
          // accept" is not what "at its AGM on 22 July the club voted to accept" says otherwise.
          if (isTime(q) && UNTIL_BEFORE.test(claim.text.slice(Math.max(0, q.start - 24), q.start)) && !DEADLINE_BEFORE.test(s.text.slice(Math.max(0, r.start - 24), r.start)) && !DEADLINE_WORDS.test(s.text.slice(Math.max(0, r.start - 50), r.start))) continue;
          // A figure a negation governs says what is not so ("no sensor should remain unrepaired for more than 72 hours").
          // (Unless the claim's figure stands under a negation too: "did not write … until 20 November, six
          // months after" against "did not write … until 20 November 2023, five months later".)
          const at = s.tokens.findIndex((t) => t.start >= r.start);
          if (at >= 0 && negatedOf(s).has(at) && !claim.negatedTokens.has(tokenAt(claim, q.start))) continue;
          // (Nor a count of those who did not do what the claim's did: "nine traders decided not to make the
          // move" for "Forty-one traders made the move".)
          if (countsThoseWhoDidNot(claim, q, s, r)) continue;
          // (Nor parts of the sum the claim gives "between them": "£1,250 between them" is "Holroyd Joinery £500,
          // Kelbridge Motors £750".)
          if (SUMMED.test(claim.text) && sumOfParts(q, quantitiesOf(s).filter((x) => x.kind === q.kind && x.currency === q.currency))) continue;
          // (Nor the date of another deed, where the source dates the claim's by it: "launched on 18 March, six
          // days after the council's cabinet agreed to consult" gives no date for "agreed to consult on 12 March".)
          if (isTime(q) && datedByOther(claim, s, r)) continue;
          // (Nor the day of another deed in the sentence, where the claim's deed has a time of its own: "send … a
          // revised plan by 12 April and cover exposed waste … by the end of April" for "until 30 May to cover the
          // exposed waste".)
          if (isTime(q) && timeOfOtherClause(claim, q, s, r)) continue;
          // (Nor a figure of another month: "411 complaints … in February alone" is no count for "in January 2024 alone … 240".)
          if (!isTime(q) && otherMonth(claim, s)) continue;
          // (Nor a figure in another unit of measure: "Every 20 minutes" for "some 12 miles".)
          if (otherMeasureUnit(q, r, s.text)) continue;
          // (Nor a time the source gives only roughly, the claim's within it: "shortly after 5am" for "at 5.10am".)
          if (q.kind === 'clock' && r.kind === 'clock' && roughlyAt(s.text, r, q.value)) continue;
          // (Nor the tally of an amendment, for the motion as amended: "amended it … by six votes to three" is
          // no count of "The amended motion was carried by eight votes to one".)
          if (AS_AMENDED.test(claim.text) && AMENDING.test(s.text) && !AS_AMENDED.test(s.text) && tallyOther(s.text, r.end) !== undefined) continue;
          // (Nor a span of time of another deed: "has chaired the committee for nine years" against "the sponsor
          // had withdrawn after eleven years".)
          if (spansTime(q) && !isTime(q) && spanOfOtherDeed(claim, q, s, r)) continue;
          // (Nor the level a change leads to, where the claim gives the change and the level it came from: "would
          // have cut Central to 40 hours, but officers added two hours back" against "recommend 42 hours".)
          if (!isTime(q) && CHANGE_NEAR.test(claim.text.slice(Math.max(0, q.start - 24), q.end + 24)) && claim.quantities.some((c) => c !== q && c.kind === r.kind && Math.abs(Math.abs(r.value - c.value) - q.value) < 1e-9)) continue;
          // (Nor a figure of another measure of the thing: "a maximum of 2 per cent … not operated" is a limit,
          // no share that did not run; "an average of £3,400" is no lowest.)
          // (A claim that speaks of a limit itself, "requires that more than 40 per cent", is held to it.)
          if (!q.bound && !SPEAKS_OF_LIMIT.test(claim.text) && otherMeasure(measureOf(claim.text, q, claim.quantities), measureOf(s.text, r, quantitiesOf(s)))) continue;
          // (A year the claim gives a day of is rivalled only by a year given that day: "the 2024/25 budget" is
          // no rival for "runs until March 2025", nor "closed since May 2024" for "reopen on 30 September 2026".)
          if (dayOfYear && !quantitiesOf(s).some((d) => sameQuantity(dayOfYear, d) && besideEachOther(s.text, d, r))) continue;
          if (unsureFigure(s.text, r)) continue;
          if (dayOfOtherClause(r)) continue;
          rivals.push({ r, s });
        }
      }
      return rivals;
    };
    // (Where the sentence joins two clauses with their own figures, "79 were for rent arrears alone, and
    // the average arrears balance at the point of eviction was £1,940", a passage about the figure's own
    // clause is about it: the other clause's words are another fact's.)
    const [clauseFrom, clauseTo] = joinedClause(claim.text, q.start);
    const ownClause = (clauseFrom > 0 || clauseTo < claim.text.length) && claim.quantities.some((x) => !isTime(x) && x !== q && (x.end <= clauseFrom || x.start >= clauseTo));
    const inOwnClause = (p: Part) => !ownClause || (claim.tokens[p.at] !== undefined && claim.tokens[p.at].start >= clauseFrom && claim.tokens[p.at].end <= clauseTo);
    for (const w of top) {
      if (sameWords(parts, w.covered, (p) => !own(p) && !(p.quantity && p.quantity !== q && isTime(p.quantity) !== isTime(q)) && inOwnClause(p)) < 0.6) continue;
      // A passage that states the claim's own figure is no rival's ("which opened in 1971, carries … 2023 traffic counts").
      if (confirming.length && (found(w) || sameWords(parts, w.covered, words) < confirmed + 0.15)) continue;
      // Nor the day it was to be done ("will be posted … by Friday 22 March"), where the claim says it was
      // done and a passage gives the claim's day for the deed ("were posted … by 21 March 2024").
      // (Or where another passage read tells it done, on its own day: that day is the rival, not the plan's.)
      if (isTime(q) && deeds.length && tellsDeed(w, deeds) === 'planned' && (confirming.length > 0 || top.some((x) => x !== w && tellsDeed(x, deeds) === 'done' && sameWords(parts, x.covered, context) >= (owner ? 0.4 : 0.5)))) continue;
      if (sameWords(parts, w.covered, context) < (owner ? 0.4 : 0.5)) continue;
      const rivals = rivalsIn(w);
      // "last year" in a story of 2024 is 2023: a rival for "in 2022", quoted with the year it stands for (no fix: the words differ).
      let relative: { raw: string } | undefined;
      if (q.kind === 'year' && rivals.length === 0) {
        const dated = memo.yearOf(w.source);
        for (const s of w.sentences) {
          const said = relativeYear(s.text, dated);
          // (Not a year the claim gives too: "in 2023/24" is 2024 as well as 2023.)
          if (said && said.year !== q.value && !claim.quantities.some((x) => x.kind === 'year' && x.value === said.year)) relative = { raw: `${said.words} (${said.year})` };
        }
      }
      if (relative && !statesAnywhere(w.source, statesIn(w.source))) return { kind: 'date', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: relative.raw, evidence: toEvidence(w), ambiguous: true };
      if (rivals.length === 0) continue;
      // (Nor a figure a correction among the passages read withdraws: the article's "£216,000", where the
      // paper's corrections column says "we stated that … £216,000 … This was incorrect".)
      if (rivals.every(({ r }) => withdrawnIn(top, r))) continue;
      if (q.approximate && rivals.every(({ r }) => withinFactor(q, r, 0.25) && !(q.bound && r.bound && q.bound !== r.bound))) continue;
      // (Stated elsewhere in the source about what the claim speaks of: not "a ransom worth £2.1 million"
      // for "the contract is worth £2.1 million", where the passage about the contract gives £2.8 million.
      // A day or a year, said of the claim's event in other words, is another matter: dates keep the old reading.)
      // (Nor against a table's figures, which count what their rows do; and a correction's right figure,
      // or a table row's, states it in as few words as it can: the old reading there too.)
      const strictly = !isTime(q) && !w.sentences.some((x) => tableRowsOf(x));
      if (statesAnywhere(w.source, (s) => statesIn(w.source)(s) && (!strictly || plainly(s) || sameWords(parts, memo.of(s, w.source), context) >= 0.3))) continue;
      // The passage gives the claim's own figure, in a sentence with more of the claim's words than any
      // rival's: it says it in other words ("The combined roll of 329 would exceed Marston Green's current
      // capacity" for "the two schools have 329 pupils, more than Marston Green can currently hold"), and
      // the rival is another figure of the story ("capacity for 315 pupils").
      const overlap = (x: SentenceReading) => parts.filter((p) => p.role === 'word' && (x.terms.has(p.indexTerm) || x.lemmas.includes(p.term))).length;
      const mine = w.sentences.filter((x) => quantitiesOf(x).some((r) => sameQuantity(q, r) && !written(x, r)));
      if (mine.length && rivals.every(({ s: x }) => !mine.includes(x) && Math.max(...mine.map(overlap)) > overlap(x))) continue;
      let closest = rivals.length === 1 ? { best: rivals[0].r, clear: true } : closestByContext(claim, q, rivals);
      // A time of another event ("opened in 1937") is no fix for the claim's ("listed in 1998"): where
      // a sentence of the paragraph gives a time of the claim's own verb ("was listed in 1988"), that is
      // the source's; where none does, the other is quoted with no fix.
      const claimVerb = isTime(q) ? verbBefore(claim.tokens, q.start) : undefined;
      const rivalVerb = claimVerb ? verbBefore(rivals.find((x) => x.r === closest.best)!.s.tokens, closest.best.start) : undefined;
      if (claimVerb && rivalVerb && rivalVerb !== claimVerb) {
        const ownVerb = sentencesOf(w.source, w.paragraph).flatMap((x) => quantitiesOf(x).filter((r) => r.kind === q.kind && r.value !== q.value && !written(x, r) && verbBefore(x.tokens, r.start) === claimVerb).map((r) => ({ r, s: x })));
        if (ownVerb.length > 0) {
          rivals.push(...ownVerb.filter((x) => !rivals.some((y) => y.r.start === x.r.start && y.s === x.s)));
          closest = { best: ownVerb[0].r, clear: new Set(ownVerb.map((x) => x.r.value)).size === 1 };
        } else closest = { ...closest, clear: false };
      }
      // (Two days of the claim's own verb, "The initial proposal published on 14 January … the revised
      // proposal published on 24 February": which is the claim's, the verb does not tell.)
      if (claimVerb) {
        // (Not one the claim gives too: "from March to June" against "from March to July".)
        const ofVerb = sentencesOf(w.source, w.paragraph).flatMap((x) => quantitiesOf(x).filter((r) => r.kind === q.kind && r.value !== q.value && !claim.quantities.some((c) => c.kind === r.kind && c.value === r.value) && verbBefore(x.tokens, r.start) === claimVerb).map((r) => ({ r, s: x })));
        if (new Set(ofVerb.map((x) => x.r.value)).size >= 2) {
          rivals.push(...ofVerb.filter((x) => !rivals.some((y) => y.r.value === x.r.value)));
          closest = { ...closest, clear: false };
        }
      }
      const rival = closest.best;
      // Two figures set against each other in one sentence ("38% of those who ate it, compared with 2%
      // of those who did not"): which one the claim's is, word neighbours do not tell safely.
      const contrasted = rivals.some((x) => x.r !== rival && x.s === rivals.find((y) => y.r === rival)!.s && comparable(x.r, rival)) && CONTRASTED.test(rivals.find((y) => y.r === rival)!.s.text);
      // Another passage of the source, as close to the claim, with another figure of its own: which is the
      // claim's, the words do not tell ("due to be published on 3 March" and "to open by 1 June 2025" for
      // "It is due to open by 1 May 2025").
      const closeness = (x: Window) => sameWords(parts, x.covered, (p) => !own(p) && inOwnClause(p));
      const competing = top.filter((x) => x !== w && x.source === w.source && x.paragraph !== w.paragraph && closeness(x) >= closeness(w) - 0.05).flatMap((x) => rivalsIn(x).filter(({ r }) => r.kind === rival.kind && r.value !== rival.value));
      const clear = closest.clear && !contrasted && competing.length === 0;
      if (!clear) {
        // Several figures fit as well ("from 312 votes to just 27"): both are quoted and none is offered as the fix.
        const said = [...new Set([...competing, ...rivals].map(({ r }) => r.raw))].slice(0, 3).join(' and ');
        return { kind: isTime(q) ? 'date' : 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: said, evidence: toEvidence(w), ambiguous: true };
      }
      // "Thursday 23 May" is one date: the fix replaces both, with the source's weekday too, or is not offered.
      const weekday = q.kind === 'date' ? claim.quantities.find((x) => x.kind === 'weekday' && besideEachOther(claim.text, x, q)) : undefined;
      if (weekday) {
        const span = { start: Math.min(weekday.start, q.start), end: Math.max(weekday.end, q.end) };
        const rs = rivals.find((x) => x.r === rival)!.s;
        const theirs = quantitiesOf(rs).find((x) => x.kind === 'weekday' && besideEachOther(rs.text, x, rival));
        const sourceText = theirs ? rs.text.slice(Math.min(theirs.start, rival.start), Math.max(theirs.end, rival.end)) : rival.raw;
        return { kind: 'date', claimText: claim.text.slice(span.start, span.end), claimSpan: span, sourceText, evidence: toEvidence(w), ...(theirs ? {} : { ambiguous: true }) };
      }
      // One end of a range ("between 2019 and 2021") against a range of the source ("2021–2023"): the
      // source's figure is offered only for the same end, the other ends agreeing ("from March to July"
      // for "from March to June"); otherwise the source's range is quoted with no fix (2023 for 2019
      // would make "between 2023 and 2021").
      const mate = rangeMate(claim.text, claim.quantities, q);
      const rs = rivals.find((x) => x.r === rival)!.s;
      const theirMate = mate && rangeMate(rs.text, quantitiesOf(rs), rival);
      if (mate && theirMate && !(mate.start > q.start === theirMate.start > rival.start && sameQuantity(mate, theirMate))) {
        const sourceText = rs.text.slice(Math.min(theirMate.start, rival.start), Math.max(theirMate.end, rival.end));
        return { kind: isTime(q) ? 'date' : 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText, evidence: toEvidence(w), ambiguous: true };
      }
      // "the spring of 2026" where the source says "the autumn of 2025": the season goes with the year, in the fix too.
      const season = q.kind === 'year' ? SEASON_BEFORE.exec(claim.text.slice(Math.max(0, q.start - 20), q.start)) : null;
      if (season) {
        const rs = rivals.find((x) => x.r === rival)!.s;
        const theirs = SEASON_BEFORE.exec(rs.text.slice(Math.max(0, rival.start - 20), rival.start));
        const start = q.start - season[0].length;
        if (theirs && theirs[1].toLowerCase() !== season[1].toLowerCase()) {
          return { kind: 'date', claimText: claim.text.slice(start, q.end), claimSpan: { start, end: q.end }, sourceText: rs.text.slice(rival.start - theirs[0].length, rival.end), evidence: toEvidence(w) };
        }
      }
      // "by eight votes to three" where the source gives "by 7 votes to 4": the fix replaces the tally, both sides.
      const tally = tallyMate(claim.text, claim.quantities, q);
      const theirTally = tally && tallyMate(rs.text, quantitiesOf(rs), rival);
      if (tally && theirTally && !sameQuantity(tally, theirTally)) {
        const span = { start: q.start, end: tally.end };
        return { kind: 'number', claimText: claim.text.slice(span.start, span.end), claimSpan: span, sourceText: rs.text.slice(rival.start, theirTally.end), evidence: toEvidence(w) };
      }
      // (The other side written as a word the reader takes for no figure, "eight votes to one" where the
      // source gives "seven votes to two": both sides still, or the fix writes "seven votes to one".)
      const otherSide = tallyOther(claim.text, q.end);
      const theirSide = otherSide !== undefined && /\bvot|\bcarried|\bdefeated|\bmotion/i.test(claim.text) ? tallyOther(rs.text, rival.end) : undefined;
      if (otherSide !== undefined && theirSide !== undefined && otherSide !== theirSide) {
        const span = { start: q.start, end: q.end + TALLY_REST.exec(claim.text.slice(q.end))![0].replace(/[.,;:)]$/, '').length };
        const said = rs.text.slice(rival.start, rival.end + TALLY_REST.exec(rs.text.slice(rival.end))![0].length);
        return { kind: 'number', claimText: claim.text.slice(span.start, span.end), claimSpan: span, sourceText: said.replace(/[.,;:)]$/, ''), evidence: toEvidence(w) };
      }
      // "almost a third of shifts" where the source gives 19 per cent: the fix replaces "a third" ("almost 19 per cent of shifts").
      const article = FRACTION_WORD.test(q.raw) && !FRACTION_WORD.test(rival.raw) ? /\b(?:a|one)\s+$/i.exec(claim.text.slice(Math.max(0, q.start - 5), q.start)) : null;
      const start = article ? q.start - article[0].length : q.start;
      // (With the word that hedges it in the source: "nearly 3,000" is not "3,000".)
      // (And in place of the claim's own: "had about 9,000" becomes "had nearly 3,000", not "about nearly 3,000".)
      const hedge = rival.approximate && !isTime(rival) ? HEDGE_BEFORE.exec(rs.text.slice(Math.max(0, rival.start - 20), rival.start))?.[0] ?? '' : '';
      const ownHedge = hedge && !article ? HEDGE_BEFORE.exec(claim.text.slice(Math.max(0, q.start - 20), q.start))?.[0] ?? '' : '';
      const from = start - ownHedge.length;
      // (A fraction with the article the source gives it: "about half" becomes "about a third", not "about third".)
      const theirArticle = FRACTION_WORD.test(rival.raw) && !/^(?:a|an|one)\s/i.test(rival.raw) && !/\b(?:a|an|one)\s+$/i.test(claim.text.slice(Math.max(0, q.start - 5), q.start)) ? /\b(?:a|an|one)\s+$/i.exec(rs.text.slice(Math.max(0, rival.start - 5), rival.start))?.[0] ?? '' : '';
      return { kind: isTime(q) ? 'date' : 'number', claimText: claim.text.slice(from, q.end), claimSpan: { start: from, end: q.end }, sourceText: hedge + theirArticle + rival.raw, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** A word that hedges the figure after it, as the source writes it ("nearly ", "about "). */
const HEDGE_BEFORE = /\b(?:nearly|almost|about|around|roughly|approximately|some|close to|just under|just over)\s+$/i;

/** The other side of a vote's tally: "three" of "eight votes to three", "4" of "7-4". */
function tallyMate(text: string, qs: readonly Quantity[], q: Quantity): Quantity | undefined {
  const next = qs.find((x) => x.start >= q.end);
  return next && next.kind === q.kind && /^\s*(?:votes?\s+)?(?:to|[-–])\s*$/i.test(text.slice(q.end, next.start)) && /\bvot|\bcarried|\bdefeated|\bmotion/i.test(text) ? next : undefined;
}

/**
 * "carried by six votes to one" where the closest passage says "backed the move by five votes to one":
 * a vote's tally the passage closest to the sentence gives otherwise, and no close passage gives the
 * sentence's. Quoted with no fix: which motion a tally is of, the words around it seldom say for sure.
 */
function tallyContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  // (A unanimous decision is a vote's too: "approved the plan unanimously".)
  const voted = TALLY_WORDS.test(claim.text);
  if (!voted && !UNANIMOUS.test(claim.text)) return undefined;
  const q = voted ? claim.quantities.find((x) => x.kind === 'number' && tallyOther(claim.text, x.end) !== undefined) : undefined;
  const unanimous = q ? null : UNANIMOUS.exec(claim.text);
  if (!q && !unanimous) return undefined;
  // Each tally a passage gives: "by 5 votes to 1", "7-2", and "For 9; Against 2", "8 votes for, 0 against".
  const tallies = (w: Window, asRival = true) => {
    // (With the lists of the vote on the lines under it: "… was then put to the vote and CARRIED." / "For (7): …" / "Against (2): …".)
    let passage = w.source.text.slice(w.paragraph.start, w.paragraph.end);
    for (const next of w.source.paragraphs.slice(w.paragraph.n, w.paragraph.n + 3)) {
      const text = w.source.text.slice(next.start, next.end);
      if (!/^[\s*_]*(?:for|against|abstentions?|abstained|abstaining)\b[\s*_]*[(:]/i.test(text) || passage.length + text.length > 1200) break;
      passage += '\n' + text;
    }
    const found = w.sentences.flatMap((s) => {
      if (!TALLY_WORDS.test(s.text)) return [];
      const on = voteMatter(passage, Math.max(0, passage.indexOf(s.text)) + Math.max(0, s.text.search(/\d|\bnone\b/i)));
      // (Not a span of numbered things: "the piles at bents 36 to 40", "pages 12 to 19".)
      const span = (r: Quantity) => SPAN_BEFORE.test(s.text.slice(Math.max(0, r.start - 30), r.start));
      const out: Array<{ said: string; pair: number[]; forAgainst?: boolean; on?: string }> = quantitiesOf(s).flatMap((r) => (r.kind === 'number' && !unsureFigure(s.text, r) && !span(r) && tallyOther(s.text, r.end) !== undefined ? [{ said: (r.raw + (TALLY_REST.exec(s.text.slice(r.end))?.[0] ?? '')).replace(/[.,;)]$/, ''), pair: [r.value, tallyOther(s.text, r.end)!], on }] : []));
      // (A side may have none: "9 in favour, none against".)
      const count = (x: string) => (/^\d/.test(x) ? Number(x) : /^(?:none|nil|no)$/i.test(x) ? 0 : (smallNumber(x.toLowerCase()) ?? NaN));
      for (const m of s.text.matchAll(/\bfor\s*:?\s*(\d{1,3})\s*[;,]?\s*against\s*:?\s*(\d{1,3})|\b(\d{1,3})\s+(?:votes\s+)?(?:for|in favou?r)\s*,?\s*(\d{1,3}|none|nil|no)\s+(?:votes?\s+)?against/gi)) {
        out.push({ said: m[0], pair: m[1] !== undefined ? [count(m[1]), count(m[2])] : [count(m[3]), count(m[4])], forAgainst: true, on });
      }
      return out;
    });
    // A vote recorded as lists: "For (7): Councillors … / Against (3): Councillors …", each read with
    // what was put to the vote before it ("the amendment was recorded as follows").
    // (Or with the count after the names: "For: Cllrs Ashworth, Dunn, Patel (3) / Against: … (6)".)
    for (const m of passage.matchAll(/\bfor\s*\((\d{1,3})\)[^()]{0,300}?\bagainst\s*\((\d{1,3})\)|^[ \t]*for\s*:[^\n()]{0,200}\((\d{1,3})\)[ \t]*\r?\n[ \t]*against\s*:[^\n()]{0,200}\((\d{1,3})\)/gim)) {
      const [a, b] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
      found.push({ said: `For (${a}), Against (${b})`, pair: [Number(a), Number(b)], forAgainst: true, on: voteMatter(passage, m.index ?? 0) });
    }
    // (Not a vote on something else than the claim speaks of: the amendment's, not the motion's.)
    const matter = VOTE_MATTER.exec(claim.text)?.[1].toLowerCase().slice(0, 6);
    // (A sentence that names no matter speaks of the decision, not of an amendment to it, as with vote sides:
    // "voted by seven to three … to take no further action" is not the lost amendment's "For 4, Against 7".)
    // (Where the sentence's subject stands for something named before it, any vote that went as it says
    // agrees: "It was lost by eight votes to four" is the amendment's, where the sentence before named it.)
    return found.filter((t) => t.on === undefined || (matter === undefined ? !asRival || !t.on.startsWith('amendment') : sameMatter(t.on, matter)));
  };
  // "carried unanimously" where the closest passage records votes on both sides ("6 votes for, 1
  // against"), and says nothing of a unanimous vote itself.
  if (unanimous) {
    const w = top[0];
    // ("The decision was not unanimous": the passage says it outright.)
    if (!w) return undefined;
    // (In the passage's paragraph: the vote is often told in a sentence of its own, "Cllr Ames voted against.")
    const paragraph = w.source.text.slice(w.paragraph.start, w.paragraph.end);
    const denial = NOT_UNANIMOUS.exec(paragraph);
    if (denial && !UNANIMOUS.test(paragraph.replace(NOT_UNANIMOUS_ALL, ' '))) return { kind: 'negation', claimText: `“${unanimous[0]}”`, sourceText: `“${denial[0]}”`, evidence: toEvidence(w) };
    if (w.sentences.some((s) => UNANIMOUS.test(s.text))) return undefined;
    const split = tallies(w).find((t) => t.pair[0] > 0 && t.pair[1] > 0);
    if (split) return { kind: 'number', claimText: unanimous[0], sourceText: split.said, ambiguous: true, evidence: toEvidence(w) };
    // (Or someone who voted against, in words: "with two councillors voting against"; not on an amendment.)
    const against = paragraph.split(/(?<=[.!?])\s+/).filter((s) => !NO_VOTES_AGAINST.test(s) && !/\bamendments?\b/i.test(s)).map((s) => VOTED_AGAINST.exec(s)).find((m) => m);
    return against ? { kind: 'negation', claimText: `“${unanimous[0]}”`, sourceText: `“${against[0]}”`, evidence: toEvidence(w) } : undefined;
  }
  const mine = [q!.value, tallyOther(claim.text, q!.end)!];
  const claimText = claim.text.slice(q!.start, q!.end) + (TALLY_REST.exec(claim.text.slice(q!.end))?.[0].replace(/[.,;)]$/, '') ?? '');
  // (The same two figures in either order: "defeated by 13 votes to 8" is "8 for, 13 against"; but
  // "carried by 20 votes to 9" is not "9 for, 20 against".)
  // (The outcome word nearest before the tally: "carried out" is no vote, and "tried to defer … until a
  // review was carried out, but his amendment fell by six votes to three" fell.)
  const outcome = [...claim.text.slice(0, q!.start).matchAll(/\b(carried|passed|approved|adopted|backed|agreed|defeated|lost|rejected|fell|voted down|not carried|turned down)\b(?!\s+out\b)/gi)].pop()?.[1].toLowerCase();
  const passed = outcome === undefined ? undefined : !/^(?:defeated|lost|rejected|fell|voted down|not carried|turned down)$/.test(outcome);
  const same = (t: { pair: readonly number[]; forAgainst?: boolean }) => {
    const [a, b] = t.pair;
    if (t.forAgainst && passed !== undefined && a !== b) return passed === a > b && Math.max(a, b) === Math.max(mine[0], mine[1]) && Math.min(a, b) === Math.min(mine[0], mine[1]);
    return (a === mine[0] && b === mine[1]) || (a === mine[1] && b === mine[0]);
  };
  const close = top.slice(0, 4);
  if (close.some((w) => tallies(w, !ANAPHORIC.test(claim.text)).some(same))) return undefined;
  // (The closest passage recording a vote: the one above it may be about the same matter and record none.
  // Not one about another matter: "The motion to raise parking charges was carried by 5 votes to 4" says
  // nothing of the Harbour Road scheme — it must share a word of the claim besides a vote's own.)
  const aboutIt = (x: Window) => x === top[0] || x.sentences.some((s) => claim.content.some((t) => t.kind === TokenKind.Word && !t.stop && !VOTE_WORDS.test(t.raw) && s.terms.has(t.term)));
  const w = close.find((x) => tallies(x).length > 0 && aboutIt(x));
  if (!w) return undefined;
  // (Quoting the vote that went the claim's way, where several did not match: "approved … by eight votes
  // to two" against the recommendations' "For (7), Against (3)", not the lost amendment's.)
  const differing = tallies(w).filter((t) => !same(t));
  // (Where the sentence gives two tallies, the one a recorded vote shares a side with is the one it gets
  // wrong: "voted 41 to 12 …, after backing an amendment … by 39 votes to 19" against "34 for, 19 against".)
  for (const other of claim.quantities.filter((x) => x !== q && x.kind === 'number' && tallyOther(claim.text, x.end) !== undefined)) {
    const pair = [other.value, tallyOther(claim.text, other.end)!];
    const near = differing.find((t) => (t.pair[0] === pair[0]) !== (t.pair[1] === pair[1]) || (t.pair[0] === pair[1]) !== (t.pair[1] === pair[0]));
    if (near && !differing.some((t) => (t.pair[0] === mine[0]) !== (t.pair[1] === mine[1]))) {
      const said = claim.text.slice(other.start, other.end) + (TALLY_REST.exec(claim.text.slice(other.end))?.[0].replace(/[.,;)]$/, '') ?? '');
      return { kind: 'number', claimText: said, sourceText: near.said, ambiguous: true, evidence: toEvidence(w) };
    }
  }
  const theirs = differing.find((t) => passed === undefined || !t.forAgainst || passed === t.pair[0] > t.pair[1]) ?? differing[0];
  if (!theirs) return undefined;
  return { kind: 'number', claimText, sourceText: theirs.said, ambiguous: true, evidence: toEvidence(w) };
}

/** Words any record of a vote has: no sign it is about the claim's matter. */
const VOTE_WORDS = /^(?:votes?|voted|voting|motion|motions|carried|approved|approve|passed|lost|defeated|committee|council|councillors?|cllrs?|members?|meeting|board|for|against|unanimous(?:ly)?|recommendations?|resolved|agreed)$/i;

/** What a vote in minutes is on: the last of "amendment", "motion", "recommendations" … before it. */
function voteMatter(passage: string, at: number): string | undefined {
  let last: string | undefined;
  // (Not one said not to be: "No amendment was moved.")
  // (Nor a motion amended, which speaks of its amendment: "successfully amended it …, by six votes to three";
  // "the motion as amended" is the motion.)
  for (const m of passage.slice(Math.max(0, at - 400), at).matchAll(/\b(?<!\bno\s)(amendments?|motions?|recommendations?|resolutions?|proposals?|substantive|(?<!\bas\s)amended(?=\s+(?:it|the|this|that|his|her|their)\b))\b/gi)) last = m[1].toLowerCase();
  return last === 'substantive' ? 'recommendations' : last === 'amended' ? 'amendment' : last;
}

/** Whether two words for what a vote was on name the same: an amendment is one, the motion, its recommendations or resolution another. */
function sameMatter(a: string, b: string): boolean {
  const kind = (x: string) => (/^(?:motion|recomm|resolu|substa|propos)/.test(x.toLowerCase().slice(0, 6)) ? 'motion' : x.toLowerCase().slice(0, 6));
  return kind(a) === kind(b);
}

/** What a sentence says a vote was on: "backed the amendment", "the recommendations were approved". */
const VOTE_MATTER = /\b(amendment|motion|recommendation|resolution|proposal)s?\b/i;

/** Whether a table row's label (its first cell) has a word of what follows the whole's figure in the claim ("night movements"). */
function rowLabelSays(row: string, after: string): boolean {
  // (Its last line: a row is read with its header above it.)
  const label = (row.trimEnd().split('\n').pop() ?? '').replace(/^\s*\|?\s*/, '').split(/\s*\|\s*|\s{2,}/)[0] ?? '';
  const words = new Set(tokenize(after.split(/[,;.]/)[0]).filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term));
  return tokenize(label).some((t) => t.kind === TokenKind.Word && !t.stop && words.has(t.term));
}

/** Whether a clock time is given only roughly ("shortly after 5am", "around 5am") and the minute is within it. */
function roughlyAt(text: string, r: Quantity, minute: number): boolean {
  const lead = /\b(?:(shortly|just|soon|not\s+long)\s+(after|before)|(around|about|approximately|roughly|gone))\s+$/i.exec(text.slice(Math.max(0, r.start - 24), r.start));
  if (!lead) return false;
  const off = minute - r.value;
  if (lead[3]) return Math.abs(off) <= 15 || (lead[3].toLowerCase() === 'gone' && off > 0 && off <= 30);
  return lead[2].toLowerCase() === 'after' ? off > 0 && off <= 30 : off < 0 && off >= -30;
}

/** Whether the claim names a month and a sentence names months, none of them the claim's. */
function otherMonth(claim: Claim, s: SentenceReading): boolean {
  const months = (qs: readonly Quantity[]) => new Set(qs.flatMap((q) => (q.kind === 'month' ? [q.value] : q.kind === 'date' ? [Math.floor(q.value / 100)] : [])));
  const mine = months(claim.quantities);
  if (mine.size === 0) return false;
  const theirs = months(quantitiesOf(s));
  return theirs.size > 0 && ![...theirs].some((m) => mine.has(m));
}

/** Deeds that are one deal seen from its two sides. */
const CONVERSE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:bought|buys?|buying|purchased?|purchases|purchasing|acquired?|acquires|acquiring)$/i, /^(?:sold|sells?|selling)$/i],
  [/^(?:borrowed|borrows?|borrowing)$/i, /^(?:lent|lends?|lending|loaned|loans?)$/i],
];

/**
 * Whether the claim's verb and the source's are one deal told from each side, the claim's "from" the
 * source's seller: "The trust bought the ruin from the Askew estate" is "The estate sold the ruin to the Trust".
 */
function conversely(claim: Claim, t: Token, s: SentenceReading, i: number): boolean {
  const theirs = s.tokens[i];
  const pair = CONVERSE.find(([a, b]) => (a.test(t.raw) && b.test(theirs.raw)) || (b.test(t.raw) && a.test(theirs.raw)));
  if (!pair) return false;
  const word = /^(?:sold|sells?|selling|lent|lends?|lending|loaned|loans?)$/i.test(t.raw) ? 'to' : 'from';
  const mineOther = new RegExp(`^[^.;]{0,60}?\\b${word}\\s+(?:the\\s+)?((?:[\\p{L}'’-]+\\s*){1,3})`, 'iu').exec(claim.text.slice(t.end))?.[1];
  if (!mineOther) return false;
  // (The claim's other party is the source's subject: its words before the source's verb.)
  const before = s.text.slice(Math.max(0, theirs.start - 80), theirs.start).toLowerCase();
  return mineOther.toLowerCase().split(/\s+/).some((w) => w.length >= 4 && before.includes(w));
}

/**
 * Whether a sentence's time belongs to another of its clauses than the one that says what the claim's
 * clause with the time does: "send … a revised plan by 12 April and cover exposed waste … by the end of
 * April", for "until 30 May to cover the exposed waste". Clauses are cut at "and" before a word.
 */
function timeOfOtherClause(claim: Claim, q: Quantity, s: SentenceReading, r: Quantity): boolean {
  const cut = (text: string) => {
    // (Not "and the Netherlands", "and its partners": a second thing, not a second clause.)
    const at = [0, ...[...text.matchAll(/\s+and\s+(?=\p{Ll})(?!(?:the|a|an|its|their|his|her|this|that|these|those|other|all|some|most|many|more|less|one|two|three)\b)/gu)].map((m) => m.index! + m[0].length), text.length + 1];
    return at.slice(0, -1).map((from, k) => ({ from, to: at[k + 1] }));
  };
  const clauses = cut(s.text);
  if (clauses.length < 2) return false;
  const mineAt = cut(claim.text).find((c) => q.start >= c.from && q.end <= c.to);
  if (!mineAt) return false;
  const mine = new Set(claim.tokens.flatMap((t, i) => (t.start >= mineAt.from && t.end <= mineAt.to && t.kind === TokenKind.Word && !t.stop && !isCalendarWord(t.raw) ? [claim.lemmas[i]] : [])));
  const said = (c: { from: number; to: number }) => new Set(s.tokens.flatMap((t, i) => (t.start >= c.from && t.end <= c.to && mine.has(s.lemmas[i]) ? [s.lemmas[i]] : []))).size;
  const own = clauses.find((c) => r.start >= c.from && r.end <= c.to);
  if (!own) return false;
  const times = quantitiesOf(s).filter(isTime);
  return clauses.some((c) => c !== own && times.some((x) => x !== r && x.start >= c.from && x.end <= c.to) && said(c) >= said(own) + 2);
}

/** A span of time before "after" or "before": "six days after", "two weeks before". */
const RELATIVE_TIME = /\b(?:\d+|\p{L}+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)\b/giu;

/**
 * Whether the source dates the claim's deed only by another's: the claim's verbs in the source sentence
 * only after a "six days after" that follows the source's date.
 */
function datedByOther(claim: Claim, s: SentenceReading, r: Quantity): boolean {
  const verbs = new Set(claim.tokens.flatMap((t, i) => (t.kind === TokenKind.Word && !t.stop && isPastForm(t.raw.toLowerCase()) && !SPEECH_VERBS.has(t.raw.toLowerCase()) ? [claim.lemmas[i]] : [])));
  if (verbs.size === 0) return false;
  for (const m of s.text.matchAll(RELATIVE_TIME)) {
    if (m.index! < r.end) continue;
    const at = s.tokens.map((t, i) => (verbs.has(s.lemmas[i]) ? t.start : -1)).filter((x) => x >= 0);
    if (at.length > 0 && at.every((x) => x > m.index!)) return true;
  }
  return false;
}

/** The motion as amended: "the amended motion", "the substantive motion", "the motion as amended". */
const AS_AMENDED = /\b(?:amended|substantive)\s+(?:motion|resolution|recommendation)s?\b|\bas\s+amended\b/i;
/** A sentence about amending: "amended it to set a deadline", "the amendment was carried". */
const AMENDING = /\bamend(?:ed|ing|ment|ments)\b/i;

/** The other side of a tally after a figure, in digits or words: "6 votes to 0", "six votes to one". */
function tallyOther(text: string, end: number): number | undefined {
  const m = /^\s*(?:votes?\s+)?(?:to|[-–])\s*(\d{1,3}|none|nil|\p{L}+)\b/iu.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return /^\d/.test(w) ? Number(w) : w === 'none' || w === 'nil' ? 0 : smallNumber(w);
}
/** Numbered things before a figure, as in a span "bents 36 to 40", "pages 12 to 19", "Nos 4 to 9". */
const SPAN_BEFORE = /\b(?:at|of|in|on|from|between|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:\p{Ll}+s|Nos?\.?)\s+$/u;

/** The rest of a tally after its first figure: " votes to one", "-2". */
const TALLY_REST = /^\s*(?:votes?\s+)?(?:to|[-–])\s*\S+/i;
/** The side of a vote a phrase puts someone on: "voted against", "abstained", "voted in favour". */
const VOTE_SIDES: ReadonlyArray<readonly ['for' | 'against' | 'abstain', RegExp]> = [
  ['against', /\b(?:vot(?:ed|ing|es?) against|opposed the (?:motion|proposal|amendment|plan|rise|closure|move|budget|scheme))\b/gi],
  ['abstain', /\b(?:abstain(?:ed|ing|s)?|(?:the|only|one|an) abstention (?:came from|was)|abstention by)\b/gi],
  ['for', /\bvot(?:ed|ing|es?) (?:for|in favou?r)\b|\b(?:backed|supported) the (?:motion|proposal|amendment|recommendations?|resolution|move|budget|scheme)\b/gi],
];
/** A tally's side with the names in brackets after it: "Against 1 (Cllr Pike)", "Abstained 1 (Baird)", "1 against (Cllr Dyson)". */
const TALLY_NAMES = /\b(?:(for|in favou?r|against|abstentions?|abstained|abstaining)\s*:?\s*(?:\d{1,2}|none|nil|one|two|three|four|five)?|(?:\d{1,2})\s+(for|in favou?r|against|abstentions?))\s*\(([^()]{2,160})\)/gi;
/** A tally's side, its count in brackets, and the names after a colon: "For (7): Cllrs Akhtar, Beaumont, Foster". */
/** A bracket of party labels, not people: "(Conservative)", "(Labour, Green)". */
const PARTY_LIST = /^(?:(?:Labour|Conservatives?|Tory|Tories|Liberal Democrats?|Lib Dems?|Greens?|Green Party|Independents?|Reform(?: UK)?|SNP|Plaid(?: Cymru)?|UKIP|Residents(?:' Association)?|Alliance|Sinn F[eé]in|DUP|SDLP|UUP)(?:\s*(?:,|and|&)\s*|$))+$/i;
const TALLY_COLON = /^[ \t]*(for|in favou?r|against|abstentions?|abstained)\s*:\s*([^\n()]{2,160}?)\s*\(\d{1,3}\)/gim;
const TALLY_LIST = /\b(for|in favou?r|against|abstentions?|abstained)(?:\s+(?:of\s+)?the\s+((?:substantive\s+)?(?:motion|amendment|recommendations?|resolution|proposal)))?\s*\(\d{1,2}\)\s*:\s*([^.;()\n]{2,160})/gi;
const TITLES = /^(?:cllrs?|councillors?|mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|county|district|parish|the|and|messrs)$/i;

/** A name that reads as a person's: a title before it, or two or three capitalised words none of which names a body. */
function personLike(name: string): boolean {
  if (/^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\b/.test(name)) return true;
  // ("Rhys Beddow of Brackenhow": the person, and where they are from.)
  const words = name.split(/\s+of\s+/)[0].split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !words.some((w) => BODY_WORDS.test(w));
}
/** "within the contract tolerance", "outside the zone": which side of a bound, and the bound's two words. */
const INSIDE_OUTSIDE = /\b(within|inside|outside)\s+(?:of\s+)?(?:the|its|their|our|a)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;
/** Words that make a sentence a forecast or a wish rather than a report: "I'd expect us to be back within …" ("May" with a capital is the month). */
const FORECAST_WORDS = /\b(?:[Ee]xpects?|[Ee]xpected|[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould|[Aa]ims?|[Hh]opes?|[Hh]oped|[Tt]argets?|[Pp]lans?|[Ii]ntends?)\b|['’]d\b/;

/**
 * "performance had come back within the contract tolerance" where the closest passages report it
 * "remained outside the contract tolerance": the other side of the same bound (the same words after
 * "the"), said as a report (not a forecast), and no passage reporting the claim's side. Quoted, no fix.
 */
function insideOutsideContradiction(claim: Claim, top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  if (claim.negated || !/\b(?:within|inside|outside)\b/i.test(claim.text)) return undefined;
  const sides = (text: string) => [...text.matchAll(INSIDE_OUTSIDE)].map((m) => ({ raw: m[0], out: m[1].toLowerCase() === 'outside', bound: [m[2], m[3]].filter(Boolean).map((x) => stem(x!.toLowerCase())).join(' '), at: m.index ?? 0 }));
  const reported = top.slice(0, 3).flatMap((w) => w.sentences.filter((s) => !FORECAST_WORDS.test(s.text)).map((s) => ({ w, s })));
  for (const mine of sides(claim.text)) {
    const said = reported.flatMap(({ w, s }) => sides(s.text).filter((x) => x.bound === mine.bound && !negatedOf(s).has(s.tokens.findIndex((t) => t.start >= x.at))).map((x) => ({ ...x, w })));
    if (said.length === 0 || said.some((x) => x.out === mine.out)) continue;
    return { kind: 'negation', claimText: `“${mine.raw}”`, sourceText: `“${said[0].raw}”`, evidence: toEvidence(said[0].w) };
  }
  return undefined;
}

/** Kinds of body by the word a name ends with: a hospital is no club, a school no council. */
const BODY_KINDS: ReadonlyArray<RegExp> = [/^(?:Hospital|Infirmary|Hospice|Clinic|Surgery)$/, /^(?:School|College|Academy|Primary|University)$/, /^(?:Club|Society|Association|Group|League|Union)$/, /^(?:Council|Authority|Borough|District|County|Parish)$/, /^(?:Museum|Gallery|Library|Theatre|Cinema)$/, /^(?:Church|Chapel|Cathedral|Mosque|Synagogue|Temple)$/, /^(?:Ltd|Limited|plc|Company|Partners|Partnership|LLP)$/, /^(?:Court|Tribunal)$/];

/** Whether two names end with words of different kinds of body ("… Community Hospital", "… Rotary Club"). */
function otherKindOfBody(a: string, b: string): boolean {
  const kind = (text: string) => {
    const last = text.replace(/['’]s?$/, '').split(/\s+/).pop() ?? '';
    return BODY_KINDS.findIndex((k) => k.test(last));
  };
  const x = kind(a);
  const y = kind(b);
  return x >= 0 && y >= 0 && x !== y;
}

const BODY_WORDS = /^(?:Council|Trust|Board|Committee|Authority|Party|Group|Association|Society|Company|Ltd|Limited|Club|Service|Services|Hospital|School|College|University|Agency|Department|Ministry|Court|Police|Fire|Bank|Partners|Partnership|Foundation|Institute|Centre|Center|Unit|Office|Coaches|Group|Borough|District|County|City|Parish|Town|Village|Metropolitan|Royal|Diocese|Province|State|Republic|Kingdom|Isle|Port|Harbour|Museum|Library|Gallery|Academy|Primary)$/;

function sideOf(word: string): 'for' | 'against' | 'abstain' {
  const w = word.toLowerCase();
  return w.startsWith('abst') ? 'abstain' : w === 'against' ? 'against' : 'for';
}

/**
 * Someone put on the wrong side of a vote the minutes record by name: "Cllr Rao cast the only vote
 * against" where they say "Against 1 (Cllr Pike), Abstention 1 (Cllr Rao)"; "Councillor Baird voted
 * against" where "Abstained 1 (Baird)". The name is found in the brackets of another side, or the
 * claim's side names others only and not the claim's person. Quoted, no fix.
 */
function voteSideContradiction(claim: Claim, top: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const text = claim.text;
  const claimed: Array<{ name: (typeof claim.names)[number]; side: 'for' | 'against' | 'abstain'; words: string; matter?: string }> = [];
  // (Only a vote on what the claim speaks of, where it says and the minutes say: a vote on the amendment
  // says nothing of how someone voted on the recommendations.) Each vote the sentence gives is on the
  // matter its own words name ("who had opposed the amendment, voted for the final motion").
  const sentenceMatter = VOTE_MATTER.exec(text)?.[1].toLowerCase().slice(0, 6);
  // (Up to the next clause: "voted for it and the amendment fell" names no matter of its own.)
  const matterAt = (at: number) => VOTE_MATTER.exec(/^[^,;.]*?(?=\s(?:and|but|while|whereas|after|before|when|as|so)\s|[,;.]|$)/.exec(text.slice(at, at + 80))![0])?.[1].toLowerCase().slice(0, 6) ?? sentenceMatter;
  for (const [side, re] of VOTE_SIDES) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      // (Not what someone would or meant to do: "who had said she would abstain".)
      if (/\b(?:would|will|to|might|may|could|should|intends?|intended|planned|plans)\s+$/i.test(text.slice(Math.max(0, at - 16), at))) continue;
      // The name nearest the words, on either side, within a short reach and its own clause.
      let best: (typeof claim.names)[number] | undefined;
      let gap = 61;
      for (const n of claim.names) {
        if (!n.distinctive.length || !personLike(n.text)) continue;
        const between = n.end <= at ? text.slice(n.end, at) : text.slice(at + m[0].length, n.start);
        const d = between.length;
        if (d < gap && !/[;.]|\bbut\b|\bwhile\b/.test(between) && !/\b(?:not|never|didn['’]t)\b/i.test(between)) [best, gap] = [n, d];
      }
      if (!best) continue;
      claimed.push({ name: best, side, words: m[0], matter: matterAt(at) });
      // (And the names listed with it before the words: "Cllr Hugh Latham and Cllr Neil Ferris voted against".)
      let first = best;
      for (;;) {
        const before = claim.names.filter((n) => n.end <= first.start && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(n.end, first.start)) && n.distinctive.length && personLike(n.text)).pop();
        if (!before || first.end > at) break;
        claimed.push({ name: before, side, words: m[0], matter: matterAt(at) });
        first = before;
      }
    }
  }
  if (claimed.length === 0) return undefined;
  // A vote a close passage gives the person in its own words: "Cllr Derek Hume, who voted against, said …"
  // for "Mr Hume, who voted for the package, said …". (The same matter, or none named on either side.)
  for (const { name, side, words, matter } of claimed) {
    for (const w of top.slice(0, 3)) {
      for (const s of w.sentences) {
        // (A prose vote on an amendment is no vote on a sentence's matter it does not name: "who voted against
        // the amendment, later backed the sale".)
        const said = proseVotes(s.text).filter((v) => name.distinctive.some((t) => v.terms.includes(t)) && (v.matter === undefined || (matter === undefined ? !/^amend/.test(v.matter) : sameMatter(v.matter, matter))));
        if (said.length === 0 || said.some((v) => v.side === side)) continue;
        return { kind: 'name', claimText: `${name.text} … ${words}`, sourceText: said[0].raw, because: `the source says “${said[0].raw}”`, evidence: toEvidence(w) };
      }
    }
  }
  // The three closest passages, and the few after each of the five closest in its source: minutes record a
  // vote in a block of its own under the debate ("3.6 A recorded vote was taken:" / "For (5): …").
  const read = new Set(top.slice(0, 3).map((w) => w.paragraph));
  const near: Window[] = [];
  for (const w of top.slice(0, 5)) {
    for (let n = w.paragraph.n + 1; n <= w.paragraph.n + 3 && n <= w.source.paragraphs.length; n++) {
      const paragraph = w.source.paragraphs[n - 1];
      if (read.has(paragraph)) continue;
      read.add(paragraph);
      const text = w.source.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 2000));
      if (!/\b(?:for|against|abstentions?)\b/i.test(text)) continue;
      const sentences = cache.sentences(w.source, paragraph);
      const covered = sentences.length ? memo.of(sentences[0], w.source) : new Float32Array(0);
      near.push({ source: w.source, paragraph, from: 0, to: sentences.length, score: 0, covered, sentences, sentenceCover: sentences.map((x) => memo.of(x, w.source)) });
    }
  }
  // The recorded votes of a passage on what the claim speaks of (see `voteMatter`).
  const talliesOf = (w: Window, matter: string | undefined, asRival = true) => {
    const passage = w.source.text.slice(w.paragraph.start, w.paragraph.end);
    // (A list of the vote's sides under the line that says what it was on: "The motion was then put and
    // carried on a recorded vote:" / "- For (6): …".)
    const before = w.paragraph.n >= 2 ? w.source.paragraphs[w.paragraph.n - 2] : undefined;
    const lead = before && /:\s*$/.test(w.source.text.slice(before.start, before.end)) ? w.source.text.slice(before.start, before.end) : '';
    const at = passage.search(/\b(?:for|against|abstentions?)\s*(?:\(\d|\d|:)/i);
    const on = (at < 0 ? undefined : voteMatter(passage, at)) ?? (lead ? voteMatter(lead, lead.length) : undefined);
    if (matter && on && !sameMatter(on, matter)) return [];
    // (A sentence that names no matter speaks of the decision, not of an amendment to it: "voted against
    // the closure" is the recommendations' vote. But where its subject stands for something named before
    // it, a vote that went as it says agrees: "It fell by five votes to three, with Cllr Lindqvist
    // abstaining" is the amendment's.)
    if (!matter && on?.startsWith('amendment') && asRival) return [];
    // (A party label is no name: "Against 2 (Conservative)".)
    const namesIn = (list: string) => (PARTY_LIST.test(list.trim()) ? [] : list.split(/[,;]|\band\b/).map((chunk) => tokenize(chunk).filter((t) => t.kind === TokenKind.Word && /^\p{Lu}/u.test(t.raw) && !TITLES.test(t.raw)).map((t) => t.term)).filter((x) => x.length));
    return [
      ...[...passage.matchAll(TALLY_NAMES)].map((m) => ({ side: sideOf(m[1] ?? m[2]), names: namesIn(m[3]), raw: m[0] })),
      // ("For (7): Cllrs Akhtar, Beaumont, Foster." — the count in brackets, the names after a colon.)
      // ("For the motion (6): Councillors …": a side of the vote the line names, on that matter only.)
      ...[...passage.matchAll(TALLY_LIST)].filter((m) => !m[2] || (matter ? sameMatter(m[2].replace(/^substantive\s+/i, ''), matter) : !/^amendment/i.test(m[2]) || !asRival)).map((m) => ({ side: sideOf(m[1]), names: namesIn(m[3]), raw: m[0].trim() })),
      // ("For: Cllrs Harcourt, Lindqvist, Whitfield (6)" — the names after a colon, the count in brackets after them.)
      ...[...passage.matchAll(TALLY_COLON)].map((m) => ({ side: sideOf(m[1]), names: namesIn(m[2]), raw: m[0].trim() })),
      // ("| For (9) | Against (5) | Abstained (1) |" over a column of names each.)
      ...columnVotes(passage).map((c) => ({ side: c.side, names: namesIn(c.names.join(', ')), raw: `${c.head}: ${c.names.join(', ')}` })),
    ];
  };
  for (const { name, side, words, matter } of claimed) {
    const closest = top.slice(0, 3).map((w) => ({ w, tallies: talliesOf(w, matter) }));
    // (The blocks after the closest passages only where those record no vote.)
    let votes = (closest.some((x) => x.tallies.length) ? closest : near.map((w) => ({ w, tallies: talliesOf(w, matter) }))).filter((x) => x.tallies.length);
    // (Where the sentence names no matter and the only vote near is an amendment's, that is the vote it
    // speaks of: "Colin Beddoes and Sarah Whitlock voted against", beside "Vote on the amendment. For (8): …
    // Sarah Whitlock …".)
    if (votes.length === 0 && !matter) votes = top.slice(0, 3).map((w) => ({ w, tallies: talliesOf(w, matter, false) })).filter((x) => x.tallies.length);
    const has = (names: readonly string[]) => names.some((t) => name.distinctive.includes(t));
    // (Recorded on the sentence's side in any of them: another vote there was on something else.)
    if (votes.some(({ tallies }) => tallies.some((x) => x.side === side && x.names.some(has)))) continue;
    if (!matter && ANAPHORIC.test(text) && [...top.slice(0, 3), ...near].some((w) => talliesOf(w, matter, false).some((x) => x.side === side && x.names.some(has)))) continue;
    for (const { w, tallies } of votes) {
      const elsewhere = tallies.find((x) => x.side !== side && x.names.some(has));
      const mine = tallies.filter((x) => x.side === side);
      const said = { for: 'for', against: 'against', abstain: 'abstaining' }[side];
      if (elsewhere) return { kind: 'name', claimText: `${name.text} … ${words}`, sourceText: elsewhere.raw, because: `the vote is recorded as “${elsewhere.raw}”`, evidence: toEvidence(w) };
      if (mine.length === 1 && mine[0].names.length > 0) return { kind: 'name', claimText: `${name.text} … ${words}`, sourceText: mine[0].raw, because: `the vote records others as ${said}: “${mine[0].raw}”`, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** Someone, or some number of people, who voted against: "two councillors voting against", "Cllr Ames voted against". */
const VOTED_AGAINST = /\b(?:\p{Lu}[\p{L}'’-]+|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:(?:\p{Ll}+|\p{Lu}[\p{L}'’-]+)\s+){0,2}?(?:voted|voting)\s+against\b/u;

/** A vote said not to be unanimous: "was not unanimous", "wasn't a unanimous decision", "far from unanimous". */
const NOT_UNANIMOUS = /(?:\b(?:not|never|far from|anything but)|n['’]t)\s+(?:(?:a|an|the|entirely|quite|wholly|completely|carried|passed|agreed|approved|taken|made)\s+){0,2}unanimous(?:ly)?\b/i;
const NOT_UNANIMOUS_ALL = new RegExp(NOT_UNANIMOUS.source, 'gi');

/** A vote with no one against: "unanimously", "without opposition", "with no votes against". */
const UNANIMOUS = /\b(?:unanimous(?:ly)?|without (?:a vote against|opposition|dissent)|with no (?:votes? against|opposition|dissent)|nem\.? con\.?)/i;
const TALLY_WORDS = /\bvot|\bcarried|\bdefeated|\bmotion|\bbacked|\bpassed/i;

/** The word that says which part of a whole a figure counts: "first" of "the first 20 objects", "remaining" of "the remaining 52". */
function positionBefore(text: string, at: number): string | undefined {
  return POSITION_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase();
}

const POSITION_BEFORE = /\b(first|remaining|other|last|rest|further|additional|initial|final|next|latest|original|previous|new|extra)\s+(?:(?:of\s+)?the\s+)?$/i;

/** A fraction in words: "third", "more than half", "a quarter". */
const FRACTION_WORD = /\b(?:half|third|quarter|fifth|tenth)s?$/i;

/**
 * A figure written into its noun ("a three-hectare nature reserve", "a 38-metre stand") measures that
 * noun: it is no rival for a claim that does not speak of it ("The site covers 12.4 hectares").
 */
function measuresOther(claim: Claim, s: SentenceReading, r: Quantity): boolean {
  if (!/^-\p{L}+\s/u.test(s.text.slice(r.end, r.end + 30))) return false;
  const after = s.tokens.findIndex((t) => t.start > r.end + 1);
  if (after < 0) return false;
  const nouns: string[] = [];
  for (let i = after + 1; i < Math.min(s.tokens.length, after + 3) && !s.tokens[i].stop && s.tokens[i].kind === s.tokens[after].kind; i++) nouns.push(s.lemmas[i]);
  if (nouns.length === 0) return false;
  const mine = new Set(claimReading(claim).lemmas);
  return !nouns.some((n) => mine.has(n));
}

/** A sentence that goes on with who the one before it named: "She said …", "The group added …". */
const GOES_ON = /^\W*(?:(?:she|he|they|it)\b|the (?:group|company|firm|club|council|board|trust|party)\b)/i;

/** A party as a decision, contract or report defines it: "the Athlete", "the Applicant", "the Panel". */
const DEFINED_TERM = /^(?:the\s+)?(?:Athlete|Applicant|Appellant|Respondent|Claimant|Defendant|Complainant|Panel|Tribunal|Club|Company|Council|Trust|Board|Committee|Authority|Employer|Employee|Member|Player|Rider|Provider|Operator|Contractor|Licensee|Tenant|Landlord|Parties|Party|Inspectorate|Federation|Association|Agency)$/;

/** A season written before a year: "spring of 2026", "autumn 2025". */
const SEASON_BEFORE = /\b(spring|summer|autumn|fall|winter)(?:\s+of)?\s+$/i;

/** The other end of the range a figure is one end of in its text ("between 2019 and 2021", "2021–2023", "from 3 to 5"), if any. */
function rangeMate(text: string, qs: readonly Quantity[], q: Quantity): Quantity | undefined {
  return qs.find((x) => x !== q && joinedAsRange(text, x, q));
}

function joinedAsRange(text: string, a: Quantity, b: Quantity): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  if (/^\s*[–—-]\s*$/.test(between)) return true;
  return /^\s+(?:and|to|until|through)\s+$/i.test(between) && /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start));
}

const TODAY = /\btoday\b/i;
/** A negation with its verb left out, said before it ("those who did not.", "we won't,"). */
const ELIDED_NEGATION = /\b(?:(?:did|does|do|had|has|have|was|were|is|are|would|could|will|can|should)\s+not|(?:didn|doesn|don|hadn|hasn|haven|wasn|weren|isn|aren|wouldn|couldn|won|can|shouldn)['’]t)\s*[,;:.!?)"”]/i;

/** A correction's sentence giving the right figure ("The correct figure is seven."). */
const CORRECTED = /\b(?:correct|actual|right|accurate) (?:figure|number|total|amount|date|count) (?:is|was)\b/i;
/** Words that set two figures of a sentence against each other. */
const CONTRASTED = /\b(?:compared (?:with|to)|versus|vs\.?|whereas|while|against)\b/i;

/**
 * Whether the column of a table row's figure counts what the claim's figure does: its header has the
 * claim's counted word ("| Cases |" for "23 cases"). A row read without its header, or a claim's figure
 * that names nothing counted, is not held to it.
 */
function columnCounts(row: SentenceReading, r: Quantity, q: Quantity): boolean {
  const lines = row.text.split('\n');
  if (lines.length < 3 || !TABLE_LINE.test(lines[0])) return true;
  const counted = [q.unit, ...(q.after ?? [])].filter((u): u is string => !!u && !u.startsWith('<'));
  if (counted.length === 0) return true;
  if (r.start < row.text.length - lines[lines.length - 1].length) return false;
  const header = columnHead(row, r);
  if (header === undefined) return true;
  const words = new Set(tokenize(header).map((t) => t.term));
  // A share is a share of whatever the row asks: "83% rated" is the "| Rated … | 83% |" row's result,
  // unless a column is headed with what the claim's share counts ("| Support | Oppose |").
  if (q.kind === 'percent' && r.kind === 'percent' && !lines[0].split('|').some((h) => tokenize(h).some((t) => counted.some((u) => u === t.term || termSimilarity(u, t.term) >= 0.6)))) return true;
  // A unit the header gives in short, in brackets: "Revised load rating (t)" counts tonnes.
  for (const m of header.matchAll(/\(([\p{L}²³]{1,3})\)/gu)) {
    const full = UNIT_SHORT[m[1].toLowerCase()];
    if (full) for (const t of tokenize(full)) words.add(t.term);
  }
  return counted.some((u) => words.has(u) || [...words].some((w) => termSimilarity(u, w) >= 0.6));
}

/** The head of the column a table row's figure is in ("| Loans |"), if the row is read with its header. */
function columnHead(row: SentenceReading, r: Quantity): string | undefined {
  const lines = row.text.split('\n');
  if (lines.length < 3 || !TABLE_LINE.test(lines[0])) return undefined;
  const rowStart = row.text.length - lines[lines.length - 1].length;
  if (r.start < rowStart) return undefined;
  return lines[0].split('|').slice(1, -1)[row.text.slice(rowStart, r.start).split('|').length - 2];
}

/** Units a table's header gives in short, in brackets ("Crack length (mm)"). */
const UNIT_SHORT: Readonly<Record<string, string>> = {
  t: 'tonnes', kg: 'kilograms', g: 'grams', mm: 'millimetres', cm: 'centimetres', m: 'metres', km: 'kilometres', ha: 'hectares',
  l: 'litres', ml: 'millilitres', h: 'hours', hrs: 'hours', min: 'minutes', mins: 'minutes', s: 'seconds', yr: 'years', yrs: 'years',
  'm²': 'square metres', 'km²': 'square kilometres', mw: 'megawatts', kw: 'kilowatts', kwh: 'kilowatt hours',
};

/**
 * Whether a sentence is a table's row about what the claim speaks of: no date or weekday of it other
 * than the claim's ("| Sunday | 15 September | 128 |" for "Sunday visitors accounted for 128 of the
 * cases"), and a word of its label the claim's too. Its figures are then the claim's to compare, whatever they
 * count: the column says that.
 */
/**
 * The row of a window's tables that is the claim's: of the rows about it (see `rowOfClaim`), the one
 * holding the claim's other figures ("£21.7m" picks "| D: Harrowmoor storage only | £21.7m | … | 410 |"
 * over "| A: Do nothing | n/a | … | 0 |") or, else, most of its words in its own cells; none where two
 * rows tie, or where the claim names something a sentence read of the same source names and the
 * row does not ("residents of Mill Reach" is the sentence under the table, not its "| Support | 78% |" row).
 */
function claimsRow(claim: Claim, q: Quantity, sentences: readonly SentenceReading[], read: readonly SentenceReading[]): SentenceReading | undefined {
  let rows = sentences.flatMap((s) => tableRowsOf(s) ?? [s]).filter((s) => rowOfClaim(claim, s));
  if (rows.length === 0) return undefined;
  // In a table whose rows are measures ("| Capacity | 105 | 140 |", "| Pupils on roll | 38 | 71 |"),
  // the row that counts what the claim's figure counts: "had 74 pupils" is the pupils' row.
  // (Not by a verb of saying after a share, "81% said they had felt safe": what they said is the row's.)
  const counting = q.unit && !q.unit.startsWith('<') && !q.unit.startsWith('#') && !SAYING_UNIT.test(q.unit) ? rows.filter((s) => ownTokens(s).some((t) => t.term === q.unit)) : [];
  if (counting.length) rows = counting;
  const words = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term));
  const own = ownTokens;
  // (A row labelled by the claim's year or day shares it: "| 2023/24 | 47,310 |" for "Loans in 2023/24".)
  const ownTimes = (s: SentenceReading) => {
    const start = s.text.lastIndexOf('\n') + 1;
    return claim.quantities.filter((c) => isTime(c) && quantitiesOf(s).some((r) => r.start >= start && r.kind === c.kind && r.value === c.value)).length;
  };
  // (And a "Total" row shares "in all" with it.)
  const totalRow = (s: SentenceReading) => TOTAL_WORDS.test(claim.text) && /^\s*\|\s*(?:grand\s+)?(?:total|totals|overall|all)\s*\|/i.test(s.text.slice(s.text.lastIndexOf('\n') + 1));
  const score = (s: SentenceReading) =>
    2 * claim.quantities.filter((c) => c !== q && !sameQuantity(c, q) && !isTime(c) && quantitiesOf(s).some((r) => sameQuantity(c, r))).length + 2 * ownTimes(s) + (totalRow(s) ? 1 : 0) + own(s).filter((t) => t.kind === TokenKind.Word && !t.stop && words.has(t.term)).length;
  const ranked = rows.map((s) => ({ s, n: score(s) })).sort((a, b) => b.n - a.n);
  if (ranked.length > 1 && ranked[0].n === ranked[1].n) return undefined;
  // (A row that shares nothing with the claim, no word and no other figure, is no row of its: "| Most
  // weeks | 29% | 360 |" says nothing of "893 people … aged 65 or over".)
  if (ranked[0].n === 0) return undefined;
  const best = ranked[0].s;
  const names = claim.names.flatMap((n) => n.distinctive).filter((t) => !/^\d/.test(t));
  const prose = read.filter((s) => !s.text.includes('|'));
  if (names.some((t) => !best.terms.has(t) && prose.some((s) => s.terms.has(t)))) return undefined;
  return best;
}

/** Stems of verbs of saying or answering that may follow a share ("81% said", "12% answered"). */
const SAYING_UNIT = /^(?:said|say|told|tell|report|answer|repli|respond|agre|thought|think|believ|felt|indic|state)/;

/** The tokens of a row's own cells (its last line), not its header's. */
function ownTokens(s: SentenceReading): Token[] {
  const last = s.text.slice(s.text.lastIndexOf('\n') + 1);
  return s.tokens.filter((t) => t.start >= s.text.length - last.length);
}

function rowOfClaim(claim: Claim, s: SentenceReading): boolean {
  // A row, not a masthead's "Kettlewick Herald | Saturday 8 March 2025".
  if (!s.text.includes('|') || !s.text.split('\n').some((line) => TABLE_LINE.test(line))) return false;
  // Each day, date or weekday of the row that the claim gives one of is the claim's.
  const times = quantitiesOf(s).filter(isTime);
  if (!times.every((t) => !claim.quantities.some((c) => c.kind === t.kind) || claim.quantities.some((c) => c.kind === t.kind && c.value === t.value))) return false;
  const words = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term));
  // The row's label (its first cell), where it names something, is something the claim names: the
  // North Stand's row is not about "the South Terrace".
  // Its labels are the cells with no figure ("| B | Kestrel Creek | … | 3,870 |").
  const lines = s.text.split('\n');
  const last = lines[lines.length - 1];
  const rowStart = s.text.length - last.length;
  const label: Token[] = [];
  let cellStart = rowStart;
  for (const cell of last.split('|')) {
    const cellEnd = cellStart + cell.length;
    const inCell = s.tokens.filter((t) => t.start >= cellStart && t.end <= cellEnd);
    if (!inCell.some((t) => t.kind === TokenKind.Number)) label.push(...inCell.filter((t) => t.kind === TokenKind.Word && !t.stop && !isCalendarWord(t.raw)));
    cellStart = cellEnd + 1;
  }
  // (A "Total" row is the one of a sentence that says "in all", "altogether", "overall".)
  const total = label.length > 0 && label.every((t) => /^(?:total|totals|overall|all)$/i.test(t.raw)) && TOTAL_WORDS.test(claim.text);
  if (label.some((t) => t.capitalized) && !label.some((t) => words.has(t.term)) && !total) return false;
  return total || s.tokens.some((t) => t.kind === TokenKind.Word && !t.stop && words.has(t.term));
}

/** Words of a sentence that speak of a whole: "in all", "altogether", "in total", "overall", "combined". */
const TOTAL_WORDS = /\b(?:in all|all told|altogether|in total|overall|combined|total)\b/i;

/**
 * A count whose noun the source leaves out, followed by the verb that follows the claim's noun:
 * "three remained there" counts what "Five children remained" does.
 */
function elidedAlike(q: Quantity, r: Quantity): boolean {
  const verb = r.after?.[0];
  // (Or both with the noun left out before one verb: "five were taken to hospital", "four of whom were taken".)
  // (Or neither with a noun, the same word after both: "Eleven of them were signed", "Nine of them were signed".)
  return q.kind === 'number' && r.kind === 'number' && r.unit === undefined && !!verb && ((!!q.unit && ((q.after ?? []).slice(1, 3).includes(verb) || q.unit === verb)) || (q.unit === undefined && q.after?.[0] === verb));
}

/** Whether two figures of a claim belong to the same name (none named: the same). */
function sameOwner(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.some((t) => b.includes(t));
}

/** Two figures of a text written as one ("Thursday 23 May", "Thursday, May 23"). */
export function besideEachOther(text: string, a: Quantity, b: Quantity): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return /^[\s,]*$/.test(text.slice(x.end, y.start));
}

function withinFactor(a: Quantity, b: Quantity, f: number): boolean {
  return Math.abs(a.value - b.value) <= f * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Words that lead into a figure and say which end of a change it is. */
const LEAD_WORDS: ReadonlySet<string> = new Set(['to', 'from', 'by', 'at']);
/** Hedges between a lead word and its figure ("to just 27"). */
const HEDGE_LEADS: ReadonlySet<string> = new Set(['just', 'only', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'a', 'an', 'mere', 'barely']);

/** The word that leads into a figure, hedges skipped: it says which of a change it is ("shrank to 29" is the "to" of "from 312 to just 27"). */
function leadIn(tokens: readonly { start: number; raw: string }[], at: number): string | undefined {
  for (let k = tokens.findIndex((t) => t.start >= at) - 1; k >= 0; k--) {
    const w = tokens[k].raw.toLowerCase();
    if (!HEDGE_LEADS.has(w)) return w;
  }
  return undefined;
}

/** What a lead word makes of a figure in a change: where it ends ("to", "at"), where it started ("from"), or by how much ("by"). */
const LEAD_ROLES: Readonly<Record<string, string>> = { to: 'level', at: 'level', from: 'start', by: 'change' };

/** Whether two figures are different ends of a change by their lead words: "rose by 9 per cent" and "up from 29 per cent" measure different things. */
function otherEnd(claimLead: string | undefined, sourceLead: string | undefined): boolean {
  const a = claimLead && Object.hasOwn(LEAD_ROLES, claimLead) ? LEAD_ROLES[claimLead] : undefined;
  const b = sourceLead && Object.hasOwn(LEAD_ROLES, sourceLead) ? LEAD_ROLES[sourceLead] : undefined;
  return !!a && !!b && a !== b;
}

/** Of several figures, the one whose neighbouring words best match the claim figure's, and whether it is the only best. */
function closestByContext(claim: Claim, q: Quantity, rivals: ReadonlyArray<{ r: Quantity; s: SentenceReading }>): { best: Quantity; clear: boolean } {
  const near = (tokens: readonly { start: number; stop: boolean; kind: TokenKind; term: string }[], at: number) =>
    new Set(tokens.filter((t) => !t.stop && Math.abs(t.start - at) < 60 && t.kind === TokenKind.Word).map((t) => t.term));
  // The content words right beside a figure (three each side) say most of what it counts or did
  // ("three remained there on Tuesday" for "Five children remained in … on Tuesday", not "eleven
  // children had been treated"); the words of its neighbourhood weigh less.
  // (Not past another figure: in "£18,500 from the town council and £6,500 from Brackenford First BID" the
  // council's words are the £18,500's, not the £6,500's.)
  const beside = (tokens: readonly { start: number; end: number; stop: boolean; kind: TokenKind; term: string }[], at: number, figures: readonly Quantity[] = []) => {
    const lo = Math.max(-1, ...figures.filter((x) => x.end <= at).map((x) => x.end));
    const hi = Math.min(Infinity, ...figures.filter((x) => x.start > at).map((x) => x.start));
    const words = tokens.filter((t) => !t.stop && t.kind === TokenKind.Word && t.start >= lo && t.end <= hi);
    const k = words.findIndex((t) => t.start >= at);
    const from = k < 0 ? words.length : k;
    return new Set([...words.slice(Math.max(0, from - 3), from), ...words.slice(from, from + 3)].map((t) => t.term));
  };
  const claimNear = near(claim.tokens, q.start);
  const claimBeside = beside(claim.tokens, q.start, claim.quantities.filter((x) => x !== q && !isTime(x)));
  const claimLead = leadIn(claim.tokens, q.start);
  const claimVerb = isTime(q) ? verbBefore(claim.tokens, q.start) : undefined;
  const claimMeasure = measureBefore(claim.text, q);
  const claimPhraseFigures = leadFigures(claim.text, claim.quantities, q);
  let best = rivals[0].r;
  let bestScore = -1;
  let clear = true;
  for (const { r, s } of rivals) {
    let score = 0;
    for (const t of near(s.tokens, r.start)) if (claimNear.has(t)) score++;
    for (const t of beside(s.tokens, r.start, quantitiesOf(s).filter((x) => x.start !== r.start && !isTime(x)))) if (claimBeside.has(t) || claimNear.has(t)) score += 2;
    if (claimLead && LEAD_WORDS.has(claimLead) && leadIn(s.tokens, r.start) === claimLead) score += 3;
    // The verb a year or day is the time of says most of all what happened then: "listed (at Grade II)
    // in 1998" is about "was listed in 1988", not "opened in 1937" beside it.
    if (claimVerb && verbBefore(s.tokens, r.start) === claimVerb) score += 4;
    // And the measure it is ("The median amount … was £500" is "The median amount was £250", not "£1,000 or more").
    if (claimMeasure && measureBefore(s.text, r) === claimMeasure) score += 8;
    // And the words of its own clause, where a sentence lists several ("at the Town Hall on 25 March; at St
    // Aldhelm's Church Hall on 9 April"): the item that names what the claim's names is its.
    const at = s.tokens.findIndex((t) => t.start >= r.start);
    if (at >= 0 && /;/.test(s.text)) {
      const own = new Set(s.tokens.filter((t) => t.start >= r.start && t.end <= r.end).map((t) => t.term));
      for (const t of clauseTerms(s, at)) if (claimNear.has(t) && !own.has(t)) score += 2;
    }
    // And the claim's other figures in its phrase, where the rival's phrase has them too: "staff in Bands 5 to
    // 7 will pay £25" is the passage's "in Bands 5 to 7 would pay £22", not "in Bands 1 to 4 would pay £12".
    if (claimPhraseFigures.length > 0) {
      const theirs = leadFigures(s.text, quantitiesOf(s), r);
      for (const x of claimPhraseFigures) if (theirs.some((y) => sameQuantity(x, y))) score += 3;
    }
    if (score > bestScore) [best, bestScore, clear] = [r, score, true];
    else if (score === bestScore && r.value !== best.value) clear = false;
  }
  return { best, clear };
}

/**
 * The figures of another kind that lead up to a figure in its phrase, since the last figure of its kind: in
 * "Band 5 staff would get £1,400 and Band 7 staff £2,100", the 7 of £2,100 (not the 5 of £1,400).
 */
function leadFigures(text: string, qs: readonly Quantity[], q: Quantity): Quantity[] {
  const [from] = figurePhrase(text, q.start, q.end);
  const since = Math.max(from, ...qs.filter((x) => x !== q && x.kind === q.kind && x.end <= q.start).map((x) => x.end));
  return qs.filter((x) => x !== q && x.kind !== q.kind && x.start >= since && x.end <= q.start);
}

/** The phrase of a sentence around a figure: between commas (not a figure's own "1,000") or semicolons. */
function figurePhrase(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[;,](?!\d)/g)) from = (m.index ?? 0) + 1;
  const after = /[;,](?!\d)|[.!?](?:\s|$)/.exec(text.slice(end));
  return [from, after ? end + after.index : text.length];
}

/** The verb in the past a time goes with, a few words before it: "listed (at Grade II) in 1998" → "list". */
function verbBefore(tokens: readonly { start: number; stop: boolean; kind: TokenKind; term: string; raw: string; capitalized?: boolean }[], at: number): string | undefined {
  let k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) k = tokens.length;
  for (let seen = 0; k > 0 && seen < 6; seen++) {
    const t = tokens[--k];
    if (t.kind !== TokenKind.Word || t.stop || t.capitalized) continue;
    return isPastForm(t.raw.toLowerCase()) ? t.term : undefined;
  }
  return undefined;
}

/** Where a claim part is in a window: the sentences and tokens that have it as the same word or stem. */
function occurrences(part: Part, w: Window): Array<{ s: SentenceReading; i: number }> {
  const out: Array<{ s: SentenceReading; i: number }> = [];
  for (const s of w.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      if (t.term === part.indexTerm || s.lemmas[i] === part.term || (part.prefix && t.term.length >= 6 && t.term.startsWith(part.prefix))) out.push({ s, i });
    }
  }
  return out;
}

/** A noun made from a verb ("recruitment", "completion"), which shares the verb's stem but does not say it was done. */
const NOUN = /(?:ments?|tions?|sions?|ances?|ences?|ness)$/i;

function locate(part: Part, w: Window): { s: SentenceReading; i: number } | undefined {
  return occurrences(part, w)[0];
}

/** After a thing, that it will not happen: "… will not go ahead", "was not held", "did not take place". */
const NOT_HELD = /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:(?:will|would|did|does|do|is|was|were|has|had|have|could|can)\s*(?:not|n['’]t|never)|(?:is|are|was|were)\s+not\s+going\s+to)\s+(?:be\s+|been\s+)?(?:go(?:ing)?\s+ahead|take\s+place|happen|held|run|open|proceed|return)\b/iu;

/**
 * The passage states the claim's words under a negation, or the claim negates what the passage
 * states: of the words both have that either puts under a negation (the predicate, not the subject),
 * most are negated on one side only. "Not allowed" where the source says "banned" agrees.
 */
function polarityContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  if (claim.content.length < 3) return undefined;
  // "with no votes against" gives a tally ("10 votes to 0"), not a denial of the vote.
  if (NO_VOTES_AGAINST.test(claim.text)) return undefined;
  let disagreeing: { w: Window; neg?: string; refused?: string } | undefined;
  // "was not stood down until noon" says when: a passage that says it was stood down at noon agrees
  // (one that has "until" too may say it lasted, or did not last, until then).
  const notUntil = claim.tokens.some((t, i) => claim.negatedTokens.has(i) && UNTIL.test(t.raw));
  // "The group says its results have been verified": who says it is the frame, and a source that
  // gives the rest may deny it without naming the group.
  const frame = speechFrameEnd(claim.tokens);
  const askedEnd = /^\s*Asked\s+(?:about|whether|if|why|how|what|when|who)\b[^,;]*,/i.exec(claim.text)?.[0].length ?? 0;
  const clauses = contrastClauses(claim);
  const quoted = quotations(claim.text).filter((q) => q.text.trim().split(/\s+/).length >= 3);
  for (const w of top.slice(0, 6)) {
    // A heading names a subject; it says nothing happened or did not ("## Member survey: handover delays").
    if (w.sentences.every((s) => HEADING_LINE.test(s.text))) continue;
    // (Or one clause of a sentence that joins two with "but" — "had exercised reasonable care but had been
    // deceived" — where the passage is about that clause: only its words are compared.)
    let within: (p: Part) => boolean = () => true;
    if (sameWords(parts, w.covered, () => true) < 0.75 && !(frame >= 0 && sameWords(parts, w.covered, (p) => p.at > frame) >= 0.75)) {
      const clause = clauses.find(([a, b]) => {
        const inside = (p: Part) => p.at >= a && p.at < b && p.at > frame;
        return parts.filter(inside).length >= 3 && sameWords(parts, w.covered, inside) >= 0.85;
      });
      if (!clause) continue;
      within = (p) => p.at >= clause[0] && p.at < clause[1] && p.at > frame;
    }
    if (notUntil && !w.sentences.some((s) => s.tokens.some((t) => UNTIL.test(t.raw)))) continue;
    // Only what a negation turns around is compared ("did not [tell] Reuters", "no [damage] was reported").
    let agree = 0;
    let flip = 0;
    let sourceNegation: string | undefined;
    // ("unable to verify" says what "could not be verified" does.)
    const unable = (s: SentenceReading, i: number) => /\b(?:unable|failed)\s+to\s+$/i.test(s.text.slice(Math.max(0, s.tokens[i].start - 12), s.tokens[i].start));
    // ("declined to apologise", "refused to comment" say it was not done, too; of what the claim speaks of.)
    const declined = (s: SentenceReading, i: number) => /\b(?:declined|refused)\s+to\s+$/i.test(s.text.slice(Math.max(0, s.tokens[i].start - 14), s.tokens[i].start));
    let refused: string | undefined;
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j];
      if (w.covered[j] < 0.8 || !within(p)) continue;
      // What the claim says was asked ("Asked about deductions, she said …") is not said to be so.
      if (claim.tokens[p.at] && claim.tokens[p.at].start < askedEnd) continue;
      // (Nor what someone's quoted words deny: '"We are not the council's piggy bank," said …' is held to the
      // words themselves, by the quotation check, not to whether a passage says the BID is a piggy bank.)
      if (claim.tokens[p.at] && quoted.some((q) => q.span.start <= claim.tokens[p.at].start && claim.tokens[p.at].end <= q.span.end)) continue;
      // (Nor who "neither will" speaks of: "…will not be charged, and neither will relatives of patients" denies
      // the charge again, not the relatives.)
      if (claim.tokens[p.at] && ELIDED_NEITHER.test(claim.text.slice(0, claim.tokens[p.at].start))) continue;
      // (What a correction says the paper had said is no one's word for it: "we described Alan Pryce as a
      // former headteacher. Mr Pryce taught geography … but was not its headteacher".)
      const correction = isCorrection(w.source, w.paragraph);
      const where = correction ? occurrences(p, w).filter(({ s }) => !withdrawsIn(w.source, w.paragraph, s)) : occurrences(p, w);
      if (where.length === 0) continue;
      // A negation in a condition ("would slip into 2025 if the bill had not passed") asserts nothing.
      if (claim.negationHeads.has(p.at) && inCondition(claim.text, claim.tokens, p.at)) continue;
      // "suspended without pay" where the source says "suspended on full pay": the claim denies the word
      // the source states (and one that says "without" too, or negates it, agrees).
      if (withoutBefore(claim.tokens, p.at) && claim.tokens[p.at - 1]?.raw.toLowerCase() === 'without' && p.role === 'word') {
        const plainly = where.filter(({ s, i }) => s.tokens[i].term === p.indexTerm || s.lemmas[i] === p.term);
        if (plainly.length === 0) continue;
        if (plainly.some(({ s, i }) => withoutBefore(s.tokens, i) || negatedOf(s).has(i))) agree += p.weight;
        else {
          const said = plainly.find(({ s, i }) => /^(?:on|with|full|paid)$/i.test(s.tokens[i - 1]?.raw ?? ''));
          if (said) {
            flip += p.weight;
            const from = said.s.tokens[Math.max(0, said.i - 2)];
            sourceNegation ??= said.s.text.slice(/^(?:on|with)$/i.test(from.raw) || said.i < 2 ? from.start : said.s.tokens[said.i - 1].start, said.s.tokens[said.i].end);
          }
        }
        continue;
      }
      // ("declined to apologise" denies the apology as "did not apologise" does.)
      const refusal = REFUSED_TO.exec(claim.text.slice(Math.max(0, claim.tokens[p.at].start - 14), claim.tokens[p.at].start));
      if (refusal && p.role === 'word' && !claim.negationHeads.has(p.at) && !claim.negatedTokens.has(p.at)) {
        const plainly = where.filter(({ s, i }) => (s.tokens[i].term === p.indexTerm || s.lemmas[i] === p.term) && isPastForm(s.tokens[i].raw.toLowerCase()));
        if (where.some(({ s, i }) => negatedOf(s).has(i) || unable(s, i) || declined(s, i))) agree += p.weight;
        else if (plainly.some(({ s, i }) => !comesAfterModal(s, i))) {
          flip += p.weight;
          refused ??= `“${refusal[1]} to ${claim.tokens[p.at].raw}”`;
        }
        continue;
      }
      if (claim.negationHeads.has(p.at)) {
        // The claim negates this word: a source that says it plainly (and not its opposite) disagrees.
        // (The word itself, not one that only begins like it: "depends on recruitment" does not say they
        // were recruited, for "had not yet recruited them all".)
        // (And a participle only by a verb: "handover delays" says no one was delayed, for "had never been delayed".)
        const participle = isPastForm(p.raw.toLowerCase());
        const verbal = (raw: string) => !participle || isPastForm(raw.toLowerCase()) || /ing$/i.test(raw) || raw.toLowerCase() === p.raw.toLowerCase();
        if (!NOUN.test(p.raw) && !where.some(({ s, i }) => (s.tokens[i].term === p.indexTerm || s.lemmas[i] === p.term) && !NOUN.test(s.tokens[i].raw) && verbal(s.tokens[i].raw))) continue;
        // "… compared with 2% of those who did not": a negation whose verb was said before it may be the claim's.
        // ("no Christmas market this year" is what "the Christmas market will not go ahead" says.)
        // ("appeared on no records" agrees with a passage that says it "did not appear" on them.)
        const verb = deniedVerbOf(claim, p.at);
        const pastClaim = /\b(?:had|was|were)\s+no\b/i.test(claim.text);
        // (A thing the sentence says there was none of, "there was no quorum", is what "in the absence of a
        // quorum" says; not a deed, "did not chair", against "in the absence of the chair".)
        const noThing = /^no$/i.test(claim.tokens[p.at - 1]?.raw ?? '');
        if (where.some(({ s, i }) => negatedOf(s).has(i) || unable(s, i) || declined(s, i) || (noThing && withoutBefore(s.tokens, i)) || FREE_OF.test(s.text.slice(Math.max(0, s.tokens[i].start - 12), s.tokens[i].start)) || lackedBefore(s, i, pastClaim) || (noThing && absenceOf(s, i)) || noObjectAfter(s, i) || ELIDED_NEGATION.test(s.text) || NOT_HELD.test(s.text.slice(s.tokens[i].end, s.tokens[i].end + 50)) || (verb >= 0 && s.tokens.some((t, k) => negationHeadsOf(s).has(k) && (t.term === claim.tokens[verb].term || s.lemmas[k] === claim.lemmas[verb]) && k < i && i - k <= 8 && !/[,;:]|\bbut\b/.test(s.text.slice(t.end, s.tokens[i].start))))) || saysOpposite(p, w) || echoesNegation(claim, p.at, w)) agree += p.weight;
        // (A figure the negated verb governs, "could not verify £26m", is denied with its verb: "unable to
        // verify £26m" agrees, though no negation reaches the figure itself.)
        else if (p.quantity && where.some(({ s, i }) => s.tokens.slice(Math.max(0, i - 3), i).some((_, k, arr) => unable(s, i - arr.length + k)))) agree += p.weight;
        else flip += p.weight;
      } else if (!claim.negatedTokens.has(p.at) && !negatedInClause(claim, p.at) && !claim.contrast.has(p.at) && !saidWithout(claim.text, claim.tokens, p.at) && !preventedBefore(claim.tokens, p.at) && !/\b(?:unable|failed|declined|declining|refused|refusing)\s+to\s+$/i.test(claim.text.slice(Math.max(0, claim.tokens[p.at].start - 14), claim.tokens[p.at].start))) {
        // ("declined to comment" says what "will not comment" says.)
        // The claim says it plainly: a source that only negates it disagrees.
        // "no sensor should remain unrepaired": a negation of a negated word says it plainly.
        // "withdrew the buses from service" is what "took them out of service" says.
        const fromHere = precededBy(claim.tokens, p.at, 'from');
        // The negation must be about what the claim speaks of: another of its words within its reach
        // (a table's "No defect found" says nothing of the pump that "failed a load test").
        // (Or the subject it is said of, just before it: "The result is not binding".)
        const subjectOf = (s: SentenceReading, i: number) => {
          let k = i - 1;
          while (k >= 0 && k >= i - 6 && !/[,;:()|.!?\n—–]/.test(s.text.slice(s.tokens[k].end, s.tokens[k + 1].start))) {
            if (!s.tokens[k].stop && s.tokens[k].term !== p.term && memo.claimTerms.has(s.tokens[k].term)) return true;
            k--;
          }
          return false;
        };
        // (Or the person the sentence opens with, the claim's: "Mr Pryce taught geography … for 34 years but
        // was not its headteacher".)
        const namedSubject = (s: SentenceReading, i: number) => {
          const first = namesOf(s)[0];
          return !!first && personLike(first.text) && first.end <= s.tokens[i].start && s.tokens.slice(0, 3).some((t) => t.start === first.start || t.end === first.end) && first.terms.some((t) => memo.claimTerms.has(t)) && !/[;:.!?]/.test(s.text.slice(first.end, s.tokens[i].start));
        };
        const aboutIt = (s: SentenceReading, i: number) => [...negatedOf(s)].some((k) => k !== i && !s.tokens[k].stop && s.tokens[k].term !== p.term && memo.claimTerms.has(s.tokens[k].term)) || subjectOf(s, i) || namedSubject(s, i);
        // Nor a negation in a question someone asked ("Cllr Wilk asked why it had not been required"): no one said so.
        const asked = (s: SentenceReading, i: number) => ASKED_WHY.test(s.text.slice(0, s.tokens[i].start));
        // (Not a word the negation reaches only as what another verb of the source governs: "does not
        // include emergency make-safe works" turns "include" around, not the works the claim speaks of.)
        // (Only a verb of including, counting or covering: "has not paid compensation" denies the compensation.)
        const throughOther = (s: SentenceReading, i: number) => i > 0 && negationHeadsOf(s).has(i - 1) && INCLUDING.test(s.tokens[i - 1].raw) && !memo.claimTerms.has(s.tokens[i - 1].term) && !memo.claimTerms.has(s.lemmas[i - 1]);
        // (Nor a word the claim has only as a noun's modifier: "a funding proposal would go to the committee"
        // is not what "had not yet been funded" turns around.)
        const next = claim.tokens[p.at + 1];
        const modifier = /ing$/i.test(p.raw) && /^(?:a|an|the|its|their|his|her|this|that|new)$/i.test(claim.tokens[p.at - 1]?.raw ?? '') && !!next && !next.stop && next.kind === TokenKind.Word && !isPastForm(next.raw.toLowerCase()) && !/^(?:comes?|goes|gets?|has|helps?|means|pays?|allows?|covers?|remains?|stays?)$/i.test(next.raw) && !/[,;:]/.test(claim.text.slice(claim.tokens[p.at].end, next.start));
        const negatedThere = where.filter(({ s, i }) => (negationHeadsOf(s).has(i) || unable(s, i) || declined(s, i)) && !TO_BE_SHOWN.test(s.text.slice(0, s.tokens[i].start)) && !(modifier && s.tokens[i].raw.toLowerCase() !== p.raw.toLowerCase()) && !throughOther(s, i) && !doublyNegated(s) && !(fromHere && precededBy(s.tokens, i, 'of', 'out')) && (unable(s, i) || aboutIt(s, i)) && !asked(s, i) && !inCondition(s.text, s.tokens, i));
        if (negatedThere.length === 0) continue;
        if (where.some(({ s, i }) => !negatedOf(s).has(i) && !unable(s, i) && !declined(s, i))) agree += p.weight;
        else {
          flip += p.weight;
          const first = negatedThere[0];
          sourceNegation ??= unable(first.s, first.i) ? 'unable to' : declined(first.s, first.i) ? (/refused/i.test(first.s.text) ? 'refused to' : 'declined to') : negationWord(first.s);
        }
      }
    }
    if (flip === 0 && agree === 0) continue;
    if (flip > agree) disagreeing ??= { w, neg: sourceNegation, refused };
    else return undefined; // a close passage agrees
  }
  if (!disagreeing) return undefined;
  if (disagreeing.refused) return { kind: 'negation', claimText: disagreeing.refused, sourceText: 'it happened', evidence: toEvidence(disagreeing.w) };
  const negAt = claim.tokens.findIndex((_, i) => claim.negatedTokens.has(i) && isNegationAt(claim.tokens, i));
  if (claim.negated && negAt >= 0 && !disagreeing.neg) return { kind: 'negation', claimText: `“${negationText(claim.tokens, negAt)}”`, sourceText: 'it happened', evidence: toEvidence(disagreeing.w) };
  return { kind: 'negation', claimText: 'it happened', sourceText: `“${disagreeing.neg ?? 'not'}”`, evidence: toEvidence(disagreeing.w) };
}

/** The clause of a sentence around an offset, where clauses are joined by a semicolon or by ", and", ", but", ", while". */
/** Words that give a clause a verb of its own. */
const FINITE = /\b(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|did|does|do)\b/i;

function joinedClause(text: string, at: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/;\s|,\s+(?:and|but|while|whereas|although|though)\s/g)) {
    const i = m.index ?? 0;
    // (Not inside brackets: "($332; £179.3)".)
    if ((text.slice(0, i).match(/\(/g)?.length ?? 0) > (text.slice(0, i).match(/\)/g)?.length ?? 0)) continue;
    if (i + m[0].length <= at) from = i + m[0].length;
    else if (i >= at) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/**
 * "will have to contact TicketNest to claim a refund" where the passage about it says customers "do not
 * need to contact us or the ticketing platform" (or "with no need to apply"): an obligation the source
 * says there is none of.
 */
function obligationContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const mine = OBLIGED.exec(claim.text);
  if (!mine || claim.negated) return undefined;
  const verb = stemOf(mine[1]);
  for (const w of top.slice(0, 3)) {
    if (sameWords(parts, w.covered, () => true) < 0.5) continue;
    for (const s of w.sentences) {
      for (const m of s.text.matchAll(NOT_OBLIGED)) {
        if (stemOf(m[1] ?? m[2] ?? m[3]) === verb) return { kind: 'negation', claimText: `“${mine[0]}”`, sourceText: `“${m[0]}”`, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}

/** An obligation: "will have to contact", "must apply", "need to register". */
const OBLIGED = /\b(?:(?:have|has|had|needs?)\s+to|must|(?:is|are|was|were)\s+required\s+to)\s+(?!be\b|have\b)(\p{L}+)/iu;
/** None: "do not need to contact", "need not apply", "with no need to apply", "don't have to register". */
const NOT_OBLIGED = /\b(?:(?:do|does|did|will)\s+not|don['’]t|doesn['’]t|didn['’]t|won['’]t)\s+(?:need|have)\s+to\s+(\p{L}+)|\bneed\s+not\s+(\p{L}+)|\bno\s+need\s+to\s+(\p{L}+)/giu;

/** A refusal just before a verb: "declined to", "refused to", "failed to". */
const REFUSED_TO = /\b(declined|refused|failed)\s+to\s+$/i;

/** Whether a verb of a sentence comes after a modal, one or two words back ("will apologise", "would be apologising"). */
function comesAfterModal(s: SentenceReading, i: number): boolean {
  return [1, 2].some((k) => i - k >= 0 && /^(?:will|would|may|might|could|should|must|shall|to)$/i.test(s.tokens[i - k].raw));
}

/**
 * The token ranges of a sentence's clauses where "but", "whereas", "although" or a semicolon joins two,
 * or a comma opens a participle's clause ("did not address the committee, leaving the case to …"); none
 * for a sentence of one.
 */
function contrastClauses(claim: Claim): Array<[number, number]> {
  const cuts = [...claim.text.matchAll(/\s(?:but|whereas|although|though)\s|;\s|,\s(?=(?!during|including|according|morning|evening|nothing|something|anything|everything|being|following|regarding|concerning)\p{Ll}+ing\s)/gu)].map((m) => tokenAt(claim, (m.index ?? 0) + 1));
  if (cuts.length === 0) return [];
  const bounds = [0, ...cuts, claim.tokens.length];
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < bounds.length; k++) if (bounds[k + 1] > bounds[k]) out.push([bounds[k], bounds[k + 1]]);
  return out;
}

/**
 * What the passage leaves out of the claim, a later sentence of its paragraph denies: "It was open from
 * 10 March to 6 April. … The survey is not a random sample" for "The survey, open from 10 March to 6
 * April, was a random sample". The denial must speak of what the passage does (a word of the claim it
 * shares with it), turn the claim's missing words around itself, and no passage may state them plainly.
 */
function deniedLaterContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], cache: ReadingCache, memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const w = top[0];
  if (!w || claim.negated || claim.content.length < 4) return undefined;
  const missing = parts.filter((p, j) => w.covered[j] < 0.8);
  // Most of the claim in the passage, and what it lacks only words (no figure, date or name), a word or three.
  if (missing.length === 0 || missing.length > 3 || missing.some((p) => p.role !== 'word' || claim.negatedTokens.has(p.at) || claim.contrast.has(p.at))) return undefined;
  if (sameWords(parts, w.covered, (p) => !missing.includes(p)) < 0.9 || weighted(parts, w.covered) < 0.6) return undefined;
  // Stated plainly in another passage: nothing to deny.
  if (top.some((x) => x !== w && missing.every((p) => occurrences(p, x).some(({ s, i }) => !negatedOf(s).has(i))))) return undefined;
  const sentences = cache.sentences(w.source, w.paragraph);
  const shared = new Set(parts.filter((p, j) => w.covered[j] >= 0.8 && p.role === 'word').map((p) => p.term));
  for (let k = w.to; k < sentences.length; k++) {
    const s = sentences[k];
    if (/\?\s*$/.test(s.text) || doublyNegated(s)) continue;
    const heads = negationHeadsOf(s);
    const negated = negatedOf(s);
    const at = missing.map((p) => s.tokens.findIndex((t, i) => (t.term === p.indexTerm || s.lemmas[i] === p.term) && negated.has(i)));
    if (at.some((i) => i < 0) || !at.some((i) => heads.has(i)) || at.some((i) => inCondition(s.text, s.tokens, i))) continue;
    // About what the passage speaks of ("The survey is not …"), not another thing of the paragraph.
    if (!s.lemmas.some((l, i) => !s.tokens[i].stop && !negated.has(i) && shared.has(l))) continue;
    const c = memo.of(s, w.source);
    const window: Window = { source: w.source, paragraph: w.paragraph, from: k, to: k + 1, score: weighted(parts, c), covered: c, sentences: [s], sentenceCover: [c] };
    return { kind: 'negation', claimText: 'it happened', sourceText: `“${negationWord(s) ?? 'not'}”`, evidence: toEvidence(window) };
  }
  return undefined;
}

/** A Markdown heading line. */
const HEADING_LINE = /^\s*#{1,6}\s/;

/** The index of the verb of a speech frame that opens a claim ("The group says …", "Ms Hale told the BBC …"), or -1. */
function speechFrameEnd(tokens: readonly { raw: string }[]): number {
  // (A finding is a frame too: "Its report, published on 15 October, found that …".)
  const at = tokens.slice(0, 8).findIndex((t, i) => FRAME_VERB.test(t.raw) || (FINDING_VERB.test(t.raw) && tokens[i + 1]?.raw.toLowerCase() === 'that'));
  return at > 0 ? at : -1;
}

const FINDING_VERB = /^(?:found|finds|concluded|concludes|ruled|rules|decided|decides|cautions|cautioned|warns|warned|notes|noted|admits|admitted|accepts|accepted|concedes|conceded|acknowledges|acknowledged|insists|insisted|argues|argued|believes|believed)$/i;

const FRAME_VERB = /^(?:said|says|say|told|tells|stated|states|reported|reports|wrote|writes|added|claimed|claims)$/i;

/**
 * The text a one-click fix puts in place of the claim's span: the source's words, less those the claim
 * already has right beside the span ("in over 10 years" with the source's "over 20" becomes "in over
 * 20 years", not "in over over 20 years"; "the EC's Stock Exchange" with "EC's Official Journal").
 */
export function replacementText(claimText: string, span: Span, sourceText: string): string {
  const words = sourceText.split(/\s+/).filter(Boolean);
  const before = claimText.slice(0, span.start).split(/\s+/).filter(Boolean);
  const after = claimText.slice(span.end).split(/\s+/).filter(Boolean);
  const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
  let from = 0;
  for (let n = Math.min(3, words.length - 1); n > 0; n--) {
    if (words.slice(0, n).every((w, k) => same(w, before[before.length - n + k]))) {
      from = n;
      break;
    }
  }
  let to = words.length;
  for (let n = Math.min(3, words.length - 1 - from); n > 0; n--) {
    if (words.slice(words.length - n).every((w, k) => same(w.replace(/[.,;:]+$/, ''), after[k]?.replace(/[.,;:]+$/, '')))) {
      to = words.length - n;
      break;
    }
  }
  return words.slice(from, to).join(' ');
}

/** A name with the "of …" that completes it in its sentence: "Department of Health", "New England Journal of Medicine". */
function fullName(text: string, n: { text: string; end: number }): string {
  const more = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(n.end));
  return more ? n.text + more[0] : n.text;
}

/** Whether a window has the words of the clause a name of the claim stands in (the name's own aside). */
function clauseSaid(claim: Claim, parts: readonly Part[], name: { start: number; end: number }, w: Window): boolean {
  const text = claim.text;
  const breaks = [...text.matchAll(/[,;:]\s+|\s+(?:and|but|while|whereas|although)\s+/gi)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const from = Math.max(0, ...breaks.filter((b) => b.end <= name.start).map((b) => b.end));
  const to = Math.min(text.length, ...breaks.filter((b) => b.start >= name.end).map((b) => b.start));
  const inClause = (p: Part) => {
    const t = claim.tokens[p.at];
    return !!t && t.start >= from && t.end <= to && (t.end <= name.start || t.start >= name.end) && p.role === 'word';
  };
  return sameWords(parts, w.covered, inClause) >= 0.75;
}

/**
 * One thing set against another, the claim taking the one the source denies: "It's a hamstring, not
 * the knee" against "the injury was to his knee rather than his hamstring". Both words must be the
 * claim's, the denied one said plainly there.
 */
function notTheOtherContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const plain = new Set(claim.tokens.filter((t, i) => !t.stop && !claim.negatedTokens.has(i) && !claim.contrast.has(i) && !negatedInClause(claim, i)).map((t) => t.term));
  const any = new Set(claim.tokens.filter((t) => !t.stop).map((t) => t.term));
  // The claim's own "X rather than Y" / "X, not Y" keeps the order: the one it affirms comes first.
  const affirmedFirst = (a: string, b: string) => {
    const i = claim.tokens.findIndex((t) => t.term === a);
    const j = claim.tokens.findIndex((t) => t.term === b);
    return i >= 0 && j >= 0 && i < j && /\b(?:rather than|not|instead of)\b/i.test(claim.text.slice(claim.tokens[i].end, claim.tokens[j].start));
  };
  for (const w of top.slice(0, 3)) {
    if (sameWords(parts, w.covered, () => true) < 0.5) continue;
    for (const s of w.sentences) {
      for (const m of s.text.matchAll(/\b([\p{L}-]+),\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?([\p{L}-]+)/giu)) {
        const yes = s.tokens.find((t) => t.start === m.index);
        const no = s.tokens.find((t) => t.end === m.index! + m[0].length);
        if (!yes || !no || yes.term === no.term || !any.has(yes.term) || !plain.has(no.term) || !affirmedFirst(no.term, yes.term)) continue;
        return { kind: 'negation', claimText: 'it happened', sourceText: `“${m[0].slice(m[0].search(/\bnot\b/i))}”`, evidence: toEvidence(w) };
      }
      // What the source rules out in so many words, the claim affirming it: "suspended as a precaution,
      // not as a finding of fault" against "the suspension amounted to a finding of fault" (two words of
      // the phrase at least, all of them the claim's, said plainly).
      for (const m of s.text.matchAll(/,\s*(?:and\s+|but\s+)?not\s+((?:[\p{L}'’-]+\s+){1,6}?[\p{L}'’-]+)(?=\s*(?:[,.;:!?"”)]|$))/giu)) {
        const words = tokenize(m[1]).filter((t) => t.kind === TokenKind.Word && !t.stop).map((t) => t.term);
        // (As a phrase of the claim, its words in order and close together: "63 was the number of cases in
        // which … an eviction warrant" does not say "the number of evictions".)
        if (words.length < 2 || !words.every((t) => plain.has(t)) || !saysInOrder(claim, words)) continue;
        // (Nor a sentence that reports it denied: "The trust denied that the suspension was a finding of fault".)
        if (/\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*|rul(?:e|ed|es|ing) out)\b/i.test(claim.text)) continue;
        return { kind: 'negation', claimText: 'it happened', sourceText: `“${m[0].slice(m[0].search(/\bnot\b/i))}”`, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}

/** Whether the claim has these terms in this order, each within two words of the one before. */
function saysInOrder(claim: Claim, terms: readonly string[]): boolean {
  const t = claim.tokens.filter((x) => !x.stop);
  for (let i = 0; i < t.length; i++) {
    if (t[i].term !== terms[0]) continue;
    let at = i;
    let ok = true;
    for (const term of terms.slice(1)) {
      const next = t.findIndex((x, k) => k > at && k <= at + 2 && x.term === term);
      if (next < 0) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Whether a word of the sentence is said not to be, by "without" earlier in its clause ("without any
 * payment being made") or "free of" just before it ("free of charge", which "at no charge" says).
 */
function saidWithout(text: string, tokens: readonly { raw: string; start: number; end: number }[], at: number): boolean {
  if (at >= 2 && tokens[at - 1].raw.toLowerCase() === 'of' && tokens[at - 2].raw.toLowerCase() === 'free') return true;
  const before = text.slice(tokens[Math.max(0, at - 5)].start, tokens[at].start);
  const m = /\bwithout\b(?![^,;:.]*[,;:.])/i.exec(before);
  return m !== null;
}

/** "stops the site accepting any new waste", "barred him from standing": a verb that keeps what follows from happening, within four words before it. */
function preventedBefore(tokens: readonly { raw: string }[], at: number): boolean {
  // (What is kept from happening is a verb's -ing form: "The Anchor bar accepted card payments" keeps nothing.)
  if (!/ing$/i.test(tokens[at]?.raw ?? '')) return false;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (PREVENTS.test(tokens[k].raw)) return true;
  return false;
}
const PREVENTS = /^(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|bar|bars|barred|barring|ban|bans|banned|banning|prohibit|prohibits|prohibited|forbid|forbids|forbade|forbidden|block|blocks|blocked|blocking)$/i;

/** "gone 14 months without security updates": what "without" governs is not said to be there (two words back at most). */
/** "in the absence of a quorum": the word right after "absence of" and an article. */
function absenceOf(s: SentenceReading, at: number): boolean {
  return /\babsence\s+of\s+(?:an?\s+|the\s+|any\s+)?$/i.test(s.text.slice(Math.max(0, s.tokens[at].start - 30), s.tokens[at].start));
}

/** "have produced no appointable candidates": the verb done to nothing, as "failed to produce a … candidate" says. */
function noObjectAfter(s: SentenceReading, at: number): boolean {
  const next = s.tokens[at + 1];
  const object = s.tokens[at + 2];
  // (A thing after it, "no appointable candidates"; not "voted no," nor "no fewer than three times".)
  return !!next && !!object && /^no$/i.test(next.raw) && /^\s+$/.test(s.text.slice(s.tokens[at].end, next.start)) && /^\s+$/.test(s.text.slice(next.end, object.start)) && object.kind === TokenKind.Word && !object.stop && !/^(?:fewer|more|less|longer|later|sooner|doubt|one)$/i.test(object.raw);
}

/** "lacks a footway", "lacking a continuous footway": a word said to be missing now, as "no footway" says. (Not "without", which says how something else was done; nor "in the absence of the chair", someone else's; nor "lacked", which was so.) */
function lackedBefore(s: SentenceReading, at: number, past = false): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (/[,;:.!?()—–]/.test(s.text.slice(s.tokens[k].end, s.tokens[k + 1].start))) return false;
    // ("lacked" only for a sentence that says it had none: "For two years the village lacked a doctor".)
    if (LACK.test(s.tokens[k].raw) || (past && /^lacked$/i.test(s.tokens[k].raw))) return true;
  }
  return false;
}

const LACK = /^(?:lacks?|lacking)$/i;

function withoutBefore(tokens: readonly { raw: string }[], at: number): boolean {
  return [1, 2].some((k) => at - k >= 0 && tokens[at - k].raw.toLowerCase() === 'without');
}

/** A correction's words leaving a matter open: "is reviewing", "will publish a single figure in due course". */
const LEFT_OPEN = /\b(?:(?:is|are)\s+(?:still\s+)?reviewing|under review|in due course|will publish|(?:is|are|remains?)\s+(?:in\s+)?dispute[sd]?|not yet (?:clear|known|settled|confirmed))\b/i;
/** A correction's plainer words that the paper was wrong: "wrong", "should not have", "we apologise". */
const WAS_WRONG = /\b(?:wrong(?:ly)?|incorrect(?:ly)?|inaccurate(?:ly)?|in error|mistaken(?:ly)?|should (?:not )?have|we apologi[sz]e|was an error|the correct)\b/i;
/** A claim's words that its figure is a sum of several: "between them", "in total", "combined". */
const SUMMED = /\b(?:between them|in total|together|combined|altogether|all told)\b/i;

/** Whether two or three of a passage's figures add up to the claim's. */
function sumOfParts(q: Quantity, theirs: readonly Quantity[]): boolean {
  const v = theirs.map((x) => x.value);
  for (let a = 0; a < v.length; a++) {
    for (let b = a + 1; b < v.length; b++) {
      if (Math.abs(v[a] + v[b] - q.value) < 1e-6) return true;
      for (let c = b + 1; c < v.length; c++) if (Math.abs(v[a] + v[b] + v[c] - q.value) < 1e-6) return true;
    }
  }
  return false;
}

/**
 * Whether a span of time the claim gives a deed ("has chaired the committee for nine years") is rivalled by
 * one the passage gives another deed in its own clause ("had withdrawn after eleven years"): the claim's verb
 * is not in the rival's clause, and a verb of its own is.
 */
function spanOfOtherDeed(claim: Claim, q: Quantity, s: SentenceReading, r: Quantity): boolean {
  const at = claim.tokens.findIndex((t) => t.start >= q.start);
  let verb: string | undefined;
  for (let k = (at < 0 ? claim.tokens.length : at) - 1; k >= 0 && k >= at - 7; k--) {
    const t = claim.tokens[k];
    if (t.kind === TokenKind.Word && !t.stop && !t.capitalized && isPastForm(t.raw.toLowerCase()) && !SPEECH_VERBS.has(t.raw.toLowerCase())) {
      verb = claim.lemmas[k];
      break;
    }
  }
  if (!verb) return false;
  const [from, to] = joinedClause(s.text, r.start);
  const own = s.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= from && t.end <= to);
  if (own.some(({ i }) => s.lemmas[i] === verb)) return false;
  return own.some(({ t }) => t.kind === TokenKind.Word && !t.stop && !t.capitalized && isPastForm(t.raw.toLowerCase()) && !SPEECH_VERBS.has(t.raw.toLowerCase()) && t.end <= r.start);
}

/** Words of a change beside a figure: "added two hours", "cut by 12", "three more". */
const CHANGE_NEAR = /\b(?:add(?:s|ed)?|cut|extra|more|fewer|less|back|ro(?:se|sen)|f[ae]ll(?:en)?|increas\w*|decreas\w*|reduc\w*|gain\w*|lost|dropped|up|down)\b/i;
/** The subject after "neither will", "nor did": the negation is of the verb left out before. */
const ELIDED_NEITHER = /\b(?:neither|nor)\s+(?:will|would|do|does|did|are|is|was|were|can|could|has|have|had|should|shall|must)\s+[^,;.:]*$/i;
/** "free of charge", "free of cost": what "will not be charged" says. */
const FREE_OF = /\bfree\s+of\s+$/i;
/**
 * A clause of what is to be shown or made sure of, which asserts nothing: "Insufficient information has been
 * submitted to demonstrate that the development would not cause harm to breeding curlew".
 */
const TO_BE_SHOWN = /\b(?:demonstrat|show|prov|establish|ensur|satisf|guarantee)\w*\s+(?:[\p{L}'’-]+\s+){0,3}?that\b[^.;:]*$/iu;

/** Whether a word is in a condition: "if"/"unless" before it in its clause ("if the bill had not passed"). */
function inCondition(text: string, tokens: readonly { raw: string; start: number; end: number }[], at: number): boolean {
  const start = tokens[Math.max(0, at - 12)]?.start ?? 0;
  const before = text.slice(start, tokens[at].start);
  const lastBreak = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'));
  return /\b(?:if|unless)\b/i.test(before.slice(lastBreak + 1));
}

/**
 * Whether the passage has the claim's negation with the word before it, as an answer it reports: "38
 * per cent said no [to a fresh election]" where the passage asks "whether a fresh election should be
 * held" and gives "38 per cent said no". The question's words are then not what the claim denies.
 */
function echoesNegation(claim: Claim, at: number, w: Window): boolean {
  let k = at - 1;
  while (k > 0 && !isNegationAt(claim.tokens, k)) k--;
  if (k < 1 || !isNegationAt(claim.tokens, k) || !ANSWER_VERBS.test(claim.tokens[k - 1].raw)) return false;
  const phrase = new RegExp(`\\b${claim.tokens[k - 1].raw}\\s+${claim.tokens[k].raw}\\b`, 'i');
  return w.sentences.some((s) => phrase.test(s.text));
}

/**
 * Whether the claim's own clause says no before the word: "the decision was not one any of us took
 * lightly" denies "took" as "This is not a decision any of us took lightly" does.
 */
/** The verb whose object a "no" before the word at `at` denies ("appeared on no [records]", "found no [trace]"), or -1. */
function deniedVerbOf(claim: Claim, at: number): number {
  for (let k = at - 1; k >= 1 && k >= at - 3; k--) {
    if (!/^no$/i.test(claim.tokens[k].raw) || !isNegationAt(claim.tokens, k)) continue;
    let v = k - 1;
    while (v > 0 && v >= k - 2 && PREPOSITION.test(claim.tokens[v].raw)) v--;
    return VERB_FORM.test(claim.tokens[v].raw) && !/[,;:]/.test(claim.text.slice(claim.tokens[v].end, claim.tokens[at].start)) ? v : -1;
  }
  return -1;
}

function negatedInClause(claim: Claim, at: number): boolean {
  const breaks = (k: number) => /[,;:]/.test(claim.text.slice(claim.tokens[k].end, claim.tokens[k + 1]?.start ?? claim.tokens[k].end)) || /^(?:but|and|while|whereas|although)$/i.test(claim.tokens[k].raw);
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    if (breaks(k)) break;
    if (isNegationAt(claim.tokens, k)) return true;
  }
  // Or just after it, as its verb's: "the decision was not one …" says of the decision what "not a decision …" does.
  // (And a verb whose object "no" denies: "appeared on no records", "found no trace" say what "did not
  // appear on the records" and "did not find any trace" do. Only a preposition or nothing between.)
  for (let k = at + 1; k < claim.tokens.length && k <= at + 3; k++) {
    if (isNegationAt(claim.tokens, k)) return /^(?:is|was|were|are|has|had|have)$/i.test(claim.tokens[k - 1].raw) || (/^no$/i.test(claim.tokens[k].raw) && VERB_FORM.test(claim.tokens[at].raw) && claim.tokens.slice(at + 1, k).every((t) => PREPOSITION.test(t.raw)));
    if (breaks(k - 1)) break;
  }
  return false;
}

/** A verb's past or -ing form, as written. */
const VERB_FORM = /^\p{Ll}+(?:ed|ing)$|^(?:found|made|had|gave|took|left|saw|paid|got|kept|held|won|showed|shown|given|taken|seen|kept)$/u;
/** (Not "with" or "by": "passed with no objections" says how it passed, not that it did not.) */
const PREPOSITION = /^(?:on|in|at|to|for|from|of|into|onto|about)$/i;

/** Verbs that report an answer: "said no", "voted no", "answered no". */
const ANSWER_VERBS = /^(?:said|say|says|answered|replied|voted|responded)$/i;

const UNTIL = /^(?:until|till)$/i;
const ASKED_WHY = /\b(?:asked|wondered|queried|questioned|wanted to know)\s+(?:why|whether|if|how)\b[^.;]*$/i;

/** Whether the word at `i` follows `word` (and `before` that), with function words and at most one other word between ("from passenger service"). */
function precededBy(tokens: readonly { raw: string; stop: boolean }[], i: number, word: string, before?: string): boolean {
  let content = 0;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k].raw.toLowerCase();
    if (w === word) return before === undefined || tokens[k - 1]?.raw.toLowerCase() === before;
    if (!tokens[k].stop && ++content > 1) return false;
  }
  return false;
}

function negationWord(s: SentenceReading): string | undefined {
  const i = s.tokens.findIndex((_, k) => isNegationAt(s.tokens, k));
  return i < 0 ? undefined : negationText(s.tokens, i);
}

/** Whether a sentence's negation reaches a word negated by its prefix ("no sensor should remain unrepaired", "not unlike"). */
export function doublyNegated(s: SentenceReading): boolean {
  const negated = negatedOf(s);
  return s.tokens.some((t, i) => negated.has(i) && /^un\p{L}{3,}(?:ed|able|ible|ful|like|known|usual)$/iu.test(t.raw));
}

/** The window has a word opposite to a claim word ("banned" for "allowed"), not itself negated. */
function saysOpposite(p: Part, w: Window): boolean {
  return p.role === 'word' && w.sentences.some((s) => s.lemmas.some((l, i) => !s.tokens[i].stop && !negatedOf(s).has(i) && areOpposites(p.term, l)));
}

/** "remaining", "leaving", "left" in the sense of what is left over: "the remaining loss", "leaving a loss of", "left £5". */
function leftOver(tokens: readonly { raw: string }[], i: number): boolean {
  const t = tokens[i];
  if (!t || !LEFT_OVER_WORD.test(t.raw)) return false;
  const before = tokens[i - 1]?.raw.toLowerCase() ?? '';
  const after = tokens[i + 1]?.raw ?? '';
  return /^(?:the|a|an|its|their|his|her|our|any|all|only|each|every)$/.test(before) || /^(?:a|an|\d[\d,.]*|[£$€]\S*|some|just|only|nothing)$/i.test(after);
}
const LEFT_OVER_WORD = /^(?:remaining|remained|remain|remains|leaving|left|leaves|leave)$/i;

/**
 * A window about the same fact says "rejected" where the claim says "approved", and no close window
 * has the claim's word. A negation on one side only ("not allowed" / "banned") makes them agree.
 */
function oppositeContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], memo: CoverageMemo, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  // (Its own words as words, not in a title: "lost acclaim … such as You Win Again" says no "win".)
  const own = claimReading(claim);
  const claimLemmas = new Set(own.lemmas.filter((_, i) => i === 0 || !own.tokens[i].capitalized));
  // Each window read with the best passages of its source in the paragraph next to it (made once, for every word below).
  const merged = new Map<Window, ArrayLike<number>>();
  for (const w of top) {
    const near = top.slice(0, 3).filter((x) => x !== w && x.source === w.source && Math.abs(x.paragraph.n - w.paragraph.n) <= 1);
    if (near.length) merged.set(w, w.covered.map((c, k) => Math.max(c, ...near.map((x) => x.covered[k]))));
  }
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j];
    if (part.role !== 'word') continue;
    const rest = (p: Part) => p !== part;
    const at = claim.tokens[part.at];
    // (A measure's own word says which way it is measured, not how: "4.8 metres wide" is what "narrows to
    // 4.8 metres" gives; "2 metres high", "30 feet long".)
    if (claim.quantities.some((q) => q.end <= at.start && /^\s*(?:\p{L}+\s+)?$/u.test(claim.text.slice(q.end, at.start)) && /^(?:wide|narrow|high|low|long|short|deep|shallow|tall|thick|thin)$/i.test(at.raw))) continue;
    // A superlative is the claim's strongest word: a passage with half the rest of it in the same words is about the same thing.
    // (Read with the best passages of its source near it, as the judge reads them together: "The survey, completed
    // by 1,284 households, found that 71 per cent thought the payment adequate" has its count in one
    // sentence and its "inadequate" in a bullet below.)
    // (Only a window holding half the rest by itself.)
    const withBest = (w: Window) => (sameWords(parts, w.covered, rest) < 0.5 ? w.covered : (merged.get(w) ?? w.covered));
    const close = top.filter((w) => sameWords(parts, withBest(w), rest) >= (SUPERLATIVE.test(part.raw) ? 0.5 : 0.7));
    // A close window with the word itself agrees where the word stands among the same words as in the
    // claim: "rises" in another clause of the window ("three rate rises") does not outweigh "fell" in
    // the place of the claim's "rose" ("the dollar fell slightly").
    const itself = close.some((w) => w.covered[j] >= 0.8);
    // The same superlative under another rank is no longer the same ("busiest" / "second-busiest").
    const ranked = SUPERLATIVE.test(part.raw);
    const claimRank = ranked ? rankBefore(claim.text, claim.tokens, part.at) : undefined;
    const sameWord = (s: SentenceReading, i: number) => s.lemmas[i] === part.term || s.tokens[i].term === part.indexTerm;
    // "Among the largest" in the claim is said by any rank; "the largest" is not said by "among the largest".
    const otherRank = (s: SentenceReading, i: number) => ranked && claimRank !== 'among' && sameWord(s, i) && rankBefore(s.text, s.tokens, i) !== claimRank;
    // (A capital inside a sentence makes a word part of a title or name: "Chief Executive" is not the
    // opposite of "non-executive director".)
    // (Capitals throughout are emphasis, as minutes write "DEFERRED".)
    const titled = (s: SentenceReading, i: number) => i > 0 && s.tokens[i].capitalized && s.tokens[i].raw !== s.tokens[i].raw.toUpperCase() && !claim.tokens[part.at].capitalized;
    // ("Leaving a loss of £18,720" is what "the remaining loss" is: what is left over, not who left.)
    const leftOverHere = leftOver(claim.tokens, part.at);
    // (Not a word the claim says itself: "Fire destroyed the pavilion … a century after it was built" has
    // both, so the source's "destroyed" is no opposite of its "built".)
    // ("opening hours", "closing date": a name of a time, not an opening or a closing.)
    // (Nor in a sentence that does it again: "which closed in 2019, had been due to reopen" opens.)
    // (Nor what someone seeks to do, a purpose: "an injunction to stop the work" says nothing of whether
    // it is due to start.)
    // (Only while it is sought: "granted the council's application to close" closes it.)
    const sought = (s: SentenceReading, i: number) => /^to$/i.test(s.tokens[i - 1]?.raw ?? '') && SOUGHT.test(s.tokens[i - 2]?.raw ?? '') && !s.tokens.slice(Math.max(0, i - 7), i - 2).some((t) => /^(?:granted|won|obtained|issued|approved|upheld|secured)$/i.test(t.raw));
    const opposed = (s: SentenceReading, i: number) => !s.tokens[i].stop && !titled(s, i) && !sought(s, i) && !conversely(claim, at, s, i) && !claimLemmas.has(s.lemmas[i]) && !s.lemmas.includes('re' + part.term) && !(OPENING_TIMES.test(s.tokens[i].raw) && TIMES_OF.test(s.tokens[i + 1]?.raw ?? '')) && (areOpposites(part.term, s.lemmas[i]) && !(leftOverHere && LEFT_OVER_WORD.test(s.tokens[i].raw)) && !(LEFT_OVER_WORD.test(at.raw) && leftOver(s.tokens, i)) || otherRank(s, i));
    if (itself) {
      // Most words have no opposite in the passages: looked up in each sentence's terms, not token by token.
      const opposites = oppositeTermsOf(part.term);
      const mayOppose = (s: SentenceReading) => opposites.some((o) => s.terms.has(o)) || (ranked && s.tokens.some((_, i) => otherRank(s, i)));
      if (!close.some((w) => w.sentences.some(mayOppose))) continue;
    }
    const from = claimRank ? claim.tokens[part.at - 1] : at;
    const contradiction = (w: Window, s: SentenceReading, i: number): Contradiction => {
      const claimSpan = { start: from.start, end: at.end };
      if (otherRank(s, i)) {
        // The source's superlative as it ranks it: "second-busiest", or "busiest" where the claim ranks it.
        const rank = rankBefore(s.text, s.tokens, i);
        // "among the largest" for "the largest": quoted, but no word of the claim to swap it for.
        if (rank === 'among') return { kind: 'rank', claimText: claim.text.slice(from.start, at.end), claimSpan, sourceText: s.text.slice(s.tokens[i - 2].start, s.tokens[i].end), evidence: toEvidence(w), ambiguous: true };
        const sourceText = rank ? s.text.slice(s.tokens[i - 1].start, s.tokens[i].end) : s.tokens[i].raw;
        return { kind: 'rank', claimText: claim.text.slice(from.start, at.end), claimSpan, sourceText, evidence: toEvidence(w) };
      }
      return { kind: 'negation', claimText: `“${claim.text.slice(from.start, at.end)}”`, claimSpan, sourceText: `“${s.tokens[i].raw}”`, evidence: toEvidence(w) };
    };
    if (itself) {
      // The word is in the close passages only under another rank: wherever it stands, that is what they say.
      const inPlace = close.some((w) => w.sentences.some((s) => s.tokens.some((_, i) => sameWord(s, i) && !otherRank(s, i))));
      for (const w of inPlace ? [] : close) {
        for (const s of w.sentences) {
          const i = s.tokens.findIndex((_, k) => otherRank(s, k));
          if (i >= 0) return contradiction(w, s, i);
        }
      }
    }
    const claimNegated = claim.negatedTokens.has(part.at);
    // The words around the claim's word say where it stands ("output rose 1 pct"): the source word standing
    // among the same ones is the one to compare, an opposite ("output fell") or a word like it ("output increased").
    const around = parts.filter((p) => p !== part && Math.abs(p.at - part.at) <= 4);
    // A word that is another word of the claim is not one like this one ("senate's" for "approved").
    const others = new Set(parts.filter((p) => p !== part).flatMap((p) => [p.term, p.indexTerm]));
    const pastVerb = isPastForm(part.raw.toLowerCase());
    // (What a sum is for is no act: "£410,000 a year to be spent at the hub" is what "will save £410,000 a
    // year, … to be reinvested" says too.)
    // (Only after a sum: "is to be closed on 3 March" is what is to happen, and "opened" turns it round.)
    if (/^be$/i.test(claim.tokens[part.at - 1]?.raw ?? '') && /^to$/i.test(claim.tokens[part.at - 2]?.raw ?? '') && claim.quantities.some((q) => !isTime(q) && q.end <= claim.tokens[part.at - 2].start && claim.tokens[part.at - 2].start - q.end <= 16)) continue;
    // (A relation seen from its other end is the same one: "her husband Archie" is "His wife, Jean".)
    const whose = POSSESSIVE_DETERMINER.exec(claim.tokens[part.at - 1]?.raw ?? '')?.[0].toLowerCase();
    // The figure the claim's word is said of: the nearest before it ("Twenty-two per cent of respondents backed").
    const ownFigure = claim.quantities.filter((q) => !isTime(q) && q.end <= claim.tokens[part.at].start && part.at - tokenAt(claim, q.start) <= 8).pop();
    // The words of the clause a verb takes ("accepted that …"), or none (found once per part).
    const clauses = new Map(parts.map((of) => [of, /^that$/i.test(claim.tokens[of.at + 1]?.raw ?? '') ? parts.filter((p) => p !== of && !p.quantity && p.at > of.at + 1 && p.at - of.at <= 12) : []] as const));
    let best: { agrees: boolean; fit: number; w: Window; s: SentenceReading; i: number } | undefined;
    for (const w of close) {
      for (const s of w.sentences.flatMap((x) => claimRowsOf(x, parts))) {
        const rows = tokenRowsOf(s);
        for (let i = 0; i < s.tokens.length; i++) {
          if (s.tokens[i].stop) continue;
          const opposite = opposed(s, i);
          const same = sameWord(s, i) && !opposite;
          if (!opposite && !same && (itself || others.has(s.lemmas[i]) || others.has(s.tokens[i].term) || !(part.row >= 0 && rows[i] >= 0 && rowSimilarity(part.row, rows[i]) >= 0.6))) continue;
          // A word like a verb the claim says was done is a verb said done too ("output increased" for
          // "output rose"), not a noun or a motion's "That the University commission …" for "approved".
          if (!opposite && !same && pastVerb && !isPastForm(s.tokens[i].raw.toLowerCase())) continue;
          // The words around it on the same side as in the claim ("100 pct pay [rise]" for "100 pct pay [fall]", not "[demanding] a 100 pct pay").
          // (A verb that takes a clause stands where its clause does: "accepted that the company had breached
          // its contract" is answered by "denied that it had breached its contract", not by "said the company
          // 'regrets the disruption'", however close the company stands.)
          const fitFor = (of: Part) => {
            const inClause = clauses.get(of)!.reduce((a, p) => a + (nearSide(s, i, p, 1, 12) ? p.weight : 0), 0);
            // (Where the source's word takes no clause of the sentence's words, "Asked whether …, Mr Lusk
            // denied it", the words around it.)
            if (inClause > 0) return inClause;
            return parts.filter((p) => p !== of && Math.abs(p.at - of.at) <= 4).reduce((a, p) => a + (nearSide(s, i, p, p.at < of.at ? -1 : 1, 5) ? p.weight : nearIn(s, i, p, 5) ? p.weight / 2 : 0), 0);
          };
          // An opposite said of another figure is no contradiction: "71% opposed the proposal, 22% supported
          // it" does not turn around "Twenty-two per cent of respondents backed the proposal".
          if (opposite && ownFigure) {
            const theirs = quantitiesOf(s).filter((r) => r.end <= s.tokens[i].start && i - s.tokens.findIndex((t) => t.start >= r.start) <= 4).pop();
            if (theirs && theirs.kind === ownFigure.kind && !sameQuantity(ownFigure, theirs)) continue;
          }
          if (opposite && whose) {
            const theirs = POSSESSIVE_DETERMINER.exec(s.tokens[i - 1]?.raw ?? '')?.[0].toLowerCase();
            if (theirs && theirs !== whose) continue;
          }
          const fit = fitFor(part);
          // An opposite that is the claim's own other word, standing where that word does, is that word's:
          // "closes at 5pm" is what "opened on Monday 3 March and closed at 5pm" says of the closing.
          if (opposite && parts.some((o) => o !== part && o.term === s.lemmas[i] && fitFor(o) > fit)) continue;
          // A negation on one side only makes an opposite agree ("not allowed" / "banned"); a like word always
          // agrees here (whether it is negated is the polarity check's business).
          const flipped = negatedOf(s).has(i) !== claimNegated;
          const agrees = opposite ? flipped : true;
          if (!best || fit > best.fit || (fit === best.fit && agrees && !best.agrees)) best = { agrees, fit, w, s, i };
        }
      }
    }
    if (best && !best.agrees && (best.fit > 0 || around.length === 0)) return contradiction(best.w, best.s, best.i);
    if (best) continue;
    // No passage has the rest of the claim in its words (the source names "Pemberton" where the draft has
    // "returning officer Gareth Pemberton"), but one has the opposite between the same two words:
    // "Pemberton granted the request" for "Pemberton rejected the request". Unless a passage read has the
    // claim's own word between them.
    const between = betweenParts(parts, part);
    if (!between || ranked) continue;
    const sidesAt = (s: SentenceReading, i: number) => nearSide(s, i, between[0], -1) && nearSide(s, i, between[1], 1);
    if (top.some((w) => w.sentences.some((s) => s.tokens.some((_, i) => sameWord(s, i) && sidesAt(s, i))))) continue;
    for (const w of top) {
      for (const s of w.sentences) {
        const i = s.tokens.findIndex((t, k) => !t.stop && areOpposites(part.term, s.lemmas[k]) && negatedOf(s).has(k) === claimNegated && sidesAt(s, k));
        if (i >= 0) return contradiction(w, s, i);
      }
    }
  }
  return undefined;
}

/**
 * A table read as a sentence, as the rows of it the claim speaks of: those naming one of its names or
 * giving one of its figures ("Stannerby | Main branch | Mon-Sat | 49" for "In Stannerby … open 49 hours a
 * week"), each with the header; another row's words ("Ashby Coldwell | Local (closed)") are another
 * place's. Any other sentence, or a table no row of which is the claim's, as it is.
 */
function claimRowsOf(s: SentenceReading, parts: readonly Part[]): readonly SentenceReading[] {
  const rows = tableRowsOf(s);
  if (!rows) return [s];
  const mine = rows.filter((r) => {
    const line = r.text.slice(r.text.lastIndexOf('\n') + 1);
    const terms = new Set(tokenize(line).map((t) => t.term));
    return parts.some((p) => (p.role === 'name' && terms.has(p.indexTerm)) || (!!p.quantity && quantitiesOf(r).some((q) => q.start > r.text.length - line.length && sameQuantity(p.quantity!, q))));
  });
  return mine.length ? mine : [s];
}

/** The claim's content words just before and just after a part (at most three tokens away each), if both are there. */
function betweenParts(parts: readonly Part[], part: Part): [Part, Part] | undefined {
  let left: Part | undefined;
  let right: Part | undefined;
  for (const p of parts) {
    if (p.at < part.at && part.at - p.at <= 3 && (!left || p.at > left.at)) left = p;
    if (p.at > part.at && p.at - part.at <= 3 && (!right || p.at < right.at)) right = p;
  }
  return left && right ? [left, right] : undefined;
}

/** Whether the part's word stands within `reach` tokens of token i, on the side `step` says (−1 before, 1 after). */
/** Nouns of seeking something done, before "to" and what is sought: "an injunction to stop", "a bid to close". */
const SOUGHT = /^(?:injunctions?|bids?|attempts?|campaigns?|petitions?|efforts?|calls?|requests?|fight|pressure)$/i;

function nearSide(s: SentenceReading, i: number, p: Part, step: -1 | 1, reach = 3): boolean {
  for (let k = i + step, n = 0; k >= 0 && k < s.tokens.length && n < reach; k += step, n++) if (s.tokens[k].term === p.indexTerm || s.lemmas[k] === p.term) return true;
  return false;
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th']);

/**
 * The rank a superlative is given ("second" in "second-busiest", "third largest"), or undefined for
 * another word or a plain superlative.
 */
const SUPERLATIVE = /^(?!(?:inquest|request|interest|protest|harvest|forest|contest|arrest|suggest|honest|modest|west|test|rest|nest|guest|quest|chest|priest|conquest|manifest|digest|invest|attest|detest|pest|vest|zest|crest|jest|behest|unrest|tempest|southwest|northwest|midwest|almost|bequest)$).*(?:est|most|least)$/i;

export function rankBefore(text: string, tokens: readonly { raw: string; start: number; end: number }[], i: number): string | undefined {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || !SUPERLATIVE.test(t.raw)) return undefined;
  const rank = before.raw.toLowerCase();
  // "among the largest", "one of the largest": no rank at all, only company.
  if (rank === 'the' && /^(?:among|amongst|of)$/i.test(tokens[i - 2]?.raw ?? '')) return 'among';
  return ORDINALS.has(rank) && /^[-‐– ]$/.test(text.slice(before.end, t.start)) ? rank : undefined;
}

/**
 * The claim quotes someone and names who said it, and the sentence of a close passage that has the
 * quotation word for word names someone else outside its quotation marks, while the claim's speaker is
 * named nowhere in that paragraph (where a "she said" might stand for them): "…," Vosberg said, where
 * the draft gives the words to Delia Okafor.
 */
function quoteContradiction(claim: Claim, top: readonly Window[], cache: ReadingCache, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const quoted = quotations(claim.text).filter((q) => q.text.trim().split(/\s+/).length >= 4);
  if (quoted.length === 0) return undefined;
  const inside = (qs: readonly Quotation[], start: number, end: number) => qs.some((q) => start >= q.span.start && end <= q.span.end);
  const speaks = (tokens: readonly { raw: string; start: number; end: number }[], qs: readonly Quotation[]) => tokens.some((t) => SPEECH_VERBS.has(t.raw.toLowerCase()) && !inside(qs, t.start, t.end));
  // Words someone said, not a title in quotation marks ("a cover of "Master of Puppets"").
  if (!speaks(claim.tokens, quoted)) return undefined;
  const speakers = claim.names.filter((n) => n.distinctive.length > 0 && !inside(quoted, n.start, n.end) && speaking(claim.tokens, n.start, n.end));
  if (speakers.length === 0) return undefined;
  for (const w of top) {
    for (const s of w.sentences) {
      if (!quoted.some((q) => hasVerbatim(s.text, q.text))) continue;
      const paragraph = cache.sentences(w.source, w.paragraph);
      if (speakers.some((n) => paragraph.some((p) => n.distinctive.some((t) => p.terms.has(t))))) return undefined;
      // A quotation that goes on from the sentence before ("…," Okafor told supporters. "Every vote …")
      // is that sentence's speaker's.
      const k = paragraph.indexOf(s);
      const said = !speaks(s.tokens, quotations(s.text)) && /^\s*["“]/.test(s.text) && k > 0 ? paragraph[k - 1] : s;
      const own = quotations(said.text);
      if (!speaks(said.tokens, own)) continue;
      const other = speakerOf(said, (start, end) => inside(own, start, end));
      if (other) return { kind: 'name', claimText: speakers[0].text, sourceText: other, evidence: toEvidence(w) };
    }
  }
  return undefined;
}

/** Who a sentence says is speaking: the first capitalised run outside its quotations a speech verb gives the words to ("…," Vosberg said; said Dr. Paul Oyelaran). */
function speakerOf(s: SentenceReading, quoted: (start: number, end: number) => boolean): string | undefined {
  const words = wholeWords(s.tokens).filter((t) => t.kind === TokenKind.Word);
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (!t.capitalized || t.stop || isCalendarWord(t.raw) || quoted(t.start, t.end)) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].capitalized && !quoted(words[j + 1].start, words[j + 1].end) && /^[\s\-‐.]*$/.test(s.text.slice(words[j].end, words[j + 1].start))) j++;
    if (speaking(words, t.start, words[j].end)) return s.text.slice(t.start, words[j].end);
    i = j;
  }
  return undefined;
}

/**
 * Whether the name at [start, end) is the one a speech verb gives the words to: the verb right after
 * it ("Vosberg said"), or before it with at most a title between ("said union president Delia Okafor").
 */
function speaking(tokens: readonly { raw: string; start: number; end: number; capitalized: boolean }[], start: number, end: number): boolean {
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
  if (first < 0) return false;
  if (SPEECH_VERBS.has(tokens[last + 1]?.raw.toLowerCase() ?? '')) return true;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (SPEECH_VERBS.has(tokens[k].raw.toLowerCase())) return true;
    // (A name after "that" is what was said of them: "She added that every month Pennock \"sat at …\"".)
    if (tokens[k].capitalized || /^that$/i.test(tokens[k].raw)) return false;
  }
  return false;
}

/** Whether a claim part is among the words within `reach` tokens of token `i` of a sentence. */
function nearIn(s: SentenceReading, i: number, p: Part, reach: number): boolean {
  for (let k = Math.max(0, i - reach); k <= Math.min(s.tokens.length - 1, i + reach); k++) {
    if (k !== i && (s.tokens[k].term === p.indexTerm || s.lemmas[k] === p.term)) return true;
  }
  return false;
}

/**
 * One name of the claim is absent from a window that otherwise states the fact, and that window names
 * someone else in the same place (a shared title word or neighbouring word), differing in as many
 * words; no close window has the claim's name, and the source has it nowhere.
 */
/** Whether a text spells out an acronym: "Marine and Rivers Authority" for "MRA" (small words aside). */
function spellsOut(acronym: string, text: string): boolean {
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*\p{Lu}[\p{L}'’-]*)+/gu)) {
    const initials = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.includes(acronym)) return true;
  }
  return false;
}

function nameContradiction(claim: Claim, parts: readonly Part[], top: readonly Window[], cache: ReadingCache, toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  const claimTerms = new Set(claim.tokens.map((t) => t.term));
  const words = wholeWords(claim.tokens);
  for (const name of claim.names) {
    if (name.terms.length === 0) continue;
    const nameTerms = new Set(name.terms);
    // The name's own words, and the figures the claim gives that name (the source gives them to its own).
    const isName = (p: Part) => nameTerms.has(p.indexTerm) || (Array.isArray(p.owner) && p.owner.some((t) => nameTerms.has(t)));
    // (Every word of a body's name that tells it apart: "Hensted Primary School" does not name "Kingsmoor Primary School".)
    // (Only a body: a person goes by their surname.)
    const body = BODY_WORDS.test(name.text.split(/\s+/).pop() ?? '');
    const named = (present: (t: string) => boolean) => mentionsName(name, present) && (!body || name.distinctive.every(present));
    const has = (w: Window) => named((t) => w.sentences.some((s) => s.terms.has(t)));
    if (top.some((w) => has(w) && sameWords(parts, w.covered, (p) => !isName(p)) >= 0.6)) continue;
    // (An acronym the passages spell out is named there: "the MRA" for "the Marine and Rivers Authority".)
    if (/^[A-Z]{2,6}$/.test(name.text) && top.some((w) => w.sentences.some((s) => spellsOut(name.text, s.text)))) continue;
    // A passage of another source that names it with much of the rest ties the name to the story:
    // "1.1 Brantwood Engineering Consultants was commissioned … to carry out an independent audit" is
    // not outweighed by the club's "the independent safety audit of Castlegate Road".
    const attested = top.filter((w) => has(w) && sameWords(parts, w.covered, (p) => !isName(p)) >= 0.4).map((w) => w.source);
    const first = words.findIndex((t) => t.start >= name.start);
    const last = words.findIndex((t) => t.end >= name.end);
    // (A neighbour across a mark is no neighbour: "Under Okafor, annual audiences grew" does not put
    // Okafor where "the Lantern's annual audiences" has the Lantern.)
    const before = /[,;:()]\s*$/.test(claim.text.slice(Math.max(0, name.start - 3), name.start)) ? undefined : neighbourTerm(words, first - 1, -1);
    const after = /^\s*[,;:()]/.test(claim.text.slice(name.end, name.end + 3)) ? undefined : neighbourTerm(words, last + 1, 1);
    const sameSlot = (o: WindowName) => o.terms.some((t) => nameTerms.has(t)) || (!!before && o.before === before) || (!!after && o.after === after);
    for (const w of top) {
      if (has(w) || sameWords(parts, w.covered, (p) => !isName(p)) < 0.75) continue;
      if (attested.some((source) => source !== w.source)) continue;
      // (Nor, for a sentence saying how someone voted, a source whose record of a vote lists them: the
      // vote's own record decides (see voteSideContradiction), not a passage about something else.)
      if (VOTED_SIDE.test(claim.text) && listedInVote(w.source, name)) continue;
      // (Nor a window that names the person by the role the source gives them, in the name's place:
      // "asks the Cabinet Member to write" where "Cllr Dennis Rowley (Cabinet Member for Communities)" is
      // present, for "asking Cllr Rowley to write".)
      if (byRoleInSlot(w, name, before, after)) continue;
      // (Who moved or seconded an amendment is in no motion's place: "Cllr Loxley moved, and Cllr Sattar
      // seconded, an amendment" does not name the motion's mover.)
      if (movesOrSeconds(claim.text, name) && !/\bamendments?\b/i.test(claim.text) && AMENDMENT_MOVED.test(w.source.text.slice(w.paragraph.start, w.paragraph.end))) continue;
      const inWindow = (t: string) => w.sentences.some((s) => s.terms.has(t));
      // Words of a name of its own, titles aside.
      const differs = (n: { terms: readonly string[] }, shared: (t: string) => boolean) => n.terms.filter((t) => !shared(t) && !PERSON_TITLES.has(t)).length;
      // Names of the window other than the claim's: their own last word is not one of the claim's.
      // (Not a pronoun a speaker's turn opens with: "MR MULLANY: We're not considering …".)
      // (Or a body of the claim's kind with a word of its own: "Hensted Primary School" for "Kingsmoor Primary School".)
      const otherBody = (n: { text: string; terms: readonly string[] }) => BODY_WORDS.test(n.text.split(/\s+/).pop() ?? '') && n.terms.some((t) => !claimTerms.has(t));
      const others = w.sentences.flatMap((s) => namesOf(s).map((n) => ({ ...n, full: fullName(s.text, n) }))).filter((n) => n.terms.length > 0 && (!claimTerms.has(n.terms[n.terms.length - 1]) || otherBody(n)) && !PRONOUN_CONTRACTION.test(n.text));
      // As many words of its own as the claim's name has that the window lacks; or fewer, for a person
      // the window gives a title ("proposed by Cllr Okonjo-Hale" where the claim names Councillor Dev Mahadeo).
      const mine = differs(name, inWindow);
      // An owner ("Calderbrook Water's four overflows") does not fit the place of a name that is not one
      // ("at the Ferrow Reach outfall"): the passage still names another, but no word-for-word fix is offered.
      const owns = (text: string) => /['’]s?$/.test(text);
      const possessive = owns(name.text) || /^['’](?:s\b|\s)/.test(claim.text.slice(name.end));
      const rivals = others.filter((o) => {
        // A role a decision writes with a capital ("the Athlete's expert") stands for a party the claim may name.
        if (DEFINED_TERM.test(o.text.replace(/['’]s?$/, ''))) return false;
        // So does a role the source gives the claim's person in brackets ("Ms Ama Osei (Director of Primary
        // Care)" and then "the Director of Primary Care"): no one else.
        if (rosterOf(w.source).some((r) => name.terms.some((t) => r.names.has(t)) && r.role.includes(o.text) && w.sentences.some((x) => r.spoken.test(x.text)))) return false;
        const theirs = differs(o, (t) => claimTerms.has(t));
        // (Nor a body of another kind that only shares the name's place words: "a member of Harrowby Bridge
        // Rotary Club" is no "taken to Harrowby Bridge Community Hospital". In the name's own place, "drawn
        // up by Kingsmoor Parish Council" for "by Kingsmoor Primary School", it is the one named otherwise.)
        if (otherKindOfBody(name.text, o.text) && !((!!before && o.before === before) || (!!after && o.after === after))) return false;
        return theirs > 0 && (theirs === mine || (mine > 0 && o.terms.some((t) => PERSON_TITLES.has(t)))) && sameSlot(o);
      });
      // The claim's name elsewhere in the source does not save it ("Trawmore Strand and Lissan Strand" in the first
      // paragraph; "seal pups were found at Lissan" in the fifth): the paragraph that says the rest names another.
      if (rivals.length === 1 && !cache.sentences(w.source, w.paragraph).some((s) => named((t) => s.terms.has(t)))) {
        // The fix puts the source's name in the claim's place: only where the passage says the rest of the
        // name's own clause too ("and Irish officials said they would study the matter" is not made true
        // by naming the source's Holyrood officials instead).
        // (Another name of the passage in the name's own place, after its very word, is the one it stands for:
        // "a formal partnership with Ashby Cross Primary School" where the rival is the "Fenby Primary School"
        // it was added after. Quoted, with no fix.)
        const placed = before ? others.find((o) => o !== rivals[0] && o.before === before && rivals[0].before !== before && !o.terms.every((t) => claimTerms.has(t))) : undefined;
        if (placed) return { kind: 'name', claimText: name.text, sourceText: placed.full, evidence: toEvidence(w) };
        const fits = owns(rivals[0].text) === possessive && clauseSaid(claim, parts, name, w);
        return { kind: 'name', claimText: name.text, ...(fits ? { claimSpan: { start: name.start, end: name.end } } : {}), sourceText: rivals[0].full, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}

/** A sentence saying how someone voted: "abstained", "voted for", "voted against". */
const VOTED_SIDE = /\b(?:abstain(?:ed|ing)|voted\s+(?:for|against|in\s+favou?r))\b/i;

/** Whether a source's record of a vote lists the name's surname: "Abstained (2): Councillors Chenoweth, Dunstan". */
function listedInVote(source: Source, name: Claim['names'][number]): boolean {
  const surname = name.text.split(/\s+/).pop();
  if (!surname || !/^\p{Lu}/u.test(surname)) return false;
  // (Once per source and surname: the whole source is searched.)
  // (Or a table of the vote's sides, a column of names each.)
  return searchedOnce(LISTED_IN_VOTE, source, surname, () => new RegExp(`\\b(?:For|Against|Abstained|Abstentions?|In favou?r)\\b[^\\n:]{0,30}:[^\\n]*${asWord(surname)}`, 'u').test(source.text) || columnVotesOf(source).some((c) => c.names.some((n) => new RegExp(asWord(surname), 'u').test(n))));
}

/** A vote's side by a table's column head: "For (9)", "Against", "Abstained (1)", "In favour". */
const VOTE_HEAD = /^\s*(For|Against|Abstain|Abstained|Abstaining|Abstentions?|In favou?r)\b[^|]{0,12}$/i;

/**
 * The sides of a recorded vote written as a table, one column a side and a name a cell ("| For (9) |
 * Against (5) | Abstained (1) |" over "| Cllr Okafor | Cllr Ashdown | Cllr Lowe |"): each column's head
 * and names. None where the table's heads are not at least two sides of a vote.
 */
function columnVotes(text: string): ColumnVote[] {
  if (!/\|\s*(?:For|Against)\b/i.test(text)) return [];
  const out: ColumnVote[] = [];
  const lines = text.split('\n');
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\|/.test(lines[i])) continue;
    const heads = cells(lines[i]);
    if (heads.filter((h) => VOTE_HEAD.test(h)).length < 2 || heads.some((h) => h && !VOTE_HEAD.test(h))) continue;
    const columns = heads.map((h) => ({ side: sideOf(VOTE_HEAD.exec(h)![1]), head: h, names: [] as string[] }));
    let k = i + 1;
    if (k < lines.length && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[k])) k++;
    for (; k < lines.length && /^\s*\|/.test(lines[k]); k++) cells(lines[k]).forEach((c, j) => c && columns[j]?.names.push(c));
    out.push(...columns);
    i = k - 1;
  }
  return out;
}

const LISTED_IN_VOTE = new WeakMap<Source, Map<string, boolean>>();

type ColumnVote = { side: 'for' | 'against' | 'abstain'; head: string; names: string[] };

/** A whole source's vote tables, read once per source (a source is searched for every name a draft gives a vote). */
function columnVotesOf(source: Source): readonly ColumnVote[] {
  let votes = COLUMN_VOTES.get(source);
  if (!votes) COLUMN_VOTES.set(source, (votes = columnVotes(source.text)));
  return votes;
}

const COLUMN_VOTES = new WeakMap<Source, readonly ColumnVote[]>();

/** Whether a window speaks of the name's holder by their role (see rosterOf), with the same word before or after it as the name has. */
function byRoleInSlot(w: Window, name: Claim['names'][number], before: string | undefined, after: string | undefined): boolean {
  if (!before && !after) return false;
  const roles = rosterOf(w.source).filter((r) => name.distinctive.length > 0 && name.distinctive.every((t) => r.names.has(t)));
  for (const r of roles) {
    for (const s of w.sentences) {
      const m = r.spoken.exec(s.text);
      if (!m) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const next = s.tokens.find((t) => t.start >= end && !t.stop);
      const prior = [...s.tokens].reverse().find((t) => t.end <= start && !t.stop);
      if ((after && next?.term === after) || (before && prior?.term === before)) return true;
    }
  }
  return false;
}

/** A pronoun with its verb run on: "We're", "I'm", "It's", "They've". */
const PRONOUN_CONTRACTION = /^(?:we|i|you|they|it|he|she|that|there|here|what|who)['’](?:re|m|s|ve|ll|d)$/i;

/**
 * "a press conference at Marlbury Leisure Centre" where the passage that says the rest has "a press
 * conference at Marlbury Guildhall": the same town's other place, after the same word, the claim's own
 * words for the place nowhere in the passage. Quoted, with the passage's name as the fix where the
 * passage says the rest of the name's clause.
 */
function otherPlaceOfTown(claim: Claim, parts: readonly Part[], top: readonly Window[], toEvidence: (w: Window) => Evidence): Contradiction | undefined {
  for (const name of claim.names) {
    if (name.terms.length < 2) continue;
    const [town, ...own] = name.terms;
    const lead = /(\p{L}+)\s+(?:the\s+)?$/u.exec(claim.text.slice(Math.max(0, name.start - 20), name.start))?.[1].toLowerCase();
    if (!lead || !/^(?:at|in|outside|inside|near|from|to|into)$/.test(lead)) continue;
    const nameTerms = new Set(name.terms);
    const isName = (p: Part) => nameTerms.has(p.indexTerm) || nameTerms.has(p.term);
    // (Not where a passage read names the claim's place with the rest of it: another meeting, another day.)
    if (top.some((w) => own.every((t) => w.sentences.some((s) => s.terms.has(t))) && sameWords(parts, w.covered, (p) => !isName(p)) >= 0.7)) continue;
    for (const w of top.slice(0, 3)) {
      if (sameWords(parts, w.covered, (p) => !isName(p)) < 0.75) continue;
      if (own.some((t) => w.sentences.some((s) => s.terms.has(t)))) continue;
      for (const s of w.sentences) {
        // (Written another way is no other place: "Guild Hall" / "Guildhall", "Rd" / "Road".)
        const squash = (terms: readonly string[]) => terms.join('');
        const sameWritten = (n: { terms: readonly string[] }) => squash(n.terms.slice(1)) === squash(own) || n.terms.slice(1).some((t, k) => own[k] !== undefined && t[0] === own[k][0] && (own[k].startsWith(t) || t.startsWith(own[k])));
        const rival = namesOf(s).find((n) => n.terms.length >= 2 && n.terms[0] === town && n.terms.slice(1).every((t) => !nameTerms.has(t)) && !sameWritten(n) && (/(\p{L}+)\s+(?:the\s+)?$/u.exec(s.text.slice(Math.max(0, n.start - 20), n.start))?.[1].toLowerCase() ?? '') === lead);
        if (!rival) continue;
        const fits = clauseSaid(claim, parts, name, w);
        return { kind: 'name', claimText: name.text, ...(fits ? { claimSpan: { start: name.start, end: name.end } } : {}), sourceText: rival.text, evidence: toEvidence(w) };
      }
    }
  }
  return undefined;
}

function neighbourTerm(tokens: readonly { stop: boolean; capitalized: boolean; term: string }[], from: number, step: number): string | undefined {
  for (let k = from; k >= 0 && k < tokens.length; k += step) if (!tokens[k].stop) return tokens[k].capitalized ? undefined : tokens[k].term;
  return undefined;
}

