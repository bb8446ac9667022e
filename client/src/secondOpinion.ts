/**
 * A second opinion, only when asked: where VS Code has a language model, a code action on a flagged
 * or cited sentence ("Ask <model> whether the sources support this") sends that sentence and its top
 * passages — nothing else, and only after the click — and shows the answer in the evidence panel,
 * labelled as the model's opinion. It changes no verdict and no finding. Off with
 * `sourced.languageModel.enabled: false`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SentenceEvidence } from '../../server/src/core';
import { EvidenceRequest, type EvidenceParams, type EvidenceResult } from '../../server/src/lsp/protocol';
import { evidencePanel } from './evidencePanel';

/** Passages sent with the sentence at most. */
const PASSAGES_SENT = 3;

/** A Pandoc citation on the line: the sentence cites something. */
const CITATION = /(^|[\s\[;])-?@[\p{L}\p{N}_]/u;

/** What is sent: the sentence and its top passages, as plain text, with the question. Exported for tests. */
export function opinionPrompt(e: SentenceEvidence): string {
  const passages = e.passages.slice(0, PASSAGES_SENT).map((p, i) => `Passage ${i + 1} (@${p.key}, ${p.where}):\n"${p.quote.map((q) => q.text).join('')}"`);
  return [
    'You are helping a writer check a claim against their sources. Judge only from the passages below, not from what you know otherwise.',
    'Do the passages support the sentence? Answer "Supported", "Not supported" or "Contradicted" on the first line, then say why in two or three plain sentences, naming the passage.',
    '',
    `Sentence: "${e.text}"`,
    '',
    ...passages,
  ].join('\n');
}

/** An error from the model in plain words. */
function plainError(e: unknown, model: string): string {
  const code = e instanceof vscode.LanguageModelError ? e.code : '';
  if (code === vscode.LanguageModelError.NoPermissions().code) return `Sourced may not use ${model}: permission was not given. Ask again and allow it to answer.`;
  if (code === vscode.LanguageModelError.Blocked().code) return `${model} is not answering for now (too many requests, or your quota is used up). Try again later.`;
  if (code === vscode.LanguageModelError.NotFound().code) return `${model} is no longer available.`;
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  return `${model} could not answer: you may be offline, or it failed${detail}.`;
}

class SecondOpinion implements vscode.CodeActionProvider {
  private asking: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly model: () => vscode.LanguageModelChat | undefined,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const model = this.model();
    if (!model) return [];
    const flagged = context.diagnostics.some((d) => d.source === 'Sourced' && String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('claim.'));
    const cited = CITATION.test(document.lineAt(range.start.line).text);
    if (!flagged && !cited) return [];
    const action = new vscode.CodeAction(`Ask ${model.name} whether the sources support this`, vscode.CodeActionKind.QuickFix.append('sourced.secondOpinion'));
    action.command = { title: action.title, command: 'sourced.askSecondOpinion', arguments: [document.uri.toString(), { line: range.start.line, character: range.start.character }] };
    return [action];
  }

  /** Sends the sentence at the position and its top passages to the model, and shows the answer. */
  async ask(uri: string, position: { line: number; character: number }): Promise<void> {
    const model = this.model();
    const panel = evidencePanel();
    if (!model || !panel) return;
    this.asking?.cancel();
    const source = (this.asking = new vscode.CancellationTokenSource());
    const params: EvidenceParams = { textDocument: { uri }, position };
    const result: EvidenceResult | null = await this.client.sendRequest(EvidenceRequest.method, params).then((r) => r as EvidenceResult | null, () => null);
    const e = result?.evidence;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!e || !doc) return void vscode.window.showInformationMessage('Put the cursor in a sentence to ask about it.');
    // The panel shows the sentence asked about, and the cursor goes to it, so the answer stays in view.
    const editor = vscode.window.visibleTextEditors.find((x) => x.document === doc);
    if (editor) editor.selection = new vscode.Selection(position.line, position.character, position.line, position.character);
    panel.showEvidence(uri, doc.version, e);
    const label = `${model.name}’s opinion (a language model, not Sourced’s verdict)`;
    const note = `Sent to ${model.name}: this sentence and ${Math.min(PASSAGES_SENT, e.passages.length)} passage${e.passages.length === 1 ? '' : 's'}, nothing else. Sourced’s verdict and warnings do not change.`;
    let text = '';
    const show = (status: 'asking' | 'done' | 'error' | 'cancelled', error?: string) => panel.setOpinion({ sentence: e.text, status, label, text, error, note });
    panel.onCancelOpinion = () => source.cancel();
    show('asking');
    await panel.reveal();
    try {
      const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(opinionPrompt(e))], { justification: 'Sourced sends the sentence you asked about and its top passages, to give you a second opinion.' }, source.token);
      for await (const chunk of response.text) {
        if (source.token.isCancellationRequested) break;
        text += chunk;
        show('asking');
      }
      show(source.token.isCancellationRequested ? 'cancelled' : 'done', source.token.isCancellationRequested ? 'Stopped.' : undefined);
    } catch (err) {
      if (source.token.isCancellationRequested) show('cancelled', 'Stopped.');
      else show('error', plainError(err, model.name));
    } finally {
      if (this.asking === source) this.asking = undefined;
      source.dispose();
    }
  }
}

export function registerSecondOpinion(context: vscode.ExtensionContext, client: LanguageClient): void {
  let model: vscode.LanguageModelChat | undefined;
  let registration: vscode.Disposable | undefined;
  const opinion = new SecondOpinion(client, () => model);
  const enabled = () => vscode.workspace.getConfiguration('sourced').get<boolean>('languageModel.enabled', true) !== false;
  // Registered only while the setting is on and a model exists; looked at again when either changes.
  const refresh = async () => {
    const models = enabled() && vscode.lm ? await vscode.lm.selectChatModels().then(undefined, () => []) : [];
    model = models[0];
    if (model && !registration) registration = vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, opinion, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix.append('sourced.secondOpinion')] });
    if (!model && registration) {
      registration.dispose();
      registration = undefined;
    }
  };
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.commands.registerCommand('sourced.askSecondOpinion', (uri: string, position: { line: number; character: number }) => opinion.ask(uri, position)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('sourced.languageModel') && void refresh()),
  );
  if (vscode.lm?.onDidChangeChatModels) context.subscriptions.push(vscode.lm.onDidChangeChatModels(() => void refresh()));
  void refresh();
}
