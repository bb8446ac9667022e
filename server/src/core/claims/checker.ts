import { headerBlocksApart, locate } from '../draft/locators';
import type { CitationItem } from '../draft/citations';
import type { Corpus } from '../search/corpus';
import type { Paragraph, Source } from '../sources/model';
import { stem } from '../text/tokenize';
import { analyzeClaim, isOpinion, type Claim } from './claim';
import { termSimilarity } from './coverage';
import type { DraftSentence } from '../draft/draft';
import { comparable, isTime, numberTerms, sameQuantity, unitsAgree, type Quantity } from './quantities';
import { negatedOf, quantitiesOf, readSentence, ReadingCache, type SentenceReading } from './reading';
import { vectorRow } from './similarity';
import { judgeClaim, type Contradiction, type Evidence, type Judgement } from './support';
import { citable, onlyWondered, otherFateIn, putOffInstead, otherMoverOf, otherRoleOf, otherSpeakerOf, safeCitations, wordsOfAnother, SAID_TO_CITE, saysItIsNotSo, SAYS_OTHERWISE, tooLittle } from './citable';

/** Two sources that give a figure of the sentence differently: the one that backs it and the other. */
export interface Dispute {
  /** The sentence's figure, as written. */
  readonly claimText: string;
  /** The other source's figure, as written. */
  readonly sourceText: string;
  /** The passage that gives the sentence's figure. */
  readonly backing: Evidence;
  /** The passage of another source that gives the other figure. */
  readonly evidence: Evidence;
}

/** The verdict on one sentence, as the JSON output names it. */
export type SentenceStatus = 'not-a-claim' | 'supported' | 'unsupported' | 'contradicted' | 'citation-mismatch' | 'wrong-locator';

/** What decided a verdict other than "supported": the score, a contradiction, or something the sources never mention. */
export type VerdictReason = 'score' | 'contradiction' | 'missing-entity' | 'missing-figure' | 'too-little' | 'hedged' | 'says-otherwise' | 'opinion' | 'nothing-checkable' | 'no-sources' | 'locator';

/** A citation item resolved against the index. */
export interface ResolvedCitation {
  readonly item: CitationItem;
  /** Undefined: no source has this key. */
  readonly source?: Source;
  /** The paragraph a `para. N` locator names; undefined when there is no such locator or no such paragraph. */
  readonly paragraph?: Paragraph;
  /** Every paragraph a `paras. 2-4` or `paras. 2, 5` locator names (the first is `paragraph`). */
  readonly paragraphs?: readonly Paragraph[];
  /** The paragraphs of the page a `p. N` locator names in a paged source (PDF). */
  readonly page?: { readonly n: number; readonly label: string; readonly paragraphs: readonly Paragraph[] };
  /** A `para. N` or `p. N` locator that names no paragraph or page of the source. */
  readonly badLocator: boolean;
}

export interface SentenceVerdict {
  readonly sentence: DraftSentence;
  readonly claim: Claim;
  readonly status: SentenceStatus;
  readonly reason?: VerdictReason;
  readonly citations: readonly ResolvedCitation[];
  /** Support from what the sentence cites (cited sentences only). */
  readonly cited?: Judgement;
  /** Support from all sources: what to suggest citing. Left out for a cited sentence its sources support. */
  readonly overall?: Judgement;
  readonly contradiction?: Contradiction;
  /**
   * Passages safe to cite, best first: each backs the sentence by itself with a clear margin, has
   * every figure, date and name of the sentence that its source has, and no source contradicts the
   * sentence. Empty for anything not supported.
   */
  readonly suggestions: readonly Evidence[];
  /**
   * A supported sentence for which no passage is safe to cite (or one whose best passage says it is
   * not so, reason "says-otherwise"): the closest passage, and why
   * it is not offered (as a clause after its locator: "says the matter was … deferred"), and the
   * name of the citation test it failed first (see citable.ts).
   */
  readonly withheld?: { readonly evidence: Evidence; readonly why: string; readonly test: string };
  /** For a citation whose locator is not where the support is: the passage that is. */
  readonly betterLocator?: Evidence;
  /** An uncited supported sentence whose figure another source gives otherwise: no citation is offered. */
  readonly disputed?: Dispute;
  /** What the sentence speaks of that no source in scope mentions ("a regional court"). */
  readonly missingEntities?: readonly string[];
  /** Figures and dates of the sentence that the passages about it do not state. */
  readonly missingFigures?: readonly string[];
  /** The passage that backs the sentence only as a question or a suspicion ("are examining whether …"), for a sentence that states it as fact. */
  readonly hedged?: Evidence;
  /** 0–1 confidence that the sources (the cited ones, if any) support the sentence; 0 for non-claims. */
  readonly score: number;
  /** The figures that decided the verdict, by name (for `explain` and the quality benchmark). */
  readonly features?: Readonly<Record<string, number>>;
}

export interface CheckOptions {
  /** Support at or above this makes a claim supported. */
  readonly supportThreshold: number;
}

/** What checking keeps between sentences of one service: the paragraphs read, and which words the sources write as names. */
export class CheckContext {
  readonly reading = new ReadingCache();
  private names = new Map<string, boolean>();
  private namesGeneration = -1;

  /** Whether the sources write a word capitalised where it does not open a sentence: a name, not just a first word. */
  isName(corpus: Corpus, word: string): boolean {
    if (this.namesGeneration !== corpus.generation) {
      this.names = new Map();
      this.namesGeneration = corpus.generation;
    }
    let known = this.names.get(word);
    if (known !== undefined) return known;
    known = false;
    const hits = corpus.index.search([stem(word)], 4);
    // A word no source has at all, and not a common English word either, is a name ("Kuranari").
    if (hits.length === 0) known = vectorRow(stem(word)) < 0 && !/^[A-Z]+$/.test(word);
    for (const hit of hits) {
      const p = corpus.passage(hit.id);
      if (!p) continue;
      // Written as is, and not as a sentence's first word: a name.
      for (const s of this.reading.sentences(p.source, p.paragraph)) {
        const words = s.tokens;
        for (let i = 1; i < words.length && !known; i++) if (words[i].raw === word && !/[.!?:"“”'‘’(\[]\s*$/.test(s.text.slice(words[i - 1].end, words[i].start))) known = true;
        if (known) break;
      }
      if (known) break;
    }
    this.names.set(word, known);
    if (this.names.size > 4096) this.names.delete(this.names.keys().next().value!);
    return known;
  }
}

export function resolveCitations(sentence: DraftSentence, corpus: Corpus): ResolvedCitation[] {
  return sentence.citations.flatMap((c) =>
    c.items.map((item) => {
      const source = corpus.citedSource(item.key);
      const located = source && locate(source, item.locator);
      const paragraph = located?.kind === 'paragraph' ? located.paragraph : undefined;
      const page = located?.kind === 'page' ? { n: located.page, label: located.label, paragraphs: located.paragraphs } : undefined;
      const paragraphs = source && paragraph ? paragraphRange(item.locator!.value).map((n) => source.paragraphs[n - 1]).filter((p) => p !== undefined) : undefined;
      return { item, source, paragraph, paragraphs: paragraphs && paragraphs.length > 1 ? paragraphs : undefined, page, badLocator: located?.kind === 'missing' };
    }),
  );
}

/** The paragraph numbers a locator value names: "4" → [4], "2-4" → [2, 3, 4], "2, 5" → [2, 5]. At most 50. */
function paragraphRange(value: string): number[] {
  const out: number[] = [];
  for (const piece of value.split(/[,;&]|\band\b/)) {
    const m = /^\s*(\d+)\s*(?:[-–—]|to)?\s*(\d+)?\s*$/.exec(piece);
    if (!m) continue;
    const a = +m[1];
    const b = m[2] !== undefined ? +m[2] : a;
    for (let n = a; n <= Math.min(b, a + 49); n++) out.push(n);
  }
  return out;
}

/** The paragraphs a resolved citation's locator names (a paragraph, a range, or a PDF page), if any. */
function locatorParagraphs(c: ResolvedCitation): readonly Paragraph[] {
  return c.paragraphs ?? (c.paragraph ? [c.paragraph] : (c.page?.paragraphs ?? []));
}

/**
 * The paragraphs the cited numbers name for a reader who counts each block of labelled lines at the
 * head of a source ("Present: …") as a paragraph of its own (see `headerBlocksApart`): that reader's
 * para. N is Sourced's para. N − k for one k up to those blocks.
 */
function headerCountedApart(cited: readonly ResolvedCitation[]): Array<{ source: Source; paragraph: Paragraph }> {
  const out: Array<{ source: Source; paragraph: Paragraph }> = [];
  for (const c of cited) {
    // Counted paragraphs only ("para. 4", "paras. 4-5"), not the numbers a report gives them ("para. 2.2").
    const locator = c.item.locator;
    if (!c.source || locator?.label !== 'para' || /\d\.\d/.test(locator.value)) continue;
    const apart = headerBlocksApart(c.source);
    for (const paragraph of locatorParagraphs(c))
      for (let k = 1; k <= apart && paragraph.n - k >= 1; k++) out.push({ source: c.source, paragraph: c.source.paragraphs[paragraph.n - k - 1] });
  }
  return out;
}

/**
 * A figure of the claim (an amount, not a date) that the passage backing it gives, while a passage of
 * another source that would back the sentence by itself but for the figure (its score alone at the
 * threshold, and half of what the claim says besides names and figures) gives another of the same
 * kind, counting the same thing, and not the claim's.
 */
function disputeOf(claim: Claim, j: Judgement, threshold: number): Dispute | undefined {
  const backing = j.cover[0];
  if (!backing) return undefined;
  // The figure's words as the judge matched them: the backing passage has them, the other lacks them.
  const wordsOf = (q: Quantity) => q.raw.toLowerCase().split(/[\s-]+/).filter((w) => /\d/.test(w) || numberTerms(w) !== undefined);
  const lacks = (e: Evidence, q: Quantity) => wordsOf(q).some((w) => e.missing.some((m) => m.toLowerCase() === w));
  const figures = claim.quantities.filter((q) => !q.range && !isTime(q) && wordsOf(q).length > 0 && !lacks(backing, q));
  if (figures.length === 0) return undefined;
  let backed: SentenceReading | undefined;
  for (const e of j.evidence) {
    // About the same thing: by itself it would back the sentence but for the figure.
    if (e.source === backing.source || e.said < SAID_TO_CITE || e.alone < threshold || !figures.some((q) => lacks(e, q))) continue;
    backed ??= readSentence(backing.source.text.slice(backing.span.start, backing.span.end));
    const s = readSentence(e.source.text.slice(e.span.start, e.span.end));
    const negated = negatedOf(s);
    for (const q of figures) {
      if (!quantitiesOf(backed).some((r) => sameQuantity(q, r)) || quantitiesOf(s).some((r) => sameQuantity(q, r))) continue;
      const rival = quantitiesOf(s).find((r) => {
        const at = s.tokens.findIndex((t) => t.start >= r.start);
        return comparable(q, r) && !r.range && r.value !== q.value && unitsAgree(q, r, s.terms, termSimilarity) && !(at >= 0 && negated.has(at));
      });
      if (rival) return { claimText: q.raw, sourceText: rival.raw, backing, evidence: e };
    }
  }
  return undefined;
}

/** Words that make a figure one hoped for or expected, not had. */
const HOPED = /\b(?:hopes?|hoped|hoping|aims?|aiming|expects?|expected|target|plans?|will|would|could|might|wants?)\b/i;

/** Tests whose failure means a passage denies the sentence outright. */
const DENIES: ReadonlySet<string> = new Set(['denied', 'denied-outright', 'correction']);

function sameSource(c: Contradiction, scope: ReadonlySet<Source>): boolean {
  return scope.has(c.evidence.source);
}

/**
 * The one figure of the best cited passage that counts what a figure of the sentence missing from it
 * does, in the same words ("380 members" for "830 members"), set against it; none where the passage
 * gives several such, or the sentence's figure too.
 */
function citedFigureOtherwise(claim: Claim, cited: Judgement, located: ReadonlyArray<{ source: Source; paragraph: Paragraph }>): Contradiction | undefined {
  // (The paragraph the locator names, where there is one: the writer points at it.)
  const at = located.length === 1 ? located[0] : undefined;
  const e: Evidence | undefined = at ? (cited.evidence.find((x) => x.paragraph === at.paragraph) ?? { source: at.source, paragraph: at.paragraph, span: { start: at.paragraph.start, end: at.paragraph.end }, score: 0, alone: 0, matched: [], missing: [], said: 0 }) : cited.evidence[0];
  if (!e || e.span.end - e.span.start > 2000) return undefined;
  const s = readSentence(e.source.text.slice(e.span.start, e.span.end));
  for (const q of claim.quantities) {
    if (isTime(q) || q.range || !q.after?.length || !cited.missingFigures?.includes(q.raw)) continue;
    const all = quantitiesOf(s);
    if (all.some((r) => sameQuantity(q, r))) continue;
    // (Counting the thing itself, not a part named after it, "14 members of staff" for "830 members"; and
    // said as had, not hoped for, "We hope to reach 1,000 members by 2027".)
    const ofMore = (text: string, x: { end: number }) => /^\s+[\p{L}'’-]+\s+of\s+\p{L}/u.test(text.slice(x.end, x.end + 40));
    const sentenceOf = (x: { start: number; end: number }) => s.text.slice(Math.max(0, s.text.lastIndexOf('.', x.start) + 1), s.text.indexOf('.', x.end) < 0 ? s.text.length : s.text.indexOf('.', x.end));
    const alike = all.filter((r) => comparable(q, r) && !r.range && r.value !== q.value && !!r.after?.length && r.after[0] === q.after![0] && unitsAgree(q, r, s.terms, termSimilarity, true) && ofMore(s.text, r) === ofMore(claim.text, q) && !HOPED.test(sentenceOf(r)));
    if (new Set(alike.map((r) => r.value)).size !== 1) continue;
    return { kind: 'number', claimText: q.raw, claimSpan: { start: q.start, end: q.end }, sourceText: alike[0].raw, evidence: e };
  }
  return undefined;
}

/** Whether the cited paragraph (or the closest cited passage) gives, for a figure no cited passage states, another figure of the same kind counting the same thing. */
function citedGivesOtherwise(claim: Claim, cited: Judgement, located: ReadonlyArray<{ source: Source; paragraph: Paragraph }> = []): boolean {
  const missing = claim.quantities.filter((q) => cited.missingFigures?.includes(q.raw) && !isTime(q));
  // (The paragraph the locator names, where there is one: "[@herald, para. 2]" gives 27 sponsors.)
  const at = located.length === 1 ? located[0] : undefined;
  const span = at ? { source: at.source, start: at.paragraph.start, end: Math.min(at.paragraph.end, at.paragraph.start + 2000) } : cited.evidence[0] ? { source: cited.evidence[0].source, start: cited.evidence[0].span.start, end: cited.evidence[0].span.end } : undefined;
  if (missing.length === 0 || !span) return false;
  const s = readSentence(span.source.text.slice(span.start, span.end));
  // (In the paragraph the writer points at, a count of other words is the count meant: "27 sponsors" for "24 businesses".)
  const alike = (q: Quantity, r: Quantity) => comparable(q, r) || (!!at && q.kind === 'number' && r.kind === 'number' && !!q.unit && !!r.unit && !r.unit.startsWith('<') && !isTime(r));
  return missing.some((q) => quantitiesOf(s).some((r) => alike(q, r) && !r.range && r.value !== q.value && unitsAgree(q, r, s.terms, termSimilarity)));
}

/**
 * Reasons a claim is flagged whatever its score, and how far below the threshold its score is put:
 * something the claim states that no source has (a name, a figure) or that a source contradicts
 * weighs against it more than too little in common does, so such claims rank lowest.
 */
const GATES: Readonly<Partial<Record<VerdictReason, number>>> = { contradiction: 0.5, 'missing-entity': 0.5, 'missing-figure': 0.5, 'too-little': 1, hedged: 1, 'says-otherwise': 1 };

/**
 * The score a claim is given: a claim flagged whatever its score keeps its score's order but below
 * the threshold (the score times the threshold, times its gate's factor). The score is how sure
 * Sourced is that the sources support the claim, so it never reads "88 %" on a sentence it calls
 * unsupported, and it ranks such claims by how much the sources do hold.
 */
export function gatedScore(score: number, reason: VerdictReason | undefined, threshold: number): number {
  const factor = gateFactor(reason);
  return factor === undefined ? score : score * threshold * factor;
}

/** The factor a flagged claim's score is put below the threshold with, or undefined when its reason is no gate. */
export function gateFactor(reason: VerdictReason | undefined): number | undefined {
  return reason === undefined ? undefined : GATES[reason];
}

/** Judges one sentence. Pure given the corpus: callers memoise on sentence text + corpus generation. */
export function checkSentence(sentence: DraftSentence, corpus: Corpus, options: CheckOptions, context: CheckContext = new CheckContext()): SentenceVerdict {
  const v = judgeSentence(sentence, corpus, options, context);
  const score = gatedScore(v.score, v.reason, options.supportThreshold);
  return score === v.score ? v : { ...v, score };
}

function judgeSentence(sentence: DraftSentence, corpus: Corpus, options: CheckOptions, context: CheckContext): SentenceVerdict {
  const claim = analyzeClaim(sentence.claimText, { isName: (w) => context.isName(corpus, w) });
  const citations = resolveCitations(sentence, corpus);
  const known = citations.filter((c) => c.source);
  const notAClaim = (reason: VerdictReason): SentenceVerdict => ({ sentence, claim, status: 'not-a-claim', reason, citations, suggestions: [], score: 0 });
  if (corpus.sourceCount === 0) return notAClaim('no-sources');
  // A sentence that cites a source asserts that the source backs it, so any cited statement is checked;
  // an uncited opinion ("few stories were sadder") asserts nothing a source could back.
  if (known.length === 0 && isOpinion(claim)) return notAClaim('opinion');
  const checkable = claim.kinds.length > 0 || (known.length > 0 && claim.statement);

  const threshold = options.supportThreshold;
  const reading = context.reading;
  let overallMemo: Judgement | undefined;
  const overall = () => (overallMemo ??= judgeClaim(claim, corpus, { limit: 5, cache: reading }));
  if (!checkable) {
    // Nothing in it a source must give, but a close passage may still say the opposite ("the boiler is
    // beyond economic repair" where the report says it "is not"): that is worth a warning.
    if (known.length > 0 || !claim.statement || claim.opinion !== undefined) return notAClaim('nothing-checkable');
    const o = overall();
    if (!o.contradiction) return notAClaim('nothing-checkable');
    return { sentence, claim, citations, overall: o, score: o.score, features: o.features, status: 'contradicted', reason: 'contradiction', contradiction: o.contradiction, suggestions: [] };
  }

  if (known.length === 0) {
    const o = overall();
    const base = { sentence, claim, citations, overall: o, score: o.score, features: o.features };
    if (o.contradiction) return { ...base, status: 'contradicted', reason: 'contradiction', contradiction: o.contradiction, suggestions: [] };
    if (o.missingEntities?.length) return { ...base, status: 'unsupported', reason: 'missing-entity', missingEntities: o.missingEntities, suggestions: [] };
    if (o.missingFigures?.length) return { ...base, status: 'unsupported', reason: 'missing-figure', missingFigures: o.missingFigures, suggestions: [] };
    if (tooLittle(o, threshold)) return { ...base, status: 'unsupported', reason: 'too-little', suggestions: [] };
    if (o.score < threshold) return { ...base, status: 'unsupported', reason: 'score', suggestions: [] };
    const hedged = onlyWondered(o, threshold, claim.text);
    if (hedged) return { ...base, status: 'unsupported', reason: 'hedged', hedged, suggestions: [] };
    // Two sources giving its figure differently ("48 buses" / "46 buses"): which is right is the
    // writer's to find out, so no citation is offered for either.
    const disputed = disputeOf(claim, o, threshold);
    if (disputed) return { ...base, status: 'supported', disputed, suggestions: [] };
    const { cite, refused } = citable(o, threshold, claim);
    const withheld = cite.length === 0 && refused[0] ? { withheld: { evidence: refused[0].evidence, why: refused[0].why, test: refused[0].test } } : {};
    // The passage that best backs it says it is not so ("the motion was deferred", "will reopen"): no passage backs it as written.
    // (Nor where a passage that denies it outright backs it at least as well as the one that would be
    // cited: a correction's "It does not include money raised for other charities" outweighs a table's row.)
    const denial = cite.length > 0 ? refused.find((r) => r.evidence.alone >= cite[0].alone && r.failed.some((t) => DENIES.has(t))) : undefined;
    const notSo = cite.length === 0 && refused[0] ? saysItIsNotSo(refused[0], claim, refused) : denial ? saysItIsNotSo(denial, claim, refused) : undefined;
    const notSoAt = cite.length === 0 ? refused[0] : denial;
    if (notSo && notSoAt) return { ...base, status: 'unsupported', reason: 'says-otherwise', suggestions: [], withheld: { evidence: notSoAt.evidence, ...notSo } };
    // (Another speaker's turn, where no passage is cited: one that is citable gives the words to the right person.)
    const fate = wordsOfAnother(o, claim) ?? otherFateIn(o, claim) ?? otherRoleOf(o, claim) ?? otherMoverOf(o, claim) ?? (cite.length === 0 ? (otherSpeakerOf(o, claim) ?? (refused.length === 0 ? putOffInstead(o, claim) : undefined)) : undefined);
    if (fate) return { ...base, status: 'unsupported', reason: 'says-otherwise', suggestions: [], withheld: fate };
    return { ...base, status: 'supported', suggestions: cite.slice(0, 3), ...withheld };
  }

  const scope = new Set(known.map((c) => c.source!));
  // Read what the locators name closely, whatever retrieval finds: a paragraph, or every paragraph of a cited PDF page.
  const paragraphs = known.flatMap((c) => locatorParagraphs(c).map((paragraph) => ({ source: c.source!, paragraph })));
  // Citing the one source there is, with no locator, is the overall judgement. Several cited sources may each hold a part.
  const cited = paragraphs.length === 0 && scope.size === corpus.sourceCount && scope.size === 1 ? overall() : judgeClaim(claim, corpus, { scope, paragraphs, limit: 5, cache: reading, acrossSources: scope.size > 1 });
  const elsewhere = () => {
    const o = overall();
    // Another source may back the sentence: only if it does so safely, and is not one it cites.
    // (Nor where the sources disagree on its figure: "Eight fire engines" is one outlet's, three give six.)
    // (Or where the cited passage gives the missing figure otherwise: "Six fire engines" in the one cited.)
    return { overall: o, suggestions: disputeOf(claim, o, threshold) || citedGivesOtherwise(claim, cited, paragraphs) ? [] : safeCitations(o, threshold, 3, claim).filter((e) => !scope.has(e.source)) };
  };
  const base = { sentence, claim, citations, cited, score: cited.score, features: cited.features };
  const elsewhereSays = cited.contradiction ? undefined : cited.score < threshold || cited.missingEntities?.length || cited.missingFigures?.length || tooLittle(cited, threshold) ? overall().contradiction : undefined;
  // The passage cited gives the sentence's figure otherwise, counting the same thing ("We now have 380
  // members" for "830 members"), where another source's figure says otherwise of something else ("14
  // members of staff"): the cited passage is what the writer meant, and what it says is the warning.
  const contradiction = cited.contradiction ?? (elsewhereSays && !sameSource(elsewhereSays, scope) ? (citedFigureOtherwise(claim, cited, paragraphs) ?? elsewhereSays) : elsewhereSays);
  if (contradiction) return { ...base, overall: overallMemo, status: 'contradicted', reason: 'contradiction', contradiction, suggestions: [] };
  if (cited.missingEntities?.length) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'missing-entity', missingEntities: cited.missingEntities };
  if (cited.missingFigures?.length) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'missing-figure', missingFigures: cited.missingFigures };
  if (tooLittle(cited, threshold)) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'too-little' };
  if (cited.score < threshold) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'score' };
  const hedged = onlyWondered(cited, threshold, claim.text);
  if (hedged) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'hedged', hedged };

  // (One reading of the cited sources serves all that follows.)
  const { cite, refused } = citable(cited, threshold, claim);
  // The cited passage that best backs it says it is not so ("the motion was WITHDRAWN"): the citation does not back it.
  const notSo = cite.length === 0 && refused[0] ? saysItIsNotSo(refused[0], claim, refused) : undefined;
  if (notSo) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'says-otherwise', withheld: { evidence: refused[0].evidence, ...notSo } };
  const fate = wordsOfAnother(cited, claim) ?? otherFateIn(cited, claim) ?? otherRoleOf(cited, claim) ?? otherMoverOf(cited, claim) ?? (cite.length === 0 ? (otherSpeakerOf(cited, claim) ?? (refused.length === 0 ? putOffInstead(cited, claim) : undefined)) : undefined);
  if (fate) return { ...base, ...elsewhere(), status: 'citation-mismatch', reason: 'says-otherwise', withheld: fate };
  // Supported by the cited sources; but if the locators name paragraphs or pages that do not back it
  // while another paragraph of the same source does, say where the support is.
  const located = known.filter((c) => locatorParagraphs(c).length > 0);
  if (located.length && located.length === known.length && paragraphs.length) {
    const atLocators = judgeClaim(claim, corpus, { scope, paragraphs, only: true, limit: 1, cache: reading, acrossSources: true });
    // A writer who counted the lines at the head of a source (its attendance line, a labelled header
    // line) as paragraphs of their own numbers the paragraphs below them higher: where the cited
    // number holds it in that count, the locator is right for that reader.
    const otherCount = atLocators.score < threshold ? headerCountedApart(known) : [];
    const atOtherCount = otherCount.length ? judgeClaim(claim, corpus, { scope, paragraphs: otherCount, only: true, limit: 1, cache: reading, acrossSources: true }) : undefined;
    if (atLocators.score < threshold && !(atOtherCount && atOtherCount.score >= threshold)) {
      const atLocator = (e: Evidence) => paragraphs.some((p) => p.paragraph === e.paragraph);
      // (Not where the paragraph cited is the one that gives a figure or date of the sentence, which the
      // other does not: "on 14 January" cited to the paragraph that has it, the rest told in the one before.)
      const gives = (source: Source, paragraph: Paragraph, q: Quantity) => reading.sentences(source, paragraph).some((s) => quantitiesOf(s).some((r) => sameQuantity(q, r)));
      const ownPart = (e: Evidence) => claim.quantities.some((q) => !q.approximate && paragraphs.some((p) => gives(p.source, p.paragraph, q)) && !gives(e.source, e.paragraph, q));
      const better = cite.find((e) => !atLocator(e));
      if (better && ownPart(better)) return { ...base, status: 'supported', suggestions: [] };
      if (better) return { ...base, status: 'wrong-locator', reason: 'locator', betterLocator: better, suggestions: [better] };
      // Another paragraph backs it by itself, though not with the margin a fix needs: the locator is
      // still wrong, and the writer is told where to look, with no locator offered.
      // (Not one that says otherwise: a paragraph that does not say no where the sentence does, or gives
      // its figure to someone else, is no closer than the one cited.)
      const closest = refused.find((r) => r.evidence.said >= SAID_TO_CITE && !r.failed.some((t) => SAYS_OTHERWISE.has(t)) && !atLocator(r.evidence))?.evidence;
      if (closest) return { ...base, status: 'wrong-locator', reason: 'locator', betterLocator: closest, suggestions: [] };
    }
  }
  return { ...base, status: 'supported', suggestions: [] };
}
