/**
 * The host-only loading API: how a host fills a service's index from its own workers, cache and
 * snapshot (see server/src/indexing/), and what it needs to prepare sources off the main thread. The
 * editor's queries are in service.ts. This module imports no part of the service, so a worker that
 * prepares sources does not load the judging code.
 */
import type { SourceUpdate } from './library';
import type { CorpusSnapshot, CorpusStats } from './search/corpus';
import type { PreparedBatch } from './search/prepared';

export type { SourceUpdate } from './library';
export type { CorpusSnapshot, CorpusStats } from './search/corpus';
export type { Bm25State } from './search/bm25/state';
export { BatchBuilder, encodeParagraphs, PassageEncoder, passagesOf, titleOnly, type PreparedBatch, type PreparedHeader, type PreparedSource } from './search/prepared';
export { linesOf, PackedLines, type LineTable } from './search/packedLines';
export { hashBytes, readSourceFile, slugKey } from './sources/readSource';
export type { SourceMetadata, SourceProblem } from './sources/model';

/** Counters for a host's stats request and the benchmark. */
export interface LoadingStats extends CorpusStats {
  /** Sentences judged so far (verdict memo misses). */
  readonly sentenceChecks: number;
  /** Sources given a numbered key because another has theirs. */
  readonly renamedKeys: number;
  readonly rememberedVerdicts: number;
  readonly parsedDrafts: number;
}

export interface SourceLoading {
  /**
   * Adds sources a host prepared off the main thread or loaded from its cache (see
   * search/prepared.ts): same outcome as `updateSource` for each file, without the reading.
   */
  addPrepared(batch: PreparedBatch): SourceUpdate[];
  /**
   * After a bulk load, rewrites the index's postings compactly and makes what the first search needs,
   * about `budgetMs` of work per call; returns true when done. Hosts call it between other work until it is.
   */
  tidy(budgetMs: number): boolean;
  /**
   * The index saved whole, for a host to write next to its cache; undefined while it is not compact
   * (call after tidy says done). Views into live arrays: copy or write them before anything changes.
   */
  exportSnapshot(): CorpusSnapshot | undefined;
  /**
   * exportSnapshot in steps of a few milliseconds (`perStep` sources each, default 2,048);
   * undefined when the index changed in between.
   */
  exportSnapshotSteps(perStep?: number): Generator<void, CorpusSnapshot | undefined, void>;
  /**
   * Loads a saved index into an empty service before its sources arrive through addPrepared: each source
   * whose URI and content hash match takes its saved passages instead of being indexed again; the rest
   * of the snapshot is dropped with the load's final batch. A generator: the host resumes it until done,
   * yielding in between (each step is a few milliseconds). Throws (leaving the service empty) if the
   * snapshot does not fit together or the service is not empty.
   */
  adoptSnapshot(snapshot: CorpusSnapshot): Generator<void, void, void>;
  /**
   * Does the one-off set-up now, so the first completion or check does not pay for it: unpacks the word
   * table, and runs a completion and a check over a two-sentence scratch source (which compiles the
   * code they run). Touches nothing of this service.
   */
  warmUp(): Promise<void>;
  stats(): LoadingStats;
}
