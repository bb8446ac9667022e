import type { SourceMetadata } from '../sources/model';

/**
 * A bibliography as Sourced uses it: entries by citation key, in CSL-JSON (the form Pandoc's citeproc
 * and Zotero speak), each possibly linked to the files of the work. The core parses text the host read
 * and links entries to sources by URI; it reads no file itself.
 */

/** A name in CSL-JSON: a person's parts, or a literal (an organisation). */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
  readonly literal?: string;
}

export interface CslDate {
  readonly 'date-parts'?: ReadonlyArray<ReadonlyArray<number | string>>;
  readonly literal?: string;
  readonly raw?: string;
}

/** One CSL-JSON item: the fields Sourced reads are typed, the rest pass through to Pandoc untouched. */
export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly title?: string;
  readonly author?: readonly CslName[];
  readonly editor?: readonly CslName[];
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly [field: string]: unknown;
}

/** One entry of a bibliography file. */
export interface BibEntry {
  /** The citation key the writer types after `@`. */
  readonly key: string;
  readonly csl: CslItem;
  /** Linked files as the bibliography writes them: absolute, or relative to the bibliography file. */
  readonly files: readonly string[];
  /** The linked files as URIs, filled in by the host, which knows the file system. */
  readonly fileUris?: readonly string[];
  /** The bibliography file, as a URI, and the entry's 0-based line in it. */
  readonly uri: string;
  readonly line: number;
}

/** An entry that could not be used (malformed, duplicate key), or a bibliography file that could not be read. */
export interface BibProblem {
  readonly uri: string;
  /** 0-based. */
  readonly line: number;
  readonly message: string;
}

export interface Bibliography {
  readonly entries: readonly BibEntry[];
  readonly problems: readonly BibProblem[];
}

/** Title, author, date and URL for hovers and completion, from a CSL item. */
export function metadataOfCsl(csl: CslItem): SourceMetadata {
  // Parsers hand over well-formed items; anything else is read as far as it makes sense, never thrown on.
  const list = (v: unknown): CslName[] => (Array.isArray(v) ? v.filter((n): n is CslName => !!n && typeof n === 'object') : []);
  const names = list(csl.author).length ? list(csl.author) : list(csl.editor);
  const author = names.map(nameText).filter(Boolean).join('; ') || undefined;
  return {
    id: csl.id,
    title: typeof csl.title === 'string' ? plain(csl.title) : undefined,
    author,
    date: dateText(csl.issued),
    url: typeof csl.URL === 'string' ? csl.URL : typeof csl.DOI === 'string' ? `https://doi.org/${csl.DOI}` : undefined,
  };
}

function nameText(n: CslName): string {
  if (typeof n.literal === 'string' && n.literal) return plain(n.literal);
  return plain([n.given, n['non-dropping-particle'], n.family, n.suffix].filter((x) => typeof x === 'string' && x).join(' '));
}

/** "2024-06-03", "2024-06", "2024" from CSL date parts; the literal or raw form otherwise. */
export function dateText(d: CslDate | undefined): string | undefined {
  if (!d || typeof d !== 'object') return typeof d === 'string' ? d : undefined;
  const parts = Array.isArray(d['date-parts']) ? d['date-parts'][0] : undefined;
  if (Array.isArray(parts) && parts.length) return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
  const text = d.literal ?? d.raw;
  return typeof text === 'string' ? text : undefined;
}

/** CSL titles may carry citeproc's HTML-like markup (<i>, <span class="nocase">): plain text for display. */
export function plain(s: string): string {
  return s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** A key or path as a message names it: a key of thousands of characters is cut, with an ellipsis. */
export function shown(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** 0-based line of an offset (for one look-up; many look-ups in one text: `lineFinder`). */
export function lineAt(text: string, offset: number): number {
  return lineFinder(text)(offset);
}

/**
 * The 0-based line of any offset in `text`, each look-up a binary search over the line starts (found
 * once): a bibliography of 10,000 entries asks 10,000 times.
 */
export function lineFinder(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * The paths of a `file` field. Zotero and JabRef write `description:path:mime-type` items separated
 * by `;`, with `\:` and `\;` escaped (`Full Text:files/12/x.pdf:application/pdf`); Mendeley writes
 * `:path:pdf`; some write the bare path. A Windows drive (`C:\…`) survives the splitting.
 */
export function filePaths(field: string): string[] {
  const out: string[] = [];
  for (const item of splitUnescaped(field, ';')) {
    const parts = splitUnescaped(item, ':').map(unescapeField);
    let path: string;
    if (parts.length === 1) path = parts[0];
    else if (parts.length === 2) path = /^[A-Za-z]$/.test(parts[0]) ? parts.join(':') : parts[1] || parts[0];
    else path = parts.slice(1, -1).join(':');
    path = path.trim();
    if (path) out.push(path);
  }
  return out;
}

function splitUnescaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i] + s[i + 1];
      i++;
    } else if (s[i] === sep) {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

function unescapeField(s: string): string {
  return s.replace(/\\([\\:;])/g, '$1');
}
