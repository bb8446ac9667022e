import { filePaths, lineFinder, shown, type BibEntry, type BibProblem, type Bibliography, type CslDate, type CslItem, type CslName } from './model';

/**
 * BibTeX and BibLaTeX through @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero).
 * Each entry becomes CSL-JSON; an entry the parser cannot read is reported at its line and left out,
 * and the rest of the file is used.
 */

type ParsedEntry = Awaited<ReturnType<typeof import('@retorquere/bibtex-parser')['parse']>>['entries'][number];
type Creator = NonNullable<ParsedEntry['fields']['author']>[number];

const TYPES: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  mvbook: 'book',
  booklet: 'pamphlet',
  inbook: 'chapter',
  incollection: 'chapter',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  proceedings: 'book',
  collection: 'book',
  manual: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  unpublished: 'manuscript',
  patent: 'patent',
  dataset: 'dataset',
  software: 'software',
  misc: 'document',
};

export async function parseBibtex(text: string, uri: string): Promise<Bibliography> {
  const { parse } = await import('@retorquere/bibtex-parser');
  // Titles as written (no sentence-casing), unknown commands kept as text rather than fatal.
  const lib = parse(text, { english: false, caseProtection: false, unsupported: 'ignore', removeOuterBraces: ['title', 'booktitle', 'journaltitle', 'journal'] });
  const problems: BibProblem[] = [];
  const broken = new Set<string>();
  const lineAt = lineFinder(text);
  let searchFrom = 0;
  for (const e of lib.errors) {
    const at = e.input ? text.indexOf(e.input.trim().slice(0, 200)) : -1;
    const keyMatch = e.input && /^\s*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(e.input);
    if (keyMatch) broken.add(keyMatch[1]);
    const lineFromMessage = /at line (\d+)/.exec(e.error);
    const line = at >= 0 ? lineAt(at) : lineFromMessage ? Number(lineFromMessage[1]) - 1 : 0;
    problems.push({ uri, line, message: `${keyMatch ? `@${shown(keyMatch[1])}: ` : ''}this entry could not be read and is skipped (${shortError(e.error)})` });
  }
  const entries: BibEntry[] = [];
  const seen = new Set<string>();
  for (const e of lib.entries) {
    if (broken.has(e.key)) continue;
    const found = e.input ? text.indexOf(e.input, searchFrom) : -1;
    const at = found >= 0 ? found : findEntry(text, e.key);
    if (found >= 0) searchFrom = found + 1;
    const line = at >= 0 ? lineAt(at) : 0;
    if (seen.has(e.key)) {
      problems.push({ uri, line, message: `@${shown(e.key)} is defined twice; the first entry is used` });
      continue;
    }
    seen.add(e.key);
    const fileField = e.fields.file;
    entries.push({ key: e.key, csl: toCsl(e), files: typeof fileField === 'string' ? filePaths(fileField) : [], uri, line });
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems };
}

/**
 * Where the entry with this key starts (`@type{key,`), or -1. No regular expression made from the key:
 * a key of megabytes makes one too large to compile.
 */
function findEntry(text: string, key: string): number {
  if (!key) return -1;
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
    const after = /^\s*,/.test(text.slice(i + key.length, i + key.length + 64));
    if (!after) continue;
    const before = /@\s*\w+\s*[{(]\s*$/.exec(text.slice(Math.max(0, i - 64), i));
    if (before) return i - before[0].length;
  }
  return -1;
}

function names(list: readonly Creator[] | undefined): CslName[] | undefined {
  if (!list?.length) return undefined;
  return list.map((c) => {
    if (c.name) return { literal: c.name };
    const n: { family?: string; given?: string; suffix?: string; 'non-dropping-particle'?: string } = {};
    if (c.lastName) n.family = c.lastName;
    if (c.firstName) n.given = c.firstName;
    if (c.prefix) n['non-dropping-particle'] = c.prefix;
    if (c.suffix) n.suffix = c.suffix;
    return n;
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibLaTeX `date` (2024-06-03, 2024-06, 2024/2025) or BibTeX `year` + `month`. */
function issued(f: Record<string, unknown>): CslDate | undefined {
  const date = typeof f.date === 'string' ? f.date : undefined;
  const m = date && /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(date);
  if (m) return { 'date-parts': [[m[1], m[2], m[3]].filter(Boolean).map(Number)] };
  if (date) return { literal: date };
  const year = typeof f.year === 'string' ? f.year : undefined;
  if (!year) return undefined;
  if (!/^\d{4}$/.test(year)) return { literal: year };
  const month = typeof f.month === 'string' ? f.month.toLowerCase() : '';
  const mi = /^\d{1,2}$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3)) + 1;
  return { 'date-parts': [mi > 0 ? [Number(year), mi] : [Number(year)]] };
}

function toCsl(e: ParsedEntry): CslItem {
  const f = e.fields as Record<string, unknown>;
  const str = (k: string) => (typeof f[k] === 'string' && (f[k] as string).trim() ? (f[k] as string).trim() : undefined);
  const list = (k: string) => (Array.isArray(f[k]) ? (f[k] as string[]).join('; ') : str(k));
  const type = e.type === 'article' && /newspaper|magazine/i.test(str('entrysubtype') ?? '') ? `article-${str('entrysubtype')!.toLowerCase()}` : (TYPES[e.type] ?? 'document');
  const item: Record<string, unknown> = { id: e.key, type };
  const set = (k: string, v: unknown) => {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) item[k] = v;
  };
  set('title', str('title'));
  set('author', names(f.author as Creator[] | undefined));
  set('editor', names(f.editor as Creator[] | undefined));
  set('issued', issued(f));
  set('container-title', str('journaltitle') ?? str('journal') ?? str('booktitle') ?? str('maintitle'));
  set('publisher', list('publisher') ?? list('institution') ?? list('organization') ?? str('school'));
  set('publisher-place', list('location') ?? str('address'));
  set('volume', str('volume'));
  set('issue', str('number') ?? str('issue'));
  set('page', str('pages')?.replace(/[–—]/g, '-'));
  set('edition', str('edition'));
  set('DOI', str('doi'));
  set('ISBN', str('isbn'));
  set('ISSN', str('issn'));
  set('URL', str('url'));
  set('note', str('note'));
  set('abstract', str('abstract'));
  const urldate = str('urldate');
  const u = urldate && /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(urldate);
  if (u) item.accessed = { 'date-parts': [[Number(u[1]), Number(u[2]), Number(u[3])]] };
  return item as CslItem;
}

/** The parser's message on one line, and short: it can quote the entry, which may be megabytes long. */
function shortError(message: string): string {
  const m = message.replace(/\s+/g, ' ');
  return m.length > 300 ? m.slice(0, 300) + '…' : m;
}
