/**
 * The reader view and the sources view in a real VS Code: a PDF, a Word file and a saved web page
 * (real files from test/fixtures/formats) dropped into sources/ while the editor runs; go to
 * definition on a citation of each opens the source's text with the passage selected; the hover's
 * link and a finding's related passage lead there too; the sources view lists them with their
 * citation counts, filters, and shows the citations; "Open the original" opens the file. The files are
 * removed afterwards, unchanged.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourcesViewItem } from '../../../client/src/sourcesView';
import { makePdf } from '../../fixtures/makePdf';
import { codeOf, hoverText, screenshot, SOURCES, sourcedDiagnostics, ui, until, type SuiteContext } from './helpers';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats');

/** Fixture → name in sources/ (its key is the name's slug). */
const FILES = [
  ['weasyprint-article.pdf', 'court-ruling-2023.pdf'],
  ['report.docx', 'civic-monitor-report.docx'],
  ['saved-news-page.html', 'news-balloons.html'],
] as const;

const DRAFT = [
  'The Constitutional Court struck down the ban on launches in September 2023 [@court-ruling-2023, p. 1].',
  '',
  'North Korea answered with balloons carrying trash [@civic-monitor-report, para. 3].',
  '',
  'Park Sang-hak fled the North in 1998 [@news-balloons, para. 2].',
  '',
  'Police said they would not block the launch but would monitor the weather.',
  '',
].join('\n');

/** Each citation, and the passage its definition must select. */
const CITED: ReadonlyArray<readonly [key: string, passage: RegExp]> = [
  ['court-ruling-2023', /^The Constitutional Court struck down the ban on launches in September 2023, ruling by seven votes to two that it restricted freedom of expression/],
  ['civic-monitor-report', /North Korea answered with balloons carrying trash\./],
  ['news-balloons', /^Park Sang-hak, who fled the North in 1998, told reporters the launch would take place around June 6, South Korea’s Memorial Day\. North Korea has answered/],
];

const items = () => vscode.commands.executeCommand<SourcesViewItem[]>('sourced.sourcesViewItems');

export async function readerTests({ test, root }: SuiteContext): Promise<void> {
  const targets = FILES.map(([, name]) => path.join(root, SOURCES, name));
  // A scan without a text layer: listed with the reason it is not read.
  const scan = path.join(root, SOURCES, 'leaflet-scan.pdf');
  const hashes = new Map<string, Buffer>();
  let draft: vscode.TextDocument | undefined;

  const cleanUp = async () => {
    for (const t of [...targets, scan]) await fs.rm(t, { force: true });
    // The draft is untitled: reverted, so closing it asks nothing.
    if (draft && !draft.isClosed) {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    // Only this part's tabs: the sources' texts and the files opened as originals (other parts' editors stay).
    const mine = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => {
        const uri = (t.input as { uri?: vscode.Uri } | undefined)?.uri;
        return uri && (uri.scheme === 'sourced-source' || targets.some((p) => uri.scheme === 'file' && path.normalize(uri.fsPath) === path.normalize(p)));
      });
    if (mine.length) await vscode.window.tabGroups.close(mine);
    // The side bar as the other parts expect it.
    await vscode.commands.executeCommand('workbench.view.explorer');
  };

  await test('go to definition on a citation of a PDF, a Word file and a saved web page opens the source’s text with the passage selected', async () => {
    for (const [[fixture], target] of FILES.map((f, i) => [f, targets[i]] as const)) {
      await fs.copyFile(path.join(FIXTURES, fixture), target);
      hashes.set(target, await fs.readFile(target));
    }
    await fs.writeFile(scan, makePdf({ scanned: true, pages: [[]] }));
    draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: DRAFT });
    const editor = await vscode.window.showTextDocument(draft);
    for (const [key, passage] of CITED) {
      const at = draft.positionAt(DRAFT.indexOf(`@${key}`) + 3);
      await until(`@${key} to be indexed`, async () => {
        const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', draft!.uri, at);
        return defs.some((d) => d.uri.scheme === 'sourced-source');
      }, 30000);
      // As the writer does it: the cursor on the citation, then Go to Definition (F12).
      await vscode.window.showTextDocument(draft, { selection: new vscode.Range(at, at) });
      await vscode.commands.executeCommand('editor.action.revealDefinition');
      const reader = await until(`the text of @${key} in the editor`, () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.scheme === 'sourced-source' && e.document.uri.path.includes(key) && !e.selection.isEmpty && e;
      });
      const selected = reader.document.getText(reader.selection);
      console.log(`  @${key}: ${path.basename(reader.document.uri.path)} line ${reader.selection.start.line + 1}: “${selected.slice(0, 70)}…”`);
      assert.match(selected, passage);
      assert.match(reader.document.lineAt(reader.selection.start.line).text, /^\[para\. \d+\] /, 'the line starts with the paragraph number');
      await until('the reader language', () => reader.document.languageId === 'sourced-source' || vscode.window.activeTextEditor?.document.languageId === 'sourced-source');
      if (key === 'court-ruling-2023') {
        assert.ok(reader.document.getText().includes('— page 2 —'), 'page markers');
        assert.ok(!/[\u0000-\u0008]/.test(reader.document.getText()), 'text, not the PDF’s bytes');
        await screenshot('reader-view');
      }
      if (key === 'news-balloons') assert.ok(!reader.document.getText().includes('<p'), 'the article’s text, not its HTML');
    }
    void editor;
  });

  await test('the hover’s “Open … at para. N” link and a finding’s related passage open the source’s text too', async () => {
    assert.ok(draft);
    await vscode.window.showTextDocument(draft);
    const at = draft.positionAt(DRAFT.indexOf('@civic-monitor-report') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at);
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('command:sourced.openSourceText'));
    assert.ok(md, `a link to the source’s text in: ${hoverText(hovers)}`);
    // Untrusted Markdown, but for the one command that opens a source's text.
    assert.deepEqual(md.isTrusted, { enabledCommands: ['sourced.openSourceText'] });
    assert.equal(md.supportHtml, false);
    const args = JSON.parse(decodeURIComponent(/\(command:sourced\.openSourceText\?([^)]+)\)/.exec(md.value)![1])) as [string];
    await vscode.commands.executeCommand('sourced.openSourceText', ...args);
    const opened = await until('the linked passage', () => vscode.window.activeTextEditor?.document.uri.scheme === 'sourced-source' && vscode.window.activeTextEditor);
    // (para. 3 is the heading "Responses" and its two bullets; the link selects the paragraph.)
    assert.match(opened.document.getText(opened.selection), /North Korea answered with balloons carrying trash\./);
    // And as the writer does it: the hover shown, its link clicked (with a runner that can click).
    if (process.env.SOURCED_E2E_SCREENSHOT) {
      const editor = await vscode.window.showTextDocument(draft, { selection: new vscode.Range(at, at) });
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('hover-open-link');
      await ui('click-hover-open-link');
      const clicked = await until('the text the clicked link opens', () => vscode.window.activeTextEditor?.document.uri.scheme === 'sourced-source' && vscode.window.activeTextEditor);
      assert.match(clicked.document.getText(clicked.selection), /North Korea answered with balloons carrying trash\./);
      void editor;
    }
    // A command link to anything else is refused.
    assert.equal(await vscode.commands.executeCommand('sourced.openSourceText', vscode.Uri.file(targets[0]).toString()), undefined);

    const uncited = await until('claim.uncited on the police sentence', () => sourcedDiagnostics(draft!.uri).find((d) => codeOf(d) === 'claim.uncited' && d.range.start.line === 6), 30000);
    const related = uncited.relatedInformation?.[0];
    assert.ok(related, 'the finding points at a passage');
    assert.equal(related.location.uri.scheme, 'sourced-source');
    const doc = await vscode.workspace.openTextDocument(related.location.uri);
    assert.match(doc.getText(related.location.range), /^Police said they would not block the launch but would monitor the weather/);
  });

  await test('the sources view lists the sources with kind, size and citation counts, filters them and shows the citations', async () => {
    assert.ok(draft);
    await vscode.commands.executeCommand('sourced.sources.focus');
    const listed = await until('the three new sources in the view', async () => {
      const all = await items();
      return CITED.every(([key]) => all.some((i) => i.key === key && i.details.some((d) => d.label === 'Cited once in your drafts'))) && all;
    }, 30000);
    const problem = await until('the scan in the view, with why it is not read', async () => (await items()).find((i) => i.label === 'leaflet-scan.pdf'));
    assert.equal(problem.description, 'not read');
    assert.match(problem.details[0]?.label ?? '', /^no text layer/);
    const court = listed.find((i) => i.key === 'court-ruling-2023')!;
    assert.equal(court.label, 'Leaflets, balloons and the law');
    assert.equal(court.description, '@court-ruling-2023');
    assert.deepEqual(court.details[0], { label: 'PDF', description: '10 paragraphs on 3 pages' });
    assert.deepEqual(listed.find((i) => i.key === 'civic-monitor-report')!.details[0], { label: 'Word document', description: '5 paragraphs' });
    assert.deepEqual(listed.find((i) => i.key === 'news-balloons')!.details.slice(0, 2), [
      { label: 'Web page', description: '4 paragraphs' },
      { label: 'Min-ji Lee · 5 June 2024', description: undefined },
    ]);
    // The example's own sources are there too, with what the example draft cites.
    assert.ok(listed.some((i) => i.key === 'defectors-leaflets-usb' && i.details.some((d) => /^Cited \d+ times in your drafts$/.test(d.label))));
    await until('the PDF revealed in the view', async () => await vscode.commands.executeCommand<boolean>('sourced.revealSource', 'court-ruling-2023'), 10000, 300);
    // Wide enough for titles and keys, as a writer would drag it.
    // (The editor narrower: the side bar takes the room.)
    const resize = async (command: string) => {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      for (let i = 0; i < 4; i++) await vscode.commands.executeCommand(command).then(undefined, () => undefined);
    };
    await resize('workbench.action.decreaseViewWidth');
    await screenshot('sources-view');
    await resize('workbench.action.increaseViewWidth');

    await vscode.commands.executeCommand('sourced.filterSources', 'word document');
    const filtered = await until('the filtered list', async () => {
      const now = await items();
      return now.length === 1 && now;
    });
    assert.equal(filtered[0].key, 'civic-monitor-report');
    await vscode.commands.executeCommand('sourced.clearSourcesFilter');
    await until('the whole list again', async () => (await items()).length >= listed.length);

    // "Cited once": the citations, as find references shows them, in the draft.
    await vscode.commands.executeCommand('sourced.showCitations', 'news-balloons');
    const shown = await until('the draft at the citation', () => vscode.window.activeTextEditor?.document === draft && vscode.window.activeTextEditor);
    assert.equal(shown.selection.start.line, 4);
    await vscode.commands.executeCommand('closeReferenceSearch').then(undefined, () => undefined);
  });

  await test('“Open the original” opens the file itself, from the source’s text; no source file is changed', async () => {
    const pdf = targets[0];
    await vscode.commands.executeCommand('sourced.openSourceText', `sourced-source:${vscode.Uri.file(pdf).path}`);
    await until('the PDF’s text', () => vscode.window.activeTextEditor?.document.uri.scheme === 'sourced-source');
    const how = await vscode.commands.executeCommand<'editor' | 'external'>('sourced.openOriginal');
    console.log(`  opened the original: ${how}`);
    if (how === 'editor') {
      await until('the PDF itself in the editor', () => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
        return input?.uri?.scheme === 'file' && path.normalize(input.uri.fsPath) === path.normalize(pdf);
      });
    } else assert.equal(how, 'external');
    for (const [t, bytes] of hashes) assert.ok(bytes.equals(await fs.readFile(t)), `${path.basename(t)} unchanged`);
    await cleanUp();
    await until('the removed sources to leave the view', async () => !(await items()).some((i) => i.key === 'court-ruling-2023'), 30000);
  });
  // Whatever failed above, the files go: the parts after this one expect the example's sources alone.
  await cleanUp();
}
