/**
 * Sourced's language service: the one façade the language server and the CLI call. It holds the
 * index of sources and answers questions about drafts. It does no I/O: hosts hand it file bytes and
 * document texts (see IDraftWorkspace), which is what lets tests run it on in-memory workspaces.
 * This file only builds the parts and binds their methods; each part is one file of its own.
 */
import { CheckContext } from './claims/checker';
import { VerdictMemo } from './claims/verdictMemo';
import { cslItems, type BibEntry, type BibProblem, type Bibliography, type CslItem } from './bibliography/parse';
import { DraftCache } from './draft/draftCache';
import { DraftChecker, type DraftReport } from './features/check';
import { CodeActionProvider, type CodeAction } from './features/codeActions';
import { CompletionProvider, type CompletionData, type CompletionItem } from './features/completion';
import type { SourcedDiagnostic } from './features/diagnostics';
import { EvidenceProvider, type SentenceEvidence } from './features/evidence';
import { explain, type Explanation } from './features/explain';
import { EvidenceQuotes } from './features/format';
import { NavigationProvider, type Hover, type IDraftWorkspace } from './features/navigation';
import { sourceDiagnostics } from './features/sourceDiagnostics';
import { listSources, SourceListTexts, type SourceList } from './features/sourceList';
import { sourceText, SourceLinks } from './features/sourceText';
import { Library, type SourceUpdate } from './library';
import type { SourceLoading } from './loading';
import { defaultOptions, type CoreOptions } from './options';
import type { Source, SourceFile, SourceProblem, SourceReader } from './sources/model';
import { silentLogger, type CancellationToken, type IDocument, type ILogger, type Location, type Position, type Range } from './types';
import { warmUp } from './warmUp';

export interface SourcedServiceInit {
  readonly logger?: ILogger;
  readonly options?: Partial<CoreOptions>;
  readonly workspace?: IDraftWorkspace;
  readonly readers?: readonly SourceReader[];
  /**
   * How a long check gives way to other work between its slices (default: one turn of the event loop).
   * A server passes a yield that waits until its queue of requests is empty.
   */
  readonly yieldToOthers?: () => Promise<void>;
}

export interface SourcedService {
  /** Adds or replaces a source from its bytes; unreadable files become problems. */
  updateSource(file: SourceFile): Promise<SourceUpdate>;
  removeSource(uri: string): void;
  /** Records a file the host could not read at all (permissions, vanished). */
  reportProblem(problem: SourceProblem): void;
  sources(): Source[];
  problems(): SourceProblem[];
  /** Bumped whenever the set of sources changes. */
  readonly generation: number;
  setOptions(options: Partial<CoreOptions>): void;

  check(doc: IDocument, token?: CancellationToken): Promise<DraftReport>;
  getDiagnostics(doc: IDocument, token?: CancellationToken): Promise<SourcedDiagnostic[]>;
  getSourceDiagnostics(): Array<{ uri: string; diagnostics: SourcedDiagnostic[] }>;
  getCompletions(doc: IDocument, position: Position, token?: CancellationToken): CompletionItem[];
  /** A completion item's documentation, from its `data` (for a host that sends it on request). */
  resolveCompletion(data: CompletionData): string | undefined;
  getHover(doc: IDocument, position: Position, token?: CancellationToken): Hover | undefined;
  getDefinition(doc: IDocument, position: Position): Location | undefined;
  getReferences(doc: IDocument, position: Position, token?: CancellationToken): Promise<Location[]>;
  /** Every citation of a key in the workspace's drafts. */
  getCitations(key: string, token?: CancellationToken): Promise<Location[]>;
  /** A source's text with numbered paragraphs and page markers, by its `sourced-source:` URI (see features/sourceText.ts). */
  getSourceText(uri: string): { readonly text: string; readonly source: Source } | undefined;
  /** The sources matching `filter`, with their citation counts in the workspace's drafts, and what could not be used. */
  listSources(filter?: string, token?: CancellationToken): Promise<SourceList>;
  /**
   * Fixes for the diagnostics the editor asks about: only those at the range (at the cursor, or the
   * nearest on its line), so one sentence's fixes never list another's; and the draft-wide fix-all.
   */
  getCodeActions(doc: IDocument, range: Range, diagnostics: ReadonlyArray<{ data?: unknown; range?: Range }>, only?: readonly string[]): Promise<CodeAction[]>;
  explain(sentence: string): Explanation;
  /** The evidence panel's account of the sentence at a position: verdict, parts found and missing, passages. */
  getEvidence(doc: IDocument, position: Position, token?: CancellationToken): SentenceEvidence | undefined;

  /**
   * Replaces the bibliography (the host parsed the files and resolved each entry's `fileUris`). Entries
   * give their key and metadata to the sources whose files they link; entries without an indexed file
   * become metadata-only sources. Malformed entries are reported by `getSourceDiagnostics`.
   */
  setBibliography(bibliography: Bibliography): void;
  /** setBibliography in steps of a few milliseconds: the host resumes it until done, yielding between. */
  setBibliographySteps(bibliography: Bibliography): Generator<void, void, void>;
  /** The entries in use and the problems found. */
  bibliography(): { readonly entries: readonly BibEntry[]; readonly problems: readonly BibProblem[] };
  /** The files bibliography entries link (URIs): the host indexes them even outside the sources folders. */
  linkedFiles(): string[];
  /** CSL-JSON for every source, for Pandoc: bibliography entries as they are, other sources from their metadata. */
  cslItems(): CslItem[];

  /** What only hosts call: loading prepared sources, the snapshot, warm-up and counters (see loading.ts). */
  readonly loading: SourceLoading;
}

export function createSourcedService(init: SourcedServiceInit = {}): SourcedService {
  let options: CoreOptions = { ...defaultOptions, ...init.options };
  const current = () => options;
  const library = new Library(init.logger ?? silentLogger, current, init.readers);
  const corpus = library.corpus;
  const drafts = new DraftCache();
  /** Paragraphs read and names learnt while checking, kept across checks of this service. */
  const checking = new CheckContext();
  const memo = new VerdictMemo(corpus, current, checking, () => drafts.sentenceCount());
  const links = new SourceLinks(() => options.sourceLinks);
  const listTexts = new SourceListTexts();
  const checker = new DraftChecker(drafts, memo, corpus, new EvidenceQuotes(links), current, init.yieldToOthers ?? (() => new Promise<void>((r) => setImmediate(r))));
  const completion = new CompletionProvider(drafts, corpus, checking.reading);
  const navigation = new NavigationProvider(drafts, corpus, checking.reading, init.workspace, links);
  const codeActions = new CodeActionProvider(drafts, checker);
  const evidence = new EvidenceProvider(drafts, memo, new EvidenceQuotes(links), current);
  const service: SourcedService = {
    updateSource: (file) => library.updateSource(file),
    removeSource: (uri) => library.removeSource(uri),
    reportProblem: (problem) => library.reportProblem(problem),
    sources: () => library.sources(),
    problems: () => library.problems(),
    get generation() {
      return corpus.generation;
    },
    setOptions: (o) => void (options = { ...options, ...o }),
    check: (doc, token) => checker.check(doc, token),
    getDiagnostics: (doc, token) => checker.diagnostics(doc, token),
    getSourceDiagnostics: () => sourceDiagnostics(library.problems(), library.bibliography().problems),
    getCompletions: (doc, position, token) => completion.provide(doc, position, token),
    resolveCompletion: (data) => completion.resolve(data),
    getHover: (doc, position) => navigation.hover(doc, position),
    getDefinition: (doc, position) => navigation.definition(doc, position),
    getReferences: (doc, position, token) => navigation.references(doc, position, token),
    getCitations: (key, token) => navigation.citationsOf(key, token),
    getSourceText: (uri) => sourceText(uri, (u) => corpus.bySourceUri(u), () => corpus.sources()),
    listSources: (filter, token) => listSources({ sources: () => library.sources(), generation: () => corpus.generation, problems: () => library.problems(), bibliography: () => library.bibliography().problems }, init.workspace, listTexts, filter, token),
    getCodeActions: (doc, range, diagnostics, only) => codeActions.provide(doc, range, diagnostics, only),
    explain: (sentence) => explain(sentence, corpus, options, checking),
    getEvidence: (doc, position, token) => evidence.at(doc, position, token),
    setBibliography(bibliography) {
      for (const _ of library.setBibliographySteps(bibliography));
    },
    setBibliographySteps: (bibliography) => library.setBibliographySteps(bibliography),
    bibliography: () => library.bibliography(),
    linkedFiles: () => library.linkedFiles(),
    cslItems: () => cslItems(corpus.sources(), (key) => library.entry(key)),
    loading: {
      addPrepared: (batch) => library.addPrepared(batch),
      tidy: (budgetMs) => corpus.tidy(budgetMs),
      exportSnapshot: () => corpus.exportSnapshot(),
      exportSnapshotSteps: (perStep) => corpus.exportSnapshotSteps(perStep),
      adoptSnapshot: (snapshot) => corpus.adoptSnapshot(snapshot),
      warmUp: () => warmUp(() => createSourcedService({ options: { ...options } })),
      stats: () => ({ ...corpus.stats(), sentenceChecks: memo.sentenceChecks, renamedKeys: library.renamedKeys, rememberedVerdicts: memo.size, parsedDrafts: drafts.size }),
    },
  };
  return service;
}
