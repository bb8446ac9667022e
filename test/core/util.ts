/**
 * Helpers for core tests: in-memory workspaces (sources built from strings), a `$$CURSOR$$` marker for
 * positions, and applying text edits the way an editor does.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import { createSourcedService, LineIndex, type CoreOptions, type IDocument, type Position, type SourcedService, type TextEdit } from '../../server/src/core';

export const CURSOR = '$$CURSOR$$';

/**
 * Temporary folders for one test file (call at its top level): each call of the function returned
 * makes a fresh one, and all are removed once the file's tests are done.
 */
export function tempFolders(prefix: string): () => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** A source file in an in-memory workspace: its name and its text (or raw bytes). */
export interface MemorySource {
  readonly name: string;
  readonly text?: string;
  readonly bytes?: Uint8Array;
}

export function sourceUri(name: string): string {
  return `file:///workspace/sources/${encodeURIComponent(name)}`;
}

export const DRAFT_URI = 'file:///workspace/draft.md';

/** A service with the given sources indexed (every file read, unreadable ones recorded as problems). */
export async function makeService(sources: readonly MemorySource[], options: Partial<CoreOptions> = {}, drafts: readonly IDocument[] = []): Promise<SourcedService> {
  const service = createSourcedService({ options, workspace: drafts.length ? { drafts: async () => drafts } : undefined });
  for (const s of sources) {
    await service.updateSource({ uri: sourceUri(s.name), name: s.name, bytes: s.bytes ?? new TextEncoder().encode(s.text ?? '') });
  }
  return service;
}

export function doc(text: string, uri = DRAFT_URI, version = 1): IDocument {
  return { uri, version, getText: () => text };
}

/** Splits a text with one `$$CURSOR$$` marker into the text without it and the marker's position. */
export function cursor(textWithCursor: string): { text: string; offset: number; position: Position } {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the text has no $$CURSOR$$ marker');
  assert.equal(textWithCursor.indexOf(CURSOR, offset + 1), -1, 'the text has more than one $$CURSOR$$ marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length);
  return { text, offset, position: new LineIndex(text).positionAt(offset) };
}

/** Applies LSP-style edits (ranges in the original text) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The exact text a range covers. */
export function textOf(text: string, range: { start: Position; end: Position }): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Offsets of the one occurrence of `needle` in `text` (fails if absent or repeated). */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `“${needle}” is not in the text`);
  return { start, end: start + needle.length };
}

/** Joins lines with \n: keeps test fixtures readable. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}

/**
 * A small workspace about a made-up town, written so each sentence below has one clear verdict.
 * Paragraph numbers are the order of the blank-line-separated paragraphs.
 */
export const TOWN_SOURCES: readonly MemorySource[] = [
  {
    name: 'harbor-report.txt',
    text: lines(
      'Harbor Report',
      '',
      'The town council of Millbrook approved a budget of 4.2 million euros for the new harbor wall on March 3.',
      '',
      'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
      '',
      'Construction of the harbor wall will begin in 2026 and take three years, the council said.',
    ),
  },
  {
    name: 'ferry-news.md',
    text: lines(
      '---',
      'title: Ferry service returns to Millbrook',
      'author: Tomas Berg',
      'date: 2024-05-02',
      'url: https://example.org/ferry',
      '---',
      '',
      'The ferry company Nordlys restarted the crossing between Millbrook and Oster Island on May 1.',
      '',
      'Nordlys expects 85,000 passengers in the first year, its director Lena Vik told reporters.',
      '',
      'The crossing had been suspended since 2019 after the old pier collapsed.',
    ),
  },
];
