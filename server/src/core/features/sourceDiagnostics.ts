/** Findings on the files themselves rather than on a draft: unreadable sources and bibliography entries skipped. */
import type { BibProblem } from '../bibliography/model';
import type { SourceProblem } from '../sources/model';
import { DiagnosticCode, problemDiagnostic, type SourcedDiagnostic } from './diagnostics';

/** Each file with findings of its own, and those findings. */
export function sourceDiagnostics(problems: readonly SourceProblem[], bibliographyProblems: readonly BibProblem[]): Array<{ uri: string; diagnostics: SourcedDiagnostic[] }> {
  return [...problems.map((p) => ({ uri: p.uri, diagnostics: [problemDiagnostic(p)] })), ...bibliographyDiagnostics(bibliographyProblems)];
}

/** Bibliography problems as diagnostics on the bibliography file, at the entry's line. */
export function bibliographyDiagnostics(problems: readonly BibProblem[]): Array<{ uri: string; diagnostics: SourcedDiagnostic[] }> {
  const byUri = new Map<string, SourcedDiagnostic[]>();
  for (const p of problems) {
    const at = { line: p.line, character: 0 };
    const list = byUri.get(p.uri) ?? [];
    list.push({
      code: DiagnosticCode.BadBibliographyEntry,
      severity: 'warning',
      range: { start: at, end: at },
      message: `Sourced skipped this: ${p.message}. The other entries are still used.`,
      related: [],
      data: { code: DiagnosticCode.BadBibliographyEntry },
    });
    byUri.set(p.uri, list);
  }
  return [...byUri].map(([uri, diagnostics]) => ({ uri, diagnostics }));
}
