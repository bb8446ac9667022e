/**
 * The language server: its capabilities, and each feature registered on the connection (one file
 * each). The features share the workspace (workspace.ts), the language service, the draft checks
 * (diagnostics.ts), the bibliographies and the indexing queue; this file only builds and wires them.
 * Everything the core must not do (the disk, file watching, timing, LSP shapes) lives in lsp/.
 */
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createSourcedService, type ILogger } from '../core';
import { toCoreOptions } from '../workspace/settings';
import { registerBibliography } from './bibliography';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerEvidence } from './evidence';
import { registerIndexing } from './indexing';
import { registerNavigation } from './navigation';
import { registerReport } from './report';
import { registerSuppressions } from './suppressions';
import { quietTurn } from './quietTurn';
import { registerSourceViews } from './sourceViews';
import { registerTelemetry } from './telemetry';
import { registerWorkspace, ServerWorkspace } from './workspace';
import { mark } from './startup';

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  completionProvider: { triggerCharacters: ['@', '['], resolveProvider: true },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.sourced'] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function startServer(connection: Connection): void {
  const log: ILogger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const ws = new ServerWorkspace(new TextDocuments(TextDocument));
  const service = createSourcedService({
    logger: log,
    options: toCoreOptions(ws.settings),
    workspace: ws,
    // A check goes on only once the requests and notifications waiting are handled (see quietTurn).
    yieldToOthers: quietTurn,
  });

  const checks = registerDiagnostics(connection, ws, service, log);
  const bibliographies = registerBibliography(ws, service, checks, log);
  const indexing = registerIndexing(connection, ws, service, checks, bibliographies, log);
  const changes = {
    reindex: () => {
      indexing.start();
      void indexing.idle().then(() => bibliographies.refresh(true));
    },
    recheck: () => {
      checks.revalidateAll();
      void indexing.idle().then(() => bibliographies.refresh(true));
    },
    closed: (uri: string) => checks.closed(uri),
  };
  registerWorkspace(connection, ws, service, log, changes);
  // The word table is unpacked and the judging code compiled while worker threads read a large folder,
  // or else once the first findings are out (their check did most of it) or, with no draft open, once
  // the sources are read: a completion then does not pay for it, nor whatever waits behind it. Not
  // before: in a small folder read on this thread, it would hold up the first findings.
  let warm = false;
  const warmUp = () => {
    if (warm) return;
    warm = true;
    void service.loading.warmUp().then(() => mark('warmed-up'));
  };
  checks.onDidPublish(() => warm || setImmediate(warmUp));
  indexing.onWorkerRun = () => setImmediate(warmUp);

  connection.onInitialize((params): InitializeResult => {
    mark('initialize');
    ws.initialize(params);
    service.setOptions({ ...toCoreOptions(ws.settings), sourceLinks: ws.client.sourceText ? 'text' : 'file' });
    // With the settings the client sent along, the sources are read from now on, and the drafts it had
    // open (sent along too) are checked as soon as they are read, while the editor takes the answer in.
    // Otherwise indexing starts once the client is initialized and has said its settings (workspace.ts).
    ws.answering();
    if (ws.settingsGiven) changes.reindex();
    // Otherwise the server waits for the client's settings: time to warm up (once the answer is out).
    else void ws.answered.then(() => setImmediate(warmUp));
    void ws.initialized.then(() => indexing.idle()).then(() => setTimeout(() => checks.busy || warmUp(), 50));
    return { capabilities: CAPABILITIES, serverInfo: { name: 'sourced-language-server', version: '0.1.0' } };
  });

  registerCompletion(connection, ws, service);
  registerNavigation(connection, ws, service);
  const suppressions = registerSuppressions(connection, ws, checks, log);
  registerCodeActions(connection, ws, service, [suppressions.codeActions]);
  registerReport(connection, ws, service, suppressions, () => indexing.idle());
  registerEvidence(connection, ws, service, checks, log);
  registerSourceViews(connection, service);
  registerTelemetry(connection, {
    index: () => ({ ...service.loading.stats(), problems: service.problems().length, generation: service.generation }),
    indexing: () => ({ ...indexing.counters(), checksWaiting: checks.busy }),
    indexingDone: () => indexing.idle(),
  });

  ws.documents.listen(connection);
  connection.listen();
}
