import type { Corpus } from '../index/corpus';
import type { Paragraph, Source } from '../sources/model';
import { NEGATIONS, tokenize, TokenKind, type Token } from '../text/tokenize';
import type { Span } from '../types';
import type { Claim } from './claim';
import { comparable, extractQuantities, sameQuantity, type Quantity } from './quantities';

/**
 * How well the sources back one claim. The checker retrieves candidate passages with BM25, then
 * reads windows of one to three consecutive sentences around each and asks, for every content part of
 * the claim (its words weighted by rarity, its figures, dates and names), whether the window has it.
 * Support is the weighted share of the claim a window (or the best two windows together) covers.
 * A contradiction is a window about the same fact (most of the rest of the claim is there) that
 * states a different figure, date or name, or the opposite polarity.
 */

export interface Evidence {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** The window's span in the source text. */
  readonly span: Span;
  /** 0–1: the weighted share of the claim this window covers. */
  readonly score: number;
  /** Claim words the window has, as written in the claim. */
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
  /** 0–1 support of the best evidence in scope. */
  readonly score: number;
  /** Best evidence in scope, best first (at most `limit`). */
  readonly evidence: readonly Evidence[];
  readonly contradiction?: Contradiction;
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

interface WindowTokens {
  readonly tokens: Token[];
  readonly quantities: Quantity[];
  readonly terms: Set<string>;
  readonly negated: boolean;
}

interface Part {
  readonly term: string;
  readonly raw: string;
  readonly weight: number;
  readonly isNumber: boolean;
}

/** Tokens per sentence, computed once per paragraph object (sources are immutable). */
const sentenceCache = new WeakMap<Paragraph, WindowTokens[]>();

function sentencesOf(source: Source, paragraph: Paragraph): WindowTokens[] {
  let cached = sentenceCache.get(paragraph);
  if (!cached) {
    cached = paragraph.sentences.map((s) => windowTokens(source.text.slice(s.start, s.end)));
    sentenceCache.set(paragraph, cached);
  }
  return cached;
}

function windowTokens(text: string): WindowTokens {
  const tokens = tokenize(text);
  const terms = new Set<string>();
  for (const t of tokens) terms.add(t.term);
  const negated = tokens.some((t) => NEGATIONS.has(t.raw.toLowerCase()) || /n[’']t$/i.test(t.raw));
  return { tokens, quantities: extractQuantities(text, tokens), terms, negated };
}

/** Claim parts with weights: rare words count more; figures and names more still. */
function claimParts(claim: Claim, corpus: Corpus): Part[] {
  const nameTerms = new Set(claim.names.flatMap((n) => n.terms));
  const maxIdf = Math.max(1, corpus.index.maxIdf());
  const parts: Part[] = [];
  for (const t of claim.content) {
    if (NEGATIONS.has(t.raw.toLowerCase())) continue; // polarity is judged separately
    const idf = corpus.index.idf(t.term);
    let weight = idf > 0 ? Math.min(Math.max(idf, 0.3), maxIdf) : maxIdf;
    const isNumber = t.kind === TokenKind.Number;
    if (isNumber) weight *= 1.5;
    else if (nameTerms.has(t.term)) weight *= 1.2;
    parts.push({ term: t.term, raw: t.raw, weight, isNumber });
  }
  return parts;
}

interface WindowScore {
  readonly score: number;
  readonly covered: Float32Array;
  readonly from: number;
  readonly to: number;
}

function prefixMatch(term: string, terms: Set<string>): boolean {
  if (term.length < 6) return false;
  const p = term.slice(0, 5);
  for (const t of terms) if (t.length >= 6 && t.startsWith(p)) return true;
  return false;
}

/** How much of each claim part a window has: 1 exact, 0.8 same stem prefix, 0 absent. */
function coverage(parts: readonly Part[], claim: Claim, windows: readonly WindowTokens[]): Float32Array {
  const covered = new Float32Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // A figure counts only as the same quantity ("40 kilometers" is not "$40 million"; "200,000" is "two hundred thousand").
    const q = part.isNumber ? claim.quantities.find((c) => c.raw.includes(part.raw)) : undefined;
    for (const w of windows) {
      if (q) {
        if (w.quantities.some((r) => sameQuantity(q, r))) {
          covered[i] = 1;
          break;
        }
        continue;
      }
      if (w.terms.has(part.term)) {
        covered[i] = 1;
        break;
      }
      if (!part.isNumber && covered[i] < 0.8 && prefixMatch(part.term, w.terms)) covered[i] = 0.8;
    }
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

/** Scores windows of 1–3 consecutive sentences inside [from, to) of a paragraph, widened by one each side. */
function bestWindow(parts: readonly Part[], claim: Claim, sents: readonly WindowTokens[], from: number, to: number): WindowScore {
  const lo = Math.max(0, from - 1);
  const hi = Math.min(sents.length, to + 1);
  let best: WindowScore = { score: -1, covered: new Float32Array(parts.length), from: lo, to: lo + 1 };
  for (let a = lo; a < hi; a++) {
    for (let b = a + 1; b <= Math.min(hi, a + 3); b++) {
      const covered = coverage(parts, claim, sents.slice(a, b));
      // Longer windows must earn their length: a small discount per extra sentence.
      const score = weighted(parts, covered) * (1 - 0.03 * (b - a - 1));
      if (score > best.score) best = { score, covered, from: a, to: b };
    }
  }
  return best;
}

interface Candidate {
  readonly source: Source;
  readonly paragraph: Paragraph;
  readonly window: WindowScore;
}

export function judgeClaim(claim: Claim, corpus: Corpus, options: JudgeOptions = {}): Judgement {
  const parts = claimParts(claim, corpus);
  const limit = options.limit ?? 5;
  if (parts.length === 0 || corpus.sourceCount === 0) return { score: 0, evidence: [] };

  const scope = options.scope;
  const query = claim.content.map((t) => t.term);
  const k = options.candidates ?? 24;
  const hits = corpus.index.search(query, k, scope ? (id) => scope.has(corpus.passage(id)!.source) : undefined);

  // Read each candidate passage closely; the same paragraph is read once.
  const byParagraph = new Map<Paragraph, Candidate>();
  const consider = (source: Source, paragraph: Paragraph, from: number, to: number) => {
    const window = bestWindow(parts, claim, sentencesOf(source, paragraph), from, to);
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

  // Two windows together may cover what neither does alone (a figure in one sentence, the who in another).
  let score = inScope[0]?.window.score ?? 0;
  let pairCovered: Float32Array | undefined;
  if (inScope.length >= 2 && score < 0.95) {
    for (let i = 1; i < Math.min(inScope.length, 4); i++) {
      const a = inScope[0].window.covered;
      const b = inScope[i].window.covered;
      const union = new Float32Array(parts.length);
      for (let j = 0; j < parts.length; j++) union[j] = Math.max(a[j], b[j]);
      const s = weighted(parts, union) * 0.92;
      if (s > score) {
        score = s;
        pairCovered = union;
      }
    }
  }

  // A figure the claim states and no evidence has weakens support sharply.
  const bestCovered = pairCovered ?? inScope[0]?.window.covered;
  if (bestCovered) {
    for (let i = 0; i < parts.length; i++) if (parts[i].isNumber && bestCovered[i] === 0) score *= 0.75;
  }

  const evidence = inScope.slice(0, limit).map((c) => toEvidence(c, parts));
  const contradiction = findContradiction(claim, parts, ranked);
  return { score: Math.max(0, Math.min(1, score)), evidence, contradiction };
}

function toEvidence(c: Candidate, parts: readonly Part[]): Evidence {
  const s = c.paragraph.sentences;
  const matched: string[] = [];
  const missing: Array<[string, number]> = [];
  for (let i = 0; i < parts.length; i++) {
    if (c.window.covered[i] > 0) matched.push(parts[i].raw);
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

function findContradiction(claim: Claim, parts: readonly Part[], ranked: readonly Candidate[]): Contradiction | undefined {
  const top = ranked.slice(0, 6).map((c) => {
    const sents = sentencesOf(c.source, c.paragraph).slice(c.window.from, c.window.to);
    return { c, sents, quantities: sents.flatMap((w) => w.quantities), negated: sents.some((w) => w.negated) };
  });
  const sameFact = (c: Candidate, exclude: (p: Part) => boolean, bar: number) => restCoverage(parts, c.window.covered, exclude) >= bar;

  // Figures and dates: a window about the same fact has a different one, and no window confirms the claim's.
  for (const q of claim.quantities) {
    const isQ = (p: Part) => p.isNumber && q.raw.includes(p.raw);
    if (top.some((w) => w.quantities.some((r) => sameQuantity(q, r)) && sameFact(w.c, isQ, SAME_FACT * 0.8))) continue;
    for (const w of top) {
      if (!sameFact(w.c, isQ, SAME_FACT)) continue;
      const rivals = w.quantities.filter((r) => comparable(q, r) && !claim.quantities.some((cq) => sameQuantity(cq, r)));
      if (rivals.length === 0) continue;
      if (q.approximate && rivals.every((r) => withinFactor(q, r, 0.25))) continue;
      const rival = rivals.length === 1 ? rivals[0] : closestByContext(claim, q, w.sents, rivals);
      return { kind: q.kind === 'year' || q.kind === 'date' ? 'date' : 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: rival.raw, evidence: toEvidence(w.c, parts) };
    }
  }

  // Polarity: the closest window says the opposite, and none of the close ones agrees.
  if (claim.content.length >= 4) {
    const close = top.filter((w) => sameFact(w.c, () => false, SAME_FACT_NEGATION));
    if (close.length && close.every((w) => w.negated !== claim.negated)) {
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

  // Names: one name of the claim is absent from a window that otherwise states the fact, and that window
  // names someone else of the same length; no close window has the claim's name.
  const claimTerms = new Set(claim.tokens.map((t) => t.term));
  for (const name of claim.names) {
    if (name.terms.length === 0) continue;
    const nameTerms = new Set(name.terms);
    const isName = (p: Part) => nameTerms.has(p.term);
    const has = (w: (typeof top)[number]) => name.terms.some((t) => w.sents.some((s) => s.terms.has(t)));
    if (top.some((w) => has(w) && sameFact(w.c, isName, SAME_FACT))) continue;
    for (const w of top) {
      if (has(w) || !sameFact(w.c, isName, 0.75)) continue;
      const windowText = w.c.source.text.slice(w.c.paragraph.sentences[w.c.window.from].start, w.c.paragraph.sentences[w.c.window.to - 1].end);
      const others = windowNames(windowText).filter((n) => n.terms.every((t) => !claimTerms.has(t)));
      if (others.length === 1 && others[0].terms.length === name.terms.length) {
        return { kind: 'name', claimText: name.text, claimSpan: { start: name.start, end: name.end }, sourceText: others[0].text, evidence: toEvidence(w.c, parts) };
      }
    }
  }
  return undefined;
}

function withinFactor(a: Quantity, b: Quantity, f: number): boolean {
  return Math.abs(a.value - b.value) <= f * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function restCoverage(parts: readonly Part[], covered: Float32Array, exclude: (p: Part) => boolean): number {
  let got = 0;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (exclude(parts[i])) continue;
    total += parts[i].weight;
    got += parts[i].weight * covered[i];
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
    const tokens = sents.find((w) => w.quantities.includes(r))?.tokens ?? [];
    let s = 0;
    for (const t of near(tokens, r.start)) if (claimNear.has(t)) s++;
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

function windowNames(text: string): Array<{ text: string; terms: string[] }> {
  const out: Array<{ text: string; terms: string[] }> = [];
  const tokens = tokenize(text).filter((t, i, all) => !(i > 0 && t.start >= all[i - 1].start && t.end <= all[i - 1].end));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || !t.capitalized || t.stop) continue;
    const sentenceStart = i === 0 || /[.!?]["”’]?\s*$/.test(text.slice(tokens[i - 1].start, t.start));
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].kind === TokenKind.Word && tokens[j + 1].capitalized) j++;
    if (!(sentenceStart && i === j)) {
      out.push({ text: text.slice(t.start, tokens[j].end), terms: tokens.slice(i, j + 1).map((x) => x.term) });
    }
    i = j;
  }
  return out;
}
