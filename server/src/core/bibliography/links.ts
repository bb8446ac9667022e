import type { Corpus } from '../search/corpus';
import { extensionOf } from '../sources/readSource';
import type { Source } from '../sources/model';
import { metadataOfCsl, shown, type BibEntry, type BibProblem, type Bibliography } from './model';

/** Which linked file of an entry is its text, when an entry has several (Zotero keeps a PDF and a snapshot). */
const PREFERENCE = ['.pdf', '.docx', '.md', '.markdown', '.txt', '.html', '.htm', '.xhtml'];

/** What a source read from a file looked like before a bibliography entry renamed it. */
type Identity = Pick<Source, 'key' | 'metadata' | 'title'>;

/**
 * Keeps the corpus in step with the bibliography. A source whose file an entry links takes the entry's
 * key and metadata; an entry without an indexed file is still a source, with metadata only and no
 * paragraphs, so its key completes, hovers and is never unknown. The façade calls `identify` on each
 * source it indexes and `removed` on each it drops; `set` re-links everything.
 */
export class BibliographyLinker {
  private entries = new Map<string, BibEntry>();
  private byFile = new Map<string, BibEntry>();
  private problemList: BibProblem[] = [];
  private bibliographyFiles = new Set<string>();
  /** Sources renamed by an entry, by URI: what they were, to restore when the entry goes. */
  private readonly originals = new Map<string, Identity>();
  /** Metadata-only sources, by URI. */
  private readonly virtual = new Set<string>();

  constructor(private readonly corpus: Corpus) {}

  get problems(): readonly BibProblem[] {
    return this.problemList;
  }

  entry(key: string): BibEntry | undefined {
    return this.entries.get(key);
  }

  all(): readonly BibEntry[] {
    return [...this.entries.values()];
  }

  /** The file each entry stands for (one per entry), as URIs: what the host should index. */
  linkedFiles(): string[] {
    return [...this.byFile.keys()];
  }

  isVirtual(uri: string): boolean {
    return this.virtual.has(uri);
  }

  /** Is this file one of the bibliographies? (A refs.bib inside a sources folder is no unreadable source.) */
  isBibliography(uri: string): boolean {
    return this.bibliographyFiles.has(uri);
  }

  /** The source as it should be indexed: renamed and described by its entry, if an entry links its file. */
  identify(source: Source): Source {
    const entry = this.byFile.get(source.uri);
    if (!entry) return source;
    this.originals.set(source.uri, { key: source.key, metadata: source.metadata, title: source.title });
    this.corpus.remove(virtualUri(entry));
    this.virtual.delete(virtualUri(entry));
    return linked(source, entry);
  }

  /** After a source was removed: its entry, if any, becomes metadata-only again. */
  removed(uri: string): void {
    this.originals.delete(uri);
    const entry = this.byFile.get(uri);
    if (entry && !this.corpus.bySourceKey(entry.key)) this.addVirtual(entry);
  }

  /** Replaces the bibliography and re-links every source. */
  set(bibliography: Bibliography): void {
    for (const _ of this.setSteps(bibliography));
  }

  /**
   * `set` in steps of about `perStep` sources or entries each, for a host to run between other work
   * (10,000 entries at once take a few hundred milliseconds).
   */
  *setSteps(bibliography: Bibliography, perStep = 250): Generator<void, void, void> {
    this.entries = new Map();
    this.byFile = new Map();
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
    this.problemList = problems;
    this.bibliographyFiles = new Set([...bibliography.entries, ...bibliography.problems].map((x) => x.uri));
    yield;

    // Drop every metadata-only source, then restore or rename the file sources, then add what is missing.
    let n = 0;
    for (const uri of this.virtual) {
      this.corpus.remove(uri);
      if (++n % perStep === 0) yield;
    }
    this.virtual.clear();
    for (const s of this.corpus.sources()) {
      const entry = this.byFile.get(s.uri);
      const before = this.originals.get(s.uri);
      if (entry) {
        if (s.key !== entry.key || s.entry?.line !== entry.line || s.entry?.uri !== entry.uri) {
          const base = before ? { ...plainSource(s), ...before } : plainSource(s);
          this.corpus.remove(s.uri);
          this.corpus.upsert(this.identify(base));
        }
      } else if (before) {
        this.originals.delete(s.uri);
        this.corpus.remove(s.uri);
        this.corpus.upsert({ ...plainSource(s), ...before, entry: undefined });
      }
      if (++n % perStep === 0) yield;
    }
    for (const e of this.entries.values()) {
      if (!this.corpus.bySourceKey(e.key)) this.addVirtual(e);
      if (++n % perStep === 0) yield;
    }
  }

  private addVirtual(entry: BibEntry): void {
    const metadata = metadataOfCsl(entry.csl);
    const uri = virtualUri(entry);
    this.corpus.upsert({
      uri,
      key: entry.key,
      fileName: entry.uri.slice(entry.uri.lastIndexOf('/') + 1),
      metadata,
      title: metadata.title ?? entry.key,
      text: '',
      paragraphs: [],
      hash: `bibliography:${entry.line}`,
      entry: { uri: entry.uri, line: entry.line },
    });
    this.virtual.add(uri);
  }
}

function rank(uri: string): number {
  const i = PREFERENCE.indexOf(extensionOf(uri));
  return i < 0 ? PREFERENCE.length : i;
}

/** Metadata-only sources live at their entry: the bibliography's URI with the key as fragment. */
function virtualUri(entry: BibEntry): string {
  return `${entry.uri}#${encodeURIComponent(entry.key)}`;
}

/** A plain object copy of a source (sources may be class instances with lazy getters). */
function plainSource(s: Source): Source {
  return { uri: s.uri, key: s.key, fileName: s.fileName, metadata: s.metadata, title: s.title, text: s.text, paragraphs: s.paragraphs, hash: s.hash, ...(s.pages ? { pages: s.pages } : {}), ...(s.entry ? { entry: s.entry } : {}) };
}

function linked(source: Source, entry: BibEntry): Source {
  const m = metadataOfCsl(entry.csl);
  const metadata = { ...source.metadata, ...Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) };
  return { ...plainSource(source), key: entry.key, metadata, title: m.title ?? source.title, entry: { uri: entry.uri, line: entry.line } };
}
