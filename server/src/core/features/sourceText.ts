/**
 * A source's text as a writer reads it in the editor: the text Sourced took from the file (a PDF's text
 * layer, a Word document's paragraphs, a web page's article), with a short header, every paragraph
 * numbered as citations number it (`[para. 4]`) and, for paged sources, a marker where each page
 * begins (`— page 3 —`). Hosts show it read-only under a `sourced-source:` URI (see SOURCE_TEXT_SCHEME);
 * go to definition, the hover's link and a finding's related passages then open it at the passage.
 *
 * Every paragraph is one line of that text (its line breaks become spaces, so offsets inside it are the
 * source's own): where a paragraph is follows from the paragraph numbers and pages alone, without
 * reading the text.
 */
import { extensionOf } from '../sources/readSource';
import type { Paragraph, Source } from '../sources/model';
import type { Location, Range, Span } from '../types';
import { linkTarget, openAtLink, readerDate } from './format';

/** The URI scheme of a source's text, the path that of the file: `sourced-source:/home/me/sources/report.pdf`. */
export const SOURCE_TEXT_SCHEME = 'sourced-source';

/** How the core links to a source: the file itself, or its text under SOURCE_TEXT_SCHEME (a host that shows it). */
export type SourceLinkForm = 'file' | 'text';

/** The URI of a source's text, from the file's URI; undefined for a source that is not a file. */
export function sourceTextUri(fileUri: string): string | undefined {
  if (!fileUri.startsWith('file:')) return undefined;
  let rest = fileUri.slice('file:'.length);
  if (rest.startsWith('///')) rest = rest.slice(2);
  return `${SOURCE_TEXT_SCHEME}:${rest}`;
}

/** The file's URI from the URI of its text (a fragment, as a link's "#L3", is dropped). */
export function fileUriOfSourceText(uri: string): string | undefined {
  if (!uri.startsWith(`${SOURCE_TEXT_SCHEME}:`)) return undefined;
  let rest = uri.slice(SOURCE_TEXT_SCHEME.length + 1);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  if (!rest.startsWith('/')) return undefined;
  return rest.startsWith('//') ? `file:${rest}` : `file://${rest}`;
}

/** What kind of document a source is, in a writer's words. */
export function formatOf(source: Pick<Source, 'fileName' | 'paragraphs' | 'entry'>): string {
  if (source.paragraphs.length === 0 && source.entry) return 'Bibliography entry';
  switch (extensionOf(source.fileName)) {
    case '.pdf':
      return 'PDF';
    case '.docx':
      return 'Word document';
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'Web page';
    case '.md':
    case '.markdown':
      return 'Markdown';
    default:
      return 'Text';
  }
}

/** "12 paragraphs on 4 pages", "1 paragraph". */
export function extentOf(source: Pick<Source, 'paragraphs' | 'pages'>): string {
  const n = source.paragraphs.length;
  const paragraphs = `${n} paragraph${n === 1 ? '' : 's'}`;
  const pages = source.pages?.length;
  return pages ? `${paragraphs} on ${pages} page${pages === 1 ? '' : 's'}` : paragraphs;
}

/** Where each paragraph is in a source's text: its line (the line of paragraph n is lines[n - 1]). */
export interface SourceTextLayout {
  readonly lines: Int32Array;
}

/** The text before a paragraph on its line. */
function marker(n: number): string {
  return `[para. ${n}] `;
}

function pageMarker(label: string): string {
  return `— page ${label} —`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The lines above the first paragraph: title, author · date · URL, what the file is, how to cite it. */
function header(source: Source): string[] {
  const m = source.metadata;
  const meta = [m.author, m.date && readerDate(m.date), m.url].filter((x): x is string => !!x).map(oneLine).filter(Boolean);
  return [
    oneLine(source.title) || source.fileName,
    ...(meta.length ? [meta.join(' · ')] : []),
    `${formatOf(source)} · ${oneLine(source.fileName)} · ${extentOf(source)} · cite as [@${source.key}, para. N]`,
    'The text Sourced reads in this file, read-only. "Sourced: Open the original" opens the file itself.',
  ];
}

/**
 * The text in reading order, as `visit` gets it: each line, and for a paragraph's line the paragraph.
 * Blocks (the header, a page marker, a paragraph) are separated by one empty line.
 */
function walk(source: Source, visit: (line: string | undefined, paragraph?: Paragraph) => void): void {
  for (const line of header(source)) visit(line);
  const paged = !!source.pages?.length;
  let page = 0;
  const toPage = (p: number) => {
    for (; page < p; ) {
      page++;
      visit('');
      visit(pageMarker(oneLine(source.pages![page - 1] ?? String(page))));
    }
  };
  for (const p of source.paragraphs) {
    if (paged && p.page !== undefined) toPage(p.page);
    visit('');
    visit(undefined, p);
  }
  if (paged) toPage(source.pages!.length);
}

/** Line of each paragraph, without reading the text. */
export function layoutOf(source: Source): SourceTextLayout {
  const lines = new Int32Array(source.paragraphs.length);
  let line = 0;
  walk(source, (_, p) => {
    if (p) lines[p.n - 1] = line;
    line++;
  });
  return { lines };
}

/** The whole text, one line per paragraph. */
export function renderSourceText(source: Source): string {
  const out: string[] = [];
  walk(source, (line, p) => {
    // Line breaks inside a paragraph become spaces (same length: offsets in it stay the source's).
    out.push(p ? marker(p.n) + source.text.slice(p.start, p.end).replace(/[\r\n\u2028\u2029\u0085]/g, ' ') : (line ?? ''));
  });
  return out.join('\n') + '\n';
}

/** The range of a paragraph, or of a span of it (offsets in the source's text), in the rendered text. */
export function passageRange(layout: SourceTextLayout, paragraph: Paragraph, span?: Span): Range {
  const line = layout.lines[paragraph.n - 1] ?? 0;
  const base = marker(paragraph.n).length - paragraph.start;
  const clamp = (o: number) => Math.min(Math.max(o, paragraph.start), paragraph.end);
  const start = span ? clamp(span.start) : paragraph.start;
  const end = span ? Math.max(start, clamp(span.end)) : paragraph.end;
  return { start: { line, character: base + start }, end: { line, character: base + end } };
}

/**
 * How one service links to its sources' passages (go to definition, the hover's "Open" link, a
 * finding's related passages): the file itself at the paragraph, or the source's text at the passage
 * when the host shows it (the `sourceLinks` option). Layouts are remembered per source object, and go
 * with it.
 */
export class SourceLinks {
  private readonly layouts = new WeakMap<Source, SourceTextLayout>();

  constructor(private readonly form: () => SourceLinkForm | undefined) {}

  layout(source: Source): SourceTextLayout {
    let l = this.layouts.get(source);
    if (!l) this.layouts.set(source, (l = layoutOf(source)));
    return l;
  }

  /** The document a link to the source opens: its text, or the file. */
  uriOf(source: Source): string {
    return (this.form() === 'text' && sourceTextUri(source.uri)) || source.uri;
  }

  /** The passage: in the source's text, selected; else the paragraph in the file (empty for formats without lines). */
  location(source: Source, paragraph: Paragraph, span?: Span): Location {
    const uri = this.form() === 'text' ? sourceTextUri(source.uri) : undefined;
    if (uri) return { uri, range: passageRange(this.layout(source), paragraph, span) };
    return { uri: source.uri, range: paragraph.fileRange };
  }

  /**
   * A Markdown link target for the passage: the source's text with the passage's range in the fragment
   * (`#L12,9-L12,140`, as VS Code's link opener reads it); else the file at its line, or a PDF at its page.
   */
  link(source: Source, paragraph: Paragraph, span?: Span): string {
    const loc = this.form() === 'text' ? this.location(source, paragraph, span) : undefined;
    if (loc && loc.uri !== source.uri) {
      const { start, end } = loc.range;
      return `${linkTarget(loc.uri)}#L${start.line + 1},${start.character + 1}-L${end.line + 1},${end.character + 1}`;
    }
    if (paragraph.page !== undefined) return `${linkTarget(source.uri)}#page=${paragraph.page}`;
    const r = paragraph.fileRange;
    // Formats without lines (Word) give an empty range: open the file itself.
    if (r.start.line === r.end.line && r.start.character === r.end.character) return source.uri;
    return openAtLink(source.uri, r.start.line);
  }
}

/**
 * A source's text by the URI of its text: the source found by its file's URI (spelled as the host
 * spells it: an editor may percent-encode a path otherwise than Node does).
 */
export function sourceText(uri: string, bySourceUri: (uri: string) => Source | undefined, sources: () => readonly Source[]): { text: string; source: Source } | undefined {
  const file = fileUriOfSourceText(uri);
  if (!file) return undefined;
  // Percent-encoding aside, and a Windows drive letter's case (VS Code writes "c%3A", Node "C:").
  const same = (u: string) => {
    let d = u;
    try {
      d = decodeURIComponent(u);
    } catch {
      /* as it is */
    }
    return d.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
  };
  let source = bySourceUri(file);
  if (!source) {
    const wanted = same(file);
    source = sources().find((s) => same(s.uri) === wanted);
  }
  if (!source || source.paragraphs.length === 0) return undefined;
  return { text: renderSourceText(source), source };
}
