import type { Draft } from '../draft/draft';
import type { Corpus } from '../search/corpus';
import { CheckContext, checkSentence, type CheckOptions, type SentenceVerdict } from './checker';

/** What the memo reads of the service's options, as they are now. */
export interface MemoOptions extends CheckOptions {
  /** Verdicts remembered beyond the held drafts' sentences (see CoreOptions.maxRememberedVerdicts). */
  readonly maxRememberedVerdicts?: number;
}

/** Sentence verdicts remembered by default beyond the held drafts' (see CoreOptions.maxRememberedVerdicts). */
const DEFAULT_REMEMBERED_VERDICTS = 1024;

/**
 * Sentence verdicts of one service, by sentence text + citations, valid for one corpus generation and
 * one threshold: an edit re-judges only the sentences whose text changed; any change to the sources
 * forgets them all. Bounded: the least recently used go first (see forget).
 */
export class VerdictMemo {
  private memo = new Map<string, SentenceVerdict>();
  private generation = -1;
  private threshold: number;
  /** Sentences actually judged (memo misses): what an incremental re-check should keep small. */
  private judged = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly options: () => MemoOptions,
    private readonly context: CheckContext,
    /** How many sentences the drafts held have: their verdicts are always kept. */
    private readonly liveSentences: () => number,
  ) {
    this.threshold = options().supportThreshold;
  }

  /** The verdict on sentence `i` of the draft: remembered, or judged now. */
  verdict(draft: Draft, i: number): SentenceVerdict {
    const options = this.options();
    if (this.generation !== this.corpus.generation || this.threshold !== options.supportThreshold) {
      this.memo = new Map();
      this.generation = this.corpus.generation;
      this.threshold = options.supportThreshold;
    }
    const s = draft.sentences[i];
    const key = s.claimText + '\u0000' + s.citations.map((c) => c.items.map((it) => `${it.key}|${it.locator?.label ?? ''}|${it.locator?.value ?? ''}`).join(';')).join('&');
    const hit = this.memo.get(key);
    if (hit) {
      // Most recently used last: the memo forgets from the front.
      this.memo.delete(key);
      this.memo.set(key, hit);
      // A memoised verdict is reused with this sentence's own positions.
      return hit.sentence === s ? hit : { ...hit, sentence: s, citations: hit.citations.map((c, k) => ({ ...c, item: s.citations.flatMap((x) => x.items)[k] ?? c.item })) };
    }
    const v = checkSentence(s, this.corpus, options, this.context);
    this.judged++;
    this.memo.set(key, v);
    if (this.memo.size > (options.maxRememberedVerdicts ?? DEFAULT_REMEMBERED_VERDICTS)) this.forget();
    return v;
  }

  /** Verdicts remembered. */
  get size(): number {
    return this.memo.size;
  }

  /** Sentences judged so far (memo misses). */
  get sentenceChecks(): number {
    return this.judged;
  }

  /**
   * Forgets the least recently used verdicts, keeping the limit's worth beyond the sentences of the
   * drafts held (each check touches its own sentences, so they are the most recent): re-checking an
   * open draft stays incremental, and a long session does not keep every sentence it ever saw.
   */
  private forget(): void {
    const keep = this.liveSentences() + (this.options().maxRememberedVerdicts ?? DEFAULT_REMEMBERED_VERDICTS);
    for (const old of this.memo.keys()) {
      if (this.memo.size <= keep) break;
      this.memo.delete(old);
    }
  }
}
