/**
 * Sourced's language service: the one façade the language server and the CLI call. It holds the
 * index of sources and answers questions about drafts. It does no I/O: hosts hand it file bytes and
 * document texts (see IDraftWorkspace), which is what lets tests run it on in-memory workspaces.
 */
import { CheckContext, checkSentence, type CheckOptions, type SentenceVerdict } from './claims/checker';
import { analyzeClaim } from './claims/claim';
import { parseDraft, type Draft, type DraftSentence } from './draft/draft';
import { prepareWordVectors } from './claims/similarity';
import { judgeClaim, type Evidence } from './claims/support';
import { bibliographyDiagnostics } from './features/bibliographyDiagnostics';
import { BibliographyLinker } from './bibliography/links';
import { cslItems, type BibEntry, type BibProblem, type Bibliography, type CslItem } from './bibliography/parse';
import { Corpus, type CorpusSnapshot, type CorpusStats } from './search/corpus';
import type { PreparedBatch } from './search/prepared';
import type { Source, SourceFile, SourceProblem, SourceReader } from './sources/model';
import { defaultReaders, readSourceFile } from './sources/readSource';
import { neverCancelled, silentLogger, type CancellationToken, type IDocument, type ILogger, type Location, type Position, type Range } from './types';
import { fixAllUncited, quickFixes, type CodeAction } from './features/codeActions';
import { completions, type CompletionItem } from './features/completion';
import { citationDiagnostics, claimDiagnostic, problemDiagnostic, type DiagnosticData, type SourcedDiagnostic, DiagnosticCode } from './features/diagnostics';
import { evidenceText } from './features/format';
import { definition, hover, itemAt, references, type Hover } from './features/hover';
import { draftWindow, intoWindow, MAX_FINDINGS, outOfWindow, WINDOWED_DRAFT_CHARS, type DraftWindow } from './features/largeDrafts';

export * from './types';
export type { Source, SourceFile, SourceProblem, SourceReader } from './sources/model';
export type { SentenceVerdict, SentenceStatus } from './claims/checker';
export type { Evidence, Judgement, Contradiction } from './claims/support';
export type { CompletionItem } from './features/completion';
export type { Hover } from './features/hover';
export type { CodeAction, TextEdit } from './features/codeActions';
export { DiagnosticCode, type SourcedDiagnostic, type DiagnosticData, type Severity } from './features/diagnostics';
export { parseCitations, formatCitation } from './draft/citations';
export { LineIndex } from './text/lineIndex';
export { defaultReaders } from './sources/readSource';
export { parseBibliography, draftBibliographies, bibliographyExtensions, type BibEntry, type BibProblem, type Bibliography, type CslItem } from './bibliography/parse';
export type { PreparedBatch, PreparedSource } from './search/prepared';
export type { CorpusSnapshot, CorpusStats } from './search/corpus';
export { linesOf, PackedLines, type LineTable } from './search/packedLines';
export type { Bm25State } from './search/bm25/bm25Index';

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
}

export const defaultOptions: CoreOptions = Object.freeze({ supportThreshold: 0.5, maxFileBytes: 20 * 1024 * 1024 });

/** Where the core finds the workspace's drafts (for find-references). */
export interface IDraftWorkspace {
  drafts(): Promise<readonly IDocument[]>;
}

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

/** One sentence in a report, in the JSON shape of `sourced check --format json`. */
export interface SentenceReport {
  readonly text: string;
  readonly range: Range;
  readonly status: SentenceVerdict['status'];
  /** 0–1 confidence that the sources (the cited ones, if any) support the sentence; see docs/judging.md. */
  readonly score: number;
  readonly citations: ReadonlyArray<{ key: string; locator?: string; known: boolean }>;
  readonly evidence: ReadonlyArray<{ key: string; locator: string; quote: string; score: number }>;
}

export interface DraftReport {
  readonly verdicts: readonly SentenceVerdict[];
  readonly diagnostics: readonly SourcedDiagnostic[];
  readonly sentences: readonly SentenceReport[];
}

export interface SourceUpdate {
  readonly source?: Source;
  readonly problem?: SourceProblem;
}

/** What `explain` shows: the claim's parts and each scored passage. */
export interface Explanation {
  readonly claim: ReturnType<typeof analyzeClaim>;
  readonly verdict: SentenceVerdict;
  readonly evidence: readonly Evidence[];
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
  getHover(doc: IDocument, position: Position, token?: CancellationToken): Hover | undefined;
  getDefinition(doc: IDocument, position: Position): Location | undefined;
  getReferences(doc: IDocument, position: Position, token?: CancellationToken): Promise<Location[]>;
  /**
   * Fixes for the diagnostics the editor asks about: only those at the range (at the cursor, or the
   * nearest on its line), so one sentence's fixes never list another's; and the draft-wide fix-all.
   */
  getCodeActions(doc: IDocument, range: Range, diagnostics: ReadonlyArray<{ data?: unknown; range?: Range }>, only?: readonly string[]): Promise<CodeAction[]>;
  explain(sentence: string): Explanation;

  /**
   * Adds sources a host prepared off the main thread or loaded from its cache (see
   * core/search/prepared.ts): same outcome as `updateSource` for each file, without the reading.
   */
  addPrepared(batch: PreparedBatch): SourceUpdate[];
  /**
   * After a bulk load, rewrites the index's postings compactly, about `budgetMs` of work per call;
   * returns true when done. Hosts call it between other work until it does.
   */
  tidyIndex(budgetMs: number): boolean;
  /**
   * The index saved whole, for a host to write next to its cache; undefined while it is not compact
   * (call after tidyIndex says done). Views into live arrays: copy or write them before anything changes.
   */
  exportSnapshot(): CorpusSnapshot | undefined;
  /**
   * exportSnapshot in steps of a few milliseconds (`perStep` sources each, default 2,048);
   * undefined when the index changed in between.
   */
  exportSnapshotSteps(perStep?: number): Generator<void, CorpusSnapshot | undefined, void>;
  /**
   * Loads a saved index into an empty service before its sources arrive through addPrepared: each source
   * whose URI and content hash match takes its saved passages instead of being indexed again; the rest
   * of the snapshot is dropped with the load's final batch. A generator: the host resumes it until done,
   * yielding in between (each step is a few milliseconds). Throws (leaving the service empty) if the
   * snapshot does not fit together or the service is not empty.
   */
  adoptSnapshot(snapshot: CorpusSnapshot): Generator<void, void, void>;
  /**
   * Does the one-off set-up now, so the first completion or check does not pay for it: unpacks the word
   * table, and runs a completion and a check over a two-sentence scratch source (which compiles the
   * code they run). Touches nothing of this service.
   */
  warmUp(): Promise<void>;
  /** Counters for the host's stats request and the benchmark (renamedKeys: sources given a numbered key). */
  stats(): CorpusStats & { readonly sentenceChecks: number; readonly renamedKeys: number; readonly rememberedVerdicts: number; readonly parsedDrafts: number };

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
}

/**
 * The diagnostics a code-action request is about: those the range touches; for a bare cursor, those
 * under it, else the nearest on its line (VS Code offers the nearest fix on a line). Diagnostics
 * without a range (a client that does not send them) are all kept.
 */
export function diagnosticsAt<D extends { readonly range?: Range }>(range: Range, diagnostics: readonly D[]): D[] {
  if (diagnostics.some((d) => !d.range)) return [...diagnostics];
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const touches = (r: Range) => !before(r.end, range.start) && !before(range.end, r.start);
  const hit = diagnostics.filter((d) => touches(d.range!));
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  if (!empty || hit.length <= 1) return hit.length || !empty ? hit : nearestOnLine(range.start, diagnostics);
  // A cursor between two sentences touches both: the one it is inside, else the one that starts there.
  const inside = hit.filter((d) => before(d.range!.start, range.start) && before(range.start, d.range!.end));
  return inside.length ? inside : hit.filter((d) => d.range!.start.line === range.start.line && d.range!.start.character === range.start.character).slice(0, 1);
}

function nearestOnLine<D extends { readonly range?: Range }>(at: Position, diagnostics: readonly D[]): D[] {
  const distance = (r: Range) => (r.start.line <= at.line && r.end.line >= at.line ? Math.min(Math.abs(r.start.character - at.character), Math.abs(r.end.character - at.character)) : Infinity);
  let best: D | undefined;
  for (const d of diagnostics) if (distance(d.range!) < (best ? distance(best.range!) : Infinity)) best = d;
  return best ? [best] : [];
}

/** Longest draft checked by default (see CoreOptions.maxDraftChars). */
const DEFAULT_MAX_DRAFT_CHARS = 500_000;

/** The note on a draft too long to check, or undefined. */
function draftTooLarge(doc: IDocument, limit: number): SourcedDiagnostic | undefined {
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
function tooManyFindings(total: number, at: Range): SourcedDiagnostic {
  return {
    code: DiagnosticCode.DraftTooLarge,
    severity: 'information',
    range: { start: at.end, end: at.end },
    message: `Sourced shows the first ${thousands(MAX_FINDINGS)} findings in this draft; ${thousands(total - MAX_FINDINGS)} more are not shown. Fix these, or split the draft, to see the rest.`,
    related: [],
    data: { code: DiagnosticCode.DraftTooLarge },
  };
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Sentence verdicts remembered by default (see CoreOptions.maxRememberedVerdicts). */
const DEFAULT_REMEMBERED_VERDICTS = 1024;

/** Key renames logged one by one before the log says "more" (see `renamed`). */
const RENAMES_LOGGED = 20;

export function createSourcedService(init: SourcedServiceInit = {}): SourcedService {
  const logger = init.logger ?? silentLogger;
  let options: CoreOptions = { ...defaultOptions, ...init.options };
  const readers = init.readers ?? defaultReaders;
  const yieldToOthers = init.yieldToOthers ?? (() => new Promise<void>((r) => setImmediate(r)));
  const corpus = new Corpus();
  const bib = new BibliographyLinker(corpus);
  const drafts = new Map<string, Draft>();
  /** Paragraphs read and names learnt while checking, kept across checks of this service. */
  const checking = new CheckContext();
  /** Verdicts by sentence text + citations, valid for one corpus generation and one threshold. */
  let memo = new Map<string, SentenceVerdict>();
  let memoGeneration = -1;
  let memoThreshold = options.supportThreshold;
  /** Sentences actually judged (memo misses): what an incremental re-check should keep small. */
  let sentenceChecks = 0;

  /**
   * Sources that got a numbered key because another has theirs. The first few are logged one by one;
   * an archive with thousands of same-named files gets one line more, not thousands.
   */
  let renames = 0;
  const renamed = (wanted: string, fileName: string, key: string) => {
    if (++renames <= RENAMES_LOGGED) logger.warn(`Two sources want the key @${wanted}; ${fileName} is @${key}.`);
    else if (renames === RENAMES_LOGGED + 1) logger.warn(`More sources share a key with another and were given a numbered one (@key-2, @key-3 …); they are not listed one by one.`);
  };

  const draftOf = (doc: IDocument): Draft => {
    const cached = drafts.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text.length === doc.getText().length && cached.text === doc.getText()) return cached;
    const d = parseDraft(doc.uri, doc.version, doc.getText());
    drafts.set(doc.uri, d);
    if (drafts.size > 64) drafts.delete(drafts.keys().next().value!);
    return d;
  };

  /**
   * The parsed draft a position request reads, and the position's offset in it: the whole draft, or
   * for a very long one the stretch around the position (see largeDrafts.ts), parsed once per version.
   */
  let lastWindow: { uri: string; version: number; line: number; window: DraftWindow; draft: Draft } | undefined;
  const draftAt = (doc: IDocument, position: Position): { draft: Draft; at: number; window?: DraftWindow } => {
    const text = doc.getText();
    if (text.length <= WINDOWED_DRAFT_CHARS) {
      const draft = draftOf(doc);
      return { draft, at: draft.lines.offsetAt(position) };
    }
    let w = lastWindow;
    const local = w && w.uri === doc.uri && w.version === doc.version ? intoWindow(position, w.window) : undefined;
    if (!w || !local || local.line < 0 || local.line >= w.draft.lines.lineCount - 1) {
      const window = draftWindow(text, position);
      w = lastWindow = { uri: doc.uri, version: doc.version, line: position.line, window, draft: parseDraft(doc.uri, doc.version, window.text) };
    }
    return { draft: w.draft, at: w.draft.lines.offsetAt(intoWindow(position, w.window)), window: w.window };
  };

  const verdictFor = (draft: Draft, i: number): SentenceVerdict => {
    if (memoGeneration !== corpus.generation || memoThreshold !== options.supportThreshold) {
      memo = new Map();
      memoGeneration = corpus.generation;
      memoThreshold = options.supportThreshold;
    }
    const s = draft.sentences[i];
    const key = s.claimText + '\u0000' + s.citations.map((c) => c.items.map((it) => `${it.key}|${it.locator?.label ?? ''}|${it.locator?.value ?? ''}`).join(';')).join('&');
    const hit = memo.get(key);
    if (hit) {
      // Most recently used last: the memo forgets from the front.
      memo.delete(key);
      memo.set(key, hit);
      // A memoised verdict is reused with this sentence's own positions.
      return hit.sentence === s ? hit : { ...hit, sentence: s, citations: hit.citations.map((c, k) => ({ ...c, item: s.citations.flatMap((x) => x.items)[k] ?? c.item })) };
    }
    const v = checkSentence(s, corpus, options, checking);
    sentenceChecks++;
    memo.set(key, v);
    if (memo.size > (options.maxRememberedVerdicts ?? DEFAULT_REMEMBERED_VERDICTS)) forgetVerdicts();
    return v;
  };

  /**
   * Forgets the least recently used verdicts, keeping the limit's worth beyond the sentences of the
   * drafts held (each check touches its own sentences, so they are the most recent): re-checking an
   * open draft stays incremental, and a long session does not keep every sentence it ever saw.
   */
  const forgetVerdicts = () => {
    let live = 0;
    for (const d of drafts.values()) live += d.sentences.length;
    const keep = live + (options.maxRememberedVerdicts ?? DEFAULT_REMEMBERED_VERDICTS);
    for (const old of memo.keys()) {
      if (memo.size <= keep) break;
      memo.delete(old);
    }
  };

  /** Verdicts and diagnostics, and (unless `report` is false: an editor only needs diagnostics) the per-sentence report. */
  const check = async (doc: IDocument, token: CancellationToken = neverCancelled, report = true): Promise<DraftReport> => {
    const tooLarge = draftTooLarge(doc, options.maxDraftChars ?? DEFAULT_MAX_DRAFT_CHARS);
    if (tooLarge) return { verdicts: [], diagnostics: [tooLarge], sentences: [] };
    const draft = draftOf(doc);
    const verdicts: SentenceVerdict[] = [];
    let last = Date.now();
    for (let i = 0; i < draft.sentences.length; i++) {
      // Yield now and then so a long draft never blocks other requests; stop when superseded. One
      // sentence judged in a large index can take tens of milliseconds: yield soon, before the next.
      if (Date.now() - last > 4) {
        await yieldToOthers();
        last = Date.now();
      }
      if (token.isCancellationRequested) return { verdicts: [], diagnostics: [], sentences: [] };
      verdicts.push(verdictFor(draft, i));
    }
    const diagnostics = [...citationDiagnostics(draft, verdicts, corpus)];
    for (const v of verdicts) {
      const d = claimDiagnostic(draft, v);
      if (d) diagnostics.push(d);
    }
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    if (diagnostics.length > MAX_FINDINGS) diagnostics.splice(MAX_FINDINGS, Infinity, tooManyFindings(diagnostics.length, diagnostics[MAX_FINDINGS - 1].range));
    if (!report) return { verdicts, diagnostics, sentences: [] };
    const sentences = verdicts.map((v): SentenceReport => ({
      text: draft.text.slice(v.sentence.span.start, v.sentence.span.end),
      range: draft.lines.rangeOf(v.sentence.span.start, v.sentence.span.end),
      status: v.status,
      score: Math.round(v.score * 1000) / 1000,
      citations: v.citations.map((c) => ({ key: c.item.key, locator: c.item.locator ? `${c.item.locator.labelText} ${c.item.locator.value}`.trim() : undefined, known: !!c.source })),
      evidence: (v.status === 'contradicted' && v.contradiction ? [v.contradiction.evidence] : [])
        .concat((v.cited ?? v.overall)?.evidence ?? [])
        .filter((e, i, all) => all.findIndex((x) => x.paragraph === e.paragraph) === i)
        .slice(0, 5)
        .map((e) => ({ key: e.source.key, locator: `para. ${e.paragraph.n}`, quote: evidenceText(e), score: Math.round(e.score * 1000) / 1000 })),
    }));
    return { verdicts, diagnostics, sentences };
  };

  return {
    async updateSource(file) {
      if (file.bytes.length > options.maxFileBytes) {
        const problem = { uri: file.uri, fileName: file.name, reason: `it is larger than the ${Math.round(options.maxFileBytes / 1048576)} MB limit (${options.sizeHint ?? 'setting sourced.maxFileSizeMB'})` };
        corpus.addProblem(problem);
        logger.warn(`Skipped ${file.name}: ${problem.reason}`);
        return { problem };
      }
      const outcome = await readSourceFile(file, readers);
      if ('problem' in outcome) {
        corpus.addProblem(outcome.problem);
        logger.warn(`Skipped ${file.name}: ${outcome.problem.reason}`);
        return { problem: outcome.problem };
      }
      const source = corpus.upsert(bib.identify(outcome.source));
      if (source.key !== outcome.source.key) renamed(outcome.source.key, file.name, source.key);
      return { source };
    },
    removeSource(uri) {
      if (bib.isVirtual(uri)) return; // a bibliography entry, not a file: setBibliography owns it
      corpus.remove(uri);
      bib.removed(uri);
    },
    reportProblem(problem) {
      corpus.addProblem(problem);
      logger.warn(`Skipped ${problem.fileName}: ${problem.reason}`);
    },
    sources: () => corpus.sources(),
    problems: () => corpus.getProblems().filter((p) => !bib.isBibliography(p.uri)),
    get generation() {
      return corpus.generation;
    },
    setOptions(o) {
      options = { ...options, ...o };
    },
    check,
    async getDiagnostics(doc, token) {
      return [...(await check(doc, token, false)).diagnostics];
    },
    getSourceDiagnostics() {
      return [...corpus.getProblems().filter((p) => !bib.isBibliography(p.uri)).map((p) => ({ uri: p.uri, diagnostics: [problemDiagnostic(p)] })), ...bibliographyDiagnostics(bib.problems)];
    },
    getCompletions(doc, position, token = neverCancelled) {
      const { draft, at, window } = draftAt(doc, position);
      if (token.isCancellationRequested) return [];
      const items = completions(draft, at, corpus, checking.reading);
      // Items made from a window carry ranges in the window: put them back in the draft.
      if (window) for (const item of items) (item as { range: Range }).range = outOfWindow(item.range, window);
      return items;
    },
    getHover(doc, position) {
      const { draft, at, window } = draftAt(doc, position);
      const h = hover(draft, at, corpus, checking.reading);
      return h && window ? { ...h, range: outOfWindow(h.range, window) } : h;
    },
    getDefinition(doc, position) {
      const { draft, at } = draftAt(doc, position);
      return definition(draft, at, corpus, checking.reading);
    },
    async getReferences(doc, position, token = neverCancelled) {
      const draft = draftOf(doc);
      const hit = itemAt(draft, draft.lines.offsetAt(position));
      if (!hit) return [];
      const docs = (await init.workspace?.drafts()) ?? [doc];
      if (token.isCancellationRequested) return [];
      const all = docs.some((d) => d.uri === doc.uri) ? docs : [doc, ...docs];
      return references(hit.item.key, all.map((d) => (d.uri === doc.uri ? draft : parseDraft(d.uri, d.version, d.getText()))));
    },
    async getCodeActions(doc, range, diagnostics, only) {
      const wantsQuickFix = !only || only.some((k) => 'quickfix'.startsWith(k) || k.startsWith('quickfix'));
      const here = diagnosticsAt(range, diagnostics);
      // Editors ask for code actions on every cursor move: the whole-draft fix-all is computed when it is
      // asked for by kind, or when the cursor is on a claim it would cite.
      const wantsFixAll = only
        ? only.some((k) => 'source.fixAll.sourced'.startsWith(k))
        : here.some((d) => (d.data as DiagnosticData | undefined)?.code === DiagnosticCode.Uncited);
      const actions: CodeAction[] = [];
      if (wantsQuickFix) for (const d of here) actions.push(...quickFixes(d.data as DiagnosticData | undefined));
      if (wantsFixAll) {
        const draft = draftOf(doc);
        const all = (await check(doc)).diagnostics.map((d) => ({ data: d.data, sentence: draft.text.slice(draft.lines.offsetAt(d.range.start), draft.lines.offsetAt(d.range.end)) }));
        const fix = fixAllUncited(all);
        if (fix) actions.push(fix);
      }
      return actions;
    },
    explain(sentence) {
      const draft = parseDraft('untitled:explain', 0, sentence);
      // Text that is no prose at all (a heading, a code fence) has no sentence: explain it as an empty claim.
      const s: DraftSentence = draft.sentences[0] ??
        parseDraft('untitled:explain', 0, sentence + '.').sentences[0] ?? { index: 0, span: { start: 0, end: 0 }, claimText: '', offsets: new Int32Array(0), citations: [], insertAt: 0 };
      const verdict = checkSentence(s, corpus, options, checking);
      const claim = verdict.claim;
      const evidence = judgeClaim(claim, corpus, { limit: 10, cache: checking.reading }).evidence;
      return { claim, verdict, evidence };
    },
    addPrepared(batch) {
      return corpus.addPrepared(batch).map((r) => {
        if ('problem' in r) {
          logger.warn(`Skipped ${r.problem.fileName}: ${r.problem.reason}`);
          return { problem: r.problem };
        }
        if (r.source.key !== r.wanted) renamed(r.wanted, r.source.fileName, r.source.key);
        const linked = bib.identify(r.source);
        return { source: linked === r.source ? r.source : corpus.upsert(linked) };
      });
    },
    tidyIndex: (budgetMs) => corpus.tidy(budgetMs),
    async warmUp() {
      prepareWordVectors();
      const scratch = createSourcedService({ options: { ...options } });
      const text = 'Harbour works\n\nDredging of the harbour cost 3.2 million euros in 2021 and took eleven weeks, officials said.\n\nThe council did not approve the plan.\n';
      await scratch.updateSource({ uri: 'file:///warm-up/harbour.txt', name: 'harbour.txt', bytes: new TextEncoder().encode(text) });
      const draft = 'Dredging the harbour cost 4 million euros in 2021 [@harbour, para. 2]. The council approved the plan. The works took eleven weeks [@';
      const doc: IDocument = { uri: 'file:///warm-up/draft.md', version: 1, getText: () => draft };
      scratch.getCompletions(doc, { line: 0, character: draft.length });
      await scratch.check(doc);
    },
    exportSnapshot: () => corpus.exportSnapshot(),
    exportSnapshotSteps: (perStep) => corpus.exportSnapshotSteps(perStep),
    adoptSnapshot: (snapshot) => corpus.adoptSnapshot(snapshot),
    stats: () => ({ ...corpus.stats(), sentenceChecks, renamedKeys: renames, rememberedVerdicts: memo.size, parsedDrafts: drafts.size }),
    setBibliography(bibliography) {
      for (const _ of this.setBibliographySteps(bibliography));
    },
    *setBibliographySteps(bibliography) {
      yield* bib.setSteps(bibliography);
      // The first few problems one by one; a file of thousands of broken entries is not thousands of lines.
      for (const p of bib.problems.slice(0, RENAMES_LOGGED)) logger.warn(`Bibliography ${p.uri}:${p.line + 1}: ${p.message}`);
      if (bib.problems.length > RENAMES_LOGGED) logger.warn(`… and ${bib.problems.length - RENAMES_LOGGED} more bibliography entries skipped (each is marked on its bibliography file).`);
    },
    bibliography: () => ({ entries: bib.all(), problems: bib.problems }),
    linkedFiles: () => bib.linkedFiles(),
    cslItems: () => cslItems(corpus.sources(), (key) => bib.entry(key)),
  };
}
