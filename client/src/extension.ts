/**
 * The VS Code side: starts the language server, forwards settings, and shows indexing state in the
 * status bar. Everything that understands drafts and sources lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { onNotification, ReindexRequest, request, StatsRequest, StatusNotification } from '../../server/src/lsp/protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/serverFlags';
import { registerReport } from './report';
import { registerSuppressions } from './suppressions';
import { registerCoverage } from './coverage';
import { registerEvidencePanel } from './evidencePanel';
import { registerSecondOpinion } from './secondOpinion';
import { registerReader, rememberDefinedPassage, withSourceTextLinks } from './reader';
import { registerSourcesView } from './sourcesView';

let client: LanguageClient | undefined;

/** What the extension offers other extensions and its tests: the running server's counters (its process id among them). */
export interface SourcedApi {
  stats(): Promise<Record<string, unknown> | undefined>;
  /**
   * How long the first Sourced diagnostics on a Markdown document took, in milliseconds: from
   * activation, and from when the document was opened (the same when it was open at activation).
   * Undefined until they come.
   */
  firstFeedback(): { readonly fromActivationMs: number; readonly fromOpenMs: number } | undefined;
  /** When `activate` began (Date.now()), to put the server's own times beside the first feedback. */
  readonly activatedAt: number;
  /**
   * The client's start-up, in ms after activation (its features registered, the server's answer to
   * `initialize`, the first diagnostics handled), and the longest the extension host did not run a
   * 20 ms timer until the first feedback (what a busy host costs every extension's messages).
   */
  startup(): { readonly marks: Readonly<Record<string, number>>; readonly longestHostStallMs: number };
}

export async function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  const activated = Date.now();
  const marks: Record<string, number> = {};
  const mark = (step: string) => void (marks[step] ??= Date.now() - activated);
  let longestHostStallMs = 0;
  let tick = Date.now();
  const stallProbe = setInterval(() => {
    const now = Date.now();
    longestHostStallMs = Math.max(longestHostStallMs, now - tick - 20);
    tick = now;
    if (firstFeedback || now - activated > 30_000) clearInterval(stallProbe);
  }, 20);
  // When each Markdown document reached the server: a document open already counts from activation.
  const opened = new Map<string, number>(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), activated]));
  let firstFeedback: { readonly fromActivationMs: number; readonly fromOpenMs: number } | undefined;
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Sourced', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'sourced' },
    errorHandler: restartingErrorHandler(),
    // The drafts open at activation go along: the server checks them while the editor is still starting
    // (and again when the client opens them in it, a moment later).
    // A function: a server started again (after a crash) gets the settings and drafts of that moment.
    initializationOptions: () => ({ settings: vscode.workspace.getConfiguration('sourced'), storagePath: context.storageUri?.fsPath, drafts: openDrafts() }),
    outputChannel: output,
    // The server escapes everything a source says; the editor is told as well that this Markdown is
    // not trusted (no command links) and may hold no HTML, whatever a source's title or text holds.
    middleware: {
      // Go to definition in a source's text selects the passage (see reader.ts).
      provideDefinition: rememberDefinedPassage,
      didOpen(document, next) {
        if (!opened.has(document.uri.toString())) opened.set(document.uri.toString(), Date.now());
        return next(document);
      },
      handleDiagnostics(uri, diagnostics, next) {
        mark('diagnostics-handled');
        if (!firstFeedback && diagnostics.length > 0 && uri.path.endsWith('.md')) {
          const now = Date.now();
          firstFeedback = { fromActivationMs: now - activated, fromOpenMs: now - Math.max(activated, opened.get(uri.toString()) ?? activated) };
        }
        next(uri, diagnostics);
      },
      async provideHover(document, position, token, next) {
        const hover = await next(document, position, token);
        return hover ? new vscode.Hover(hover.contents.map(untrusted), hover.range) : hover;
      },
      async resolveCompletionItem(item, token, next) {
        const resolved = await next(item, token);
        if (resolved?.documentation instanceof vscode.MarkdownString) resolved.documentation = untrusted(resolved.documentation) as vscode.MarkdownString;
        return resolved;
      },
    },
  };
  client = new LanguageClient('sourced', 'Sourced', serverOptions, clientOptions);
  // The server process starts first (it reads the sources from its first message on); the commands,
  // views and handlers below are in place before its answer comes back.
  const starting = client.start();
  registerSuppressions(context, client);
  registerReport(context, client);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Sourced';
  status.text = '$(sync~spin) Sourced: reading sources…';
  status.tooltip = 'Sourced is reading your sources. Click for the log.';
  status.command = 'sourced.showLog';
  status.show();
  context.subscriptions.push(status, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('sourced.showLog', () => output.show(true)),
    vscode.commands.registerCommand('sourced.reindex', async () => {
      status.text = '$(sync~spin) Sourced: reading sources…';
      const r = client && (await request(client, ReindexRequest));
      if (r) void vscode.window.showInformationMessage(`Sourced indexed ${r.sources} source${r.sources === 1 ? '' : 's'}${r.skipped ? ` (${r.skipped} skipped: see Problems)` : ''}.`);
    }),
  );

  registerReader(context, client);
  const sourcesView = registerSourcesView(context, client);
  context.subscriptions.push(
    // Before the server answers: it may say how the reading goes as soon as it has.
    onNotification(client, StatusNotification, (s) => {
      sourcesView.showStatus(s);
      if (s.state === 'indexing') {
        status.text = `$(sync~spin) Reading sources: ${s.indexed} of ${s.total}`;
        status.tooltip = `Sourced is reading your sources: ${s.indexed} of ${s.total} done. Click for the log.`;
      } else {
        status.text = `$(book) ${s.sources} source${s.sources === 1 ? '' : 's'}`;
        status.tooltip = `Sourced: ${s.sources} sources indexed${s.skipped ? `, ${s.skipped} skipped (see Problems)` : ''}. Click for the log.`;
      }
    }),
  );
  registerCoverage(context, client);
  mark('registered');
  await starting;
  mark('started');
  registerEvidencePanel(context, client);
  registerSecondOpinion(context, client);
  // If the server process dies, vscode-languageclient starts a new one (up to 4 times in 3 minutes) and
  // opens the drafts in it again; the new server re-reads the sources (from its cache) and re-checks.
  mark('activated');
  return {
    stats: async () => (client?.isRunning() ? await request(client, StatsRequest, {}) : undefined),
    firstFeedback: () => firstFeedback,
    activatedAt: activated,
    startup: () => ({ marks, longestHostStallMs }),
  };
}

/**
 * The Markdown files open in the editor, as the client would open them in the server: the one in the
 * active editor first, at most 20 and 4 MB of text (the rest come with the client's own didOpen).
 */
function openDrafts(): Array<{ uri: string; languageId: string; version: number; text: string }> {
  const active = vscode.window.activeTextEditor?.document;
  const docs = vscode.workspace.textDocuments
    .filter((d) => d.languageId === 'markdown' && (d.uri.scheme === 'file' || d.uri.scheme === 'untitled'))
    .sort((a, b) => Number(b === active) - Number(a === active));
  const out: Array<{ uri: string; languageId: string; version: number; text: string }> = [];
  let chars = 0;
  for (const d of docs.slice(0, 20)) {
    const text = d.getText();
    if ((chars += text.length) > 4 * 1024 * 1024) break;
    out.push({ uri: d.uri.toString(), languageId: d.languageId, version: d.version, text });
  }
  return out;
}

/** Markdown the editor renders with no HTML and no command links but the one that opens a source's text (see reader.ts). */
function untrusted(content: vscode.MarkdownString | vscode.MarkedString): vscode.MarkdownString | vscode.MarkedString {
  if (!(content instanceof vscode.MarkdownString)) return content;
  return withSourceTextLinks(content.value);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * What the client does when the server's connection fails. The library's default gives up for good
 * after three failed writes, and a server that dies while the editor is sending (a draft being typed
 * in, requests in flight) fails more than three before the connection is seen to close: the server
 * was then never started again. Here a failed write waits for the close, and a closed connection
 * starts a new server, unless it closed five times in three minutes (then it says so, and stops).
 */
function restartingErrorHandler(): ErrorHandler {
  const closes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      closes.push(now);
      while (closes.length && now - closes[0] > 3 * 60_000) closes.shift();
      if (closes.length >= 5) return { action: CloseAction.DoNotRestart, message: 'The Sourced server stopped five times in three minutes, so it was not started again. Its output (View → Output → Sourced) says why; reload the window to try again.' };
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
