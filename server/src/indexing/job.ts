/**
 * The indexing job: for each file, reuse its cache record when the file is unchanged, else read,
 * decode, split and tokenise it; hand the results over in batches and write the new cache. It runs in
 * a worker thread (worker.ts) so the language server's main thread only inserts postings, or
 * in-process when no worker bundle is at hand (tests run from source). No LSP here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PreparedBatch } from '../core';
import { BatchBuilder, encodeParagraphs, encodePassages, passagesOf } from '../core/search/prepared';
import { hashBytes, readSourceFile, slugKey } from '../core/sources/readSource';
import { unreadableReason } from '../workspace/files';
import { CacheReader, CacheWriter, pruneStaleCaches, type CacheHead } from './cache';

export interface IndexJobInput {
  /** Distinguishes this job's vocabulary from earlier jobs' (see PreparedBatch.session). */
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
   * that runs it out of memory), the host knows which file did it (see indexing/run.ts).
   */
  reading?(i: number): void;
  /** The old cache is open (or there is none): from here on the job can stat files itself. */
  opened?(): void;
  cancelled(): boolean;
}

/** Most vocabulary entries to send in one batch: the receiver interns them on its main thread. */
const TERMS_PER_BATCH = 4_000;

export async function runIndexJob(input: IndexJobInput, host: IndexJobHost): Promise<IndexJobResult> {
  const started = Date.now();
  const batchFiles = input.batchFiles ?? 64;
  const batchBytes = input.batchBytes ?? 1 << 20;

  let cache: CacheReader | undefined;
  let cacheState = 'off';
  if (input.cacheFile) {
    // Temporary files left by a process killed while writing go first (they can be tens of megabytes).
    if (input.writeCache) pruneStaleCaches(input.cacheFile);
    const opened = CacheReader.open(input.cacheFile, input.fingerprint);
    cacheState = opened.status === 'discarded' ? `discarded: ${opened.reason}` : opened.status;
    if (opened.status === 'ok') cache = opened.reader;
    if (opened.status === 'discarded') host.log('warn', `The index cache was discarded and will be rebuilt: ${opened.reason}.`);
  }

  host.opened?.();
  const listed: { readonly files: readonly string[]; readonly stats?: Float64Array; readonly shared?: boolean } = input.files ? { files: input.files, stats: input.stats } : ((await host.files?.()) ?? { files: [] });
  const { files, stats: known } = input.shard && !listed.shared ? shareOf(listed, input.shard) : { files: listed.files, stats: listed.stats && listed.stats.length === 2 * listed.files.length ? listed.stats : undefined };

  // The vocabulary: a loaded cache's, extended by new terms (so reused records keep their ids).
  const vocabulary: string[] = cache ? cache.vocabulary : [];
  const ids = new Map<string, number>();
  vocabulary.forEach((t, i) => ids.set(t, i));
  const intern = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(t);
      ids.set(t, id);
    }
    return id;
  };
  let termsSent = 0;

  // The new cache is only written once something differs from the old one: until then, reused
  // records are just remembered (a warm start with nothing changed writes nothing). The cache only
  // saves time: any failure to write it (a full disk, a folder where the file should be) is logged
  // once, the partial file removed, and indexing goes on without it.
  let writer: CacheWriter | undefined;
  let writerFailed = !(input.cacheFile && input.writeCache);
  const pendingRaw: number[] = [];
  const giveUp = (e: unknown) => {
    writerFailed = true;
    try {
      writer?.abort();
    } catch {
      /* the temporary file may stay; a later run removes it (pruneStaleCaches) */
    }
    writer = undefined;
    host.log('warn', `The index cache cannot be written (${cacheWriteReason(e)}); indexing goes on without it, and the next start reads the files again.`);
  };
  /** Runs one step of writing the cache; false once writing it has failed. */
  const write = (step: (w: CacheWriter) => void): boolean => {
    if (!writer && !writerFailed) {
      try {
        writer = new CacheWriter(input.cacheFile!, input.fingerprint);
        for (const ref of pendingRaw) writer.writeRaw(cache!, ref);
        pendingRaw.length = 0;
      } catch (e) {
        giveUp(e);
      }
    }
    if (!writer) return false;
    try {
      step(writer);
      return true;
    } catch (e) {
      giveUp(e);
      return false;
    }
  };
  const keepRaw = (ref: number) => {
    if (writer) write((w) => w.writeRaw(cache!, ref));
    else if (!writerFailed) pendingRaw.push(ref);
  };
  let changed = !cache || cache.size !== files.length;

  const builder = new BatchBuilder();
  let done = 0;
  let reused = 0;
  let read = 0;
  let problems = 0;

  const deliver = input.deliver !== false;
  // How many postings to expect, sent with the first batch: from the cache, else from the files' sizes
  // (news text gives about one posting per 7 bytes), so the index grows its pool once, not in steps.
  let reserveHint: number | undefined = cache ? cache.postings : undefined;
  if (reserveHint === undefined && deliver) {
    let bytes = 0;
    for (const f of files.slice(0, 2000)) bytes += safeSize(f);
    reserveHint = Math.ceil(((bytes / Math.max(1, Math.min(2000, files.length))) * files.length) / 7);
  }
  const takeReserve = (): number | undefined => {
    const r = reserveHint;
    reserveHint = undefined;
    return r;
  };
  const flush = async (final = false): Promise<void> => {
    if (!deliver) {
      builder.build(input.session, 0, []); // drop what was collected
      return;
    }
    // Vocabulary first, in slices (the receiver interns them on its main thread), then the items.
    while (vocabulary.length - termsSent > TERMS_PER_BATCH) {
      await host.batch(new BatchBuilder().build(input.session, termsSent, vocabulary.slice(termsSent, termsSent + TERMS_PER_BATCH), false, takeReserve()), done);
      termsSent += TERMS_PER_BATCH;
    }
    if (builder.size === 0 && termsSent === vocabulary.length && !final) return;
    const batch = builder.build(input.session, termsSent, vocabulary.slice(termsSent), final, takeReserve());
    termsSent = vocabulary.length;
    await host.batch(batch, done);
  };
  const problem = (uri: string, fileName: string, reason: string) => {
    builder.addProblem({ uri, fileName, reason });
    problems++;
  };

  try {
    for (let i = 0; i < files.length; i++) {
      if (host.cancelled()) break;
      const file = files[i];
      // A reused record knows its URI; making one costs microseconds, so only when needed.
      let fileUri: string | undefined;
      const uriOf = () => (fileUri ??= pathToFileURL(file).href);
      const name = path.basename(file);
      /** This file is reported and skipped. */
      const skip = (reason: string) => {
        problem(uriOf(), name, reason);
        changed = true;
        done++;
      };
      let st: { readonly size: number; readonly mtimeMs: number };
      if (known && !Number.isNaN(known[2 * i])) st = { size: known[2 * i], mtimeMs: known[2 * i + 1] };
      else {
        try {
          st = fs.statSync(file);
        } catch (e) {
          skip(unreadableReason(e));
          continue;
        }
      }
      if (st.size > input.maxFileBytes) {
        skip(`it is larger than the ${Math.round(input.maxFileBytes / 1048576)} MB limit (${input.sizeHint ?? 'setting sourced.maxFileSizeMB'})`);
        continue;
      }
      const ref = cache ? cache.lookup(file) : -1;
      let bytes: Buffer | undefined;
      let hash: string | undefined;
      if (cache && ref >= 0 && !cache.matches(ref, st.size, st.mtimeMs)) {
        // Touched: the same bytes still reuse the record.
        try {
          bytes = fs.readFileSync(file);
        } catch (e) {
          skip(unreadableReason(e));
          continue;
        }
        hash = hashBytes(bytes);
      }
      if (cache && ref >= 0 && (hash === undefined || hash === cache.hash(ref))) {
        if (!deliver && hash === undefined) {
          keepRaw(ref);
          reused++;
          done++;
          continue;
        }
        const rec = cache.decode(ref);
        const b = rec.body;
        if (b.problem !== undefined) problem(b.uri, b.fileName, b.problem);
        else builder.addSource({ uri: b.uri, key: b.key ?? '', fileName: b.fileName, title: b.title ?? b.fileName, metadata: b.metadata ?? {}, hash: cache.hash(ref), pages: b.pages }, rec.text, b.textLength ?? rec.text.length, rec.layout, rec.passages);
        if (hash === undefined) keepRaw(ref);
        else {
          changed = true;
          write((w) => w.writeRecord({ ...cache.head(ref), size: st.size, mtimeMs: st.mtimeMs }, rec.body, rec.text, rec.layout, rec.passages));
        }
        reused++;
      } else {
        changed = true;
        try {
          bytes ??= fs.readFileSync(file);
        } catch (e) {
          skip(unreadableReason(e));
          continue;
        }
        const head: CacheHead = { path: file, size: st.size, mtimeMs: st.mtimeMs, hash: hash ?? hashBytes(bytes) };
        const uri = uriOf();
        host.reading?.(i);
        const outcome = await readSourceFile({ uri, name, bytes });
        read++;
        if ('problem' in outcome) {
          problem(outcome.problem.uri, outcome.problem.fileName, outcome.problem.reason);
          write((w) => w.writeRecord(head, { uri, fileName: name, problem: outcome.problem.reason }, new Uint8Array(0), new Int32Array(0), new Int32Array(0)));
        } else {
          const s = outcome.source;
          const text = Buffer.from(s.text, 'utf8');
          const layout = encodeParagraphs(s.paragraphs);
          const passages = encodePassages(passagesOf(s.text, s.paragraphs), intern);
          const header = { uri, key: s.key, fileName: s.fileName, title: s.title, metadata: s.metadata, hash: head.hash, pages: s.pages };
          write((w) => w.writeRecord(head, { uri, fileName: s.fileName, key: s.key, title: s.title, metadata: s.metadata, pages: s.pages, textLength: s.text.length }, text, layout, passages));
          builder.addSource(header, text, s.text.length, layout, passages);
        }
      }
      done++;
      if (builder.size >= batchFiles || builder.textBytes >= batchBytes) await flush();
    }
    await flush(true);
    let written = false;
    if (!host.cancelled() && changed && write((w) => w.finish(vocabulary))) {
      written = true;
      pruneStaleCaches(input.cacheFile!);
    } else if (writer) write((w) => w.abort());
    return { files: files.length, reused, read, problems, cache: cacheState, cacheWritten: written, ms: Date.now() - started };
  } catch (e) {
    if (writer) write((w) => w.abort());
    throw e;
  }
}

/** Why the cache could not be written, in plain words. */
function cacheWriteReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const where = err?.path ? ` at ${err.path}` : '';
  if (err?.code === 'ENOSPC') return `the disk is full${where}`;
  if (err?.code === 'EDQUOT') return `the disk quota is used up${where}`;
  if (err?.code === 'EISDIR') return `a folder is where the cache file should be${where}`;
  if (err?.code === 'ENOTDIR') return `a file is where the cache folder should be${where}`;
  if (err?.code === 'EACCES' || err?.code === 'EPERM' || err?.code === 'EROFS') return `permission denied${where}`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Which of `count` shards indexes a file: a hash of the citation key its name gives (slugKey), so files
 * whose names give the same key land in one shard, in their listed order, and get the same numbered keys
 * however many shards there are. The same file always lands in the same shard (and its cache file).
 */
export function shardOf(file: string, count: number): number {
  if (count <= 1) return 0;
  // The letters and digits of the key, lower-cased (the key is those runs joined by '-'): equal keys
  // give equal runs. Plain ASCII names, nearly all of them, skip slugKey's Unicode work.
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  let name = dot >= 0 && dot < base.length - 1 ? base.slice(0, dot) : base;
  if (!/^[\x00-\x7f]*$/.test(name)) name = slugKey(base);
  let h = 0x811c9dc5;
  let any = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
  }
  if (!any) for (const c of 'source') h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0) % count;
}

/** One shard's files (in their order) and what is known of them. */
export function shareOf(listed: { readonly files: readonly string[]; readonly stats?: Float64Array }, shard: { readonly index: number; readonly count: number }): { files: string[]; stats?: Float64Array } {
  const all = listed.files;
  const known = listed.stats && listed.stats.length === 2 * all.length ? listed.stats : undefined;
  const files: string[] = [];
  const stats: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (shardOf(all[i], shard.count) !== shard.index) continue;
    files.push(all[i]);
    if (known) stats.push(known[2 * i], known[2 * i + 1]);
  }
  return { files, stats: known ? Float64Array.from(stats) : undefined };
}

function safeSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}


