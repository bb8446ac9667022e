/**
 * Coverage in the status bar: for the active Markdown draft, "21 of 25 claims supported · 4 to check",
 * as the server sends it after each check of the draft (sourced/coverage). Hidden for any other
 * editor, and while the checks are turned off. A click opens the Problems view, where the findings are.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageNotification, onNotification, type DraftCoverage } from '../../server/src/lsp/protocol';

export function registerCoverage(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('sourced.coverage', vscode.StatusBarAlignment.Left, 49);
  item.name = 'Sourced: coverage';
  item.command = 'sourced.showFindings';
  const byUri = new Map<string, DraftCoverage>();
  /** What the item shows, when it shows. */
  let shown: { text: string; tooltip: string } | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    // With the checks turned off there is nothing to count (the last count would be stale).
    const checking = vscode.workspace.getConfiguration('sourced', doc?.uri).get<boolean>('diagnostics.enabled', true) !== false;
    const c = doc && checking && doc.languageId === 'markdown' ? byUri.get(doc.uri.toString()) : undefined;
    if (!c) {
      shown = undefined;
      return item.hide();
    }
    const toCheck = c.coverage.claims - c.coverage.supported;
    item.text = `${toCheck ? '$(warning)' : '$(pass)'} ${c.text}`;
    item.tooltip = `${c.full}.\nClick to see the findings in Problems.`;
    item.accessibilityInformation = { label: `Sourced: ${c.text}` };
    shown = { text: item.text, tooltip: item.tooltip };
    item.show();
  };
  context.subscriptions.push(
    item,
    onNotification(client, CoverageNotification, (c) => {
      byUri.set(c.uri, c);
      update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('sourced.diagnostics') && update()),
    vscode.workspace.onDidCloseTextDocument((d) => {
      byUri.delete(d.uri.toString());
      update();
    }),
    vscode.commands.registerCommand('sourced.showFindings', showFindings),
    vscode.commands.registerCommand('sourced.coverage.shown', () => shown),
  );
}

/**
 * Opens the Problems view with its filter box focused. VS Code 1.139 has no command that sets the
 * filter's text (only focusing and clearing it), so the writer types "Sourced" there to see only ours.
 */
async function showFindings(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('problems.action.focusFilter').then(undefined, () => undefined);
}
