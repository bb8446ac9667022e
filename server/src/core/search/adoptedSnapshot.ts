import type { CorpusSnapshot } from './corpus';
import { hashText } from './packedLines';

/** Sources placed in the row table between two yields of building it. */
const ROWS_PER_STEP = 8192;

/**
 * A snapshot a corpus adopted, while its sources are still coming (see Corpus.adoptSnapshot): its rows
 * by URI hash (open addressing: row + 1 per slot, 0 empty), which rows a source has claimed, and how
 * many have not been.
 */
export class AdoptedSnapshot {
  private readonly claimed: Uint8Array;
  /** Rows no source has claimed yet. */
  left: number;

  private constructor(
    readonly snapshot: CorpusSnapshot,
    private readonly rows: Int32Array,
  ) {
    this.claimed = new Uint8Array(snapshot.uris.length);
    this.left = snapshot.uris.length;
  }

  /**
   * The row table of a snapshot holding `passages` passages, built a step at a time (the caller
   * yields between steps). Throws on a row naming passages the snapshot does not hold.
   */
  static *build(snapshot: CorpusSnapshot, passages: number): Generator<void, AdoptedSnapshot, void> {
    const n = snapshot.uris.length;
    // Rows by URI hash, in a table at most half full.
    let size = 16;
    while (size < 2 * n) size *= 2;
    const rows = new Int32Array(size);
    for (let from = 0; from < n; from += ROWS_PER_STEP) {
      for (let i = from, end = Math.min(n, from + ROWS_PER_STEP); i < end; i++) {
        const first = snapshot.firstPassage[i];
        const count = snapshot.passageCount[i];
        if (count < 0 || (count > 0 && (first < 0 || first + count > passages))) throw new Error('the snapshot names passages it does not hold');
        let slot = snapshot.uris.hash(i) & (size - 1);
        while (rows[slot] !== 0) slot = (slot + 1) & (size - 1);
        rows[slot] = i + 1;
      }
      yield;
    }
    return new AdoptedSnapshot(snapshot, rows);
  }

  /** The row for `uri` not claimed yet, or -1. */
  row(uri: string): number {
    const mask = this.rows.length - 1;
    for (let slot = hashText(uri) & mask; this.rows[slot] !== 0; slot = (slot + 1) & mask) {
      const row = this.rows[slot] - 1;
      if (!this.claimed[row] && this.snapshot.uris.is(row, uri)) return row;
    }
    return -1;
  }

  /** A source took the row's passages. */
  claim(row: number): void {
    this.claimed[row] = 1;
    this.left--;
  }

  /** The passage ids of the rows no source claimed. */
  *unclaimedPassages(): Generator<number, void, void> {
    const saved = this.snapshot;
    for (let row = 0; row < this.claimed.length; row++) {
      if (this.claimed[row]) continue;
      const first = saved.firstPassage[row];
      for (let id = first; id < first + saved.passageCount[row]; id++) yield id;
    }
  }
}
