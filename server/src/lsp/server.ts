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

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    mark('initialize');
    ws.initialize(params);
    service.setOptions({ ...toCoreOptions(ws.settings), sourceLinks: ws.client.sourceText ? 'text' : 'file' });
    // Before the editor sends anything: unpacking the word table and compiling the judging code during
    // the first completion would make that completion (and everything queued behind it) wait.
    await service.loading.warmUp();
    mark('warmed-up');
    return { capabilities: CAPABILITIES, serverInfo: { name: 'sourced-language-server', version: '0.1.0' } };
  });

  const checks = registerDiagnostics(connection, ws, service, log);
  const bibliographies = registerBibliography(ws, service, checks, log);
  const indexing = registerIndexing(connection, ws, service, checks, bibliographies, log);
  registerWorkspace(connection, ws, service, log, {
    reindex: () => {
      indexing.start();
      void indexing.idle().then(() => bibliographies.refresh(true));
    },
    recheck: () => {
      checks.revalidateAll();
      void indexing.idle().then(() => bibliographies.refresh(true));
    },
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
    indexing: () => indexing.counters(),
    indexingDone: () => indexing.idle(),
  });

  ws.documents.listen(connection);
  connection.listen();
}
