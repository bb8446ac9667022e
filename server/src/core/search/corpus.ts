import type { Paragraph, Source, SourceProblem } from '../sources/model';
import { grownInt32 } from './arrays';
import { Bm25Index, type Bm25State } from './bm25/bm25Index';
import { CompactSource, DecodedTexts, passagesOf, type PreparedBatch, type PreparedSource } from './prepared';
import { AdoptedSnapshot } from './adoptedSnapshot';
import { linesOf, type LineTable } from './packedLines';
import { ShardedMap } from './shardedMap';

const collator = new Intl.Collator();
/** How many sources in key order the corpus keeps at hand (completion shows 200). */
const FIRST_KEYS = 256;

/** Inserts `s` into `list` (sorted by key, at most `limit` long) if it belongs there. */
function insertByKey(list: Source[], s: Source, limit: number): void {
  const compare = collator.compare;
  if (list.length >= limit && compare(s.key, list[list.length - 1].key) >= 0) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid].key, s.key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, s);
  if (list.length > limit) list.pop();
}

/** A retrievable unit: up to a few sentences of one paragraph. Locators still name the paragraph. */
export interface Passage {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** Sentence indices within the paragraph: [from, to). */
  readonly sentenceFrom: number;
  readonly sentenceTo: number;
}

interface Entry {
  readonly source: Source;
  readonly slot: number;
  /** A source's passages have consecutive ids: [firstPassage, firstPassage + passageCount). */
  readonly firstPassage: number;
  readonly passageCount: number;
}

/**
 * The index of a corpus saved whole: the BM25 state, and for each source which passage ids are its
 * (see Corpus.exportSnapshot). Sources themselves are not in it: they come again from their files or the
 * cache, and a source whose content hash matches takes its passages from here instead of indexing them.
 */
export interface CorpusSnapshot {
  readonly index: Bm25State;
  /** Per source, in one order: its URI, content hash, first passage id and passage count. */
  readonly uris: LineTable;
  readonly hashes: LineTable;
  readonly firstPassage: Int32Array;
  readonly passageCount: Int32Array;
}

/** What the corpus holds, for stats and the memory benchmark. */
export interface CorpusStats {
  readonly sources: number;
  readonly passages: number;
  readonly terms: number;
  /** Characters of source text held. */
  readonly textChars: number;
  /** Bytes in the index's typed arrays. */
  readonly indexBytes: number;
  /** Postings, and the pool ints they use and hold (see Bm25Index). */
  readonly postings: number;
  readonly poolUsed: number;
  readonly poolCapacity: number;
}

/**
 * The indexed sources: keys, passages and the BM25 index, kept in step. Every change bumps
 * `generation`, which memoised claim verdicts use to know they are stale.
 *
 * Per passage the corpus keeps four ints (source slot, paragraph, sentence range), not an object;
 * `passage(id)` builds the object when asked.
 */
export class Corpus {
  readonly index = new Bm25Index();
  /** Texts of compact sources kept decoded (see DecodedTexts). */
  private readonly texts = new DecodedTexts();
  // Sharded: one Map of every source would hold the thread each time it grows (see shardedMap.ts).
  private readonly byUri = new ShardedMap<Entry>();
  private readonly byKey = new ShardedMap<Source>();
  /** Per key that was taken: the numbered suffix to try first (see uniqueKey). */
  private readonly suffixFrom = new Map<string, number>();
  private readonly slots: Array<Source | undefined> = [];
  private readonly freeSlots: number[] = [];
  private passageSlot: Int32Array = new Int32Array(1024);
  private passagePara: Int32Array = new Int32Array(1024);
  private passageFrom: Int32Array = new Int32Array(1024);
  private passageTo: Int32Array = new Int32Array(1024);
  private readonly problems = new Map<string, SourceProblem>();
  /** Producer term id → index term id, per producer session (see PreparedBatch). */
  private readonly remaps = new Map<number, number[]>();
  /** The load those sessions belong to (see PreparedBatch.load). */
  private remapLoad: number | undefined;
  private gen = 0;
  private textChars = 0;
  /** An adopted snapshot while its sources are still coming. */
  private adopted: AdoptedSnapshot | undefined;
  private sourceList: Source[] | undefined;
  /** The first sources by key (see firstSourcesByKey), kept in step with additions. */
  private firstByKey: Source[] | undefined;
  private firstByKeyLimit = 0;
  /** Whether firstByKey holds every source (so a short list is not a thinned one). */
  private firstByKeyComplete = false;

  get generation(): number {
    return this.gen;
  }

  get sourceCount(): number {
    return this.byUri.size;
  }

  /** Adds or replaces the source at `source.uri`. Returns the key it got (made unique if taken). */
  upsert(source: Source): Source {
    const prior = this.byUri.get(source.uri);
    if (prior && prior.source.hash === source.hash && prior.source.key === source.key) return prior.source;
    if (prior) this.remove(source.uri);
    this.problems.delete(source.uri);
    const unique = this.uniqueKey(source.key);
    const s: Source = unique === source.key ? source : { ...source, key: unique };
    const slot = this.takeSlot(s);
    let first = -1;
    const spans = passagesOf(s.text, s.paragraphs);
    for (const p of spans) {
      const id = this.index.add(p.terms);
      if (first < 0) first = id;
      this.setPassage(id, slot, p.paragraph, p.from, p.to);
    }
    this.register(s, slot, first, spans.length);
    return s;
  }

  /**
   * Adds a batch a host prepared elsewhere (a worker, the cache). Sources already indexed with the same
   * hash and key are kept as they are. Returns what each item became, and the key each source wanted.
   */
  addPrepared(batch: PreparedBatch): Array<{ source: Source; wanted: string } | { problem: SourceProblem }> {
    let remap = this.remaps.get(batch.session);
    if (!remap || batch.termsFrom === 0) {
      // A new producer: the sessions of other loads are finished (a host runs one load at a time).
      if (batch.load === undefined || batch.load !== this.remapLoad) this.remaps.clear();
      this.remapLoad = batch.load;
      remap = [];
      this.remaps.set(batch.session, remap);
    }
    if (batch.reserve) {
      this.index.reserve(batch.reserve);
      this.growPassages(this.index.passageCapacity);
    }
    // Until the tidy pass after the load has put every word's postings in one block (it clears this).
    if (!batch.final) this.index.loading = true;
    for (let i = 0; i < batch.terms.length; i++) remap[batch.termsFrom + i] = this.index.intern(batch.terms[i]);
    const out: Array<{ source: Source; wanted: string } | { problem: SourceProblem }> = [];
    for (const item of batch.items) {
      if ('problem' in item) {
        this.addProblem(item.problem);
        out.push(item);
      } else out.push({ source: this.insertPrepared(item.source, batch, remap), wanted: item.source.key });
    }
    if (batch.final) {
      this.remaps.clear();
      this.remapLoad = undefined;
      this.releaseSnapshot();
    }
    return out;
  }

  private insertPrepared(p: PreparedSource, batch: PreparedBatch, remap: readonly number[]): Source {
    const prior = this.byUri.get(p.uri);
    if (prior && prior.source.hash === p.hash && prior.source.key === p.key) return prior.source;
    // (A source new to the corpus, as in every load, has nothing to remove: one lookup, not two.)
    if (prior) this.remove(p.uri);
    this.problems.delete(p.uri);
    const s = CompactSource.from(p, batch, this.texts, this.uniqueKey(p.key));
    const slot = this.takeSlot(s);
    if (this.adoptSaved(s, slot, p, batch.passages)) return s;
    const ps = batch.passages;
    let first = -1;
    let count = 0;
    for (let i = p.passagesStart; i < p.passagesEnd; ) {
      const pairs = ps[i + 4];
      const id = this.index.addCounted(ps, i + 5, pairs, ps[i + 3], remap);
      if (first < 0) first = id;
      count++;
      this.setPassage(id, slot, ps[i], ps[i + 1], ps[i + 2]);
      i += 5 + 2 * pairs;
    }
    this.register(s, slot, first, count);
    return s;
  }

  /** The same bytes as in an adopted snapshot: its passages are indexed already, under known ids. True when taken. */
  private adoptSaved(s: Source, slot: number, p: PreparedSource, ps: Int32Array): boolean {
    const row = this.adopted ? this.adopted.row(p.uri) : -1;
    const saved = this.adopted?.snapshot;
    if (row < 0 || !saved || !saved.hashes.is(row, p.hash) || saved.passageCount[row] !== countPassages(ps, p.passagesStart, p.passagesEnd)) return false;
    this.adopted!.claim(row);
    const first = saved.firstPassage[row];
    const count = saved.passageCount[row];
    for (let i = p.passagesStart, id = first; i < p.passagesEnd; id++) {
      this.setPassage(id, slot, ps[i], ps[i + 1], ps[i + 2]);
      i += 5 + 2 * ps[i + 4];
    }
    this.register(s, slot, count > 0 ? first : -1, count);
    return true;
  }

  /**
   * The index saved whole, or undefined when it is not compact right now (see Bm25Index.exportState)
   * or holds sources without a content hash. Views into live arrays: use them before the corpus changes.
   */
  exportSnapshot(): CorpusSnapshot | undefined {
    const steps = this.exportSnapshotSteps();
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /**
   * exportSnapshot 2,048 sources per step (a walk over every source, scattered over the heap, would be
   * one long task): the host resumes it between other work. Undefined when the corpus changed
   * in between.
   */
  *exportSnapshotSteps(perStep = 2048): Generator<void, CorpusSnapshot | undefined, void> {
    if (this.adopted?.left) return undefined;
    const index = this.index.exportState();
    if (!index) return undefined;
    const generation = this.gen;
    const n = this.byUri.size;
    const uris: string[] = [];
    const hashes: string[] = [];
    const firstPassage = new Int32Array(n);
    const passageCount = new Int32Array(n);
    for (const [uri, e] of this.byUri) {
      if (!e.source.hash) return undefined;
      firstPassage[uris.length] = e.firstPassage;
      passageCount[uris.length] = e.passageCount;
      uris.push(uri);
      hashes.push(e.source.hash);
      if (uris.length % perStep === 0) {
        yield;
        if (this.gen !== generation) return undefined;
      }
    }
    return { index, uris: linesOf(uris), hashes: linesOf(hashes), firstPassage, passageCount };
  }

  /**
   * Takes a saved index into this corpus, which must be empty, a step at a time (resume the generator
   * until done, doing other work in between; see Bm25Index.importSteps). Sources then arrive as usual
   * (addPrepared); each one whose URI, hash and passage count match takes its saved passage ids instead
   * of being indexed again, and `releaseSnapshot` drops the passages of those that never came. Throws on
   * a snapshot whose parts do not fit together (the corpus stays empty).
   */
  *adoptSnapshot(snapshot: CorpusSnapshot): Generator<void, void, void> {
    if (this.byUri.size || this.index.size || this.problems.size) throw new Error('adopting a snapshot needs an empty corpus');
    const n = snapshot.uris.length;
    if (snapshot.hashes.length !== n || snapshot.firstPassage.length !== n || snapshot.passageCount.length !== n) throw new Error('the snapshot’s source table does not fit together');
    const passages = snapshot.index.lengths.length;
    const adopted = yield* AdoptedSnapshot.build(snapshot, passages);
    yield* this.index.importSteps(snapshot.index);
    if (this.byUri.size || this.problems.size) throw new Error('the corpus was changed while adopting a snapshot');
    // Until its source comes, a saved passage belongs to no source: searches skip it.
    const slots = Math.max(1024, passages);
    this.passageSlot = new Int32Array(slots).fill(-1);
    this.passagePara = new Int32Array(slots);
    this.passageFrom = new Int32Array(slots);
    this.passageTo = new Int32Array(slots);
    this.adopted = adopted;
    this.changed();
  }

  /** Sources of the adopted snapshot that did not come (deleted or changed files) leave the index. */
  releaseSnapshot(): number {
    const a = this.adopted;
    this.adopted = undefined;
    if (!a) return 0;
    for (const id of a.unclaimedPassages()) this.index.markDead(id);
    if (a.left) this.changed();
    return a.left;
  }

  remove(uri: string): boolean {
    this.problems.delete(uri);
    const entry = this.byUri.get(uri);
    if (!entry) return false;
    const spans = passagesOf(entry.source.text, entry.source.paragraphs);
    for (let i = 0; i < entry.passageCount; i++) this.index.remove(entry.firstPassage + i, spans[i]?.terms ?? []);
    this.texts.forget(entry.source);
    if (this.firstByKey) {
      const i = this.firstByKey.indexOf(entry.source);
      if (i >= 0) this.firstByKey.splice(i, 1);
      // Another source may now belong in the list; it is rebuilt when someone asks for more.
      if (i >= 0 && !this.firstByKeyComplete) this.firstByKey = undefined;
    }
    this.slots[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
    this.byUri.delete(uri);
    if (this.byKey.get(entry.source.key) === entry.source) {
      this.byKey.delete(entry.source.key);
      this.keyFreed(entry.source.key);
      if (entry.source.key.includes('_')) this.underscoredKeys = undefined;
    }
    this.textChars -= textLength(entry.source);
    this.changed();
    return true;
  }

  addProblem(problem: SourceProblem): void {
    this.remove(problem.uri);
    this.problems.set(problem.uri, problem);
    this.changed();
  }

  getProblems(): SourceProblem[] {
    return [...this.problems.values()];
  }

  bySourceKey(key: string): Source | undefined {
    return this.byKey.get(key);
  }

  /**
   * The source a draft's citation key names: its own key, or a key made from its file name the way a
   * writer makes it ("Velland Echo - Ferry collision.html" → `velland-echo---ferry-collision`, or with
   * capitals) where Sourced made `velland-echo-ferry-collision` (the diagnostics say pandoc needs that).
   */
  citedSource(key: string): Source | undefined {
    const found = this.byKey.get(key);
    if (found) return found;
    if (/--|-_+-|[A-Z]/.test(key)) {
      const loose = key.replace(/-(?:_+-)+/g, '-').replace(/-{2,}/g, '-');
      const named = this.byKey.get(loose) ?? this.byKey.get(loose.toLowerCase());
      if (named) return named;
    }
    // ("county-courier-missed-visits" for the key of "County Courier_missed visits.txt", whose
    // underscores the key keeps: a dash written for each.)
    if (!key.includes('-')) return undefined;
    this.underscoredKeys ??= new Map([...this.byKey.keys()].filter((k) => k.includes('_')).map((k) => [k.replace(/_/g, '-'), k]));
    const underscored = this.underscoredKeys.get(key.toLowerCase().replace(/-{2,}/g, '-'));
    return underscored === undefined ? undefined : this.byKey.get(underscored);
  }

  /** The keys with underscores, by their spelling with dashes (made on first use; forgotten when a key comes or goes). */
  private underscoredKeys?: Map<string, string>;

  bySourceUri(uri: string): Source | undefined {
    return this.byUri.get(uri)?.source;
  }

  sources(): Source[] {
    this.sourceList ??= [...this.byUri.values()].map((e) => e.source);
    return this.sourceList.slice();
  }

  /**
   * The first `n` sources in key order (as localeCompare orders them). A list of the first few hundred
   * is kept up to date as sources come and go, so asking costs nothing while a big folder is indexed;
   * it is rebuilt (one pass, no sort of everything) only when removals have thinned it.
   */
  firstSourcesByKey(n: number): Source[] {
    const want = Math.max(n, FIRST_KEYS);
    if (!this.firstByKey || (this.firstByKey.length < Math.min(n, this.byUri.size) && !this.firstByKeyComplete)) {
      const top: Source[] = [];
      for (const { source } of this.byUri.values()) insertByKey(top, source, want);
      this.firstByKey = top;
      this.firstByKeyLimit = want;
      this.firstByKeyComplete = top.length === this.byUri.size;
    } else if (n > this.firstByKeyLimit) {
      this.firstByKey = undefined;
      return this.firstSourcesByKey(n);
    }
    return this.firstByKey.slice(0, n);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  passage(id: number): Passage | undefined {
    if (!this.index.isLive(id)) return undefined;
    const source = this.slots[this.passageSlot[id]];
    const paragraph = source?.paragraphs[this.passagePara[id]];
    if (!source || !paragraph) return undefined;
    return { source, paragraph, sentenceFrom: this.passageFrom[id], sentenceTo: this.passageTo[id] };
  }

  /** The source a passage belongs to, without building the passage. */
  passageSource(id: number): Source | undefined {
    return this.index.isLive(id) ? this.slots[this.passageSlot[id]] : undefined;
  }

  passageIdsOf(uri: string): readonly number[] {
    const e = this.byUri.get(uri);
    return e ? Array.from({ length: e.passageCount }, (_, i) => e.firstPassage + i) : [];
  }

  stats(): CorpusStats {
    const pool = this.index.poolStats;
    return { sources: this.byUri.size, passages: this.index.size, terms: this.index.termCount, textChars: this.textChars, indexBytes: this.index.byteSize + 16 * this.passageSlot.length, postings: pool.postings, poolUsed: pool.used, poolCapacity: pool.capacity };
  }

  /**
   * Tidies the index's memory after a bulk load (its postings grew in steps), a slice of about
   * `budgetMs` at a time; true when there is nothing (more) to do. Hosts call it until it says so.
   */
  tidy(budgetMs: number): boolean {
    const deadline = Date.now() + budgetMs;
    // Then what the first search would make: the length norms, in steps of their own.
    return this.index.compactStep(budgetMs) && this.index.prepareSearchStep(deadline);
  }

  private takeSlot(s: Source): number {
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = s;
    return slot;
  }

  private register(s: Source, slot: number, firstPassage: number, passageCount: number): void {
    this.byUri.set(s.uri, { source: s, slot, firstPassage, passageCount });
    this.byKey.set(s.key, s);
    if (s.key.includes('_')) this.underscoredKeys = undefined;
    if (this.firstByKey) {
      const before = this.firstByKey.length;
      insertByKey(this.firstByKey, s, this.firstByKeyLimit);
      if (this.firstByKey.length === before && before < this.firstByKeyLimit) this.firstByKeyComplete = false;
      this.firstByKeyComplete &&= this.firstByKey.length === this.byUri.size;
    }
    this.textChars += textLength(s);
    this.changed();
  }

  private changed(): void {
    this.gen++;
    this.sourceList = undefined;
  }

  private setPassage(id: number, slot: number, paragraph: number, from: number, to: number): void {
    if (id >= this.passageSlot.length) this.growPassages(id + 1);
    this.passageSlot[id] = slot;
    this.passagePara[id] = paragraph;
    this.passageFrom[id] = from;
    this.passageTo[id] = to;
  }

  /** Room for at least `n` passages. */
  private growPassages(n: number): void {
    if (n <= this.passageSlot.length) return;
    this.passageSlot = grownInt32(this.passageSlot, n);
    this.passagePara = grownInt32(this.passagePara, n);
    this.passageFrom = grownInt32(this.passageFrom, n);
    this.passageTo = grownInt32(this.passageTo, n);
  }

  /** `key`, or the first of `key-2`, `key-3` … that is free. */
  private uniqueKey(key: string): string {
    if (!this.byKey.has(key)) return key;
    // Start where the last search for this key stopped (every suffix below it was taken then), so a
    // folder of many same-named files does not probe from 2 each time.
    let i = this.suffixFrom.get(key) ?? 2;
    let candidate = `${key}-${i}`;
    while (this.byKey.has(candidate)) candidate = `${key}-${++i}`;
    this.suffixFrom.set(key, i + 1);
    return candidate;
  }

  /** A key leaves: if it was a numbered one, its number is free again. */
  private keyFreed(key: string): void {
    const m = /^(.+)-(\d+)$/.exec(key);
    if (!m) return;
    const from = this.suffixFrom.get(m[1]);
    if (from !== undefined && Number(m[2]) < from) this.suffixFrom.set(m[1], Number(m[2]));
  }
}

/** Passages in a prepared run (see PreparedSource.passagesStart). */
function countPassages(ps: Int32Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 5 + 2 * ps[i + 4]) n++;
  return n;
}

function textLength(s: Source): number {
  return s instanceof CompactSource ? s.textLength : s.text.length;
}

/** The text of a passage's sentences. */
export function passageText(p: Passage): string {
  const s = p.paragraph.sentences;
  return p.source.text.slice(s[p.sentenceFrom].start, s[p.sentenceTo - 1].end);
}

/** The text of a whole paragraph. */
export function paragraphText(source: Source, paragraph: Paragraph): string {
  return source.text.slice(paragraph.start, paragraph.end);
}
