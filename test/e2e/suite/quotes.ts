/**
 * Verbatim quotes in the editor: a draft that misquotes a source shows `quote.not-verbatim` on the
 * quotation, naming the source and its wording; "Use the source's wording" makes the quotation the
 * source's own words, and the finding goes.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, screenshot, sourcedDiagnostics, until, type SuiteContext } from './helpers';

/** Kim Yo Jong's statement as the draft gives it: one word ("chosen") is not hers. */
const MISQUOTE = 'no matter what policy is chosen and whatever proposal is made in Seoul, we have no interest in it';
const HER_WORDS = 'no matter what policy is adopted and whatever proposal is made in Seoul, we have no interest in it';
const QUOTES_DRAFT = `# Talks\n\nKim Yo Jong said that “${MISQUOTE}” [@inter-korean-impasse, para. 6].\n`;

export async function quoteTests({ test, folder }: SuiteContext): Promise<void> {
  await test('a misquotation shows quote.not-verbatim; "Use the source\'s wording" makes it verbatim and the finding goes', async () => {
    const uri = vscode.Uri.joinPath(folder.uri, 'quotes.md');
    await fs.writeFile(uri.fsPath, QUOTES_DRAFT);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    try {
      const d = await until('quote.not-verbatim on the quotation', () => sourcedDiagnostics(uri).find((x) => codeOf(x) === 'quote.not-verbatim'), 30000);
      console.log(`  ${d.message}`);
      assert.equal(doc.getText(d.range), MISQUOTE, 'the finding covers the quotation');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /@inter-korean-impasse, para\. 6/, 'it names the source checked');
      assert.match(d.message, /“chosen” where the source has “adopted”/, 'and the words that differ');
      assert.ok(d.relatedInformation?.some((r) => r.location.uri.fsPath.endsWith('inter-korean-impasse.txt')), 'the passage is related information');
      // The writer's view: the finding's hover over the changed word.
      await vscode.commands.executeCommand('workbench.action.closePanel').then(undefined, () => undefined);
      await vscode.window.showTextDocument(doc);
      const word = doc.positionAt(doc.getText().indexOf('chosen') + 2);
      editor.selection = new vscode.Selection(word, word);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('quote-not-verbatim');
      const actions = await until('the quick fix', async () => {
        const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
        return a.some((x) => x.title.startsWith("Use the source's wording")) && a;
      });
      const fix = actions.find((a) => a.title.startsWith("Use the source's wording"))!;
      console.log(`  quick fix: ${fix.title}`);
      assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)), 'edit applied');
      assert.equal(doc.getText(), QUOTES_DRAFT.replace(MISQUOTE, HER_WORDS), 'the quotation is now her words');
      await until('quote.not-verbatim to go away', () => !sourcedDiagnostics(uri).some((x) => codeOf(x) === 'quote.not-verbatim'));
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await fs.rm(uri.fsPath, { force: true });
    }
  });
}
