/**
 * The reader view: a source's text as Sourced reads it (a PDF's text layer, a Word document's
 * paragraphs, a web page's article), read-only, each paragraph numbered as citations number it and a
 * PDF's pages marked. The server serves it under `sourced-source:` URIs (sourced/sourceText); go to
 * definition, the hover's "Open … at para. N" link and a finding's related passages open it with the
 * passage selected. "Sourced: Open the Original" opens the file itself.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { onNotification, request, SOURCE_TEXT_CAPABILITY, SourcesChangedNotification, SourceTextRequest } from '../../server/src/lsp/protocol';

/** The URI scheme of a source's text (server/src/core/features/sourceText.ts). */
export const SOURCE_TEXT_SCHEME = 'sourced-source';
/** The language of the reader view (package.json: its grammar, and word wrap on). */
const LANGUAGE = 'sourced-source';
/** The one command a hover's Markdown may run: it opens a source's text, nothing else. */
const OPEN_TEXT = 'sourced.openSourceText';

/**
 * Go to definition puts the cursor at the start of the location it opens (and highlights the range for
 * a moment); a writer should see the whole passage selected. The passage a definition named, for a
 * few seconds, until its editor shows it.
 */
let defined: { readonly uri: string; readonly range: vscode.Range; readonly until: number } | undefined;

const sourcesChanged = new vscode.EventEmitter<void>();
/** Fires when the server says the sources changed (read, re-read, removed). */
export const onDidChangeSources = sourcesChanged.event;

/** Call before the client starts: the capability goes into its initialize request. */
export function registerReader(context: vscode.ExtensionContext, client: LanguageClient): void {
  client.registerFeature({
    fillClientCapabilities(capabilities) {
      capabilities.experimental = { ...(capabilities.experimental as object | undefined), [SOURCE_TEXT_CAPABILITY]: true };
    },
    initialize() {},
    getState: () => ({ kind: 'static' }),
    clear() {},
  });

  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const shown = await request(client, SourceTextRequest, { uri: uri.toString() }).catch(() => null);
      return shown?.text ?? notShown(uri);
    },
  };
  context.subscriptions.push(
    changed,
    sourcesChanged,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_TEXT_SCHEME, provider),
    onNotification(client, SourcesChangedNotification, () => {
      sourcesChanged.fire();
      for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === SOURCE_TEXT_SCHEME) changed.fire(d.uri);
    }),
    // The path is the file's, so the editor would pick the file's language (HTML, Markdown): the text is neither.
    vscode.workspace.onDidOpenTextDocument(readerLanguage),
    vscode.commands.registerCommand(OPEN_TEXT, openSourceText),
    vscode.window.onDidChangeTextEditorSelection((e) => selectDefined(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor((e) => e && selectDefined(e)),
    vscode.commands.registerCommand('sourced.openOriginal', openOriginal),
  );
  for (const d of vscode.workspace.textDocuments) readerLanguage(d);
}

/** Client middleware for definitions: remembers a passage in a source's text, for selectDefined. */
export async function rememberDefinedPassage(
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
  next: (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => vscode.ProviderResult<vscode.Definition | vscode.LocationLink[]>,
): Promise<vscode.Definition | vscode.LocationLink[] | null | undefined> {
  const result = await next(document, position, token);
  const first = Array.isArray(result) ? result[0] : result;
  const where = first && ('targetUri' in first ? { uri: first.targetUri, range: first.targetSelectionRange ?? first.targetRange } : first);
  if (where?.uri.scheme === SOURCE_TEXT_SCHEME && !where.range.isEmpty) defined = { uri: where.uri.toString(), range: where.range, until: Date.now() + 10_000 };
  return result;
}

/** The editor go to definition opened, its cursor where the passage starts: the passage selected. */
function selectDefined(editor: vscode.TextEditor): void {
  const d = defined;
  if (d && Date.now() > d.until) defined = undefined;
  if (!d || defined !== d || editor.document.uri.toString() !== d.uri) return;
  const s = editor.selection;
  if (!s.isEmpty || !s.start.isEqual(d.range.start)) return;
  defined = undefined;
  editor.selection = new vscode.Selection(d.range.start, d.range.end);
}

function readerLanguage(doc: vscode.TextDocument): void {
  if (doc.uri.scheme === SOURCE_TEXT_SCHEME && doc.languageId !== LANGUAGE) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE).then(undefined, () => undefined);
}

function notShown(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return `${name}\n\nSourced has no text for this file yet: it may still be reading the sources, or the file is no longer one of them (see the Sources view). This page updates when it is read.\n`;
}

/** "L12,9-L12,140" (as VS Code's link opener reads a fragment) → a selection; 1-based in, 0-based out. */
export function selectionOf(fragment: string): vscode.Range | undefined {
  const m = /^L?(\d+)(?:,(\d+))?(?:-L?(\d+)(?:,(\d+))?)?$/.exec(fragment);
  if (!m) return undefined;
  const start = new vscode.Position(Number(m[1]) - 1, m[2] ? Number(m[2]) - 1 : 0);
  const end = m[3] ? new vscode.Position(Number(m[3]) - 1, m[4] ? Number(m[4]) - 1 : 0) : start;
  return new vscode.Range(start, end);
}

/** Opens a source's text (a `sourced-source:` URI, a fragment selecting the passage); any other URI is refused. */
async function openSourceText(target: string | vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  if (uri?.scheme !== SOURCE_TEXT_SCHEME) return undefined;
  const selection = selectionOf(uri.fragment);
  const doc = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
  const editor = await vscode.window.showTextDocument(doc, { preview: true, selection });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The file a source's text comes from (or the URI itself, when it is a file). */
export function fileOf(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === SOURCE_TEXT_SCHEME ? uri.with({ scheme: 'file', fragment: '', query: '' }) : uri;
}

/** Formats the editor shows as text; the others (PDF, Word, web pages) open in the app made for them. */
const TEXT_FILE = /\.(?:txt|text|md|markdown)$/i;

/**
 * Opens the file itself: a text file in the editor; a PDF, Word file or saved web page in the app the
 * system opens it with (a PDF viewer, a word processor, a browser), or, where the editor runs on
 * another machine than the writer (a remote window, the browser), in the editor. Says which.
 */
async function openOriginal(target?: vscode.Uri | string | { readonly source?: { readonly uri: string } }): Promise<'editor' | 'external' | undefined> {
  // From the editor's title bar: the document's URI; from the sources view: its item; from a test: a string.
  const given = typeof target === 'string' ? vscode.Uri.parse(target, true) : target instanceof vscode.Uri ? target : target?.source ? vscode.Uri.parse(target.source.uri, true) : undefined;
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const file = fileOf(uri);
  const local = !vscode.env.remoteName && vscode.env.uiKind === vscode.UIKind.Desktop;
  if (!TEXT_FILE.test(file.path) && local && (await vscode.env.openExternal(file))) return 'external';
  await vscode.commands.executeCommand('vscode.open', file);
  return 'editor';
}

/**
 * Hover Markdown as the editor renders it: untrusted (no command links, no HTML), except that the
 * server's links to a source's text run the one command that opens it. The editor drops links of
 * schemes it does not know from untrusted Markdown; a source's own text can make no link at all (the
 * server escapes it), so only the server's "Open … at para. N" links become commands.
 */
export function withSourceTextLinks(value: string): vscode.MarkdownString {
  const linked = value.replace(/\]\((sourced-source:[^)\s]+)\)/g, (_, target: string) => `](command:${OPEN_TEXT}?${encodeURIComponent(JSON.stringify([target]))})`);
  const md = new vscode.MarkdownString(linked, false);
  md.isTrusted = linked === value ? false : { enabledCommands: [OPEN_TEXT] };
  md.supportHtml = false;
  return md;
}
