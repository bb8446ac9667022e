/** What the main thread and the worker threads say to each other (structured clones). */
import type { BibEntry, BibProblem } from '../core';
import type { IndexJobInput, IndexJobResult } from './job';
import type { WireBatch } from './wire';

/** An indexing worker's workerData: its job, and where it shows the file it is reading. */
export interface IndexWorkerData extends IndexJobInput {
  /** One Int32: the index (in the job's files) of the file being read, -1 before the first. */
  readonly reading: SharedArrayBuffer;
}

/** Main thread → indexing worker. */
export type ToIndexWorker =
  /** A part of the file list (NUL-separated paths), with each file's size and mtime when known. */
  | { readonly type: 'files'; readonly files: string; readonly stats?: Float64Array; readonly last: boolean }
  /** A batch was inserted: the worker may send one more. */
  | { readonly type: 'ack' }
  | { readonly type: 'cancel' };

/** Indexing worker → main thread. */
export type FromIndexWorker =
  | { readonly type: 'batch'; readonly batch: WireBatch; readonly done: number }
  | { readonly type: 'log'; readonly level: 'info' | 'warn'; readonly message: string }
  /** The old cache is open (see IndexJobHost.opened). */
  | { readonly type: 'opened' }
  | { readonly type: 'done'; readonly result: IndexJobResult }
  | { readonly type: 'error'; readonly message: string };

/** A bibliography worker's workerData. */
export interface BibliographyWorkerData {
  readonly name: string;
  readonly text: string;
  readonly uri: string;
}

/** Main thread → bibliography worker: send the next part of the entries. */
export type ToBibliographyWorker = 'next';

/** Bibliography worker → main thread: a part of the entries, then the problems; or why it failed. */
export type FromBibliographyWorker = { readonly entries: readonly BibEntry[] } | { readonly problems: readonly BibProblem[] } | { readonly error: string };
