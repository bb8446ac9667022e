/**
 * "Sourced: Export fact-check report": the server lays out the report of the draft in the editor
 * (sourced/report); this saves it where the writer says, `<draft>.report.html` next to the draft by
 * default, and offers to open it. Tests pass the target (and the draft) to skip the dialog.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, request } from '../../server/src/lsp/protocol';

export function registerReport(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourced.exportReport', async (target?: vscode.Uri, draftUri?: vscode.Uri) => {
      const draft = draftUri ?? activeDraft();
      if (!draft) {
        void vscode.window.showInformationMessage('Open a Markdown draft first: Sourced exports the fact-check report of the draft in the editor.');
        return undefined;
      }
      const to = target ?? (await vscode.window.showSaveDialog({
        title: 'Export fact-check report',
        saveLabel: 'Export',
        defaultUri: draft.with({ path: draft.path.replace(/\.(md|markdown)$/i, '') + '.report.html' }),
        filters: { 'Web page': ['html'], Markdown: ['md'] },
      }));
      if (!to) return undefined;
      if (to.toString() === draft.toString()) {
        void vscode.window.showWarningMessage('Sourced will not write the report over the draft itself: choose another file.');
        return undefined;
      }
      const format = /\.(md|markdown)$/i.test(to.path) ? 'md' : 'html';
      const answer = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Sourced: checking the draft for the report…' },
        () => request(client, ReportRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(draft) }, format }),
      );
      if (!answer.content) {
        void vscode.window.showWarningMessage(`Sourced made no report: ${answer.error ?? 'the draft could not be checked.'}`);
        return undefined;
      }
      await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(answer.content));
      // Not awaited: the writer may leave the message alone, and the command is done.
      void vscode.window.showInformationMessage(`Fact-check report saved as ${path.basename(to.path)}${answer.summary ? `: ${answer.summary}` : ''}.`, 'Open').then((choice) => {
        if (choice === 'Open') void (format === 'html' ? vscode.env.openExternal(to) : vscode.window.showTextDocument(to));
      });
      return to;
    }),
  );
}

/** The Markdown draft in the editor, if there is one. */
function activeDraft(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri.path)) ? doc.uri : undefined;
}
