/**
 * Sourced's own messages beside LSP's, for the server and the extension (client/src/extension.ts)
 * alike: each method's name and the shape of what it carries, in one place. Plain descriptors rather
 * than the JSON-RPC library's classes: the client and the server use different versions of it.
 */
import type { Coverage, SentenceEvidence } from '../core';
import type { SourceList } from '../core/features/sourceList';
import type { Range } from '../core/types';

export type { SourceList, SourceListProblem, SourceSummary } from '../core/features/sourceList';

/** A request: its method, and (types only) what it takes and answers. */
export interface RequestType<P, R> {
  readonly method: string;
  /** Never set: carries the types. */
  readonly types?: { readonly params: P; readonly result: R };
}

/** A notification: its method, and (types only) what it carries. */
export interface NotificationType<P> {
  readonly method: string;
  readonly types?: { readonly params: P };
}

/** Indexing state, for the status bar: counts while indexing, then how many sources there are. */
export type IndexStatus =
  | { readonly state: 'indexing'; readonly indexed: number; readonly total: number }
  | { readonly state: 'ready'; readonly sources: number; readonly skipped: number; readonly ms: number; readonly limit?: string };

/** Server → client, whenever the indexing state changes. */
export const StatusNotification: NotificationType<IndexStatus> = { method: 'sourced/status' };

/** How many sources are indexed and skipped, and the index's generation (bumped on every change). */
export const StatusRequest: RequestType<void, { sources: number; skipped: number; generation: number }> = { method: 'sourced/status' };

/** Rebuilds the index from disk (and re-reads the bibliographies); answers once it is done. */
export const ReindexRequest: RequestType<void, { sources: number; skipped: number }> = { method: 'sourced/reindex' };

export interface StatsParams {
  /** Start the longest-block and GC-pause figures (and the block trace) afresh after this answer. */
  readonly resetLoopDelay?: boolean;
  /** Answer once the indexing queued so far is done. */
  readonly waitForIndexing?: boolean;
}

/**
 * Counters for tests and the benchmark: the index's size, sentences judged so far (memo misses), the
 * longest event-loop block since the last reset (ms), memory, and what the last full run did.
 */
export const StatsRequest: RequestType<StatsParams | undefined, Record<string, unknown>> = { method: 'sourced/stats' };

/** Runs a full garbage collection when the server was started with --expose-gc (the memory benchmark). */
export const GcRequest: RequestType<void, { collected: boolean; heapUsed: number; rss: number }> = { method: 'sourced/gc' };

/**
 * Client commands the server may put in code actions, when the client lists them in its
 * `experimental.sourcedCommands` capability (the VS Code extension does; other clients get plain edits).
 */
export const ClientCommands = {
  /** Asks the writer why, then records the finding in the ignore file: arguments `[IgnoreEditParams without reason]`. */
  ignoreFinding: 'sourced.ignoreFinding',
  /** Applies an edit of the ignore file and saves it: arguments `[WorkspaceEdit]`. */
  editIgnoreFile: 'sourced.editIgnoreFile',
  /** Asks the writer why, then puts a `sourced-ignore` comment before the sentence: arguments `[IgnoreEditParams without reason]`. */
  ignoreFindingHere: 'sourced.ignoreFindingHere',
} as const;

export interface IgnoreEditParams {
  readonly textDocument: { readonly uri: string };
  /** The finding, as the server published it (its code and range are what count). */
  readonly diagnostic: { readonly code?: unknown; readonly range?: unknown };
  readonly reason?: string;
  /** A `sourced-ignore` comment in the draft, before the sentence, instead of an entry in the ignore file. */
  readonly here?: boolean;
}

/**
 * The edit that records a finding in the draft's `.sourced/ignore.json` (creating it if need be), or
 * why it cannot (an ignore file Sourced cannot read is never written over); with `here`, the edit of
 * the draft that puts a `sourced-ignore` comment with the reason before the sentence.
 */
export const IgnoreEditRequest: RequestType<IgnoreEditParams, { edit?: unknown; error?: string }> = { method: 'sourced/ignoreEdit' };

export interface ReportParams {
  readonly textDocument: { readonly uri: string };
  /** html (default) or md. */
  readonly format?: 'html' | 'md';
}

/** The fact-check report of a draft (open, or on disk), as one HTML page or Markdown; `error` says why there is none. */
export const ReportRequest: RequestType<ReportParams, { content?: string; summary?: string; error?: string }> = { method: 'sourced/report' };
export interface EvidenceParams {
  readonly textDocument: { readonly uri: string };
  readonly position: { readonly line: number; readonly character: number };
}

/** What the evidence panel shows: the sentence at the position, if any; `indexing` while the sources are still being read. */
export interface EvidenceResult {
  readonly evidence?: SentenceEvidence;
  readonly indexing?: boolean;
}

/**
 * The evidence for the sentence at a position (client/src/evidencePanel.ts). A request cancelled
 * before it is answered gets the RequestCancelled error: a newer one has replaced it.
 */
export const EvidenceRequest: RequestType<EvidenceParams, EvidenceResult | null> = { method: 'sourced/evidence' };

/** A draft's coverage, sent after each check of it publishes its findings (client/src/coverage.ts). */
export interface DraftCoverage {
  readonly uri: string;
  readonly version: number;
  /** "21 of 25 claims supported · 4 to check" */
  readonly text: string;
  /** "21 of 25 claims supported (2 not cited) · 3 contradicted · 1 unsupported" */
  readonly full: string;
  readonly coverage: Coverage;
}

/** Server → client, after each check of a draft. */
export const CoverageNotification: NotificationType<DraftCoverage> = { method: 'sourced/coverage' };

/**
 * The client shows a source's text (`sourced-source:` URIs, answered by SourceTextRequest): it says so
 * in its capabilities as `experimental[SOURCE_TEXT_CAPABILITY]: true`, and the server then links
 * definitions, hovers and related passages to the source's text instead of the file.
 */
export const SOURCE_TEXT_CAPABILITY = 'sourcedSourceText';

/** A source's text with numbered paragraphs and page markers, by its `sourced-source:` URI; null when no source has it. */
export const SourceTextRequest: RequestType<{ readonly uri: string }, { readonly text: string; readonly fileUri: string } | null> = { method: 'sourced/sourceText' };

/** The sources (those matching `filter`, at most 2,000), their citation counts in the drafts, and what could not be used. */
export const SourcesRequest: RequestType<{ readonly filter?: string }, SourceList> = { method: 'sourced/sources' };

/** Every citation of a key in the workspace's drafts. */
export const CitationsRequest: RequestType<{ readonly key: string }, Array<{ readonly uri: string; readonly range: Range }>> = { method: 'sourced/citations' };

/** Server → client: the sources changed (read, re-read, removed, renamed by a bibliography); lists and source texts are stale. */
export const SourcesChangedNotification: NotificationType<{ readonly generation: number }> = { method: 'sourced/sourcesChanged' };

/** The part of a connection (or client) that answers and sends requests and notifications. */
interface Endpoint {
  onRequest(method: string, handler: (params: never) => unknown): unknown;
}

/** Answers `request` with `handler`. */
export function onRequest<P, R>(endpoint: Endpoint, request: RequestType<P, R>, handler: (params: P) => R | Promise<R>): void {
  endpoint.onRequest(request.method, handler as (params: never) => unknown);
}

/** Sends `notification` (the server's status, say). */
export function notify<P>(endpoint: { sendNotification(method: string, params: P): unknown }, notification: NotificationType<P>, params: P): void {
  void endpoint.sendNotification(notification.method, params);
}

/** Sends `request` and waits for its answer (the client side). */
export function request<P, R>(endpoint: { sendRequest(method: string, params?: unknown): Promise<unknown> }, type: RequestType<P, R>, ...params: P extends void ? [] : [P]): Promise<R> {
  return (params.length ? endpoint.sendRequest(type.method, params[0]) : endpoint.sendRequest(type.method)) as Promise<R>;
}

/** Handles `notification` (the client side). */
export function onNotification<P>(endpoint: { onNotification(method: string, handler: (...params: any[]) => void): { dispose(): void } }, notification: NotificationType<P>, handler: (params: P) => void): { dispose(): void } {
  return endpoint.onNotification(notification.method, handler);
}
