/**
 * The indexing job: for each file, reuse its cache record when the file is unchanged, else read,
 * decode, split and tokenise it; hand the results over in batches and write the new cache. It runs in
 * a worker thread (worker.ts) so the language server's main thread only inserts postings, or
 * in-process when no worker bundle is at hand (tests run from source). No LSP here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BatchBuilder, encodeParagraphs, hashBytes, PassageEncoder, passagesOf, readSourceFile, type PreparedBatch } from '../core/loading';
import { CacheReader, type CacheHead } from './cache';
import { pruneStaleCaches } from './cacheFiles';
import { JobCacheWriter } from './cacheWriting';
import { unreadableReason } from './fileErrors';
import { shareOf } from './shards';

export interface IndexJobInput {
  /** Distinguishes this job's vocabulary from earlier jobs' (see PreparedBatch.session and nextSession). */
  readonly session: number;
  /** Absolute paths, in the order to index them; absent: the host's `files()` gives them later. */
  readonly files?: readonly string[];
  /**
   * What the host already knows of each file (its walk stat-ed them): size and mtime (ms) of files[i]
   * at [2i] and [2i + 1], NaN where unknown. Spares the job a stat per file.
   */
  readonly stats?: Float64Array;
  /** The cache file to read and (when `writeCache`) rewrite; none: no cache. */
  readonly cacheFile?: string;
  readonly writeCache: boolean;
  /** Hand the sources over (default) or only bring the cache up to date (after watched changes). */
  readonly deliver?: boolean;
  /** Identifies this build of the indexer: a cache written by another is discarded. */
  readonly fingerprint: string;
  readonly maxFileBytes: number;
  /** How the user raises maxFileBytes, for the message on a larger file (default: the editor's setting). */
  readonly sizeHint?: string;
  /** Files per batch (default 64) and bytes of text per batch (default 1 MB), whichever fills first. */
  readonly batchFiles?: number;
  readonly batchBytes?: number;
  /**
   * This job's share of a load several jobs run side by side (one worker each): it takes only the
   * files `shardOf` gives it, and its cache file holds only those.
   */
  readonly shard?: { readonly index: number; readonly count: number };
}

export interface IndexJobResult {
  readonly files: number;
  /** Files whose cache record was used. */
  readonly reused: number;
  /** Files read and tokenised. */
  readonly read: number;
  readonly problems: number;
  /** What became of the cache: 'off', 'missing', 'loaded', or why it was discarded. */
  readonly cache: string;
  readonly cacheWritten: boolean;
  readonly ms: number;
}

export interface IndexJobHost {
  /**
   * The files (and what is known of them, see IndexJobInput.stats) when `input.files` is absent: asked
   * for once the old cache is open. `shared`: the host picked this job's share already (see shard).
   */
  files?(): Promise<{ readonly files: readonly string[]; readonly stats?: Float64Array; readonly shared?: boolean }>;
  /** Receives a batch; the job waits for the promise (back-pressure). `done` counts files handled. */
  batch(batch: PreparedBatch, done: number): Promise<void>;
  log(level: 'info' | 'warn', message: string): void;
  /**
   * The job is about to read files[i] (not one reused from the cache): if the thread dies now (a file
   * that runs it out of memory), the host knows which file did it (see workerPool.ts).
   */
  reading?(i: number): void;
  /** The old cache is open (or there is none): from here on the job can stat files itself. */
  opened?(): void;
  cancelled(): boolean;
}

/** Most vocabulary entries to send in one batch: the receiver interns them on its main thread. */
const TERMS_PER_BATCH = 4_000;

/** Producers' vocabularies are numbered per session: a new number for every job of this process. */
let sessions = 0;
export function nextSession(): number {
  return ++sessions;
}

export function runIndexJob(input: IndexJobInput, host: IndexJobHost): Promise<IndexJobResult> {
  return new IndexJob(input, host).run();
}

/** The size and mtime of a file, or why it could not be stat-ed. */
type FileStat = { readonly size: number; readonly mtimeMs: number } | { readonly error: unknown };

class IndexJob {
  private readonly started = Date.now();
  private cache: CacheReader | undefined;
  private cacheState = 'off';
  private files: readonly string[] = [];
  private known: Float64Array | undefined;
  private readonly vocabulary = new JobVocabulary();
  private readonly encoder = new PassageEncoder();
  private readonly builder = new BatchBuilder();
  private writer!: JobCacheWriter;
  /** Whether anything differs from the old cache (then it is rewritten). */
  private changed = false;
  private done = 0;
  private reused = 0;
  private read = 0;
  private problems = 0;
  private reserveHint: number | undefined;

  constructor(
    private readonly input: IndexJobInput,
    private readonly host: IndexJobHost,
  ) {}

  private get deliver(): boolean {
    return this.input.deliver !== false;
  }

  async run(): Promise<IndexJobResult> {
    this.openCache();
    this.host.opened?.();
    await this.listFiles();
    this.writer = new JobCacheWriter(this.input, this.cache, (message) => this.host.log('warn', message));
    this.changed = !this.cache || this.cache.size !== this.files.length;
    this.reserveHint = this.expectedPostings();
    const batchFiles = this.input.batchFiles ?? 64;
    const batchBytes = this.input.batchBytes ?? 1 << 20;
    try {
      for (let i = 0; i < this.files.length; i++) {
        if (this.host.cancelled()) break;
        if (!(await this.indexFile(i))) continue; // skipped, or its record only copied: counted already
        this.done++;
        if (this.builder.size >= batchFiles || this.builder.textBytes >= batchBytes) await this.flush();
      }
      await this.flush(true);
      const written = this.writer.conclude(!this.host.cancelled() && this.changed, this.vocabulary.terms);
      return { files: this.files.length, reused: this.reused, read: this.read, problems: this.problems, cache: this.cacheState, cacheWritten: written, ms: Date.now() - this.started };
    } catch (e) {
      this.writer.abort();
      throw e;
    }
  }

  private openCache(): void {
    const file = this.input.cacheFile;
    if (!file) return;
    // Temporary files left by a process killed while writing go first (they can be tens of megabytes).
    if (this.input.writeCache) pruneStaleCaches(file);
    const opened = CacheReader.open(file, this.input.fingerprint);
    this.cacheState = opened.status === 'discarded' ? `discarded: ${opened.reason}` : opened.status;
    if (opened.status === 'ok') {
      this.cache = opened.reader;
      // A loaded cache's vocabulary, extended by new terms (so reused records keep their ids).
      this.vocabulary.start(opened.reader.vocabulary);
    }
    if (opened.status === 'discarded') this.host.log('warn', `The index cache was discarded and will be rebuilt: ${opened.reason}.`);
  }

  private async listFiles(): Promise<void> {
    const input = this.input;
    const listed: { readonly files: readonly string[]; readonly stats?: Float64Array; readonly shared?: boolean } = input.files ? { files: input.files, stats: input.stats } : ((await this.host.files?.()) ?? { files: [] });
    const { files, stats } = input.shard && !listed.shared ? shareOf(listed, input.shard) : { files: listed.files, stats: listed.stats && listed.stats.length === 2 * listed.files.length ? listed.stats : undefined };
    this.files = files;
    this.known = stats;
  }

  /**
   * How many postings to expect, sent with the first batch: from the cache, else from the files' sizes
   * (news text gives about one posting per 7 bytes), so the index grows its pool once, not in steps.
   */
  private expectedPostings(): number | undefined {
    if (this.cache) return this.cache.postings;
    if (!this.deliver) return undefined;
    const files = this.files;
    let bytes = 0;
    for (const f of files.slice(0, 2000)) bytes += safeSize(f);
    return Math.ceil(((bytes / Math.max(1, Math.min(2000, files.length))) * files.length) / 7);
  }

  /** Handles files[i]; false when it was skipped or only its record copied (counted then, no batch to check). */
  private async indexFile(i: number): Promise<boolean> {
    const file = this.files[i];
    const name = path.basename(file);
    // A reused record knows its URI; making one costs microseconds, so only when needed.
    let fileUri: string | undefined;
    const uriOf = () => (fileUri ??= pathToFileURL(file).href);
    const skip = (reason: string) => {
      this.problem(uriOf(), name, reason);
      this.changed = true;
      this.done++;
      return false;
    };
    const st = this.statOf(i);
    if ('error' in st) return skip(unreadableReason(st.error));
    if (st.size > this.input.maxFileBytes) return skip(`it is larger than the ${Math.round(this.input.maxFileBytes / 1048576)} MB limit (${this.input.sizeHint ?? 'setting sourced.maxFileSizeMB'})`);
    const cache = this.cache;
    const ref = cache ? cache.lookup(file) : -1;
    let bytes: Buffer | undefined;
    let hash: string | undefined;
    if (cache && ref >= 0 && !cache.matches(ref, st.size, st.mtimeMs)) {
      // Touched: the same bytes still reuse the record.
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        return skip(unreadableReason(e));
      }
      hash = hashBytes(bytes);
    }
    if (cache && ref >= 0 && (hash === undefined || hash === cache.hash(ref))) return this.reuse(cache, ref, st, hash);
    this.changed = true;
    try {
      bytes ??= fs.readFileSync(file);
    } catch (e) {
      return skip(unreadableReason(e));
    }
    await this.readFile(i, { path: file, size: st.size, mtimeMs: st.mtimeMs, hash: hash ?? hashBytes(bytes) }, uriOf(), name, bytes);
    return true;
  }

  private statOf(i: number): FileStat {
    const known = this.known;
    if (known && !Number.isNaN(known[2 * i])) return { size: known[2 * i], mtimeMs: known[2 * i + 1] };
    try {
      return fs.statSync(this.files[i]);
    } catch (e) {
      return { error: e };
    }
  }

  /** An unchanged file: its cache record serves (and is copied into the new cache). */
  private reuse(cache: CacheReader, ref: number, st: { readonly size: number; readonly mtimeMs: number }, hash: string | undefined): boolean {
    if (!this.deliver && hash === undefined) {
      this.writer.keepRaw(ref);
      this.reused++;
      this.done++;
      return false;
    }
    const rec = cache.decode(ref);
    const b = rec.body;
    if (b.problem !== undefined) this.problem(b.uri, b.fileName, b.problem);
    else this.builder.addSource({ uri: b.uri, key: b.key ?? '', fileName: b.fileName, title: b.title ?? b.fileName, metadata: b.metadata ?? {}, hash: cache.hash(ref), pages: b.pages }, rec.text, b.textLength ?? rec.text.length, rec.layout, rec.passages);
    if (hash === undefined) this.writer.keepRaw(ref);
    else {
      this.changed = true;
      this.writer.write((w) => w.writeRecord({ ...cache.head(ref), size: st.size, mtimeMs: st.mtimeMs }, rec.body, rec.text, rec.layout, rec.passages));
    }
    this.reused++;
    return true;
  }

  /** A new or changed file: read, split and tokenised here. */
  private async readFile(i: number, head: CacheHead, uri: string, name: string, bytes: Buffer): Promise<void> {
    this.host.reading?.(i);
    const outcome = await readSourceFile({ uri, name, bytes });
    this.read++;
    if ('problem' in outcome) {
      this.problem(outcome.problem.uri, outcome.problem.fileName, outcome.problem.reason);
      this.writer.write((w) => w.writeRecord(head, { uri, fileName: name, problem: outcome.problem.reason }, new Uint8Array(0), new Int32Array(0), new Int32Array(0)));
      return;
    }
    const s = outcome.source;
    const text = Buffer.from(s.text, 'utf8');
    const layout = encodeParagraphs(s.paragraphs);
    const passages = this.encoder.encode(passagesOf(s.text, s.paragraphs), (t) => this.vocabulary.intern(t));
    const header = { uri, key: s.key, fileName: s.fileName, title: s.title, metadata: s.metadata, hash: head.hash, pages: s.pages };
    this.writer.write((w) => w.writeRecord(head, { uri, fileName: s.fileName, key: s.key, title: s.title, metadata: s.metadata, pages: s.pages, textLength: s.text.length }, text, layout, passages));
    this.builder.addSource(header, text, s.text.length, layout, passages);
  }

  private problem(uri: string, fileName: string, reason: string): void {
    this.builder.addProblem({ uri, fileName, reason });
    this.problems++;
  }

  /** Hands over what was collected: the new vocabulary first, in slices (the receiver interns them on its main thread), then the items. */
  private async flush(final = false): Promise<void> {
    const { input, host, builder, vocabulary } = this;
    if (!this.deliver) {
      builder.build(input.session, 0, []); // drop what was collected
      return;
    }
    while (vocabulary.unsent > TERMS_PER_BATCH) {
      const from = vocabulary.sent;
      await host.batch(new BatchBuilder().build(input.session, from, vocabulary.take(TERMS_PER_BATCH), false, this.takeReserve()), this.done);
    }
    if (builder.size === 0 && vocabulary.unsent === 0 && !final) return;
    const from = vocabulary.sent;
    const batch = builder.build(input.session, from, vocabulary.take(Infinity), final, this.takeReserve());
    await host.batch(batch, this.done);
  }

  private takeReserve(): number | undefined {
    const r = this.reserveHint;
    this.reserveHint = undefined;
    return r;
  }
}

/** A job's vocabulary: term ids in order of first use, and how many have been sent. */
class JobVocabulary {
  terms: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Terms sent with a batch so far. */
  sent = 0;

  /** Starts from a loaded cache's vocabulary (its records' term ids number it). */
  start(terms: string[]): void {
    this.terms = terms;
    terms.forEach((t, i) => this.ids.set(t, i));
  }

  intern(t: string): number {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(t);
      this.ids.set(t, id);
    }
    return id;
  }

  get unsent(): number {
    return this.terms.length - this.sent;
  }

  /** The next `n` unsent terms (all of them for Infinity), now counted as sent. */
  take(n: number): string[] {
    const to = Math.min(this.terms.length, this.sent + n);
    const out = this.terms.slice(this.sent, to);
    this.sent = to;
    return out;
  }
}

function safeSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
