/**
 * The core's public face: the language service (service.ts), the host-only loading API (loading.ts)
 * and the types and helpers both front ends share. Re-exports only.
 */
export * from './types';
export { createSourcedService, type SourcedService, type SourcedServiceInit } from './service';
export * from './loading';
export { defaultOptions, type CoreOptions } from './options';
export type { Source, SourceFile, SourceReader } from './sources/model';
export { defaultReaders } from './sources/readSource';
export type { SentenceVerdict, SentenceStatus } from './claims/checker';
export { gateFactor } from './claims/checker';
export type { Evidence, Judgement, Contradiction } from './claims/support';
export type { Combination, Contribution } from './claims/combiner';
export { useWordVectorData, type WordVectorData } from './claims/similarity';
export type { DraftReport, SentenceReport } from './features/check';
export type { CompletionData, CompletionItem } from './features/completion';
export type { Hover, IDraftWorkspace } from './features/navigation';
export { diagnosticsAt, type CodeAction, type TextEdit } from './features/codeActions';
export { DiagnosticCode, type SourcedDiagnostic, type DiagnosticData, type Severity } from './features/diagnostics';
export type { Explanation } from './features/explain';
export type { SentenceEvidence, EvidencePassage, ClaimPart } from './features/evidence';
export { coverage, coverageLine, type Coverage, type QuotePart } from './features/report';
export { thousands } from './features/format';
export { parseCitations, formatCitation } from './draft/citations';
export { LineIndex } from './text/lineIndex';
export { parseBibliography, draftBibliographies, bibliographyExtensions, type BibEntry, type BibProblem, type Bibliography, type CslItem } from './bibliography/parse';
export { shown } from './bibliography/model';
