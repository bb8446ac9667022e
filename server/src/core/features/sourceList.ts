/**
 * The sources of a service as a list a writer scans (the editor's sources view): each source with its
 * title, key, kind of document, size, and how often the drafts cite it; and the files and bibliography
 * entries that could not be used, each with the reason in plain words.
 */
import type { BibProblem } from '../bibliography/model';
import { parseDraft, type Draft } from '../draft/draft';
import { neverCancelled, type CancellationToken } from '../types';
import type { IDraftWorkspace } from './navigation';
import type { Source, SourceProblem } from '../sources/model';
import { readerDate } from './format';
import { extentOf, formatOf, sourceTextUri } from './sourceText';

/** One source, as the list shows it. */
export interface SourceSummary {
  /** The file; for a bibliography entry without a file, the bibliography. */
  readonly uri: string;
  /** The source's text (see sourceText.ts); none for a bibliography entry without a file. */
  readonly textUri?: string;
  readonly key: string;
  readonly title: string;
  /** "PDF", "Word document", "Web page", "Markdown", "Text" or "Bibliography entry". */
  readonly format: string;
  readonly fileName: string;
  readonly paragraphs: number;
  /** Paged sources (PDF): how many pages. */
  readonly pages?: number;
  /** "12 paragraphs on 4 pages". */
  readonly extent: string;
  readonly author?: string;
  /** As a reader writes it: "8 February 2005". */
  readonly date?: string;
  /** How many citations of its key the drafts hold. */
  readonly citations: number;
  /** The bibliography entry that gives it its key, when one does. */
  readonly entry?: { readonly uri: string; readonly line: number };
}

/** A file or bibliography entry that could not be used. */
export interface SourceListProblem {
  readonly kind: 'file' | 'bibliography';
  readonly uri: string;
  /** 0-based line of a bibliography entry. */
  readonly line?: number;
  /** The file's name, or "refs.bib, line 12". */
  readonly name: string;
  /** Plain words: "no text layer: cannot be checked (it looks like a scan…)". */
  readonly reason: string;
}

export interface SourceList {
  /** Sorted by title; at most `limit` of them. */
  readonly sources: readonly SourceSummary[];
  /** How many sources match the filter (more than `sources.length` when the list was cut). */
  readonly matching: number;
  /** How many sources there are. */
  readonly total: number;
  readonly problems: readonly SourceListProblem[];
}

/** Citations per key in the drafts. */
export function citationCounts(drafts: readonly Draft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) for (const c of d.citations) for (const i of c.items) counts.set(i.key, (counts.get(i.key) ?? 0) + 1);
  return counts;
}

export function summarise(source: Source, citations: number): SourceSummary {
  const m = source.metadata;
  const entryOnly = source.paragraphs.length === 0 && !!source.entry;
  const textUri = entryOnly ? undefined : sourceTextUri(source.uri);
  return {
    uri: entryOnly ? source.entry!.uri : source.uri,
    ...(textUri ? { textUri } : {}),
    key: source.key,
    title: source.title,
    format: formatOf(source),
    fileName: source.fileName,
    paragraphs: source.paragraphs.length,
    ...(source.pages?.length ? { pages: source.pages.length } : {}),
    extent: entryOnly ? 'no file linked' : extentOf(source),
    ...(m.author ? { author: m.author } : {}),
    ...(m.date ? { date: readerDate(m.date) } : {}),
    citations,
    ...(source.entry ? { entry: source.entry } : {}),
  };
}

function baseName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Does every word of the filter occur in `hay` (folded: case and accents aside)? */
function matcher(filter: string): (hay: string) => boolean {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  return words.length ? (hay) => words.every((w) => hay.includes(w)) : () => true;
}

/**
 * What a list compares and searches of each source, folded once per source object (a folder of
 * 50,000 sources is listed again each time it changes; folding them all anew costs a third of a
 * second). One per service; an entry goes with its source.
 */
export class SourceListTexts {
  private readonly known = new WeakMap<Source, { readonly hay: string; readonly order: string }>();
  /** All sources in title order, for one generation of the index (sorting 50,000 titles takes a while). */
  private sorted: { readonly generation: number; readonly entries: ReadonlyArray<{ readonly source: Source; readonly hay: string }> } | undefined;

  /** The sources in title order (code-unit order of folded titles: a collator would be kinder to some scripts, and ten times slower). */
  inOrder(sources: readonly Source[], generation?: number): ReadonlyArray<{ readonly source: Source; readonly hay: string }> {
    if (generation !== undefined && this.sorted?.generation === generation) return this.sorted.entries;
    const entries = sources.map((source) => ({ source, ...this.of(source) }));
    entries.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    if (generation !== undefined) this.sorted = { generation, entries };
    return entries;
  }

  of(s: Source): { readonly hay: string; readonly order: string } {
    let t = this.known.get(s);
    if (!t) this.known.set(s, (t = { hay: fold([s.title, s.key, s.fileName, s.metadata.author ?? '', formatOf(s)].join(' ')), order: `${fold(s.title)}\u0000${s.key}` }));
    return t;
  }
}

/**
 * The list: sources matching `filter` (every word of it in the title, key, file name, author or kind),
 * sorted by title, at most `limit`; the problems matching it, files first.
 */
export function sourceList(
  sources: readonly Source[],
  problems: readonly SourceProblem[],
  bibProblems: readonly BibProblem[],
  drafts: readonly Draft[],
  filter = '',
  limit = 2000,
  texts = new SourceListTexts(),
  /** The index's generation `sources` are of, when known: the order is then sorted once per generation. */
  generation?: number,
): SourceList {
  const counts = citationCounts(drafts);
  const matches = matcher(filter);
  const matching = texts.inOrder(sources, generation).filter((e) => matches(e.hay));
  const shown = matching.slice(0, limit).map(({ source }) => summarise(source, counts.get(source.key) ?? 0));
  const files: SourceListProblem[] = problems.map((p) => ({ kind: 'file', uri: p.uri, name: p.fileName, reason: p.reason }));
  const entries: SourceListProblem[] = bibProblems.map((p) => ({ kind: 'bibliography', uri: p.uri, line: p.line, name: `${baseName(p.uri)}, line ${p.line + 1}`, reason: p.message }));
  const listed = [...files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), ...entries].filter((p) => matches(fold(`${p.name} ${p.reason}`)));
  return { sources: shown, matching: matching.length, total: sources.length, problems: listed };
}

/** Where a service's sources and problems come from, for listSources. */
export interface SourceListInputs {
  sources(): readonly Source[];
  /** Bumped whenever the sources change. */
  generation(): number;
  problems(): readonly SourceProblem[];
  bibliography(): readonly BibProblem[];
}

/** sourceList over the workspace's drafts (open and on disk, as find-references reads them). */
export async function listSources(inputs: SourceListInputs, workspace: IDraftWorkspace | undefined, texts: SourceListTexts, filter = '', token: CancellationToken = neverCancelled): Promise<SourceList> {
  const docs = (await workspace?.drafts()) ?? [];
  if (token.isCancellationRequested) return { sources: [], matching: 0, total: 0, problems: [] };
  const drafts = docs.map((d) => parseDraft(d.uri, d.version, d.getText()));
  return sourceList(inputs.sources(), inputs.problems(), inputs.bibliography(), drafts, filter, 2000, texts, inputs.generation());
}
