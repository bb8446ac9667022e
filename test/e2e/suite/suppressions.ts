/**
 * The writer's desk, in a real VS Code: "Ignore this finding" on the example draft's unsupported
 * $40 million claim (the reason typed into the box the extension shows) writes .sourced/ignore.json
 * and the finding goes; the bundled CLI ignores it too and --no-ignore shows it; the fact-check report
 * exported by the command lists it apart; editing the sentence makes the entry stale and "Remove the
 * stale entry" takes it out; the CLI's SARIF log parses as SARIF 2.1.0. The workspace is left as it was.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, DRAFT, EXTENSION_ID, screenshot, sourcedDiagnostics, ui, until, type SuiteContext } from './helpers';

const CLAIM_START = 'Seoul has paid Pyongyang $40 million';
/** What the runner types into the input box (test/e2e/run.mjs uiActions 'answer-ignore-reason'). */
const REASON = 'Unification ministry figure, confirmed by phone on 3 December';

export async function suppressionTests(ctx: SuiteContext): Promise<void> {
  const { test, root, draftUri } = ctx;
  const ignoreFile = path.join(root, '.sourced', 'ignore.json');
  const reportFile = path.join(root, 'draft.report.html');
  const original = await fs.readFile(draftUri.fsPath, 'utf8');
  const cli = (...args: string[]) => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The extension host's own runtime runs the bundled CLI (Electron's needs ELECTRON_RUN_AS_NODE).
    const r = spawnSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.ok(r.status === 0 || r.status === 1, `sourced ${args.join(' ')} ran: ${r.error?.message ?? r.stderr}`);
    return r.stdout;
  };
  const claimLine = () => original.split('\n').findIndex((l) => l.startsWith(CLAIM_START));
  const unsupported = () => sourcedDiagnostics(draftUri).find((d) => codeOf(d) === 'claim.unsupported' && d.range.start.line === claimLine());
  const quickFixes = (range: vscode.Range) => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri, range, vscode.CodeActionKind.QuickFix.value);

  try {
    await test('"Ignore this finding" asks why, writes .sourced/ignore.json, and the finding goes', async () => {
      const doc = await vscode.workspace.openTextDocument(draftUri);
      const editor = await vscode.window.showTextDocument(doc);
      const finding = await until('the unsupported $40 million claim', unsupported, 30000);
      editor.selection = new vscode.Selection(finding.range.start, finding.range.start);
      editor.revealRange(finding.range, vscode.TextEditorRevealType.InCenter);
      // The menu the writer sees on the finding.
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot('ignore-finding-menu');
      await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
      const actions = await until('the quick fixes of the finding', async () => {
        const a = await quickFixes(finding.range);
        return a.some((x) => x.title === 'Ignore this finding') && a;
      });
      assert.ok(actions.some((a) => a.title === 'Ignore this finding here'), actions.map((a) => a.title).join(', '));
      const ignore = actions.find((a) => a.title === 'Ignore this finding')!;
      assert.equal(ignore.command?.command, 'sourced.ignoreFinding', 'VS Code asks the writer for a reason first');
      const done = vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
      await ui('answer-ignore-reason');
      assert.equal(await done, true, 'the finding was recorded');
      const saved = JSON.parse(await fs.readFile(ignoreFile, 'utf8'));
      assert.deepEqual(saved.ignore.map((e: { file: string; code: string; reason: string }) => [e.file, e.code, e.reason]), [[DRAFT, 'claim.unsupported', REASON]]);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.isDirty), 'nothing left unsaved');
      await until('the ignored finding to go', () => !unsupported() && sourcedDiagnostics(draftUri).length > 0);
      assert.ok(sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'claim.contradicted'), 'the other findings stay');
      await screenshot('ignore-finding');
    });

    await test('the bundled CLI ignores the same finding, says so, and --no-ignore shows it', async () => {
      const at = `${DRAFT}:${claimLine() + 1}:`;
      const ignored = cli('check', DRAFT, '--fail-on', 'none');
      assert.match(ignored, /^1 finding ignored \(--no-ignore shows it\)$/m);
      assert.ok(!ignored.split('\n').some((l) => l.startsWith(at) && l.includes('claim.unsupported')), ignored);
      const all = cli('check', DRAFT, '--fail-on', 'none', '--no-ignore');
      assert.ok(all.split('\n').some((l) => l.startsWith(at) && l.includes('claim.unsupported')), all);
    });

    await test('"Export fact-check report" writes the HTML report, with the coverage, today\'s date and the ignored finding', async () => {
      const target = vscode.Uri.file(reportFile);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('sourced.exportReport', target);
      assert.equal(written?.fsPath, reportFile);
      const html = await fs.readFile(reportFile, 'utf8');
      assert.match(html, /<title>Fact-check report: Balloons over the border<\/title>/);
      assert.match(html, /\d+ of \d+ claims supported/);
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      const now = new Date();
      assert.ok(html.includes(`checked ${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`), 'the date of the check is today');
      assert.ok(html.includes(REASON), 'the ignored finding is listed with its reason');
    });

    await test('editing the sentence makes the entry stale; "Remove the stale entry" takes it out of .sourced/ignore.json', async () => {
      const doc = await vscode.workspace.openTextDocument(draftUri);
      const editor = await vscode.window.showTextDocument(doc);
      const line = doc.lineAt(claimLine());
      const at = line.text.indexOf('2022');
      await editor.edit((e) => e.replace(new vscode.Range(line.lineNumber, at, line.lineNumber, at + 4), '2021'));
      const stale = await until('the stale note', () => sourcedDiagnostics(draftUri).find((d) => codeOf(d) === 'suppression.stale'));
      assert.match(stale.message, /no longer applies/);
      await until('the changed sentence checked again', unsupported);
      const remove = (await quickFixes(stale.range)).find((a) => a.title === 'Remove the stale entry');
      assert.ok(remove?.command, 'a fix that removes the entry');
      assert.equal(await vscode.commands.executeCommand(remove.command.command, ...(remove.command.arguments ?? [])), true);
      assert.deepEqual(JSON.parse(await fs.readFile(ignoreFile, 'utf8')).ignore, []);
      await until('the stale note to go', () => !sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'suppression.stale'));
      // Leave the draft as it was (its text is then that of the file again: saving changes nothing).
      const back = new vscode.WorkspaceEdit();
      back.replace(draftUri, new vscode.Range(line.lineNumber, at, line.lineNumber, at + 4), '2022');
      assert.ok(await vscode.workspace.applyEdit(back));
      assert.equal(doc.getText(), original);
      if (doc.isDirty) await doc.save();
    });

    await test('"Ignore this finding here" asks why and puts a comment with the reason before the sentence; the finding goes', async () => {
      const doc = await vscode.workspace.openTextDocument(draftUri);
      await vscode.window.showTextDocument(doc);
      const finding = await until('the unsupported claim, back', unsupported, 30000);
      const here = (await quickFixes(finding.range)).find((a) => a.title === 'Ignore this finding here');
      assert.equal(here?.command?.command, 'sourced.ignoreFindingHere', 'VS Code asks the writer for a reason first');
      const done = vscode.commands.executeCommand(here.command.command, ...(here.command.arguments ?? []));
      await ui('answer-ignore-reason');
      assert.equal(await done, true, 'the comment went in');
      const line = doc.lineAt(claimLine()).text;
      assert.ok(line.startsWith(`<!-- sourced-ignore claim.unsupported: ${REASON} --> ${CLAIM_START}`), line);
      assert.ok(doc.isDirty, 'an edit of the draft, not saved behind the writer');
      await until('the ignored finding to go', () => !unsupported() && sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'claim.contradicted'));
      // Leave the draft as it was.
      const back = new vscode.WorkspaceEdit();
      back.replace(draftUri, new vscode.Range(0, 0, doc.lineCount, 0), original);
      assert.ok(await vscode.workspace.applyEdit(back));
      assert.equal(doc.getText(), original);
      if (doc.isDirty) await doc.save();
    });

    await test('`sourced check --format sarif` from the bundled CLI is a SARIF 2.1.0 log', async () => {
      const log = JSON.parse(cli('check', DRAFT, '--format', 'sarif'));
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      assert.equal(log.runs[0].tool.driver.name, 'Sourced');
      const results = log.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
      assert.ok(results.some((r) => r.ruleId === 'claim.unsupported' && r.locations[0].physicalLocation.artifactLocation.uri === DRAFT && r.locations[0].physicalLocation.region.startLine === claimLine() + 1));
    });
  } finally {
    await fs.rm(path.dirname(ignoreFile), { recursive: true, force: true });
    await fs.rm(reportFile, { force: true });
    if (existsSync(ignoreFile)) throw new Error('could not restore the workspace');
    await until('the draft to show its findings as before', unsupported, 20000).catch(() => undefined);
  }
}
