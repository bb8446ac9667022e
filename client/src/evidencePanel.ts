/**
 * The evidence panel ("Sourced: Evidence"): for the sentence under the cursor, its verdict in plain
 * words, what decided it, and the best passages, each with "Cite" where the "Cite" quick fix would
 * offer it. It follows the cursor: a request 250 ms after the cursor settles, the one before it
 * cancelled and its answer dropped. The page itself is evidenceView.ts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EvidencePassage, SentenceEvidence } from '../../server/src/core';
import { EvidenceRequest, type EvidenceParams, type EvidenceResult } from '../../server/src/lsp/protocol';
import { evidencePage } from './evidenceView';

/** How long the cursor rests before the panel asks about its sentence. */
const DEBOUNCE_MS = 250;

/** The second opinion shown under the evidence (see secondOpinion.ts): the model's, labelled as such. */
export interface OpinionView {
  /** The sentence it is about: shown only while the panel shows that sentence. */
  readonly sentence: string;
  readonly status: 'asking' | 'done' | 'error' | 'cancelled';
  readonly label: string;
  readonly text?: string;
  readonly error?: string;
  readonly note: string;
}

/** What the panel shows now, and what its page last said it rendered (for the commands and tests). */
interface Shown {
  readonly seq: number;
  readonly uri?: string;
  readonly version?: number;
  readonly evidence?: SentenceEvidence;
  readonly message?: string;
}

class EvidencePanel implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  private seq = 0;
  private shown: Shown = { seq: 0 };
  private rendered: { seq: number; text: string } = { seq: -1, text: '' };
  private opinion: OpinionView | undefined;
  /** Called when the writer stops a second opinion from the panel. */
  onCancelOpinion: (() => void) | undefined;

  constructor(private readonly client: LanguageClient) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [] };
    view.webview.html = evidencePage(view.webview.cspSource);
    view.webview.onDidReceiveMessage((m) => this.received(m));
    view.onDidChangeVisibility(() => view.visible && this.refresh(0));
    view.onDidDispose(() => (this.view = undefined));
  }

  /** Asks again about the active editor's sentence after `delay` ms; a request in flight is cancelled. */
  refresh(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.pending?.cancel();
    if (!this.view?.visible) return;
    this.timer = setTimeout(() => void this.ask(), delay);
  }

  private async ask(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const seq = ++this.seq;
    if (!editor || editor.document.languageId !== 'markdown') return this.show({ seq, message: 'Put the cursor in a sentence of a Markdown draft.' });
    const { document } = editor;
    const position = editor.selection.active;
    const source = (this.pending = new vscode.CancellationTokenSource());
    let result: EvidenceResult | null;
    try {
      const params: EvidenceParams = { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } };
      result = await this.client.sendRequest(EvidenceRequest.method, params, source.token);
    } catch {
      result = null; // cancelled, or the server is restarting: a newer request follows
    } finally {
      source.dispose();
    }
    // A newer request was sent meanwhile: this answer is stale.
    if (seq !== this.seq || source.token.isCancellationRequested) return;
    if (!result) return this.show({ seq, message: 'Sourced has nothing to say about this document.' });
    if (result.indexing) return this.show({ seq, message: 'Sourced is still reading your sources…' });
    if (!result.evidence) return this.show({ seq, uri: document.uri.toString(), version: document.version, message: 'Put the cursor in a sentence to see its evidence.' });
    this.show({ seq, uri: document.uri.toString(), version: document.version, evidence: result.evidence });
  }

  private show(shown: Shown): void {
    this.shown = shown;
    this.post();
  }

  private post(): void {
    const s = this.shown;
    const opinion = this.opinion && s.evidence && this.opinion.sentence === s.evidence.text ? this.opinion : undefined;
    void this.view?.webview.postMessage({ seq: s.seq, evidence: s.evidence, message: s.message, opinion });
  }

  private received(m: { type?: string; index?: number; seq?: number; text?: string }): void {
    if (m?.type === 'ready') {
      // A new page (the view was moved or shown again) has rendered nothing yet.
      this.rendered = { seq: -1, text: '' };
      this.refresh(0);
    }
    else if (m?.type === 'rendered' && typeof m.seq === 'number') this.rendered = { seq: m.seq, text: String(m.text ?? '') };
    else if (m?.type === 'cite' && typeof m.index === 'number' && m.seq === this.shown.seq) void cite(this, m.index);
    else if (m?.type === 'open' && typeof m.index === 'number' && m.seq === this.shown.seq) void openPassage(this.shown.evidence?.passages[m.index]);
    else if (m?.type === 'cancelOpinion') this.onCancelOpinion?.();
  }

  /** The evidence shown now, with the document version it was computed for. */
  current(): Shown {
    return this.shown;
  }

  /** What the page says it shows, once it has rendered the latest answer. */
  renderedText(): string | undefined {
    return this.rendered.seq === this.shown.seq ? this.rendered.text : undefined;
  }

  /** Shows this evidence now (the sentence a second opinion is asked about), as if the cursor were in it. */
  showEvidence(uri: string, version: number, evidence: SentenceEvidence): void {
    clearTimeout(this.timer);
    this.pending?.cancel();
    this.show({ seq: ++this.seq, uri, version, evidence });
  }

  setOpinion(opinion: OpinionView | undefined): void {
    this.opinion = opinion;
    this.post();
  }

  async reveal(): Promise<void> {
    await vscode.commands.executeCommand('sourced.evidence.focus');
  }
}

/**
 * Cites the panel's passage `index` with its own edit (the "Cite" quick fix's), as one undoable edit,
 * if the draft has not changed since the panel was filled; otherwise the panel asks again first.
 */
async function cite(panel: EvidencePanel, index: number): Promise<boolean> {
  const { uri, version, evidence } = panel.current();
  const cite = evidence?.passages[index]?.cite;
  if (!uri || !cite) return false;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.version !== version) {
    panel.refresh(0);
    void vscode.window.showInformationMessage('The draft changed: Sourced is looking at the sentence again. Click Cite once more.');
    return false;
  }
  const { range, newText } = cite.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  const done = await vscode.workspace.applyEdit(edit);
  panel.refresh(0);
  return done;
}

/** Opens the source at the passage (read as it is; nothing is written). */
async function openPassage(p: EvidencePassage | undefined): Promise<void> {
  if (!p) return;
  const r = p.range;
  // The source's text (sourced-source:) with the passage selected; a file, at the paragraph's start.
  const text = vscode.Uri.parse(p.uri).scheme === 'sourced-source';
  const selection = new vscode.Range(r.start.line, r.start.character, text ? r.end.line : r.start.line, text ? r.end.character : r.start.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(p.uri), { preview: true, selection, viewColumn: vscode.ViewColumn.Beside });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

let panel: EvidencePanel | undefined;

/** The panel, for the second opinion to show its answer in (undefined before registration). */
export function evidencePanel(): EvidencePanel | undefined {
  return panel;
}

export function registerEvidencePanel(context: vscode.ExtensionContext, client: LanguageClient): void {
  const p = (panel = new EvidencePanel(client));
  const isMarkdown = (d: vscode.TextDocument) => d.languageId === 'markdown';
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider('sourced.evidence', p, { webviewOptions: { retainContextWhenHidden: false } }),
    vscode.window.onDidChangeTextEditorSelection((e) => isMarkdown(e.textEditor.document) && p.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => p.refresh()),
    // A re-check (an edit, a source changed) may change the verdict: ask again once it is published.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) p.refresh();
    }),
    vscode.commands.registerCommand('sourced.showEvidence', () => p.reveal()),
    // The panel's buttons, as commands too (keyboard users, and the end-to-end tests).
    vscode.commands.registerCommand('sourced.evidence.cite', (index: number) => cite(p, index)),
    vscode.commands.registerCommand('sourced.evidence.shown', () => ({ ...p.current(), rendered: p.renderedText() })),
  );
}
