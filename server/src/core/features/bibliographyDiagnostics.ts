import { DiagnosticCode, type SourcedDiagnostic } from './diagnostics';
import type { BibProblem } from '../bibliography/model';

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
