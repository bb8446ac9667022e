import type { CheckOptions } from './claims/checker';
import type { SourceLinkForm } from './features/sourceText';

/** Options the core reads; hosts map their settings onto these. */
export interface CoreOptions extends CheckOptions {
  /** Files larger than this many bytes are skipped with a message. */
  readonly maxFileBytes: number;
  /** How the user raises maxFileBytes, named in that message (default: the editor's setting). */
  readonly sizeHint?: string;
  /**
   * Sentence verdicts remembered beyond those of the drafts held (the least recently used go first):
   * a long editing session writes new sentences all the time, and each verdict holds its evidence.
   */
  readonly maxRememberedVerdicts?: number;
  /**
   * Drafts longer than this many characters are not checked (one note says so); hover and completion
   * still work in them. Default 500,000 (a book of about 80,000 words).
   */
  readonly maxDraftChars?: number;
  /**
   * Where go to definition, the hover's link and a finding's related passages take the writer: the
   * source file itself ('file', the default), or the source's text with numbered paragraphs under a
   * `sourced-source:` URI ('text'), for a host that shows it (see features/sourceText.ts).
   */
  readonly sourceLinks?: SourceLinkForm;
}

export const defaultOptions: CoreOptions = Object.freeze({ supportThreshold: 0.5, maxFileBytes: 20 * 1024 * 1024 });
