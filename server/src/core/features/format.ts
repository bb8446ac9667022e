import { paragraphLabel } from '../draft/locators';
import type { Evidence } from '../claims/support';
import type { Source } from '../sources/model';
import { TABLE_LINE, TABLE_SEPARATOR } from '../text/tables';
import { stem } from '../text/tokenize';
import type { Location, Span } from '../types';

/** A quote short enough for a message: whole words, an ellipsis where cut. */
export function shorten(text: string, max = 160): string {
  return cutQuote(text.replace(/\s+/g, ' ').trim(), max);
}

/** `t` (on one line already) cut to `max` at a word, with an ellipsis. */
export function cutQuote(t: string, max: number): string {
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

export function evidenceText(e: Evidence): string {
  return e.source.text.slice(e.span.start, e.span.end);
}

/**
 * Evidence text on one line, remembered per evidence for one service: a draft's diagnostics quote the
 * same evidence every time it is checked again (verdicts are memoised), and reading it may mean
 * decoding the source's text. Held weakly: a quote lives as long as its verdict.
 */
export class EvidenceQuotes {
  private readonly flat = new WeakMap<Evidence, string>();

  /** `links`: where a finding's related passages point (the file's paragraph when not given). */
  constructor(private readonly links?: { location(source: Source, paragraph: Evidence['paragraph'], span?: Span): Location }) {}

  /** Where a finding points at this evidence: the passage in the source's text, or the paragraph in the file. */
  location(e: Evidence): Location {
    return this.links?.location(e.source, e.paragraph, e.span) ?? { uri: e.source.uri, range: e.paragraph.fileRange };
  }

  /** shorten(evidenceText(e), max), remembered per evidence. */
  quote(e: Evidence, max: number): string {
    let t = this.flat.get(e);
    if (t === undefined) this.flat.set(e, (t = flatTables(evidenceText(e)).replace(/\s+/g, ' ').trim()));
    return cutQuote(t, max);
  }
}

/**
 * A passage's tables as a quote shows them on one line: a row's cells between bars, rows apart with a
 * semicolon, no separator line ("Site | Revised (£m); North Quay | 1.8; South Wall | 2.1").
 */
export function flatTables(text: string): string {
  if (!text.includes('|')) return text;
  return text
    .split('\n')
    .filter((l) => !TABLE_SEPARATOR.test(l))
    .map((l) => (TABLE_LINE.test(l) ? l.trim().replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' | ') + ';' : l))
    .join('\n')
    .replace(/;(\s*)$/, '$1');
}

export function locatorText(e: Evidence): string {
  return `@${e.source.key}, ${paragraphLabel(e.source, e.paragraph)}`;
}

/** "“a”, “b” and “c”" (or "… or “c”") */
export function quoteList(words: readonly string[], max = 3, conjunction: 'and' | 'or' = 'and'): string {
  const w = words.slice(0, max).map((x) => `“${x}”`);
  if (w.length <= 1) return w.join('');
  return `${w.slice(0, -1).join(', ')} ${conjunction} ${w[w.length - 1]}`;
}

/**
 * Escapes Markdown so source text shows as written: no emphasis, link, image, autolink or HTML can be
 * made from it (brackets, parentheses, angle brackets and `!` are escaped, `&` too, so no entity).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}\[\]()<>#|!~&])/g, '\\$1');
}

/**
 * Text from a source (a title, an author, a file name, a page label) as inline Markdown: escaped, and
 * on one line, so it cannot start a block (a heading, a list, a code fence) of its own.
 */
export function inlineText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim()).replace(/^([-+=]|\d+[.)])/, '\\$1');
}

/**
 * A link target that stays one target: characters that could end it or open another (spaces,
 * brackets, parentheses, angle brackets, quotes) are percent-encoded.
 */
export function linkTarget(uri: string): string {
  return uri.replace(/[\s()[\]<>"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Source text as Markdown with the words it shares with the claim in bold. */
export function emphasise(text: string, claimTerms: ReadonlySet<string>): string {
  const re = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*/gu;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    out += escapeMarkdown(text.slice(last, i));
    const word = m[0];
    const normal = /^\d[\d.,]*$/.test(word) ? String(Number(word.replace(/,(?=\d{3}\b)/g, ''))) : stem(word);
    out += claimTerms.has(normal) ? `**${escapeMarkdown(word)}**` : escapeMarkdown(word);
    last = i + word.length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/**
 * One line of metadata, as Markdown: "Author · 3 June 2024 · url". Everything is escaped; only an
 * http(s) URL becomes a link (a `command:` or `javascript:` one is shown as text).
 */
export function metadataLine(source: Source): string {
  const m = source.metadata;
  const url = m.url && /^https?:\/\/[^\s<>]+$/i.test(m.url) ? `<${m.url}>` : m.url ? inlineText(m.url) : undefined;
  return [m.author && inlineText(m.author), m.date && inlineText(readerDate(m.date)), url].filter(Boolean).join(' · ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as a reader writes it: "2005-02-08" (or an ISO timestamp) → "8 February 2005", "2005-02" →
 * "February 2005". Anything else ("Spring 2005", "2005") is shown as the source gives it.
 */
export function readerDate(date: string): string {
  const m = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (!month || (day !== undefined && (day < 1 || day > 31))) return date;
  return day === undefined ? `${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/** A file URI with a line fragment, which VS Code's link opener turns into "open at this line". */
export function openAtLink(uri: string, line: number): string {
  return `${linkTarget(uri)}#L${line + 1}`;
}

export function spanOfText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/**
 * 12345 → "12,345", as messages show counts. Not toLocaleString: its first call loads the locale's
 * number data, milliseconds on the server's thread.
 */
export function thousands(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
