import type { Span } from '../types';

/**
 * Pandoc citation syntax: `[@key]`, `[@key, para. 4]`, `[see @a, para. 2; -@b p. 3]`, `@key`,
 * `@key [p. 33]` and `@{odd key}`. Ranges are exact offsets into the text given (pass a masked draft so
 * code and URLs are not read as citations). An `@` glued to a word before it is an e-mail address.
 */

export type LocatorLabel = 'para' | 'page' | 'section' | 'chapter' | 'line' | 'other';

export interface Locator {
  /** Canonical label ("para" for "para.", "paras.", "paragraph", "¶"). */
  readonly label: LocatorLabel;
  /** As written: "para.", "p.". */
  readonly labelText: string;
  /** "4", "4-6", "4, 7". */
  readonly value: string;
  /** The first number of the value, when it has one. */
  readonly first?: number;
  readonly span: Span;
}

export interface CitationItem {
  readonly key: string;
  /** The key without the `@` (and without braces). */
  readonly keySpan: Span;
  /** From the `@` (or `-@`) to the end of the key. */
  readonly atSpan: Span;
  readonly locator?: Locator;
  /** The whole item inside the brackets, prefix and suffix included. */
  readonly span: Span;
  readonly suppressAuthor: boolean;
}

export interface Citation {
  readonly items: readonly CitationItem[];
  /** `[...]` included for bracketed citations; for narrative ones, the key plus any `[locator]` after it. */
  readonly span: Span;
  readonly bracketed: boolean;
}

const KEY_BODY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?`;
const KEY = String.raw`(?:\{([^{}\n]+)\}|(${KEY_BODY}))`;
const ITEM_KEY_RE = new RegExp(String.raw`(-?)@${KEY}`, 'gu');
const BRACKET_RE = /\[([^\[\]\n]*(?:\n[^\[\]\n]+)*)\]/g;
const NARRATIVE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_@\]\[\\])(-?)@${KEY}(\s?\[([^\[\]\n@]*)\])?`, 'gu');

const LOCATOR_LABELS: Array<[RegExp, LocatorLabel]> = [
  [/^(?:paras?\.?|paragraphs?|¶+)$/i, 'para'],
  [/^(?:pp?\.?|pages?|pgs?\.?)$/i, 'page'],
  [/^(?:sec\.?|secs\.?|sections?|§+)$/i, 'section'],
  [/^(?:ch\.?|chap\.?|chaps\.?|chapters?)$/i, 'chapter'],
  [/^(?:l\.?|ll\.?|lines?)$/i, 'line'],
];

/** Reads the locator in an item's suffix (", para. 4", " p. 33", ", ¶ 2"). */
export function parseLocator(suffix: string, offset: number): Locator | undefined {
  const m = /^\s*,?\s*((?:[\p{L}]+\.?)|¶+|§+)\s*(\d+(?:\.\d+)*[\w]*(?:\s*[-–—,&]\s*\d+(?:\.\d+)*[\w]*)*)/u.exec(suffix);
  if (!m) {
    const bare = /^\s*,?\s*(\d+(?:\s*[-–]\s*\d+)?)\b/.exec(suffix);
    if (!bare) return undefined;
    const vs = offset + bare.index + bare[0].indexOf(bare[1]);
    return { label: 'page', labelText: '', value: bare[1], first: parseInt(bare[1], 10), span: { start: vs, end: vs + bare[1].length } };
  }
  const labelText = m[1];
  const label = LOCATOR_LABELS.find(([re]) => re.test(labelText))?.[1];
  if (!label) return undefined;
  const labelStart = offset + m.index + m[0].indexOf(labelText);
  const valueStart = offset + m.index + m[0].lastIndexOf(m[2]);
  return { label, labelText, value: m[2], first: parseInt(m[2], 10), span: { start: labelStart, end: valueStart + m[2].length } };
}

export function parseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const taken: Span[] = [];
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(text); m; m = BRACKET_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end];
    if (next === '(' || next === ':' || (next === '[' && !m[1].includes('@'))) {
      // A link (or image): neither its text nor anything in it is a citation.
      if (next === '(') taken.push({ start, end });
      continue;
    }
    const inner = m[1];
    if (!inner.includes('@')) continue;
    const items = parseBracketItems(inner, start + 1);
    if (items.length === 0) continue;
    citations.push({ items, span: { start, end }, bracketed: true });
    taken.push({ start, end });
  }
  NARRATIVE_RE.lastIndex = 0;
  for (let m = NARRATIVE_RE.exec(text); m; m = NARRATIVE_RE.exec(text)) {
    const start = m.index;
    if (taken.some((t) => start >= t.start && start < t.end)) continue;
    const key = m[2] ?? m[3];
    const atStart = start;
    const keyStart = start + m[1].length + 1 + (m[2] !== undefined ? 1 : 0);
    const atEnd = start + m[1].length + 1 + (m[2] !== undefined ? m[2].length + 2 : key.length);
    let end = atEnd;
    let locator: Locator | undefined;
    if (m[4] !== undefined) {
      const bracketOpen = start + m[0].length - 1 - m[5].length - 1;
      locator = parseLocator(m[5], bracketOpen + 1);
      if (locator) end = start + m[0].length;
    }
    citations.push({
      items: [{ key, keySpan: { start: keyStart, end: keyStart + key.length }, atSpan: { start: atStart, end: atEnd }, locator, span: { start, end }, suppressAuthor: m[1] === '-' }],
      span: { start, end },
      bracketed: false,
    });
  }
  citations.sort((a, b) => a.span.start - b.span.start);
  return citations;
}

function parseBracketItems(inner: string, offset: number): CitationItem[] {
  const items: CitationItem[] = [];
  let partStart = 0;
  const parts: Array<[number, number]> = [];
  for (let i = 0; i <= inner.length; i++) {
    if (i === inner.length || inner[i] === ';') {
      parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  for (const [ps, pe] of parts) {
    const part = inner.slice(ps, pe);
    ITEM_KEY_RE.lastIndex = 0;
    const m = ITEM_KEY_RE.exec(part);
    if (!m) continue;
    const before = part[m.index - 1];
    if (before !== undefined && /[\p{L}\p{N}_]/u.test(before)) continue; // e-mail address
    const key = m[2] ?? m[3];
    const atStart = offset + ps + m.index;
    const keyStart = atStart + m[1].length + 1 + (m[2] !== undefined ? 1 : 0);
    const atEnd = atStart + m[0].length;
    const suffixStart = m.index + m[0].length;
    const locator = parseLocator(part.slice(suffixStart), offset + ps + suffixStart);
    // Trim the item's span to its visible text.
    let s = ps;
    let e = pe;
    while (s < e && /\s/.test(inner[s])) s++;
    while (e > s && /\s/.test(inner[e - 1])) e--;
    items.push({ key, keySpan: { start: keyStart, end: keyStart + key.length }, atSpan: { start: atStart, end: atEnd }, locator, span: { start: offset + s, end: offset + e }, suppressAuthor: m[1] === '-' });
  }
  return items;
}

/** Pandoc text for one item: "@key, para. 4" (or a report's own number, "@key, para. 3.2"). */
export function formatItem(key: string, paragraph?: number | string): string {
  const k = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?$/u.test(key) ? key : `{${key}}`;
  return paragraph === undefined ? `@${k}` : `@${k}, para. ${paragraph}`;
}

/** A bracketed citation: "[@key, para. 4]". */
export function formatCitation(key: string, paragraph?: number | string): string {
  return `[${formatItem(key, paragraph)}]`;
}
