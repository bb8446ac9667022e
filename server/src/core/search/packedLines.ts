/**
 * Many short lines (a snapshot's URIs and hashes) kept in a few large strings with their offsets,
 * not as a string each: 100,000 small strings are 100,000 objects the garbage collector copies while
 * they are young, in pauses the editor feels.
 */
import { grownInt32 } from './arrays';

export interface LineTable {
  readonly length: number;
  /** Line i as a string (made on demand). */
  line(i: number): string;
  /** Whether line i reads `s`, without making a string of it. */
  is(i: number, s: string): boolean;
  /** hashText of line i. */
  hash(i: number): number;
}

/** A 30-bit hash of `s[from, to)` (FNV-1a over UTF-16 units; small enough to stay an integer in V8). */
export function hashText(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0x3fffffff;
}

/** A LineTable over strings already held (nothing copied). */
export function linesOf(lines: readonly string[]): LineTable {
  return {
    length: lines.length,
    line: (i) => lines[i],
    is: (i, s) => lines[i] === s,
    hash: (i) => hashText(lines[i]),
  };
}

/** Lines packed into chunks of text: line i is chunks[chunkOf[i]] from starts[i] to ends[i]. */
export class PackedLines implements LineTable {
  private readonly chunks: string[] = [];
  private chunkOf: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Adds the "\n"-separated lines of `text` (one chunk). */
  addChunk(text: string): void {
    const c = this.chunks.length;
    this.chunks.push(text);
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const to = nl < 0 ? text.length : nl;
      if (this.count === this.starts.length) this.grow();
      this.chunkOf[this.count] = c;
      this.starts[this.count] = from;
      this.ends[this.count] = to;
      this.count++;
      if (nl < 0) break;
      from = nl + 1;
    }
  }

  line(i: number): string {
    return this.chunks[this.chunkOf[i]].slice(this.starts[i], this.ends[i]);
  }

  is(i: number, s: string): boolean {
    return this.ends[i] - this.starts[i] === s.length && this.chunks[this.chunkOf[i]].startsWith(s, this.starts[i]);
  }

  hash(i: number): number {
    return hashText(this.chunks[this.chunkOf[i]], this.starts[i], this.ends[i]);
  }

  private grow(): void {
    const n = this.count + 1;
    this.chunkOf = grownInt32(this.chunkOf, n);
    this.starts = grownInt32(this.starts, n);
    this.ends = grownInt32(this.ends, n);
  }
}
