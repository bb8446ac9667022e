/**
 * Drafts too long to check in full: above CoreOptions.maxDraftChars a draft is not checked (one note
 * says so), and a check shows at most MAX_FINDINGS findings. Position requests in long drafts read a
 * window of them instead (draft/draftWindow.ts).
 */
import type { IDocument, Range } from '../types';
import { DiagnosticCode, type SourcedDiagnostic } from './diagnostics';
import { thousands } from './format';

/** Findings published for one draft at most (see docs/robustness.md). */
export const MAX_FINDINGS = 1_000;

/** Longest draft checked by default (see CoreOptions.maxDraftChars). */
export const DEFAULT_MAX_DRAFT_CHARS = 500_000;

/** The note on a draft too long to check, or undefined. */
export function draftTooLarge(doc: IDocument, limit: number): SourcedDiagnostic | undefined {
  const n = doc.getText().length;
  if (n <= limit) return undefined;
  const at = { line: 0, character: 0 };
  return {
    code: DiagnosticCode.DraftTooLarge,
    severity: 'information',
    range: { start: at, end: at },
    message: `This draft is too long to check (${thousands(n)} characters; Sourced checks drafts of up to ${thousands(limit)}). Split it into parts to have its claims checked; completion and hover still work.`,
    related: [],
    data: { code: DiagnosticCode.DraftTooLarge },
  };
}

/** The note that ends a list of findings cut at MAX_FINDINGS. */
export function tooManyFindings(total: number, at: Range): SourcedDiagnostic {
  return {
    code: DiagnosticCode.DraftTooLarge,
    severity: 'information',
    range: { start: at.end, end: at.end },
    message: `Sourced shows the first ${thousands(MAX_FINDINGS)} findings in this draft; ${thousands(total - MAX_FINDINGS)} more are not shown. Fix these, or split the draft, to see the rest.`,
    related: [],
    data: { code: DiagnosticCode.DraftTooLarge },
  };
}
