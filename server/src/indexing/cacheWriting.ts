/**
 * A job's new cache file, written only once something differs from the old one: until then, reused
 * records are just remembered (a warm start with nothing changed writes nothing). The cache only
 * saves time: any failure to write it (a full disk, a folder where the file should be) is said once,
 * the partial file removed, and indexing goes on without it.
 */
import { CacheWriter, type CacheReader } from './cache';
import { pruneStaleCaches } from './cacheFiles';

export class JobCacheWriter {
  private writer: CacheWriter | undefined;
  private failed: boolean;
  /** Records of the old cache to copy, remembered until the new cache is begun. */
  private readonly pendingRaw: number[] = [];

  constructor(
    private readonly input: { readonly cacheFile?: string; readonly writeCache: boolean; readonly fingerprint: string },
    private readonly cache: CacheReader | undefined,
    private readonly warn: (message: string) => void,
  ) {
    this.failed = !(input.cacheFile && input.writeCache);
  }

  /** Runs one step of writing the cache (beginning it first); false once writing it has failed. */
  write(step: (w: CacheWriter) => void): boolean {
    if (!this.writer && !this.failed) {
      try {
        this.writer = new CacheWriter(this.input.cacheFile!, this.input.fingerprint);
        for (const ref of this.pendingRaw) this.writer.writeRaw(this.cache!, ref);
        this.pendingRaw.length = 0;
      } catch (e) {
        this.giveUp(e);
      }
    }
    if (!this.writer) return false;
    try {
      step(this.writer);
      return true;
    } catch (e) {
      this.giveUp(e);
      return false;
    }
  }

  /** Record `ref` of the old cache goes into the new one unchanged. */
  keepRaw(ref: number): void {
    if (this.writer) this.write((w) => w.writeRaw(this.cache!, ref));
    else if (!this.failed) this.pendingRaw.push(ref);
  }

  /** Finishes the new cache when `finish` (renaming it into place), else drops it; true when one was written. */
  conclude(finish: boolean, vocabulary: readonly string[]): boolean {
    if (finish && this.write((w) => w.finish(vocabulary))) {
      pruneStaleCaches(this.input.cacheFile!);
      return true;
    }
    this.abort();
    return false;
  }

  /** Drops the new cache file, if one was begun. */
  abort(): void {
    if (this.writer) this.write((w) => w.abort());
  }

  private giveUp(e: unknown): void {
    this.failed = true;
    try {
      this.writer?.abort();
    } catch {
      /* the temporary file may stay; a later run removes it (pruneStaleCaches) */
    }
    this.writer = undefined;
    this.warn(`The index cache cannot be written (${cacheWriteReason(e)}); indexing goes on without it, and the next start reads the files again.`);
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
