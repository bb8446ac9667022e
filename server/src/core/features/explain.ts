import { CheckContext, checkSentence, type CheckOptions, type SentenceVerdict } from '../claims/checker';
import type { Claim } from '../claims/claim';
import { explainCombination, type Combination } from '../claims/combiner';
import { judgeClaim, type Evidence } from '../claims/support';
import { parseDraft, type DraftSentence } from '../draft/draft';
import type { Corpus } from '../search/corpus';
import type { SourcedDiagnostic } from './diagnostics';
import { quoteDiagnostics } from './quoteDiagnostics';

/** What `explain` shows: the claim's parts, the verdict and how its score was reached, and each scored passage. */
export interface Explanation {
  readonly claim: Claim;
  readonly verdict: SentenceVerdict;
  /** The combiner's sum, feature by feature, when the verdict has a score of its own. */
  readonly combination?: Combination;
  readonly evidence: readonly Evidence[];
  /** Its quotations that a source it cites does not have word for word (`quote.not-verbatim`). */
  readonly misquotes: readonly SourcedDiagnostic[];
}

/** Explains the verdict on one sentence, checked against every source. */
export function explain(sentence: string, corpus: Corpus, options: CheckOptions, context: CheckContext): Explanation {
  const draft = parseDraft('untitled:explain', 0, sentence);
  // Text that is no prose at all (a heading, a code fence) has no sentence: explain it as an empty claim.
  const s: DraftSentence = draft.sentences[0] ??
    parseDraft('untitled:explain', 0, sentence + '.').sentences[0] ?? { index: 0, span: { start: 0, end: 0 }, claimText: '', offsets: new Int32Array(0), citations: [], insertAt: 0 };
  const verdict = checkSentence(s, corpus, options, context);
  const claim = verdict.claim;
  const evidence = judgeClaim(claim, corpus, { limit: 10, cache: context.reading }).evidence;
  const misquotes = quoteDiagnostics(draft, [verdict], new WeakMap());
  return { claim, verdict, combination: verdict.features ? explainCombination(verdict.features) : undefined, evidence, misquotes };
}
