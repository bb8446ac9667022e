/**
 * The writer's desk in a real VS Code: the evidence panel follows the cursor and its Cite button
 * cites; the coverage item says what `sourced check` counts; the second opinion asks a language model
 * (test/e2e/fake-lm, loaded beside Sourced by the runner) only when clicked, sends the sentence and its
 * passages and nothing else, and shows the answer in the panel; with the setting off it is not offered.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SentenceEvidence } from '../../../server/src/core';
import { codeOf, EXTENSION_ID, screenshot, sourcedDiagnostics, ui, until, type SuiteContext } from './helpers';

/** What `sourced.evidence.shown` answers: the panel's evidence and the text its page rendered. */
interface Shown {
  readonly evidence?: SentenceEvidence;
  readonly message?: string;
  readonly rendered?: string;
}

const FAKE_LM = 'sourced-test.fake-lm';
/** A sentence these tests add to the draft: one passage of @defectors-leaflets-usb backs it by itself. */
const UNCITED = 'North Korean soldiers at the border responded by shooting at the balloons.';
const ASK_TITLE = 'Ask Fake LM whether the sources support this';

/** What the fake language model extension exports. */
interface FakeLm {
  readonly received: Array<{ messages: Array<{ text: string }> }>;
  readonly ANSWER: string;
  failNext: boolean;
}

const shown = () => vscode.commands.executeCommand<Shown>('sourced.evidence.shown');

/** Puts the cursor inside `needle` and waits until the panel has rendered the evidence of that sentence. */
async function cursorAt(editor: vscode.TextEditor, needle: string, accept: (s: Shown) => boolean = () => true): Promise<Shown> {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `the draft has “${needle}”`);
  const at = editor.document.positionAt(offset + 3);
  editor.selection = new vscode.Selection(at, at);
  return until(`the panel to show the sentence with “${needle}”`, async () => {
    const s = await shown();
    return s.evidence?.text.includes(needle) && s.rendered?.includes(needle) && accept(s) && s;
  }, 20000);
}

/** A writer's layout for the screenshots: no side bars and a taller panel (dragged, as a writer would); `false` puts it back. */
async function roomyLayout(on: boolean): Promise<void> {
  const run = (command: string) => vscode.commands.executeCommand(command).then(undefined, () => undefined);
  if (on) {
    await run('workbench.action.closeSidebar');
    await run('workbench.action.closeAuxiliaryBar');
    await ui('taller-panel');
  } else {
    await ui('shorter-panel');
    await run('workbench.view.explorer');
  }
}

/** Scrolls the editor so the cursor's line is in view, in the middle. */
function revealCursor(editor: vscode.TextEditor): void {
  editor.revealRange(new vscode.Range(editor.selection.active, editor.selection.active), vscode.TextEditorRevealType.InCenter);
}

/** Replaces the whole text of a document with `text`. */
async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

export async function evidenceTests({ test, root, draftUri }: SuiteContext): Promise<void> {
  let doc: vscode.TextDocument | undefined;
  let editor: vscode.TextEditor | undefined;
  /** The draft as the parts before left it (restored at the end), and with the sentence these tests add. */
  let before = '';
  let original = '';

  await test('the evidence panel shows the verdict of the sentence under the cursor, in plain words, and follows the cursor', async () => {
    doc = await vscode.workspace.openTextDocument(draftUri);
    before = doc.getText();
    original = `${before.trimEnd()}\n\n${UNCITED}\n`;
    await setText(doc, original);
    editor = await vscode.window.showTextDocument(doc);
    await until('the draft to be checked', () => sourcedDiagnostics(draftUri).length > 0, 30000);
    await vscode.commands.executeCommand('sourced.showEvidence');
    await roomyLayout(true);
    editor = await vscode.window.showTextDocument(doc);
    const unsupported = await cursorAt(editor, 'Seoul has paid Pyongyang');
    assert.equal(unsupported.evidence!.label, 'No source supports this');
    assert.match(unsupported.rendered!, /No source supports this/);
    assert.match(unsupported.rendered!, /What decided it/i);
    assert.ok(unsupported.evidence!.passages.every((p) => !p.cite), 'no Cite for an unsupported claim');
    assert.ok(!/\bCite\b/.test(unsupported.rendered!.replace(/Cites /g, '')), 'the page shows no Cite button');

    const contradicted = await cursorAt(editor, 'more than 3,000');
    assert.equal(contradicted.evidence!.label, 'A source says otherwise');
    assert.match(contradicted.rendered!, /the draft says more than 3,000; @inter-korean-impasse, para\. \d+ says more than 1,000/);

    const uncited = await cursorAt(editor, UNCITED.slice(0, 30), (s) => s.evidence?.label === 'Supported, but not cited' && /\bCite\b/.test(s.rendered ?? ''));
    assert.match(uncited.rendered!, /✓\s*North Korean/);
    assert.match(uncited.rendered!, /@defectors-leaflets-usb, para\. \d+/);
    console.log(`  panel: ${uncited.rendered!.replace(/\s+/g, ' ').slice(0, 300)}…`);
    revealCursor(editor);
    await screenshot('evidence-panel');
  });

  await test('the panel’s Cite button inserts the citation at the end of the sentence, as one undoable edit', async () => {
    assert.ok(doc && editor);
    const s = await shown();
    const passage = s.evidence?.passages.find((p) => p.cite);
    assert.ok(passage, 'a passage to cite');
    const version = doc.version;
    // The writer's click on the page's first Cite button (the runner clicks it; without a runner, its command).
    if (process.env.SOURCED_E2E_SCREENSHOT) await ui('click-evidence-cite');
    else await vscode.commands.executeCommand('sourced.evidence.cite', s.evidence!.passages.indexOf(passage));
    await until('the citation in the draft', () => doc!.version > version);
    // The citation goes before the sentence's full stop.
    assert.equal(passage.key, 'defectors-leaflets-usb');
    assert.ok(doc.getText().endsWith(`\n${UNCITED.slice(0, -1)} [@${passage.key}, ${passage.where}].\n`), doc.getText().slice(-200));
    const cited = doc.getText();
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await until('one undo to take the citation out', () => doc!.getText() === original);
    assert.notEqual(cited, original);
  });

  await test('the panel’s Open button shows the passage in the source’s text, selected', async () => {
    assert.ok(doc && editor);
    if (!process.env.SOURCED_E2E_SCREENSHOT) return console.log('  (no runner to click the button: nothing to check)');
    await vscode.window.showTextDocument(doc);
    const s = await cursorAt(editor, UNCITED.slice(0, 30), (x) => x.evidence?.label === 'Supported, but not cited');
    const first = s.evidence!.passages[0];
    assert.equal(vscode.Uri.parse(first.uri).scheme, 'sourced-source', `the passage opens in the source's text: ${first.uri}`);
    // The page may be drawn again as the panel settles, losing a click: click again (at most three times).
    const textEditor = () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'sourced-source' && !e.selection.isEmpty && e;
    };
    let opened: vscode.TextEditor | undefined;
    for (let attempt = 1; !opened; attempt++) {
      await ui('click-evidence-open');
      opened = await until('the source’s text in an editor', textEditor, 7000).catch((err: Error) => {
        const e = vscode.window.activeTextEditor;
        if (attempt === 3) throw new Error(`${err.message}; the active editor: ${e?.document.uri.toString()} ${JSON.stringify(e?.selection)}`);
        return undefined;
      });
    }
    const selected = opened.document.getText(opened.selection).replace(/\s+/g, ' ');
    const words = first.quote.map((q) => q.text).join('').replace(/\s+/g, ' ').replace(/^…\s*/, '').slice(0, 40);
    assert.ok(selected.includes(words), `the passage selected: “${selected.slice(0, 120)}” holds “${words}”`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  await test('what a source says shows in the panel as text: markup in it is never run or rendered', async () => {
    const hostile = path.join(root, 'sources', 'harbour-notes.txt');
    const markup = '<img src=x onerror="document.body.dataset.pwned=1"><b>bold</b>';
    await fs.writeFile(hostile, `Harbour notes\n\nThe harbour wall of Millbrook cost 4.2 million euros ${markup} and was finished in 2021.\n`);
    const scratch = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The harbour wall of Millbrook cost 4.2 million euros and was finished in 2021 [@harbour-notes].\n' });
    try {
      const e = await vscode.window.showTextDocument(scratch);
      // Until the new file is read the sentence cites an unknown key, and the panel says so: wait for its passage.
      const s = await until('the new source\'s passage in the panel', async () => {
        e.selection = new vscode.Selection(0, 10, 0, 10);
        const x = await shown();
        return x.rendered?.includes('harbour-notes') && !x.rendered.includes('Cites a source Sourced does not have') && x;
      }, 30000);
      // Shown as the characters it is made of: a page that parsed it would show neither the tag nor its attribute.
      assert.ok(s.rendered!.includes(markup), s.rendered);
    } finally {
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await fs.rm(hostile, { force: true });
    }
  });

  await test('the coverage in the status bar says what `sourced check` counts, and hides for anything but a Markdown draft', async () => {
    assert.ok(doc);
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The draft as the editor has it (unsaved edits too), beside it for `sourced check`.
    const copy = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-coverage-')), 'draft.md');
    await fs.writeFile(copy, doc.getText());
    const r = spawnSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), 'check', copy, '--sources', path.join(root, 'sources'), '--format', 'json', '--fail-on', 'none'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    await fs.rm(path.dirname(copy), { recursive: true, force: true });
    assert.equal(r.status, 0, r.stderr);
    const statuses: string[] = JSON.parse(r.stdout).files[0].sentences.map((x: { status: string }) => x.status);
    const claims = statuses.filter((x) => x !== 'not-a-claim').length;
    const supported = statuses.filter((x) => x === 'supported').length;
    const expected = `${supported} of ${claims} claims supported · ${claims - supported} to check`;
    const item = await until('the coverage item', async () => {
      const c = await vscode.commands.executeCommand<{ text: string; tooltip: string } | undefined>('sourced.coverage.shown');
      return c?.text.endsWith(expected) && c;
    }, 30000).catch(async (e: Error) => {
      throw new Error(`${e.message}; shows: ${JSON.stringify(await vscode.commands.executeCommand('sourced.coverage.shown'))}; expected: ${expected}`);
    });
    console.log(`  status bar: ${item.text} | ${item.tooltip.split('\n')[0]}`);
    assert.match(item.tooltip, /contradicted/);
    await vscode.commands.executeCommand('sourced.showFindings');
    await screenshot('coverage');
    // A source file is no draft: the item hides.
    const source = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, 'sources', 'inter-korean-impasse.txt')));
    await vscode.window.showTextDocument(source, { preview: true });
    await until('the coverage item to hide', async () => !(await vscode.commands.executeCommand('sourced.coverage.shown')));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(doc);
    await until('the coverage item to come back', async () => !!(await vscode.commands.executeCommand('sourced.coverage.shown')));
  });

  await test('a second opinion: asked only on click, the sentence and its passages sent and nothing else, the answer in the panel as the model’s', async () => {
    assert.ok(doc);
    const fake = await until('the fake language model extension', () => vscode.extensions.getExtension<FakeLm>(FAKE_LM));
    const lm = await fake.activate();
    const models = await until('a language model in VS Code', async () => {
      const m = await vscode.lm.selectChatModels();
      return m.length > 0 && m;
    }, 15000);
    console.log(`  models: ${models.map((m) => `${m.vendor}/${m.name}`).join(', ')}`);
    editor = await vscode.window.showTextDocument(doc);
    const flagged = await until('claim.unsupported', () => sourcedDiagnostics(draftUri).find((d) => codeOf(d) === 'claim.unsupported'));
    const codesBefore = sourcedDiagnostics(draftUri).map((d) => `${d.range.start.line}:${codeOf(d)}`).sort();
    const ask = await until('the “Ask Fake LM” action', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri, flagged.range);
      return actions.find((a) => a.title === ASK_TITLE);
    });
    assert.equal(lm.received.length, 0, 'nothing is sent before the click');
    await vscode.commands.executeCommand(ask.command!.command, ...(ask.command!.arguments ?? []));
    const answered = await until('the answer in the panel', async () => {
      const s = await shown();
      return s.rendered?.includes(lm.ANSWER) && s;
    }, 20000).catch(async (err: Error) => {
      await screenshot('second-opinion-failed');
      throw new Error(`${err.message}; requests the model got: ${lm.received.length}; the panel shows: ${(await shown()).rendered}`);
    });
    assert.match(answered.rendered!, /Fake LM’s opinion \(a language model, not Sourced’s verdict\)/);
    assert.match(answered.rendered!, /No source supports this/, 'the verdict is Sourced’s, unchanged');
    assert.equal(lm.received.length, 1, 'one request');
    const sent = lm.received[0].messages.map((m) => m.text).join('\n');
    const e = answered.evidence!;
    assert.ok(sent.includes(`"${e.text}"`), 'the sentence is sent');
    for (const p of e.passages.slice(0, 3)) assert.ok(sent.includes(p.quote.map((q) => q.text).join('')), `passage @${p.key}, ${p.where} is sent`);
    // Nothing else: take the sentence and the passages out, and no other line of the draft, nor its title,
    // author or file name, is left in what was sent.
    let rest = sent.replace(e.text, '');
    for (const p of e.passages) rest = rest.replace(p.quote.map((q) => q.text).join(''), '');
    const lines = doc.getText().split('\n').map((l) => l.trim().slice(0, 30)).filter((l) => l.length >= 12 && !e.text.startsWith(l));
    for (const other of [...lines, 'Balloons over the border', 'A. Writer', 'draft.md']) assert.ok(!rest.includes(other), `“${other}” is not sent`);
    console.log(`  sent (${sent.length} characters): ${sent.replace(/\s+/g, ' ').slice(0, 200)}…`);
    revealCursor(editor);
    await screenshot('second-opinion');
    assert.deepEqual(sourcedDiagnostics(draftUri).map((d) => `${d.range.start.line}:${codeOf(d)}`).sort(), codesBefore, 'no finding changed');

    // A model that cannot answer (offline, here): the panel says so in plain words.
    lm.failNext = true;
    await vscode.commands.executeCommand(ask.command!.command, ...(ask.command!.arguments ?? []));
    const failed = await until('the failure in the panel', async () => {
      const s = await shown();
      return s.rendered?.includes('Fake LM could not answer') && s;
    }, 20000);
    assert.match(failed.rendered!, /you may be offline/);
    assert.ok(!failed.rendered!.includes(lm.ANSWER), 'the earlier answer is gone');
  });

  await test('with sourced.languageModel.enabled off, no second opinion is offered', async () => {
    const config = vscode.workspace.getConfiguration('sourced');
    const flagged = sourcedDiagnostics(draftUri).find((d) => codeOf(d) === 'claim.unsupported')!;
    const titles = async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri, flagged.range)).map((a) => a.title);
    await config.update('languageModel.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the action to go', async () => !(await titles()).includes(ASK_TITLE));
    } finally {
      await config.update('languageModel.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('the action to come back with the setting on', async () => (await titles()).includes(ASK_TITLE));
    assert.equal(doc?.getText(), original, 'the draft is as it was');
  });

  if (doc && doc.getText() !== before) await setText(doc, before);
  await roomyLayout(false);
}
