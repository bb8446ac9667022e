/**
 * Code actions over the protocol: a request about one sentence gets that sentence's fixes only, even
 * when the editor hands over every diagnostic of a one-line paragraph; Fix All comes as a workspace edit
 * the writer confirms first (one change annotation per citation, needsConfirmation) when the client can
 * show one, and as plain edits otherwise.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE, ensureBuilt, startClient, tempCopy, uriOf, type Client, type Diagnostic } from './harness';

type Range = Diagnostic['range'];
interface Action {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  edit: {
    changes?: Record<string, Array<{ range: Range; newText: string }>>;
    documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: Array<{ range: Range; newText: string; annotationId?: string }> }>;
    changeAnnotations?: Record<string, { label: string; description?: string; needsConfirmation?: boolean }>;
  };
}

/** Three sentences the sources back, written as one long line, as writers often do. */
const LINE =
  'Park Sang-hak, the leader of the group, defected from North Korea in 1998. ' +
  'North Korean soldiers at the border responded by shooting at the balloons. ' +
  'The civic group Fighters for a Free North Korea said that it plans to send 200,000 leaflets and 5,000 USB drives.';

describe('code actions over the protocol', () => {
  let dir: string;
  let client: Client;
  let plain: Client;
  let draftUri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    ensureBuilt();
    dir = await tempCopy(EXAMPLE, 'sourced-actions-');
    draftUri = uriOf(path.join(dir, 'line.md'));
    const annotating = { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: false } } };
    client = await startClient(dir, { workspaceCapabilities: annotating });
    plain = await startClient(dir);
    for (const c of [client, plain]) await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: LINE + '\n' } });
    diagnostics = (await client.diagnosticsFor(draftUri, (p) => p.diagnostics.length >= 3)).diagnostics;
    await plain.diagnosticsFor(draftUri, (p) => p.diagnostics.length >= 3);
  });
  after(async () => {
    await client?.stop();
    await plain?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const ask = (c: Client, range: Range, diags: Diagnostic[], only?: string[]) =>
    c.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri: draftUri }, range, context: { diagnostics: diags, ...(only ? { only } : {}) } });

  test('the three sentences are each an uncited claim on the same line', () => {
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['claim.uncited', 0], ['claim.uncited', 0], ['claim.uncited', 0]]);
  });

  test('a request at a cursor in the second sentence gets the second sentence’s fixes only', async () => {
    const at = { line: 0, character: LINE.indexOf('soldiers') };
    const actions = await ask(client, { start: at, end: at }, diagnostics, ['quickfix']);
    assert.ok(actions.length >= 1, 'at least one fix');
    const second = diagnostics[1];
    for (const a of actions) {
      assert.deepEqual(a.diagnostics?.map((d) => d.range), [second.range], a.title);
      // "Ignore this finding" and "… here" are about the same sentence (test/lsp/suppressions.test.ts has the rest).
      if (/^Ignore this finding/.test(a.title)) continue;
      for (const e of a.edit.changes?.[draftUri] ?? []) assert.equal(e.range.start.character, second.range.end.character - 1, a.title);
      // The title names the passage the fix cites.
      assert.match(a.title, /^Cite @[\w-]+, para\. \d+: “.+”$/);
    }
  });

  test('a selection over the first two sentences gets the fixes of those two', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: LINE.indexOf('soldiers') } };
    const actions = await ask(client, range, diagnostics, ['quickfix']);
    const fixed = new Set(actions.flatMap((a) => a.diagnostics?.map((d) => d.range.start.character) ?? []));
    assert.deepEqual([...fixed].sort((a, b) => a - b), [diagnostics[0].range.start.character, diagnostics[1].range.start.character]);
  });

  test('Fix All asks the writer to confirm each citation, naming the sentence and quoting the passage', async () => {
    const origin = { line: 0, character: 0 };
    const [all] = await ask(client, { start: origin, end: origin }, [], ['source.fixAll']);
    assert.equal(all.kind, 'source.fixAll.sourced');
    assert.equal(all.edit.changes, undefined);
    const [change] = all.edit.documentChanges!;
    assert.equal(change.textDocument.uri, draftUri);
    assert.equal(change.edits.length, 3);
    for (const e of change.edits) {
      const note = all.edit.changeAnnotations![e.annotationId!];
      assert.equal(note.needsConfirmation, true);
      assert.match(note.label, /^Cite @[\w-]+, para\. \d+ for “/);
      assert.match(note.description ?? '', /^The passage: “/);
    }
  });

  test('a client without change annotations gets Fix All as plain edits', async () => {
    const origin = { line: 0, character: 0 };
    const [all] = await ask(plain, { start: origin, end: origin }, [], ['source.fixAll']);
    assert.equal(all.edit.documentChanges, undefined);
    assert.equal(all.edit.changes?.[draftUri]?.length, 3);
  });
});
