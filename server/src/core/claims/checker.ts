import { locate } from '../citations/locate';
import type { CitationItem } from '../citations/parse';
import type { Corpus } from '../index/corpus';
import type { Paragraph, Source } from '../sources/model';
import { analyzeClaim, type Claim } from './claim';
import type { DraftSentence } from './draft';
import { judgeClaim, type Contradiction, type Evidence, type Judgement } from './support';

/** The verdict on one sentence, as the JSON output names it. */
export type SentenceStatus = 'not-a-claim' | 'supported' | 'unsupported' | 'contradicted' | 'citation-mismatch';

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
  readonly citations: readonly ResolvedCitation[];
  /** Support from what the sentence cites (cited sentences only). */
  readonly cited?: Judgement;
  /** Support from all sources: what to suggest citing. Left out for a cited sentence its sources support. */
  readonly overall?: Judgement;
  readonly contradiction?: Contradiction;
  /** Best passages to cite, best first, from any source. */
  readonly suggestions: readonly Evidence[];
  /** For a citation with a locator that is not where the support is: the paragraph that is. */
  readonly betterLocator?: Evidence;
  /** 0–1 confidence that the sources (the cited ones, if any) support the sentence; 0 for non-claims. */
  readonly score: number;
  /** The figures that decided the verdict, by name (for `explain` and the quality benchmark). */
  readonly features?: Readonly<Record<string, number>>;
}

export interface CheckOptions {
  /** Support at or above this makes a claim supported. */
  readonly supportThreshold: number;
}

export function resolveCitations(sentence: DraftSentence, corpus: Corpus): ResolvedCitation[] {
  return sentence.citations.flatMap((c) =>
    c.items.map((item) => {
      const source = corpus.bySourceKey(item.key);
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

/** Judges one sentence. Pure given the corpus: callers memoise on sentence text + corpus generation. */
export function checkSentence(sentence: DraftSentence, corpus: Corpus, options: CheckOptions): SentenceVerdict {
  const claim = analyzeClaim(sentence.claimText);
  const citations = resolveCitations(sentence, corpus);
  const known = citations.filter((c) => c.source);
  // A sentence that cites a source asserts that the source backs it, so any cited statement is checked.
  const checkable = claim.kinds.length > 0 || (known.length > 0 && claim.statement);
  if (!checkable || corpus.sourceCount === 0) {
    return { sentence, claim, status: 'not-a-claim', citations, suggestions: [], score: 0 };
  }
  const threshold = options.supportThreshold;
  // Support from every source: what to suggest citing. A cited sentence its sources support needs none, so it is judged only when used.
  let overallMemo: Judgement | undefined;
  const overall = () => (overallMemo ??= judgeClaim(claim, corpus, { limit: 5 }));
  const suggestionsFrom = (j: Judgement) => j.evidence.filter((e) => e.score >= threshold * 0.8).slice(0, 3);

  if (known.length === 0) {
    const o = overall();
    const base = { sentence, claim, citations, overall: o, suggestions: suggestionsFrom(o), score: o.score, features: o.features };
    if (o.contradiction) return { ...base, status: 'contradicted', contradiction: o.contradiction };
    return { ...base, status: o.score >= threshold ? 'supported' : 'unsupported' };
  }

  const scope = new Set(known.map((c) => c.source!));
  // Read what the locators name closely, whatever retrieval finds: a paragraph, or every paragraph of a cited PDF page.
  const paragraphs = known.flatMap((c) => (c.paragraphs ?? (c.paragraph ? [c.paragraph] : (c.page?.paragraphs ?? []))).map((paragraph) => ({ source: c.source!, paragraph })));
  // Citing every source there is, with no locator, is the overall judgement.
  const cited = paragraphs.length === 0 && scope.size === corpus.sourceCount ? overall() : judgeClaim(claim, corpus, { scope, paragraphs, limit: 5 });
  const withOverall = () => {
    const o = overall();
    return { sentence, claim, citations, cited, overall: o, suggestions: suggestionsFrom(o), score: cited.score, features: cited.features };
  };
  if (cited.score < threshold || cited.contradiction) {
    const base = withOverall();
    const contradiction = cited.contradiction ?? base.overall.contradiction;
    if (contradiction) return { ...base, status: 'contradicted', contradiction };
    return { ...base, status: 'citation-mismatch' };
  }
  const base = { sentence, claim, citations, cited, overall: overallMemo, suggestions: overallMemo ? suggestionsFrom(overallMemo) : [], score: cited.score, features: cited.features };

  // Supported by the cited source; but if every locator points away from the support, say where it is.
  const located = known.filter((c) => c.paragraph);
  let betterLocator: Evidence | undefined;
  if (located.length && located.length === known.length) {
    const atLocators = cited.evidence.filter((e) => located.some((c) => c.paragraph === e.paragraph || c.paragraphs?.includes(e.paragraph)));
    const bestAtLocator = Math.max(0, ...atLocators.map((e) => e.score));
    if (bestAtLocator < threshold && cited.evidence[0]) {
      const full = withOverall();
      return { ...full, status: 'citation-mismatch', suggestions: [cited.evidence[0], ...full.suggestions.filter((s) => s.paragraph !== cited.evidence[0].paragraph)].slice(0, 3), betterLocator: cited.evidence[0] };
    }
  }
  return { ...base, status: 'supported', betterLocator };
}
