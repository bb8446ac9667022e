/**
 * The sources one service knows, and the one writer of its index: files read or prepared by a host,
 * problems, and the bibliography's entries (a linked file takes its entry's key and metadata; an entry
 * without an indexed file is a metadata-only source). Nothing else adds to or removes from the corpus.
 */
import { BibliographyLinks, plainSource, virtualSource, virtualUri } from './bibliography/links';
import type { BibEntry, BibProblem, Bibliography } from './bibliography/model';
import type { CoreOptions } from './options';
import { Corpus } from './search/corpus';
import type { PreparedBatch } from './search/prepared';
import type { Source, SourceFile, SourceProblem, SourceReader } from './sources/model';
import { defaultReaders, readSourceFile } from './sources/readSource';
import type { ILogger } from './types';

/** What became of a file handed to the service: a source, or the reason it is none. */
export interface SourceUpdate {
  readonly source?: Source;
  readonly problem?: SourceProblem;
}

/** What a source read from a file looked like before a bibliography entry renamed it. */
type Identity = Pick<Source, 'key' | 'metadata' | 'title'>;

/** Key renames (and bibliography problems) logged one by one before the log says "more". */
const LOGGED_ONE_BY_ONE = 20;

export class Library {
  readonly corpus = new Corpus();
  private links = new BibliographyLinks();
  /** Sources renamed by an entry, by URI: what they were, to restore when the entry goes. */
  private readonly originals = new Map<string, Identity>();
  /** Metadata-only sources, by URI. */
  private readonly virtual = new Set<string>();
  /** Sources that got a numbered key because another has theirs. */
  private renames = 0;

  constructor(
    private readonly logger: ILogger,
    /** The service's options as they are now. */
    private readonly options: () => CoreOptions,
    private readonly readers: readonly SourceReader[] = defaultReaders,
  ) {}

  /** Adds or replaces a source from its bytes; unreadable files become problems. */
  async updateSource(file: SourceFile): Promise<SourceUpdate> {
    const { maxFileBytes, sizeHint } = this.options();
    if (file.bytes.length > maxFileBytes) {
      return { problem: this.skip({ uri: file.uri, fileName: file.name, reason: `it is larger than the ${Math.round(maxFileBytes / 1048576)} MB limit (${sizeHint ?? 'setting sourced.maxFileSizeMB'})` }) };
    }
    const outcome = await readSourceFile(file, this.readers);
    if ('problem' in outcome) return { problem: this.skip(outcome.problem) };
    const source = this.corpus.upsert(this.identify(outcome.source));
    if (source.key !== outcome.source.key) this.renamed(outcome.source.key, file.name, source.key);
    return { source };
  }

  /**
   * Adds sources a host prepared off the main thread or loaded from its cache: same outcome as
   * `updateSource` for each file, without the reading. A file a bibliography entry links is renamed
   * once the whole batch is in: keys and passage ids are given in the batch's order first.
   */
  addPrepared(batch: PreparedBatch): SourceUpdate[] {
    return this.corpus.addPrepared(batch).map((r) => {
      if ('problem' in r) {
        this.logger.warn(`Skipped ${r.problem.fileName}: ${r.problem.reason}`);
        return { problem: r.problem };
      }
      if (r.source.key !== r.wanted) this.renamed(r.wanted, r.source.fileName, r.source.key);
      const linked = this.identify(r.source);
      return { source: linked === r.source ? r.source : this.corpus.upsert(linked) };
    });
  }

  removeSource(uri: string): void {
    if (this.virtual.has(uri)) return; // a bibliography entry, not a file: setBibliography owns it
    this.corpus.remove(uri);
    this.originals.delete(uri);
    // Its entry, if any, becomes metadata-only again.
    const entry = this.links.entryOfFile(uri);
    if (entry && !this.corpus.bySourceKey(entry.key)) this.addVirtual(entry);
  }

  /** Records a file the host could not read at all (permissions, vanished). */
  reportProblem(problem: SourceProblem): void {
    this.skip(problem);
  }

  sources(): Source[] {
    return this.corpus.sources();
  }

  /** Files that are no source, bibliographies in a sources folder left out (their problems are the entries'). */
  problems(): SourceProblem[] {
    return this.corpus.getProblems().filter((p) => !this.links.isBibliography(p.uri));
  }

  get renamedKeys(): number {
    return this.renames;
  }

  /**
   * Replaces the bibliography and re-links every source, in steps of about `perStep` sources or
   * entries, for a host to run between other work (10,000 entries at once take a few hundred ms).
   */
  *setBibliographySteps(bibliography: Bibliography, perStep = 250): Generator<void, void, void> {
    this.links = new BibliographyLinks(bibliography);
    yield;
    // Drop every metadata-only source, then restore or rename the file sources, then add what is missing.
    let n = 0;
    for (const uri of this.virtual) {
      this.corpus.remove(uri);
      if (++n % perStep === 0) yield;
    }
    this.virtual.clear();
    for (const s of this.corpus.sources()) {
      this.relink(s);
      if (++n % perStep === 0) yield;
    }
    for (const e of this.links.all()) {
      if (!this.corpus.bySourceKey(e.key)) this.addVirtual(e);
      if (++n % perStep === 0) yield;
    }
    const problems = this.links.problems;
    // The first few problems one by one; a file of thousands of broken entries is not thousands of lines.
    for (const p of problems.slice(0, LOGGED_ONE_BY_ONE)) this.logger.warn(`Bibliography ${p.uri}:${p.line + 1}: ${p.message}`);
    if (problems.length > LOGGED_ONE_BY_ONE) this.logger.warn(`… and ${problems.length - LOGGED_ONE_BY_ONE} more bibliography entries skipped (each is marked on its bibliography file).`);
  }

  /** The entries in use and the problems found. */
  bibliography(): { readonly entries: readonly BibEntry[]; readonly problems: readonly BibProblem[] } {
    return { entries: this.links.all(), problems: this.links.problems };
  }

  /** The files bibliography entries link (URIs): the host indexes them even outside the sources folders. */
  linkedFiles(): string[] {
    return this.links.linkedFiles();
  }

  entry(key: string): BibEntry | undefined {
    return this.links.entry(key);
  }

  /** A file source under the key and metadata the bibliography now gives it (or its own again). */
  private relink(s: Source): void {
    const entry = this.links.entryOfFile(s.uri);
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
  }

  /** The source as it should be indexed (see BibliographyLinks.identify); a linked file replaces its entry's metadata-only source. */
  private identify(source: Source): Source {
    const entry = this.links.entryOfFile(source.uri);
    if (!entry) return source;
    this.originals.set(source.uri, { key: source.key, metadata: source.metadata, title: source.title });
    this.corpus.remove(virtualUri(entry));
    this.virtual.delete(virtualUri(entry));
    return this.links.identify(source);
  }

  private addVirtual(entry: BibEntry): void {
    const source = virtualSource(entry);
    this.corpus.upsert(source);
    this.virtual.add(source.uri);
  }

  private skip(problem: SourceProblem): SourceProblem {
    this.corpus.addProblem(problem);
    this.logger.warn(`Skipped ${problem.fileName}: ${problem.reason}`);
    return problem;
  }

  /**
   * A source got a numbered key because another has theirs. The first few are logged one by one; an
   * archive with thousands of same-named files gets one line more, not thousands.
   */
  private renamed(wanted: string, fileName: string, key: string): void {
    if (++this.renames <= LOGGED_ONE_BY_ONE) this.logger.warn(`Two sources want the key @${wanted}; ${fileName} is @${key}.`);
    else if (this.renames === LOGGED_ONE_BY_ONE + 1) this.logger.warn(`More sources share a key with another and were given a numbered one (@key-2, @key-3 …); they are not listed one by one.`);
  }
}
