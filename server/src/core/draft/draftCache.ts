import { draftWindow, intoWindow, WINDOWED_DRAFT_CHARS, type DraftWindow } from './draftWindow';
import type { IDocument, Position } from '../types';
import { parseDraft, type Draft } from './draft';

/** Parsed drafts one service holds at most (the least recently parsed go first). */
const HELD_DRAFTS = 64;

/** A draft parsed for a position request, and the position's offset in it (see DraftCache.at). */
export interface DraftAt {
  readonly draft: Draft;
  readonly at: number;
  /** Set when the draft is a window of a very long one: ranges in it are the window's. */
  readonly window?: DraftWindow;
}

/** The drafts one service has parsed, each once per version. */
export class DraftCache {
  private readonly drafts = new Map<string, Draft>();
  private lastWindow: { uri: string; version: number; line: number; window: DraftWindow; draft: Draft } | undefined;

  /** The parsed draft of this version of the document. */
  parsed(doc: IDocument): Draft {
    const cached = this.drafts.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text.length === doc.getText().length && cached.text === doc.getText()) return cached;
    const d = parseDraft(doc.uri, doc.version, doc.getText());
    this.drafts.set(doc.uri, d);
    if (this.drafts.size > HELD_DRAFTS) this.drafts.delete(this.drafts.keys().next().value!);
    return d;
  }

  /**
   * The parsed draft a position request reads, and the position's offset in it: the whole draft, or
   * for a very long one the stretch around the position (see largeDrafts.ts), parsed once per version.
   */
  at(doc: IDocument, position: Position): DraftAt {
    const text = doc.getText();
    if (text.length <= WINDOWED_DRAFT_CHARS) {
      const draft = this.parsed(doc);
      return { draft, at: draft.lines.offsetAt(position) };
    }
    let w = this.lastWindow;
    const local = w && w.uri === doc.uri && w.version === doc.version ? intoWindow(position, w.window) : undefined;
    if (!w || !local || local.line < 0 || local.line >= w.draft.lines.lineCount - 1) {
      const window = draftWindow(text, position);
      w = this.lastWindow = { uri: doc.uri, version: doc.version, line: position.line, window, draft: parseDraft(doc.uri, doc.version, window.text) };
    }
    return { draft: w.draft, at: w.draft.lines.offsetAt(intoWindow(position, w.window)), window: w.window };
  }

  /** Drafts held. */
  get size(): number {
    return this.drafts.size;
  }

  /** Sentences of the drafts held: their verdicts are the ones worth remembering. */
  sentenceCount(): number {
    let n = 0;
    for (const d of this.drafts.values()) n += d.sentences.length;
    return n;
  }
}
