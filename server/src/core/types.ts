/**
 * Shapes shared across the core. They mirror LSP's where LSP has one (positions are 0-based lines and
 * UTF-16 code units, as JavaScript strings count them) so the server converts nothing, but the core
 * imports no LSP or VS Code module.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** A text document as the core sees it: the host hands over open editors' buffers or files it read. */
export interface IDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Checked between steps of long work; a cancelled request returns an empty answer rather than throwing. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = Object.freeze({ isCancellationRequested: false });

export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: ILogger = { info() {}, warn() {}, error() {} };

/** A half-open span of a string: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}
