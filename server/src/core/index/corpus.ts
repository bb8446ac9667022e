import type { Paragraph, Source, SourceProblem } from '../sources/model';
import { contentTerms } from '../text/tokenize';
import { Bm25Index } from './bm25';

/** A retrievable unit: up to a few sentences of one paragraph. Locators still name the paragraph. */
export interface Passage {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** Sentence indices within the paragraph: [from, to). */
  readonly sentenceFrom: number;
  readonly sentenceTo: number;
}

/** Sentences per passage, and the word budget that closes one early. */
const PASSAGE_SENTENCES = 3;
const PASSAGE_WORDS = 90;

/**
 * The indexed sources: keys, passages and the BM25 index, kept in step. Every change bumps
 * `generation`, which memoised claim verdicts use to know they are stale.
 */
export class Corpus {
  readonly index = new Bm25Index();
  private readonly byUri = new Map<string, { source: Source; passageIds: number[] }>();
  private readonly byKey = new Map<string, Source>();
  private readonly passages: Array<Passage | undefined> = [];
  private readonly problems = new Map<string, SourceProblem>();
  private gen = 0;

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
    this.remove(source.uri);
    this.problems.delete(source.uri);
    const unique = this.uniqueKey(source.key);
    const s: Source = unique === source.key ? source : { ...source, key: unique };
    const passageIds: number[] = [];
    for (const paragraph of s.paragraphs) {
      const sents = paragraph.sentences;
      let from = 0;
      while (from < sents.length) {
        let to = from;
        let words = 0;
        const parts: string[] = [];
        while (to < sents.length && to - from < PASSAGE_SENTENCES && (to === from || words < PASSAGE_WORDS)) {
          const t = s.text.slice(sents[to].start, sents[to].end);
          words += t.split(/\s+/).length;
          parts.push(t);
          to++;
        }
        const id = this.index.add(contentTerms(parts.join(' ')));
        this.passages[id] = { source: s, paragraph, sentenceFrom: from, sentenceTo: to };
        passageIds.push(id);
        from = to;
      }
    }
    this.byUri.set(s.uri, { source: s, passageIds });
    this.byKey.set(s.key, s);
    this.gen++;
    return s;
  }

  remove(uri: string): boolean {
    this.problems.delete(uri);
    const entry = this.byUri.get(uri);
    if (!entry) return false;
    for (const id of entry.passageIds) {
      this.index.remove(id);
      this.passages[id] = undefined;
    }
    this.byUri.delete(uri);
    if (this.byKey.get(entry.source.key) === entry.source) this.byKey.delete(entry.source.key);
    this.gen++;
    return true;
  }

  addProblem(problem: SourceProblem): void {
    this.remove(problem.uri);
    this.problems.set(problem.uri, problem);
    this.gen++;
  }

  getProblems(): SourceProblem[] {
    return [...this.problems.values()];
  }

  bySourceKey(key: string): Source | undefined {
    return this.byKey.get(key);
  }

  bySourceUri(uri: string): Source | undefined {
    return this.byUri.get(uri)?.source;
  }

  sources(): Source[] {
    return [...this.byUri.values()].map((e) => e.source);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  passage(id: number): Passage | undefined {
    return this.passages[id];
  }

  passageIdsOf(uri: string): readonly number[] {
    return this.byUri.get(uri)?.passageIds ?? [];
  }

  private uniqueKey(key: string): string {
    if (!this.byKey.has(key)) return key;
    for (let i = 2; ; i++) if (!this.byKey.has(`${key}-${i}`)) return `${key}-${i}`;
  }
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
