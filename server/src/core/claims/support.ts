import type { Corpus } from '../index/corpus';
import type { Paragraph, Source } from '../sources/model';
import { NEGATIONS, stem, tokenize, TokenKind, type Token } from '../text/tokenize';
import type { Span } from '../types';
import type { Claim } from './claim';
import { combine } from './combiner';
import { areOpposites, commonness, oppositesOf, rowSimilarities, rowTerm, vectorRow } from './similarity';
import { comparable, extractQuantities, sameQuantity, type Quantity } from './quantities';

/**
 * How well the sources back one claim (docs/judging.md tells it for writers). The checker retrieves
 * candidate passages with BM25, then reads windows of one to three consecutive sentences around each
 * and asks, for every content part of the claim (its words weighted by rarity in English, its
 * figures, dates and names), how far the window has it: the same word or quantity, the same stem, or
 * a word close in meaning. A greedy cover of the best windows measures how much of the claim the
 * passages hold together; a fitted logistic combiner (combiner.ts) turns that and what is missing
 * into the score. A contradiction is a window about the same fact (most of the rest of the claim is
 * there, word for word) that states a different figure, date or name, the opposite word, or the
 * opposite polarity.
 */

export interface Evidence {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** The window's span in the source text. */
  readonly span: Span;
  /** 0–1: the weighted share of the claim this window covers. */
  readonly score: number;
  /** Claim words the window has (the same word, stem or a close synonym), as written in the claim. */
  readonly matched: readonly string[];
  /** Claim words the window lacks, as written in the claim, most important first. */
  readonly missing: readonly string[];
}

export type ContradictionKind = 'number' | 'date' | 'name' | 'negation';

export interface Contradiction {
  readonly kind: ContradictionKind;
  /** What the draft says, as written ("300,000", "did not"). */
  readonly claimText: string;
  /** Where that is in the claim text, when it is a replaceable span. */
  readonly claimSpan?: Span;
  /** What the source says instead, as written. */
  readonly sourceText: string;
  readonly evidence: Evidence;
}

export interface Judgement {
  /** 0–1: how likely a reader would call the claim supported by the passages in scope (the combiner's output). */
  readonly score: number;
  /** Best evidence in scope, best first (at most `limit`); each window's own score is its coverage. */
  readonly evidence: readonly Evidence[];
  readonly contradiction?: Contradiction;
  /** The figures the score was computed from, by name. */
  readonly features?: Readonly<Record<string, number>>;
  /** Claim words (as written) that none of the passages read for the score has, most telling first. */
  readonly unsupported?: readonly string[];
}

export interface JudgeOptions {
  /** Only these sources count as support (the cited ones). Undefined: every source. */
  readonly scope?: ReadonlySet<Source>;
  /** Paragraphs that must be read whatever retrieval says (the cited locators). */
  readonly paragraphs?: ReadonlyArray<{ source: Source; paragraph: Paragraph }>;
  /** How many evidence windows to return. */
  readonly limit?: number;
  /** BM25 candidates to read closely. */
  readonly candidates?: number;
}

/**
 * One sentence of a source as the checker reads it. The tokens and terms are needed for every
 * sentence read; the rest is worked out on first use and kept, since most sentences are read for
 * claims that never ask (a claim with no figure needs no quantities, only the few windows looked at
 * for contradictions need the polarity).
 */
interface WindowTokens {
  readonly text: string;
  readonly tokens: Token[];
  readonly terms: Set<string>;
  /** See quantitiesOf. */
  quantities: Quantity[] | undefined;
  /** See isNegated. */
  negated: boolean | undefined;
  /** See rowsOf. */
  rows: Int32Array | undefined;
  /** See prefixesOf. */
  prefixes: Set<string> | undefined;
}

interface Part {
  readonly term: string;
  readonly raw: string;
  readonly weight: number;
  readonly isNumber: boolean;
  /** The claim's figure or date this number is part of. */
  readonly quantity?: Quantity;
  /** Word-vector table row (-1: none). */
  readonly row: number;
  /** The first five letters, for words of six or more that may match a source word by stem prefix. */
  readonly prefix?: string;
  /** Stems that mean the opposite: a source word among them is never credited as close in meaning. */
  readonly opposites?: ReadonlySet<string>;
  /** Part of a name: close vectors only hint at it (Tokyo is not Seoul, though the words keep company). */
  readonly isName: boolean;
}

/**
 * Tokens per sentence of the paragraphs read most recently, across judgements: a writer completing
 * or re-checking a sentence has the same passages read again, and a source paragraph's words (and
 * what is worked out from them: figures, negation, vector rows) never change. Keyed by the Paragraph
 * object, which a source keeps (a changed source brings new ones); the oldest go first.
 */
const recentParagraphs = new Map<Paragraph, WindowTokens[]>();
const RECENT_PARAGRAPHS = 1024;

/** Tokens per sentence of a paragraph, once per judgement (see ReadingMemo). */
function sentencesOf(memo: ReadingMemo, source: Source, paragraph: Paragraph): WindowTokens[] {
  let cached = memo.paragraphs.get(paragraph);
  if (!cached) {
    cached = recentParagraphs.get(paragraph);
    if (cached) recentParagraphs.delete(paragraph);
    else cached = paragraph.sentences.map((s) => windowTokens(source.text.slice(s.start, s.end)));
    recentParagraphs.set(paragraph, cached);
    if (recentParagraphs.size > RECENT_PARAGRAPHS) recentParagraphs.delete(recentParagraphs.keys().next().value!);
    memo.paragraphs.set(paragraph, cached);
  }
  return cached;
}

function windowTokens(text: string): WindowTokens {
  const tokens = tokenize(text);
  const terms = new Set<string>();
  for (const t of tokens) terms.add(t.term);
  return { text, tokens, terms, quantities: undefined, negated: undefined, rows: undefined, prefixes: undefined };
}

/** The sentence's figures and dates. */
function quantitiesOf(w: WindowTokens): Quantity[] {
  return (w.quantities ??= extractQuantities(w.text, w.tokens));
}

/** Whether the sentence has a negation ("not", "never", "didn't"). */
function isNegated(w: WindowTokens): boolean {
  return (w.negated ??= w.tokens.some((t) => NEGATIONS.has(t.raw.toLowerCase()) || /n[’']t$/i.test(t.raw)));
}

/**
 * Words that frame a claim rather than state it ("also", "later", "currently"): a source rarely
 * repeats them, and their absence says nothing about support, so they weigh little.
 */
const FRAMING = new Set(
  ('also then thus however therefore moreover furthermore meanwhile still currently eventually later subsequently ' +
    'previously initially finally already soon now today recently actually even just well much many several various ' +
    'certain another like often usually generally mainly mostly largely particularly especially notably respectively ' +
    'around approximately roughly nearly almost reportedly widely highly').split(' '),
);

/**
 * Claim parts with weights: words rare in English count more (up to 5× the commonest), figures and
 * names more still, framing words hardly at all.
 */
function claimParts(claim: Claim): Part[] {
  const nameTerms = new Set(claim.names.flatMap((n) => n.terms));
  const parts: Part[] = [];
  for (const t of claim.content) {
    if (NEGATIONS.has(t.raw.toLowerCase())) continue; // polarity is judged separately
    // Weight by rarity in English at large, not in this folder, so a verdict does not move when unrelated sources come and go.
    let weight = 1 + 4 * (1 - commonness(t.term));
    const isNumber = t.kind === TokenKind.Number || /^\d[\d.,]*$/.test(t.raw);
    if (isNumber) weight *= 1.5;
    else if (nameTerms.has(t.term)) weight *= 1.2;
    else if (FRAMING.has(t.raw.toLowerCase())) weight *= 0.2;
    const quantity = isNumber ? claim.quantities.find((c) => c.raw.includes(t.raw)) : undefined;
    const prefix = !isNumber && t.term.length >= 6 ? t.term.slice(0, 5) : undefined;
    parts.push({ term: t.term, raw: t.raw, weight, isNumber, quantity, row: isNumber ? -1 : vectorRow(t.term), prefix, opposites: oppositesOf(t.term, stem), isName: nameTerms.has(t.term) });
  }
  return parts;
}

interface WindowScore {
  readonly score: number;
  readonly covered: Float32Array;
  readonly from: number;
  readonly to: number;
}

/** First five letters of a sentence's words of six letters or more: a claim word shares a stem prefix with one of them. */
function prefixesOf(w: WindowTokens): Set<string> {
  if (!w.prefixes) {
    w.prefixes = new Set();
    for (const t of w.terms) if (t.length >= 6) w.prefixes.add(t.slice(0, 5));
  }
  return w.prefixes;
}

/** Below this cosine two words are unrelated; at SIMILAR_HIGH and above, near-synonyms. */
const SIMILAR_LOW = 0.5;
const SIMILAR_HIGH = 0.8;
/** The most a merely similar word can earn: less than the same word or the same stem. */
const SIMILAR_CREDIT = 0.7;

/** A name merely close in meaning to one the source has earns this share of the credit: never enough to count as there. */
const NAME_SIMILAR_FACTOR = 0.4;

function similarCredit(similarity: number): number {
  if (similarity <= SIMILAR_LOW) return 0;
  return SIMILAR_CREDIT * Math.min(1, (similarity - SIMILAR_LOW) / (SIMILAR_HIGH - SIMILAR_LOW));
}

/** Table rows of a sentence's content words. */
function rowsOf(w: WindowTokens): Int32Array {
  if (!w.rows) {
    // A sentence has a few dozen words at most: a scan of the rows so far is cheaper than a set.
    const rows: number[] = [];
    for (const t of w.tokens) {
      if (t.stop || t.kind !== TokenKind.Word) continue;
      const row = vectorRow(t.term);
      if (row >= 0 && !rows.includes(row)) rows.push(row);
    }
    w.rows = Int32Array.from(rows);
  }
  return w.rows;
}

/**
 * How much of each claim part one sentence has: 1 the same word (a figure: the same quantity),
 * 0.8 the same stem prefix, up to 0.7 a word close in meaning, 0 nothing like it.
 */
function sentenceCoverage(parts: readonly Part[], w: WindowTokens, memo: ReadingMemo): Float32Array {
  const covered = new Float32Array(parts.length);
  /** Parts only a word close in meaning can cover here. */
  let open: number[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // A figure counts only as the same quantity ("40 kilometers" is not "$40 million"; "200,000" is "two hundred thousand").
    if (part.quantity) {
      if (quantitiesOf(w).some((r) => sameQuantity(part.quantity!, r))) covered[i] = 1;
      continue;
    }
    if (w.terms.has(part.term)) covered[i] = 1;
    else if (part.prefix !== undefined && prefixesOf(w).has(part.prefix)) covered[i] = 0.8;
    else if (part.row >= 0) (open ??= []).push(i);
  }
  if (open) {
    // The closest word of the sentence for each open part. Rows outside, parts inside: one memo look-up per word.
    const best = new Float64Array(open.length);
    const rows = rowsOf(w);
    const { todo, todoRows, todoSims } = memo;
    for (let r = 0; r < rows.length; r++) {
      // The same words recur across a claim's candidate sentences: compare each with a claim part once, when first needed (NaN: not yet).
      const row = rows[r];
      let sims = memo.similar.get(row);
      if (!sims) memo.similar.set(row, (sims = new Float64Array(parts.length).fill(NaN)));
      // The open parts not yet compared with this word, compared all at once.
      let count = 0;
      for (let k = 0; k < open.length; k++) {
        if (Number.isNaN(sims[open[k]])) {
          todo[count] = open[k];
          todoRows[count++] = parts[open[k]].row;
        }
      }
      if (count) {
        rowSimilarities(row, todoRows, count, todoSims);
        for (let c = 0; c < count; c++) sims[todo[c]] = parts[todo[c]].opposites?.has(rowTerm(row)) ? 0 : todoSims[c];
      }
      for (let k = 0; k < open.length; k++) if (sims[open[k]] > best[k]) best[k] = sims[open[k]];
    }
    for (let k = 0; k < open.length; k++) covered[open[k]] = similarCredit(best[k]) * (parts[open[k]].isName ? NAME_SIMILAR_FACTOR : 1);
  }
  return covered;
}

function weighted(parts: readonly Part[], covered: Float32Array): number {
  let got = 0;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    total += parts[i].weight;
    got += parts[i].weight * covered[i];
  }
  return total > 0 ? got / total : 0;
}

/**
 * What one judgement has already worked out: the paragraphs it read, each sentence's coverage, and
 * word similarities. Kept for the judgement only: few paragraphs are read again by another claim,
 * and tokens kept for good would be copied and marked by every garbage collection after.
 */
interface ReadingMemo {
  readonly paragraphs: Map<Paragraph, WindowTokens[]>;
  readonly sentences: Map<WindowTokens, Float32Array>;
  /** By table row of a source word: its similarity to each claim part (NaN: not computed yet). */
  readonly similar: Map<number, Float64Array>;
  /** Room for the parts one word is compared with at once (their indices, table rows, similarities). */
  readonly todo: Int32Array;
  readonly todoRows: Int32Array;
  readonly todoSims: Float64Array;
}

/** Scores windows of 1–3 consecutive sentences inside [from, to) of a paragraph, widened by one each side. */
function bestWindow(parts: readonly Part[], sents: readonly WindowTokens[], from: number, to: number, memo: ReadingMemo): WindowScore {
  const lo = Math.max(0, from - 1);
  const hi = Math.min(sents.length, to + 1);
  const per = (k: number) => {
    let c = memo.sentences.get(sents[k]);
    if (!c) memo.sentences.set(sents[k], (c = sentenceCoverage(parts, sents[k], memo)));
    return c;
  };
  let score = -1;
  let bestFrom = lo;
  let bestTo = lo + 1;
  const covered = new Float32Array(parts.length);
  for (let a = lo; a < hi; a++) {
    covered.fill(0);
    for (let b = a + 1; b <= Math.min(hi, a + 3); b++) {
      const c = per(b - 1);
      for (let j = 0; j < parts.length; j++) if (c[j] > covered[j]) covered[j] = c[j];
      // Longer windows must earn their length: a small discount per extra sentence.
      const windowScore = weighted(parts, covered) * (1 - 0.03 * (b - a - 1));
      if (windowScore > score) [score, bestFrom, bestTo] = [windowScore, a, b];
    }
  }
  // The winner's coverage, worked out again from its sentences rather than copied at every lead change.
  covered.fill(0);
  for (let k = bestFrom; k < bestTo && score >= 0; k++) {
    const c = per(k);
    for (let j = 0; j < parts.length; j++) if (c[j] > covered[j]) covered[j] = c[j];
  }
  return { score, covered, from: bestFrom, to: bestTo };
}

interface Candidate {
  readonly source: Source;
  readonly paragraph: Paragraph;
  readonly window: WindowScore;
}

export function judgeClaim(claim: Claim, corpus: Corpus, options: JudgeOptions = {}): Judgement {
  const parts = claimParts(claim);
  const limit = options.limit ?? 5;
  if (parts.length === 0 || corpus.sourceCount === 0) return { score: 0, evidence: [] };

  const scope = options.scope;
  const query = claim.content.map((t) => t.term);
  const k = options.candidates ?? 40;
  // Cited sources small enough to read whole need no search: every passage of theirs is a candidate.
  let hits: ReadonlyArray<{ readonly id: number }> | undefined;
  if (scope) {
    const ids: number[] = [];
    for (const source of scope) {
      ids.push(...corpus.passageIdsOf(source.uri));
      if (ids.length > k) break;
    }
    if (ids.length <= k) hits = ids.map((id) => ({ id }));
  }
  hits ??= corpus.index.search(query, k, scope ? (id) => scope.has(corpus.passageSource(id)!) : undefined);

  // Read each candidate passage closely; the same paragraph is read once.
  const byParagraph = new Map<Paragraph, Candidate>();
  const n = parts.length;
  const memo: ReadingMemo = { paragraphs: new Map(), sentences: new Map(), similar: new Map(), todo: new Int32Array(n), todoRows: new Int32Array(n), todoSims: new Float64Array(n) };
  const consider = (source: Source, paragraph: Paragraph, from: number, to: number) => {
    const window = bestWindow(parts, sentencesOf(memo, source, paragraph), from, to, memo);
    if (window.score <= 0) return;
    const prior = byParagraph.get(paragraph);
    if (!prior || window.score > prior.window.score) byParagraph.set(paragraph, { source, paragraph, window });
  };
  for (const h of hits) {
    const p = corpus.passage(h.id);
    if (p) consider(p.source, p.paragraph, p.sentenceFrom, p.sentenceTo);
  }
  for (const { source, paragraph } of options.paragraphs ?? []) consider(source, paragraph, 0, paragraph.sentences.length);

  const ranked = [...byParagraph.values()].sort((a, b) => b.window.score - a.window.score);
  const inScope = scope ? ranked.filter((c) => scope.has(c.source)) : ranked;

  const { features, unsupported } = supportFeatures(parts, claim, inScope);
  const evidence = inScope.slice(0, limit).map((c) => toEvidence(c, parts));
  const contradiction = findContradiction(claim, parts, ranked, memo);
  return { score: combine(features), evidence, contradiction, features, unsupported };
}

/**
 * The figures support is decided from, each 0–1 unless said otherwise. Windows are 1–3 sentences
 * of one paragraph; "cover" picks windows greedily, each time the one that adds most of what the
 * claim still lacks, so facts spread over a passage's sentences (or several passages) add up:
 * - best: weighted share of the claim the best window covers;
 * - cover2, cover3, cover4: the share the best two, three, four windows cover together;
 * - figuresMissing: share of the claim's figures and dates that none of those windows has;
 * - namesMissing: share of the claim's name words that none of those windows has;
 * - length: number of claim parts, log-scaled (longer claims have more ways to be partly wrong).
 */
function supportFeatures(parts: readonly Part[], claim: Claim, inScope: readonly Candidate[]): { features: Record<string, number>; unsupported: string[] } {
  const n = parts.length;
  const pool = inScope.slice(0, COVER_POOL).map((c) => c.window.covered);
  const cover = new Float32Array(n);
  const greedy: number[] = [];
  for (let step = 0; step < COVER_WINDOWS && pool.length; step++) {
    let bestGain = -1;
    let bestAt = 0;
    for (let c = 0; c < pool.length; c++) {
      let gain = 0;
      for (let j = 0; j < n; j++) if (pool[c][j] > cover[j]) gain += parts[j].weight * (pool[c][j] - cover[j]);
      if (gain > bestGain) [bestGain, bestAt] = [gain, c];
    }
    for (let j = 0; j < n; j++) cover[j] = Math.max(cover[j], pool[bestAt][j]);
    pool.splice(bestAt, 1);
    greedy.push(weighted(parts, cover));
  }
  const upTo = (k: number) => greedy[Math.min(k, greedy.length) - 1] ?? 0;

  const nameTerms = new Set(claim.names.flatMap((x) => x.terms));
  let figures = 0;
  let figuresMissing = 0;
  let names = 0;
  let namesMissing = 0;
  for (let i = 0; i < n; i++) {
    if (parts[i].isNumber) {
      figures++;
      if (cover[i] === 0) figuresMissing++;
    } else if (nameTerms.has(parts[i].term)) {
      names++;
      if (cover[i] < 0.5) namesMissing++;
    }
  }
  // What the claim says that none of the chosen windows has (a near-synonym at half credit or less does not count), most telling first.
  const unsupported = parts
    .map((p, i) => ({ p, c: cover[i] }))
    .filter((x) => x.c < 0.5)
    .sort((a, b) => b.p.weight - a.p.weight)
    .map((x) => x.p.raw);
  const features = {
    best: Math.max(0, inScope[0]?.window.score ?? 0),
    cover2: upTo(2),
    cover3: upTo(3),
    cover4: upTo(4),
    figuresMissing: figures ? figuresMissing / figures : 0,
    namesMissing: names ? namesMissing / names : 0,
    length: Math.log(1 + n),
  };
  return { features, unsupported };
}

/** Windows the greedy cover chooses from, and how many it takes. */
const COVER_POOL = 24;
const COVER_WINDOWS = 4;

function toEvidence(c: Candidate, parts: readonly Part[]): Evidence {
  const s = c.paragraph.sentences;
  const matched: string[] = [];
  const missing: Array<[string, number]> = [];
  for (let i = 0; i < parts.length; i++) {
    if (c.window.covered[i] >= 0.5) matched.push(parts[i].raw);
    else missing.push([parts[i].raw, parts[i].weight]);
  }
  missing.sort((a, b) => b[1] - a[1]);
  return {
    source: c.source,
    paragraph: c.paragraph,
    span: { start: s[c.window.from].start, end: s[c.window.to - 1].end },
    score: Math.max(0, c.window.score),
    matched,
    missing: missing.map((m) => m[0]),
  };
}

/** The rest of the claim must be this well covered before a difference counts as a contradiction. */
const SAME_FACT = 0.6;
const SAME_FACT_NEGATION = 0.8;

function findContradiction(claim: Claim, parts: readonly Part[], ranked: readonly Candidate[], memo: ReadingMemo): Contradiction | undefined {
  const top = ranked.slice(0, 6).map((c) => {
    const sents = sentencesOf(memo, c.source, c.paragraph).slice(c.window.from, c.window.to);
    return { c, sents, quantities: sents.flatMap(quantitiesOf), negated: sents.some(isNegated) };
  });
  const sameFact = (c: Candidate, exclude: (p: Part) => boolean, bar: number) => restCoverage(parts, c.window.covered, exclude) >= bar;
  // A contradiction must be clear: a source that states the claim's figure or name anywhere may well agree with it.
  const statesAnywhere = (source: Source, test: (w: WindowTokens) => boolean) => source.paragraphs.some((p) => sentencesOf(memo, source, p).some(test));

  // Figures and dates: a window about the same fact has a different one, and no window confirms the claim's.
  for (const q of claim.quantities) {
    const isQ = (p: Part) => p.isNumber && q.raw.includes(p.raw);
    if (top.some((w) => w.quantities.some((r) => sameQuantity(q, r)) && sameFact(w.c, isQ, SAME_FACT * 0.8))) continue;
    for (const w of top) {
      if (!sameFact(w.c, isQ, SAME_FACT)) continue;
      const rivals = w.quantities.filter((r) => comparable(q, r) && !claim.quantities.some((cq) => sameQuantity(cq, r)));
      if (rivals.length === 0) continue;
      if (q.approximate && rivals.every((r) => withinFactor(q, r, 0.25))) continue;
      if (statesAnywhere(w.c.source, (s) => quantitiesOf(s).some((r) => sameQuantity(q, r)))) continue;
      const rival = rivals.length === 1 ? rivals[0] : closestByContext(claim, q, w.sents, rivals);
      return { kind: q.kind === 'year' || q.kind === 'date' ? 'date' : 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: rival.raw, evidence: toEvidence(w.c, parts) };
    }
  }

  // Polarity: the closest window says the opposite, and none of the close ones agrees.
  if (claim.content.length >= 4) {
    const close = top.filter((w) => sameFact(w.c, () => false, SAME_FACT_NEGATION));
    // "Not allowed" where the source says "banned": a negation and an opposite word agree.
    const saysOpposite = (w: (typeof top)[number]) => parts.some((p) => w.sents.some((s) => s.tokens.some((t) => !t.stop && areOpposites(p.term, t.term, stem))));
    if (close.length && close.every((w) => w.negated !== claim.negated && !saysOpposite(w))) {
      const w = close[0];
      const neg = (claim.negated ? claim.tokens : w.sents.flatMap((s) => s.tokens)).find((t) => NEGATIONS.has(t.raw.toLowerCase()) || /n[’']t$/i.test(t.raw));
      const negText = `“${neg?.raw ?? 'not'}”`;
      return {
        kind: 'negation',
        claimText: claim.negated ? negText : 'it happened',
        sourceText: claim.negated ? 'it happened' : negText,
        evidence: toEvidence(w.c, parts),
      };
    }
  }

  // Opposite words: a window about the same fact says "approved" where the claim says "rejected", and no close
  // window has the claim's word. A negation on either side ("not allowed" / "prohibited") may make them agree.
  for (const part of claim.negated ? [] : parts) {
    if (part.isNumber || part.isName) continue;
    const isPart = (p: Part) => p === part;
    const close = top.filter((w) => sameFact(w.c, isPart, SAME_FACT_NEGATION));
    if (close.some((w) => w.sents.some((s) => s.terms.has(part.term)))) continue;
    for (const w of close) {
      if (w.negated) continue;
      const opposite = w.sents.flatMap((s) => s.tokens).find((t) => !t.stop && areOpposites(part.term, t.term, stem));
      if (!opposite) continue;
      const at = claim.tokens.find((t) => t.term === part.term);
      return { kind: 'negation', claimText: `“${part.raw}”`, claimSpan: at && { start: at.start, end: at.end }, sourceText: `“${opposite.raw}”`, evidence: toEvidence(w.c, parts) };
    }
  }

  // Names: one name of the claim is absent from a window that otherwise states the fact, and that window
  // names someone else of the same length; no close window has the claim's name. A shared title word
  // ("Mayor Lena Vik", "Mayor Ingrid Solberg") does not make two names the same.
  const claimTerms = new Set(claim.tokens.map((t) => t.term));
  for (const name of claim.names) {
    if (name.terms.length === 0) continue;
    const nameTerms = new Set(name.terms);
    const isName = (p: Part) => nameTerms.has(p.term);
    const has = (w: (typeof top)[number]) => name.terms.filter((t) => w.sents.some((s) => s.terms.has(t))).length * 2 > name.terms.length;
    if (top.some((w) => has(w) && sameFact(w.c, isName, SAME_FACT))) continue;
    for (const w of top) {
      if (has(w) || !sameFact(w.c, isName, 0.75)) continue;
      const windowText = w.c.source.text.slice(w.c.paragraph.sentences[w.c.window.from].start, w.c.paragraph.sentences[w.c.window.to - 1].end);
      const others = windowNames(windowText).filter((n) => n.terms.filter((t) => claimTerms.has(t)).length * 2 < n.terms.length);
      // Compare what differs: "President Yoon Suk Yeol" and "President Lee Jae Myung" differ in three words each.
      const inWindow = (t: string) => w.sents.some((s) => s.terms.has(t));
      const differs = (n: { terms: readonly string[] }, shared: (t: string) => boolean) => n.terms.filter((t) => !shared(t)).length;
      // The rival stands where the claim's name stands: it shares a title word with it, or a neighbouring word.
      const words = claim.tokens.filter((t, k, all) => !(k > 0 && t.start >= all[k - 1].start && t.end <= all[k - 1].end));
      const first = words.findIndex((t) => t.start >= name.start);
      const last = words.findIndex((t) => t.end >= name.end);
      const before = neighbour(words, first - 1, -1);
      const after = neighbour(words, last + 1, 1);
      const sameSlot = (o: WindowName) => o.terms.some((t) => nameTerms.has(t)) || (!!before && o.before === before) || (!!after && o.after === after);
      const rivals = others.filter((o) => differs(o, (t) => claimTerms.has(t)) === differs(name, inWindow) && sameSlot(o));
      if (rivals.length === 1 && !statesAnywhere(w.c.source, (s) => name.terms.every((t) => s.terms.has(t)))) {
        return { kind: 'name', claimText: name.text, claimSpan: { start: name.start, end: name.end }, sourceText: rivals[0].text, evidence: toEvidence(w.c, parts) };
      }
    }
  }
  return undefined;
}

function withinFactor(a: Quantity, b: Quantity, f: number): boolean {
  return Math.abs(a.value - b.value) <= f * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Coverage of the claim but the excluded parts, counting only the same words (or stems): a window merely close in meaning is not "about the same fact". */
function restCoverage(parts: readonly Part[], covered: Float32Array, exclude: (p: Part) => boolean): number {
  let got = 0;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (exclude(parts[i])) continue;
    total += parts[i].weight;
    if (covered[i] >= 0.8) got += parts[i].weight * covered[i];
  }
  return total > 0 ? got / total : 0;
}

/** Of several figures in a window, the one whose neighbouring words best match the claim figure's. */
function closestByContext(claim: Claim, q: Quantity, sents: readonly WindowTokens[], rivals: readonly Quantity[]): Quantity {
  const near = (tokens: readonly Token[], at: number) =>
    new Set(tokens.filter((t) => !t.stop && Math.abs(t.start - at) < 60 && t.kind === TokenKind.Word).map((t) => t.term));
  const claimNear = near(claim.tokens, q.start);
  let best = rivals[0];
  let bestScore = -1;
  for (const r of rivals) {
    const tokens = sents.find((w) => quantitiesOf(w).includes(r))?.tokens ?? [];
    let s = 0;
    for (const t of near(tokens, r.start)) if (claimNear.has(t)) s++;
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

interface WindowName {
  readonly text: string;
  readonly terms: string[];
  /** The nearest content words before and after the name. */
  readonly before?: string;
  readonly after?: string;
}

/** The nearest content word from `from` on (step −1: before, +1: after); none when that word is part of another name. */
function neighbour(tokens: readonly Token[], from: number, step: number): string | undefined {
  for (let k = from; k >= 0 && k < tokens.length; k += step) if (!tokens[k].stop) return tokens[k].capitalized ? undefined : tokens[k].term;
  return undefined;
}

function windowNames(text: string): WindowName[] {
  const out: WindowName[] = [];
  const tokens = tokenize(text).filter((t, i, all) => !(i > 0 && t.start >= all[i - 1].start && t.end <= all[i - 1].end));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || !t.capitalized || t.stop) continue;
    const sentenceStart = i === 0 || /[.!?]["”’]?\s*$/.test(text.slice(tokens[i - 1].start, t.start));
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].kind === TokenKind.Word && tokens[j + 1].capitalized) j++;
    if (!(sentenceStart && i === j)) {
      out.push({ text: text.slice(t.start, tokens[j].end), terms: tokens.slice(i, j + 1).map((x) => x.term), before: neighbour(tokens, i - 1, -1), after: neighbour(tokens, j + 1, 1) });
    }
    i = j;
  }
  return out;
}
