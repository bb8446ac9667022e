import type { Position, Range } from '../types';

/**
 * Drafts far longer than any article. Parsing a draft takes time in proportion to its length, and it
 * is done for each new version: a position request should not read the whole of a huge draft. Above WINDOWED_DRAFT_CHARS, position requests read only the blank-line-bounded stretch of the draft
 * around the position (see DraftCache.at); above the check limit (CoreOptions.maxDraftChars) a draft
 * is not checked (features/largeDrafts.ts).
 */

/** Drafts longer than this are read in a window around the position for hover, completion and definition. */
export const WINDOWED_DRAFT_CHARS = 100_000;
/** How far the window reaches each way from the position, before it ends at a blank line. */
const REACH = 8_000;

/** A stretch of a draft's text and where it starts: its line 0 is the draft's line `lineShift`. */
export interface DraftWindow {
  readonly text: string;
  readonly lineShift: number;
}

/** The blank-line-bounded stretch of `text` around `position`, in time proportional to the position's line. */
export function draftWindow(text: string, position: Position): DraftWindow {
  let lineStart = 0;
  for (let l = 0; l < position.line; l++) {
    const i = text.indexOf('\n', lineStart);
    if (i < 0) break;
    lineStart = i + 1;
  }
  const offset = Math.min(text.length, lineStart + Math.max(0, position.character));
  const before = text.lastIndexOf('\n\n', Math.max(0, offset - REACH));
  const from = before < 0 || offset - REACH <= 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', Math.min(text.length, offset + REACH));
  const to = after < 0 ? text.length : after;
  let skipped = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) skipped++;
  // Lines from `from` to the position's line start are `skipped`; the window's first line is the draft's:
  const lineShift = Math.max(0, position.line - skipped);
  return { text: text.slice(from, to), lineShift };
}

/** A position in the draft as a position in its window, and a range in the window as one in the draft. */
export function intoWindow(p: Position, w: DraftWindow): Position {
  return { line: p.line - w.lineShift, character: p.character };
}

export function outOfWindow(r: Range, w: DraftWindow): Range {
  return { start: { line: r.start.line + w.lineShift, character: r.start.character }, end: { line: r.end.line + w.lineShift, character: r.end.character } };
}
