/**
 * The end-to-end suite: runs inside a real VS Code extension host with the workspace folder being a
 * scratch copy of examples/balloons. `run()` follows @vscode/test-electron's contract (resolve = pass,
 * throw = fail), so the same bundle (dist/test/e2e/index.js) serves code-server (test/e2e/run.mjs)
 * and desktop VS Code (test/e2e/electron.mjs).
 *
 * Every wait polls a condition with a deadline; nothing sleeps a fixed time and hopes.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  DRAFT,
  SOURCES,
  EXPECTED_CODES,
  NEW_SENTENCE,
  SUPPORTING_KEY,
  until,
  codeOf,
  sourcedDiagnostics,
  labelOf,
  hoverText,
  PANDOC_CITATION,
  readTree,
  pandocCitations,
  acceptFirstSuggestion,
  screenshot,
  ui,
  type SuiteContext,
} from './helpers';
import { evidenceTests } from './evidence';
import { quoteTests } from './quotes';
import { readerTests } from './reader';
import { suppressionTests } from './suppressions';

/** The parts of the suite kept in files of their own; each adds its tests through `context.test`. */
const PARTS: ((context: SuiteContext) => Promise<void>)[] = [
  readerTests,
  suppressionTests,
  evidenceTests,
  quoteTests,
];

/** A draft for Fix All: two sentences the sources back word for word, one no source backs, one a source contradicts. */
const FIX_ALL_DRAFT = [
  'Park Sang-hak, the leader of the group, defected from North Korea in 1998.',
  'North Korean soldiers at the border responded by shooting at the balloons.',
  'Seoul has paid Pyongyang $40 million in compensation for balloon damage since 2022.',
  'South Korean police detained six Americans in June for trying to float more than 3,000 bottles of rice to the North by sea.',
].join('\n\n');

export async function run(): Promise<void> {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const test = async (name: string, body: () => Promise<void>) => {
    const t0 = Date.now();
    try {
      await body();
      passed++;
      console.log(`ok ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok ${name}\n  ${(e instanceof Error ? e.stack ?? e.message : String(e)).split('\n').join('\n  ')}`);
    }
  };

  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (a copy of examples/balloons)');
  const root = folder.uri.fsPath;
  const draftUri = vscode.Uri.joinPath(folder.uri, DRAFT);
  const sourcesBefore = await readTree(path.join(root, SOURCES));
  console.log(`sourced e2e: workspace ${root}; VS Code ${vscode.version}; extension host node ${process.version}`);

  let doc: vscode.TextDocument | undefined;
  let editor: vscode.TextEditor | undefined;
  let original = '';

  await test('opening draft.md shows the expected Sourced diagnostics', async () => {
    doc = await vscode.workspace.openTextDocument(draftUri);
    original = doc.getText();
    editor = await vscode.window.showTextDocument(doc);
    const ext = await until('the extension to be installed', () => vscode.extensions.getExtension(EXTENSION_ID));
    console.log(`  extension: ${ext.extensionPath}`);
    // Run against a packaged .vsix (test/e2e/run.mjs --vsix), the extension must be the installed copy.
    if (process.env.SOURCED_E2E_VSIX) assert.match(path.basename(ext.extensionPath), /^sourced\.sourced-\d/, 'the installed .vsix, not the development folder');
    await ext.activate();
    const diags = await until('every expected diagnostic code on draft.md', () => {
      const ds = sourcedDiagnostics(draftUri);
      return EXPECTED_CODES.every((c) => ds.some((d) => codeOf(d) === c)) && ds;
    }, 30000).catch((e: Error) => {
      const seen = new Set(sourcedDiagnostics(draftUri).map(codeOf));
      throw new Error(`${e.message}; missing: ${EXPECTED_CODES.filter((c) => !seen.has(c)).join(', ')}; seen: ${[...seen].join(', ') || 'none'}`);
    });
    const first = (ext.exports as { firstFeedback(): { fromActivationMs: number; fromOpenMs: number } | undefined }).firstFeedback();
    console.log(`  activation → first diagnostics: ${first?.fromActivationMs} ms (draft opened → first diagnostics: ${first?.fromOpenMs} ms)`);
    // Where that time went: how long the server has run, and its first indexing run.
    const askedAt = Date.now();
    const stats = (await (ext.exports as { stats(): Promise<Record<string, unknown> | undefined> }).stats()) as { uptimeMs?: number; lastIndex?: { ms?: number; worker?: boolean }; startup?: Record<string, number> } | undefined;
    if (stats?.startup) console.log(`  (the server's start-up, ms of its life: ${Object.entries(stats.startup).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    const client = (ext.exports as { startup?(): { marks: Record<string, number>; longestHostStallMs: number } }).startup?.();
    if (client) console.log(`  (the client's start-up, ms after activation: ${Object.entries(client.marks).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v}`).join(', ')}; the extension host's longest stall until then: ${client.longestHostStallMs} ms)`);
    if (stats?.uptimeMs !== undefined) console.log(`  (the server started ${askedAt - (ext.exports as { activatedAt?: number }).activatedAt! - stats.uptimeMs} ms after activation; its first indexing took ${stats.lastIndex?.ms} ms${stats.lastIndex?.worker ? ' in workers' : ' on its own thread'})`);
    for (const d of diags) console.log(`  ${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`);
    // Where they are: the uncited claim starts the "In October 2014" paragraph; the bad key is on the Kim Yo Jong line.
    const lineOf = (code: string) => diags.filter((d) => codeOf(d) === code).map((d) => doc!.lineAt(d.range.start.line).text);
    assert.ok(lineOf('claim.uncited').some((l) => l.startsWith('In October 2014')), 'claim.uncited on the October 2014 sentence');
    assert.ok(lineOf('citation.unknown-key').some((l) => l.includes('@defector-leaflets-usb')), 'citation.unknown-key on @defector-leaflets-usb');
    assert.ok(lineOf('citation.bad-locator').some((l) => l.includes('para. 40')), 'citation.bad-locator on para. 40');
    for (const d of diags) assert.ok(d.range.start.line < doc.lineCount, 'diagnostic inside the document');
  });

  if (process.env.SOURCED_E2E_FIRST_ONLY) {
    // bench/first-e2e.mjs: the first feedback alone, measured again and again.
    console.log(`${passed} passed, ${failed} failed`);
    if (failed) throw new Error('the first test failed');
    return;
  }

  await test('the editor reports what `sourced check` reports (same codes at the same line:column)', async () => {
    assert.ok(doc && !doc.isDirty, 'the draft as it is on disk');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The extension host's own runtime runs the bundled CLI (Electron's needs ELECTRON_RUN_AS_NODE).
    const r = spawnSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), 'check', DRAFT, '--fail-on', 'none'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.equal(r.status, 0, `sourced check ran: ${r.error?.message ?? r.stderr}`);
    const cli = [...r.stdout.matchAll(/^[^\n]*?:(\d+):(\d+): \w+ ([\w.-]+):/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`).sort();
    const editor = sourcedDiagnostics(draftUri)
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`)
      .sort();
    assert.ok(cli.length > 0, 'the CLI found something');
    assert.deepEqual(editor, cli);
  });

  await test('completion after "[@" ranks the supporting source first and offers its passages; accepting inserts a Pandoc citation', async () => {
    assert.ok(doc && editor, 'draft open');
    editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(draftUri, end, `\n\n${NEW_SENTENCE}`);
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    const line = doc.lineCount - 1;
    const at = new vscode.Position(line, doc.lineAt(line).text.length);
    assert.ok(doc.lineAt(line).text.endsWith('[@'));

    const t = Date.now();
    const list = await until('completion items', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draftUri, at, '@');
      return l.items.some((i) => labelOf(i).startsWith('@')) && l;
    });
    const ours = list.items.filter((i) => labelOf(i).startsWith('@')).sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    console.log(`  completion answered in ${Date.now() - t} ms; items: ${ours.slice(0, 6).map(labelOf).join(' | ')}`);
    const topKey = ours.find((i) => !labelOf(i).includes(','));
    assert.equal(topKey && labelOf(topKey), `@${SUPPORTING_KEY}`, 'top @key item is the supporting source');
    const passages = ours.filter((i) => new RegExp(`^@${SUPPORTING_KEY}, para\\. \\d+$`).test(labelOf(i)));
    assert.ok(passages.length > 0, `passage items "@${SUPPORTING_KEY}, para. N"`);

    // Accept through the real suggest widget, as a writer would (Enter / Tab on the first suggestion).
    editor.selection = new vscode.Selection(at, at);
    await acceptFirstSuggestion(doc);
    const inserted = doc.lineAt(line).text;
    console.log(`  after accepting: ${inserted}`);
    const m = PANDOC_CITATION.exec(inserted);
    assert.ok(m && inserted.endsWith(m[0]), `valid Pandoc citation at the end of: ${inserted}`);
    assert.ok(m[0].startsWith(`[@${SUPPORTING_KEY}`), `the accepted item cites @${SUPPORTING_KEY}: ${m[0]}`);
    assert.ok(!/\]\]$/.test(inserted), 'no doubled closing bracket');
    const read = pandocCitations(inserted);
    if (read) assert.deepEqual(read, [SUPPORTING_KEY], 'pandoc reads the accepted citation');
    else console.log('  (pandoc not installed: checked the syntax by pattern only)');

    // Inserting a passage item's own edit gives a located citation, also valid.
    const p = passages[0];
    const range = p.range instanceof vscode.Range ? p.range : p.range?.replacing;
    assert.ok(range && typeof p.insertText === 'string', 'passage item has a text edit');
    const probe = new vscode.WorkspaceEdit();
    const probeLine = `${NEW_SENTENCE}`;
    probe.insert(draftUri, doc.lineAt(line).range.end, `\n${probeLine}`);
    await vscode.workspace.applyEdit(probe);
    const l2 = doc.lineCount - 1;
    const e2 = new vscode.WorkspaceEdit();
    e2.replace(draftUri, new vscode.Range(l2, range.start.character, l2, range.end.character), p.insertText as string);
    await vscode.workspace.applyEdit(e2);
    const located = doc.lineAt(l2).text;
    assert.match(located, new RegExp(`\\[@${SUPPORTING_KEY}, para\\. \\d+\\]$`), 'passage item inserts [@key, para. N]');
    assert.ok(PANDOC_CITATION.test(located));
    const readLocated = pandocCitations(located);
    if (readLocated) assert.match(readLocated.join(' '), new RegExp(`^${SUPPORTING_KEY}\\|, para\\. \\d+$`), `pandoc reads the key and locator: ${readLocated}`);
    // Leave the draft as it was before this test.
    const undo = new vscode.WorkspaceEdit();
    undo.delete(draftUri, new vscode.Range(end, doc.lineAt(doc.lineCount - 1).range.end));
    await vscode.workspace.applyEdit(undo);
    assert.equal(doc.getText(), original, 'draft restored');
  });

  await test('typing part of a key in the suggest widget narrows to that source', async () => {
    assert.ok(doc && editor);
    editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(draftUri, end, '\n\nSeoul stopped the loudspeaker broadcasts [@inter');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const line = doc.lineCount - 1;
    const at = new vscode.Position(line, doc.lineAt(line).text.length);
    editor.selection = new vscode.Selection(at, at);
    await acceptFirstSuggestion(doc);
    const inserted = doc.lineAt(line).text;
    console.log(`  after accepting: ${inserted}`);
    try {
      assert.match(inserted, /\[@inter-korean-impasse(, para\. \d+)?\]$/);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(draftUri, new vscode.Range(end, doc.lineAt(doc.lineCount - 1).range.end));
      await vscode.workspace.applyEdit(undo);
    }
    assert.equal(doc.getText(), original, 'draft restored');
  });

  await test('hover on a citation shows the source title and the quoted passage', async () => {
    assert.ok(doc);
    const needle = `@${SUPPORTING_KEY}, para. 2`;
    const offset = doc.getText().indexOf(needle);
    assert.ok(offset >= 0, `draft cites ${needle}`);
    const pos = doc.positionAt(offset + 3);
    const text = await until('a hover', async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri, pos)));
    // The title the index gives the source, as completion documents it (**Title** first).
    const atKey = doc.positionAt(offset + 1);
    // Documentation comes on resolve, as when the editor shows an item: resolve the first items of the list.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draftUri, atKey, undefined, 50);
    const item = list.items.find((i) => labelOf(i) === `@${SUPPORTING_KEY}`);
    const docs = item?.documentation;
    const title = /^\*\*(.+?)\*\*/.exec(typeof docs === 'string' ? docs : docs?.value ?? '')?.[1];
    assert.ok(title, `completion documents the title of @${SUPPORTING_KEY}`);
    console.log(`  hover: ${text.slice(0, 160).replace(/\n/g, ' ⏎ ')}…`);
    assert.ok(text.startsWith(title), `hover starts with the source's title: ${title}`);
    assert.ok(text.includes('200,000 leaflets and 5,000 USB drives'), 'hover quotes para. 2');
  });

  await test('go to definition on a citation opens the cited paragraph in the source’s text', async () => {
    assert.ok(doc);
    const offset = doc.getText().indexOf(`@${SUPPORTING_KEY}, para. 4`);
    const pos = doc.positionAt(offset + 3);
    const defs = await until('a definition', async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', draftUri, pos);
      return r.length > 0 && r;
    });
    const first = defs[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetRange : first.range;
    assert.equal(uri.scheme, 'sourced-source');
    assert.equal(path.normalize(uri.with({ scheme: 'file' }).fsPath), path.join(root, SOURCES, `${SUPPORTING_KEY}.txt`));
    const target = await vscode.workspace.openTextDocument(uri);
    const lineText = target.lineAt(range.start.line).text;
    console.log(`  definition: ${path.basename(uri.path)}:${range.start.line + 1} ${lineText.slice(0, 70)}…`);
    assert.ok(lineText.startsWith('[para. 4] Park Sang-hak'), 'the location is para. 4');
    assert.ok(target.getText(range).startsWith('Park Sang-hak'), 'the paragraph selected');
  });

  await test('the "Cite @…" quick fix on claim.uncited adds the citation and the diagnostic goes away', async () => {
    assert.ok(doc);
    editor = await vscode.window.showTextDocument(doc);
    const uncited = await until('claim.uncited', () => sourcedDiagnostics(draftUri).find((d) => codeOf(d) === 'claim.uncited'));
    const line = uncited.range.start.line;
    const actions = await until('code actions', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri, uncited.range);
      return a.some((x) => x.title.startsWith('Cite @')) && a;
    });
    const fix = actions.find((a) => a.title.startsWith('Cite @'))!;
    console.log(`  quick fix: ${fix.title}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix.edit, 'the fix carries its edit');
    const version = doc.version;
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    assert.ok(doc.version > version);
    const key = /^Cite @(\S+?)(?:,|$)/.exec(fix.title)![1];
    assert.match(doc.getText(), new RegExp(`\\[@${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}[^\\]]*\\]`), 'the citation is in the draft');
    await until('claim.uncited to disappear from that sentence', () =>
      !sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'claim.uncited' && d.range.start.line === line),
    );
    // The rest of the findings are still reported (the server re-checked, it did not just clear everything).
    assert.ok(sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'citation.unknown-key'));
  });

  await test('the sourced.diagnostics.enabled setting turns the checks off and on again', async () => {
    const config = () => vscode.workspace.getConfiguration('sourced', folder.uri);
    const count = sourcedDiagnostics(draftUri).length;
    assert.ok(count > 0);
    await config().update('diagnostics.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the diagnostics to go away', () => sourcedDiagnostics(draftUri).length === 0);
    } finally {
      await config().update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('the diagnostics to come back', () => sourcedDiagnostics(draftUri).length === count);
  });

  await test('the "Sourced: Rebuild the source index" command completes and the findings stay', async () => {
    const count = sourcedDiagnostics(draftUri).length;
    await Promise.race([
      vscode.commands.executeCommand('sourced.reindex'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('sourced.reindex did not finish within 30 s')), 30000)),
    ]);
    await until('the findings after reindexing', () => sourcedDiagnostics(draftUri).length === count);
  });

  await test('the server process killed while the editor runs: the client starts a new one and the diagnostics come back', async () => {
    assert.ok(doc);
    const ext = vscode.extensions.getExtension<{ stats(): Promise<Record<string, unknown> | undefined> }>(EXTENSION_ID)!;
    const api = ext.exports;
    const before = await until('the server to answer', async () => (await api.stats())?.pid as number | undefined);
    const count = sourcedDiagnostics(draftUri).length;
    const codesBefore = [...new Set(sourcedDiagnostics(draftUri).map(codeOf))];
    assert.ok(count > 0, 'the draft has diagnostics before');
    process.kill(before, 'SIGKILL');
    console.log(`  killed the language server (pid ${before})`);
    const after = await until('a new server process', async () => {
      const pid = (await api.stats().catch(() => undefined))?.pid as number | undefined;
      return pid !== undefined && pid !== before && pid;
    }, 60000);
    console.log(`  new language server: pid ${after}`);
    // Only a live server can answer this: a sentence with a key no source has, added now.
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(draftUri, end, '\n\nThe border was quiet in May [@no-such-source-after-restart].');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await until('the new server to check the edited draft', () => sourcedDiagnostics(draftUri).some((d) => codeOf(d) === 'citation.unknown-key' && doc!.getText(d.range).includes('no-such-source-after-restart')), 60000);
      assert.ok(codesBefore.every((c) => sourcedDiagnostics(draftUri).some((d) => codeOf(d) === c)), `every kind of finding is back (${codesBefore.join(', ')})`);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(draftUri, new vscode.Range(end, doc.lineAt(doc.lineCount - 1).range.end));
      await vscode.workspace.applyEdit(undo);
    }
    await until('the findings of the restored draft', () => sourcedDiagnostics(draftUri).length === count, 30000);
  });

  await test('Fix All shows VS Code’s preview first, applies nothing until confirmed, and cites only the sentences a passage backs', async () => {
    const uri = vscode.Uri.joinPath(folder.uri, 'fix-all.md');
    await fs.writeFile(uri.fsPath, FIX_ALL_DRAFT + '\n');
    const fixDoc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(fixDoc);
    try {
      const codes = await until('the four findings of the Fix All draft', () => {
        const ds = sourcedDiagnostics(uri).map(codeOf).sort();
        return ds.length >= 4 && ds;
      }, 30000);
      assert.deepEqual(codes, ['claim.contradicted', 'claim.uncited', 'claim.uncited', 'claim.unsupported']);
      const before = fixDoc.getText();
      // As a writer would: Source Action → Fix All. With edits that need confirmation VS Code opens its
      // refactor preview and waits for the writer, so the command is not awaited.
      void vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.sourced', apply: 'first' });
      await ui('await-refactor-preview');
      await screenshot('fix-all-preview');
      assert.equal(fixDoc.getText(), before, 'nothing is applied before the writer confirms');
      // Citations that need confirmation come unticked: applying now changes nothing. The writer ticks
      // them (here: the file's box, which ticks every citation under it), then applies.
      await vscode.commands.executeCommand('refactorPreview.apply').then(undefined, () => undefined);
      assert.equal(fixDoc.getText(), before, 'unticked citations are not applied');
      void vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.sourced', apply: 'first' });
      if (!(await ui('tick-refactor-preview'))) {
        // VS Code sometimes does not open the preview again straight after it was applied with nothing
        // ticked (seen in one run in four): the writer asks again, and so does the test. The first
        // preview above was required to appear.
        console.log('  the refactor preview did not open again: Fix All asked a second time');
        await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
        void vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.sourced', apply: 'first' });
        await ui('tick-refactor-preview');
      }
      await screenshot('fix-all-ticked');
      await vscode.commands.executeCommand('refactorPreview.apply');
      await until('the ticked citations to be applied', () => fixDoc.getText() !== before);
      const paragraphs = fixDoc.getText().trim().split(/\n\n/);
      console.log(`  after Fix All:\n    ${paragraphs.join('\n    ')}`);
      assert.match(paragraphs[0], /^Park Sang-hak, the leader of the group, defected from North Korea in 1998 \[@defectors-leaflets-usb, para\. \d+\]\.$/);
      assert.match(paragraphs[1], /^North Korean soldiers at the border responded by shooting at the balloons \[@defectors-leaflets-usb, para\. \d+\]\.$/);
      assert.equal(paragraphs[2], FIX_ALL_DRAFT.split('\n\n')[2], 'the unsupported sentence gets no citation');
      assert.equal(paragraphs[3], FIX_ALL_DRAFT.split('\n\n')[3], 'the contradicted sentence gets no citation');
    } finally {
      await vscode.window.showTextDocument(fixDoc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
      await fs.rm(uri.fsPath, { force: true });
    }
  });

  // The parts in files of their own (each a function of the suite's context, run in this order).
  const context: SuiteContext = { test, folder, root, draftUri };
  for (const part of PARTS) await part(context);

  await test('no source file is modified', async () => {
    const after = await readTree(path.join(root, SOURCES));
    assert.deepEqual([...after.keys()].sort(), [...sourcesBefore.keys()].sort(), 'same files');
    for (const [p, bytes] of sourcesBefore) assert.ok(bytes.equals(after.get(p)!), `${path.basename(p)} unchanged`);
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.fsPath.startsWith(path.join(root, SOURCES)));
    assert.deepEqual(dirty.map((d) => d.uri.fsPath), [], 'no source has unsaved edits');
  });

  await test('a PDF dropped into sources/ is indexed; hover on a [@key, p. N] citation quotes that page, and a missing page is a bad locator', async () => {
    // A real PDF (typeset by weasyprint, see test/fixtures/formats): dropped in while the editor runs.
    const fixture = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats', 'weasyprint-article.pdf');
    const target = path.join(root, SOURCES, 'court-ruling.pdf');
    await fs.copyFile(fixture, target);
    const pdfDraft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'The Constitutional Court struck down the ban on launches in September 2023 [@court-ruling, p. 1].\n\nSeoul resumed loudspeaker broadcasts along the border in July [@court-ruling, p. 9].\n',
    });
    try {
      await vscode.window.showTextDocument(pdfDraft);
      const at = new vscode.Position(0, pdfDraft.lineAt(0).text.indexOf('@court-ruling') + 3);
      const text = await until('the PDF to be indexed and its page quoted on hover', async () => {
        const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', pdfDraft.uri, at));
        return /Constitutional Court struck down the ban/.test(t) && t;
      }, 30000);
      assert.match(text, /Leaflets, balloons and the law/, 'the title from the PDF');
      assert.match(text, /p\. 1\b/, 'the page');
      const bad = await until('citation.bad-locator on the missing page', () =>
        sourcedDiagnostics(pdfDraft.uri).find((d) => codeOf(d) === 'citation.bad-locator' && d.range.start.line === 2),
      );
      assert.match(bad.message, /p\. 9/);
    } finally {
      await vscode.window.showTextDocument(pdfDraft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await fs.rm(target, { force: true });
    }
  });

  // Show the draft with its squiggles and the Problems panel, and let the runner take its screenshot now:
  // once run() returns, the extension host shuts down and the diagnostics go with it.
  if (doc) {
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.actions.view.problems').then(undefined, () => undefined);
    const shown = await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
    const first = sourcedDiagnostics(draftUri).sort((a, b) => a.range.start.line - b.range.start.line)[0];
    if (first) shown.revealRange(first.range, vscode.TextEditorRevealType.AtTop);
  }
  const signal = process.env.SOURCED_E2E_SCREENSHOT;
  if (signal) {
    console.log(`screenshot please: ${signal}`);
    await until('the runner to take its screenshot', () => existsSync(signal), 20000).catch((e) => console.log(`(${e.message})`));
  }

  console.log(`suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} end-to-end test${failed === 1 ? '' : 's'} failed`);
}
