/**
 * Diagnostics: each open draft checked after a pause in the writer's typing, one draft at a time, the
 * most recently touched first (see CheckQueue); a newer edit cancels the check in flight. Findings on
 * the files themselves (unreadable sources, bad bibliography entries) are published on those files.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticCode, type CancellationToken, type ILogger, type SourcedDiagnostic, type SourcedService } from '../core';
import { CheckQueue } from './checkQueue';
import { asIDocument, type ServerWorkspace } from './workspace';
import { mark } from './startup';

/** Quiet time after an edit before the draft is checked again (tests set it long, to see what is not debounced). */
const DEBOUNCE_MS = Number(process.env.SOURCED_DEBOUNCE_MS) || 250;

const severity: Record<SourcedDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: SourcedDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: severity[d.severity],
    code: d.code,
    source: 'Sourced',
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: r.location, message: r.message })),
    data: d.data,
  };
}

export class DraftChecks {
  /**
   * False while a full indexing run is under way. Drafts are checked once it is done: against a
   * half-read folder, a claim whose source is not read yet would be flagged as unsupported and a
   * citation of it as unknown, false alarms that vanish seconds later.
   */
  private ready = false;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly queue = new CheckQueue((uri, token) => this.validate(uri, token));
  /** Files that have findings of their own published. */
  private readonly publishedSourceProblems = new Set<string>();
  /** What a draft's findings become before they are published (suppressions.ts leaves out the ignored ones). */
  private filter: ((doc: TextDocument, found: SourcedDiagnostic[]) => Promise<SourcedDiagnostic[]>) | undefined;
  private readonly publishedListeners: Array<(uri: string, version: number, ignoredClaims: number) => void> = [];

  constructor(
    private readonly connection: Connection,
    private readonly ws: ServerWorkspace,
    private readonly service: SourcedService,
    private readonly log: ILogger,
  ) {}

  /** Sets what a draft's findings go through before they are published. */
  setFilter(filter: (doc: TextDocument, found: SourcedDiagnostic[]) => Promise<SourcedDiagnostic[]>): void {
    this.filter = filter;
  }

  /** A full indexing run begins: drafts wait for it. */
  hold(): void {
    this.ready = false;
  }

  /** The run is over (or failed): every open draft is checked. */
  release(): void {
    this.ready = true;
    this.revalidateAll();
  }

  get held(): boolean {
    return !this.ready;
  }

  /** Checks running, queued, or waiting for a pause in the typing. */
  get busy(): boolean {
    return this.pending.size > 0 || this.queue.size > 0;
  }

  /**
   * A draft's findings were published (what its coverage follows), with how many of its claims' findings
   * (unsupported, contradicted, not backed by their citation, cited at the wrong place) were ignored.
   */
  onDidPublish(listener: (uri: string, version: number, ignoredClaims: number) => void): void {
    this.publishedListeners.push(listener);
  }

  /** The writer is at this document (opened, edited, asked something about it): its check goes first. */
  touch(uri: string): void {
    this.queue.touch(uri);
  }

  /** Checks the document after `delay` ms; a check of its older text stops now. */
  schedule(uri: string, delay = DEBOUNCE_MS): void {
    clearTimeout(this.pending.get(uri));
    this.queue.cancel(uri);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.queue.add(uri);
      }, delay),
    );
  }

  revalidateAll(): void {
    for (const doc of this.ws.openDocuments()) this.schedule(doc.uri, 0);
  }

  /** The document was closed: no check for it, and no findings left on it. */
  closed(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.queue.remove(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Publishes the findings on files (unreadable sources, bad bibliography entries); clears those gone. */
  publishSourceProblems(): void {
    const now = new Set<string>();
    for (const { uri, diagnostics } of this.service.getSourceDiagnostics()) {
      now.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) });
    }
    for (const uri of this.publishedSourceProblems) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.publishedSourceProblems.clear();
    for (const uri of now) this.publishedSourceProblems.add(uri);
  }

  private async validate(uri: string, token: CancellationToken): Promise<void> {
    const doc = this.ws.documentFor(uri);
    if (!doc || !this.ws.isDraft(doc)) return;
    if (!this.ready) return; // the end of the indexing run checks every open draft
    if (!this.ws.settings.diagnostics.enabled) {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = doc.version;
    mark('checking');
    try {
      const found = await this.service.getDiagnostics(asIDocument(doc), token);
      const diagnostics = this.filter && !token.isCancellationRequested ? await this.filter(doc, found) : found;
      if (token.isCancellationRequested || this.ws.documentFor(uri)?.version !== version) return;
      if (diagnostics.length) mark('first-findings');
      void this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map(toLspDiagnostic) });
      const ignoredClaims = unbackedClaims(found) - unbackedClaims(diagnostics);
      for (const listener of this.publishedListeners) listener(uri, version, ignoredClaims);
    } catch (e) {
      this.log.error(`Checking ${uri} failed: ${e instanceof Error ? e.stack : e}`);
    }
  }
}

/** Checks drafts as they are opened and edited. */
export function registerDiagnostics(connection: Connection, ws: ServerWorkspace, service: SourcedService, log: ILogger): DraftChecks {
  const checks = new DraftChecks(connection, ws, service, log);
  const documents = ws.documents;
  // An opened draft is checked at once, an edited one after a pause. The document manager fires its
  // change event for an open too, right after the open event: that one is not an edit.
  const justOpened = new Set<string>();
  // The writer is asking about this draft: its checks go before the other drafts'.
  ws.onDidAsk((uri) => checks.touch(uri));
  documents.onDidOpen((e) => {
    const sent = ws.takePreopened(e.document.uri);
    if (ws.isDraft(e.document)) mark('draft-opened');
    justOpened.add(e.document.uri);
    checks.touch(e.document.uri);
    // The same text the editor sent along with `initialize`: its check goes on, or is done.
    if (sent && sent.version === e.document.version && sent.getText() === e.document.getText()) return;
    checks.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    checks.touch(e.document.uri);
    if (!justOpened.delete(e.document.uri)) checks.schedule(e.document.uri);
  });
  documents.onDidClose((e) => checks.closed(e.document.uri));
  return checks;
}

/** What makes a claim not supported: one such finding a sentence at the most. */
const UNBACKED: ReadonlySet<string> = new Set([DiagnosticCode.Unsupported, DiagnosticCode.Contradicted, DiagnosticCode.CitationMismatch, DiagnosticCode.WrongLocator]);
const unbackedClaims = (ds: readonly SourcedDiagnostic[]) => ds.filter((d) => UNBACKED.has(d.code)).length;
