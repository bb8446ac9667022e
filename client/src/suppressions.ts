/**
 * Ignoring a finding from the editor. The server's "Ignore this finding" quick fix runs
 * `sourced.ignoreFinding` here: it asks the writer why (the reason is kept with the finding), asks the
 * server for the edit of `.sourced/ignore.json`, and applies it as one edit and saves the file, so the
 * drafts are checked again at once. "Ignore this finding here" runs `sourced.ignoreFindingHere`: the same
 * question, then a `sourced-ignore` comment with the reason before the sentence (an edit of the draft,
 * not saved). "Remove the stale entry" runs `sourced.editIgnoreFile` with its edit.
 * The client tells the server it has these commands (experimental.sourcedCommands); a client without
 * them gets plain edits with a default reason.
 */
import * as vscode from 'vscode';
import type { LanguageClient, StaticFeature } from 'vscode-languageclient/node';
import { ClientCommands, IgnoreEditRequest, request, type IgnoreEditParams } from '../../server/src/lsp/protocol';

export function registerSuppressions(context: vscode.ExtensionContext, client: LanguageClient): void {
  const commands: StaticFeature = {
    fillClientCapabilities(capabilities) {
      capabilities.experimental = { ...(capabilities.experimental as object | undefined), sourcedCommands: Object.values(ClientCommands) };
    },
    initialize() {},
    getState: () => ({ kind: 'static' }),
    clear() {},
  };
  client.registerFeature(commands);

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.ignoreFinding, async (finding: Omit<IgnoreEditParams, 'reason'>) => {
      const reason = await askWhy('Ignore this finding', 'is kept with the finding in .sourced/ignore.json');
      if (reason === undefined) return false; // the writer changed their mind
      const answer = await request(client, IgnoreEditRequest, { ...finding, reason });
      if (!answer.edit) {
        void vscode.window.showWarningMessage(`Sourced cannot ignore this finding: ${answer.error ?? 'no edit was made.'}`);
        return false;
      }
      return applyAndSave(client, answer.edit);
    }),
    vscode.commands.registerCommand(ClientCommands.editIgnoreFile, (edit: unknown) => applyAndSave(client, edit)),
    vscode.commands.registerCommand(ClientCommands.ignoreFindingHere, async (finding: Omit<IgnoreEditParams, 'reason' | 'here'>) => {
      const reason = await askWhy('Ignore this finding here', 'goes in the comment before the sentence');
      if (reason === undefined) return false; // the writer changed their mind
      const answer = await request(client, IgnoreEditRequest, { ...finding, reason, here: true });
      const edit = answer.edit ? await client.protocol2CodeConverter.asWorkspaceEdit(answer.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]) : undefined;
      // The draft is the writer's: the comment goes in as an edit they can undo, and nothing is saved.
      if (!edit || !(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showWarningMessage(`Sourced cannot ignore this finding here: ${answer.error ?? 'no edit was made.'}`);
        return false;
      }
      return true;
    }),
  );
}

/** Asks the writer why they ignore a finding; undefined when they change their mind. */
function askWhy(title: string, whereItGoes: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt: `Why do you ignore it? Your reason ${whereItGoes} for whoever checks the story next (it may be empty).`,
    placeHolder: 'e.g. confirmed by phone with the ministry on 3 December',
    ignoreFocusOut: true,
  });
}

/** Applies a server's edit of the ignore file as one edit, and saves the file so the server sees it. */
async function applyAndSave(client: LanguageClient, edit: unknown): Promise<boolean> {
  const workspaceEdit = await client.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  if (!workspaceEdit || !(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showWarningMessage('Sourced could not change .sourced/ignore.json.');
    return false;
  }
  for (const [uri] of workspaceEdit.entries()) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) await doc.save();
  }
  return true;
}
