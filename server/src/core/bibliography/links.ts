import { extensionOf } from '../sources/readSource';
import type { Source } from '../sources/model';
import { metadataOfCsl, shown, type BibEntry, type BibProblem, type Bibliography } from './model';

/** Which linked file of an entry is its text, when an entry has several (Zotero keeps a PDF and a snapshot). */
const PREFERENCE = ['.pdf', '.docx', '.md', '.markdown', '.txt', '.html', '.htm', '.xhtml'];

/**
 * A bibliography's links between entries and source files, read once: which entry a file stands for,
 * and the problems found (entries defined twice). Pure: `identify` says how a source should be
 * indexed and changes nothing; the service's one writer (core/library.ts) applies it.
 */
export class BibliographyLinks {
  private readonly entries = new Map<string, BibEntry>();
  private readonly byFile = new Map<string, BibEntry>();
  readonly problems: readonly BibProblem[];
  private readonly bibliographyFiles: ReadonlySet<string>;

  constructor(bibliography: Bibliography = { entries: [], problems: [] }) {
    const problems = [...bibliography.problems];
    for (const e of bibliography.entries) {
      if (this.entries.has(e.key)) {
        problems.push({ uri: e.uri, line: e.line, message: `@${shown(e.key)} is also defined in another bibliography; the first is used` });
        continue;
      }
      this.entries.set(e.key, e);
      const uris = [...(e.fileUris ?? [])].sort((a, b) => rank(a) - rank(b));
      const file = uris.find((u) => rank(u) < PREFERENCE.length && !this.byFile.has(u));
      if (file) this.byFile.set(file, e);
    }
    this.problems = problems;
    this.bibliographyFiles = new Set([...bibliography.entries, ...bibliography.problems].map((x) => x.uri));
  }

  entry(key: string): BibEntry | undefined {
    return this.entries.get(key);
  }

  all(): readonly BibEntry[] {
    return [...this.entries.values()];
  }

  /** The entry whose text this file is, if any. */
  entryOfFile(uri: string): BibEntry | undefined {
    return this.byFile.get(uri);
  }

  /** The file each entry stands for (one per entry), as URIs: what the host should index. */
  linkedFiles(): string[] {
    return [...this.byFile.keys()];
  }

  /** Is this file one of the bibliographies? (A refs.bib inside a sources folder is no unreadable source.) */
  isBibliography(uri: string): boolean {
    return this.bibliographyFiles.has(uri);
  }

  /** The source as it should be indexed: renamed and described by its entry, if an entry links its file. */
  identify(source: Source): Source {
    const entry = this.byFile.get(source.uri);
    return entry ? linked(source, entry) : source;
  }
}

function rank(uri: string): number {
  const i = PREFERENCE.indexOf(extensionOf(uri));
  return i < 0 ? PREFERENCE.length : i;
}

/** Metadata-only sources live at their entry: the bibliography's URI with the key as fragment. */
export function virtualUri(entry: BibEntry): string {
  return `${entry.uri}#${encodeURIComponent(entry.key)}`;
}

/** The source an entry without an indexed file stands for: its key and metadata, no paragraphs. */
export function virtualSource(entry: BibEntry): Source {
  const metadata = metadataOfCsl(entry.csl);
  return {
    uri: virtualUri(entry),
    key: entry.key,
    fileName: entry.uri.slice(entry.uri.lastIndexOf('/') + 1),
    metadata,
    title: metadata.title ?? entry.key,
    text: '',
    paragraphs: [],
    hash: `bibliography:${entry.line}`,
    entry: { uri: entry.uri, line: entry.line },
  };
}

/** A plain object copy of a source (sources may be class instances with lazy getters). */
export function plainSource(s: Source): Source {
  return { uri: s.uri, key: s.key, fileName: s.fileName, metadata: s.metadata, title: s.title, text: s.text, paragraphs: s.paragraphs, hash: s.hash, ...(s.pages ? { pages: s.pages } : {}), ...(s.entry ? { entry: s.entry } : {}) };
}

function linked(source: Source, entry: BibEntry): Source {
  const m = metadataOfCsl(entry.csl);
  const metadata = { ...source.metadata, ...Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) };
  return { ...plainSource(source), key: entry.key, metadata, title: m.title ?? source.title, entry: { uri: entry.uri, line: entry.line } };
}
