/**
 * Suppressions and the report over the protocol: the server publishes a draft's findings without the
 * ignored ones (a sourced-ignore comment, an entry of .sourced/ignore.json) and checks again when the
 * file changes; "Ignore this finding" is an edit that creates the file (or, for a client with the
 * command, a command that asks for the reason first); a changed sentence makes the entry stale and its
 * fix removes it; a broken file is reported on itself and never written over; sourced/report answers
 * the report with the date of the check.
 */
import * as assert from 'node:assert/strict';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkedAt } from '../../server/src/workspace/checkDate';
import { EXAMPLE, startClient, tempCopy, uriOf, type Client, type Diagnostic } from './harness';

type Range = Diagnostic['range'];
type TextEdit = { range: Range; newText: string };
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: TextEdit[] }>;
}
interface Action {
  title: string;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments: unknown[] };
  disabled?: { reason: string };
  diagnostics?: Diagnostic[];
}

const CLAIM = 'Seoul has paid Pyongyang $40 million in compensation for balloon damage since 2022.';

/** Applies a workspace edit to the files on disk, as an editor would (creating files it names). */
async function applyToDisk(edit: WorkspaceEdit): Promise<void> {
  const apply = async (uri: string, edits: TextEdit[]) => {
    const file = new URL(uri).pathname;
    let text = await fs.readFile(file, 'utf8').catch(() => '');
    const lines = text.split('\n');
    const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
    await fs.writeFile(file, text);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) await apply(uri, edits);
  for (const c of edit.documentChanges ?? []) {
    if (c.kind === 'create') {
      await fs.mkdir(path.dirname(new URL(c.uri!).pathname), { recursive: true });
      if (!existsSync(new URL(c.uri!).pathname)) await fs.writeFile(new URL(c.uri!).pathname, '');
    } else if (c.textDocument) await apply(c.textDocument.uri, c.edits ?? []);
  }
}

describe('suppressions over the protocol', () => {
  let dir: string;
  let client: Client;
  let draftUri: string;
  let ignoreFile: string;
  let text: string;
  const codes = (c: Client, uri: string) => (c.diagnostics.get(uri)?.diagnostics ?? []).map((d) => d.code);
  const onClaim = (c: Client) => (c.diagnostics.get(draftUri)?.diagnostics ?? []).find((d) => d.code === 'claim.unsupported' && d.range.start.line === text.split('\n').findIndex((l) => l.startsWith('Seoul has paid')));
  const ask = (c: Client, d: Diagnostic, uri = draftUri) => c.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });

  before(async () => {
    dir = await tempCopy(EXAMPLE, 'sourced-suppress-');
    draftUri = uriOf(path.join(dir, 'draft.md'));
    ignoreFile = path.join(dir, '.sourced', 'ignore.json');
    text = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
    client = await startClient(dir, { watch: true });
    client.open(draftUri, text);
    await client.until('the unsupported claim', () => onClaim(client));
  });
  after(async () => {
    await client?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('"Ignore this finding" creates .sourced/ignore.json; once it is there the finding is gone', async () => {
    const finding = onClaim(client)!;
    const actions = await ask(client, finding);
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Ignore')).map((a) => a.title), ['Ignore this finding', 'Ignore this finding here']);
    const ignore = actions.find((a) => a.title === 'Ignore this finding')!;
    assert.equal(ignore.command, undefined, 'a client without the command gets the edit');
    assert.deepEqual(ignore.edit!.documentChanges![0], { kind: 'create', uri: uriOf(ignoreFile), options: { ignoreIfExists: true } });
    assert.ok(!existsSync(ignoreFile), 'offering the fix writes nothing');
    await applyToDisk(ignore.edit!);
    const saved = JSON.parse(await fs.readFile(ignoreFile, 'utf8'));
    assert.equal(saved.version, 1);
    assert.deepEqual(Object.keys(saved.ignore[0]), ['file', 'code', 'fingerprint', 'sentence', 'reason']);
    assert.equal(saved.ignore[0].file, 'draft.md');
    assert.equal(saved.ignore[0].code, 'claim.unsupported');
    assert.match(saved.ignore[0].fingerprint, /^[0-9a-f]{16}$/);
    assert.equal(saved.ignore[0].reason, `Ignored by the writer on ${checkedAt().replace(/,.*$/, '')}`);
    const watched = client.serverRequests.filter((r) => r.method === 'client/registerCapability').flatMap((r) => (r.params as { registrations: Array<{ registerOptions?: { watchers?: Array<{ globPattern: unknown }> } }> }).registrations.flatMap((x) => x.registerOptions?.watchers ?? []).map((w) => w.globPattern));
    assert.ok(watched.includes('**/.sourced/ignore.json'), `the server watches the ignore files: ${JSON.stringify(watched)}`);
    const n = client.published.length;
    await client.filesChanged([{ path: ignoreFile, type: 1 }]);
    await client.diagnosticsFor(draftUri, (p) => !p.diagnostics.some((d) => d.code === 'claim.unsupported'), n);
    assert.ok(codes(client, draftUri).includes('claim.contradicted'), 'the other findings stay');
  });

  test('editing the sentence makes the entry stale; "Remove the stale entry" takes it out of the file', async () => {
    const edited = text.replace(CLAIM, CLAIM.replace('2022', '2021'));
    let n = client.published.length;
    client.change(draftUri, edited, 2);
    const p = await client.diagnosticsFor(draftUri, (x) => x.version === 2, n);
    const stale = p.diagnostics.find((d) => d.code === 'suppression.stale')!;
    assert.ok(stale, `a stale note: ${p.diagnostics.map((d) => d.code)}`);
    // At the edited sentence, where the unsupported finding is again.
    const unsupported = p.diagnostics.find((d) => d.code === 'claim.unsupported')!;
    assert.deepEqual(stale.range.start, unsupported.range.start);
    assert.match(stale.message, /no longer applies/);
    assert.ok(p.diagnostics.some((d) => d.code === 'claim.unsupported'), 'the changed sentence is checked again');
    const fix = (await ask(client, stale)).find((a) => a.title === 'Remove the stale entry')!;
    assert.ok(fix?.edit, 'a fix that removes it');
    await applyToDisk(fix.edit);
    assert.deepEqual(JSON.parse(await fs.readFile(ignoreFile, 'utf8')).ignore, []);
    n = client.published.length;
    await client.filesChanged([{ path: ignoreFile, type: 2 }]);
    await client.diagnosticsFor(draftUri, (x) => !x.diagnostics.some((d) => d.code === 'suppression.stale'), n);
    client.change(draftUri, text, 3);
    await client.diagnosticsFor(draftUri, (x) => x.version === 3 && x.diagnostics.some((d) => d.code === 'claim.unsupported'));
  });

  test('a broken ignore file is reported on itself, every finding shows, and it is never written over', async () => {
    await fs.writeFile(ignoreFile, '{ "version": 1, "ignore": [ <<<<<<< HEAD\n');
    const before = await fs.readFile(ignoreFile, 'utf8');
    await client.filesChanged([{ path: ignoreFile, type: 2 }]);
    const problems = await client.diagnosticsFor(uriOf(ignoreFile), (p) => p.diagnostics.length > 0);
    assert.match(problems.diagnostics[0].message, /^\.sourced\/ignore\.json is not valid JSON(?: \(line 1, column \d+\))?, so none of its ignored findings apply/);
    const finding = await client.until('the finding shown', () => onClaim(client));
    const ignore = (await ask(client, finding)).find((a) => a.title === 'Ignore this finding')!;
    assert.equal(ignore.edit, undefined, 'no edit of a file Sourced cannot read');
    assert.match(ignore.disabled!.reason, /not valid JSON/);
    const answer = await client.conn.sendRequest<{ edit?: unknown; error?: string }>('sourced/ignoreEdit', { textDocument: { uri: draftUri }, diagnostic: { code: finding.code, range: finding.range }, reason: 'x' });
    assert.equal(answer.edit, undefined);
    assert.match(answer.error!, /not valid JSON/);
    assert.equal(await fs.readFile(ignoreFile, 'utf8'), before);
    // Fixed: the problem on the file goes away.
    await fs.rm(path.dirname(ignoreFile), { recursive: true });
    await client.filesChanged([{ path: path.dirname(ignoreFile), type: 3 }]);
    await client.diagnosticsFor(uriOf(ignoreFile), (p) => p.diagnostics.length === 0);
  });

  test('a sourced-ignore comment in the draft ignores the next sentence; a misspelt one says so', async () => {
    const uri = uriOf(path.join(dir, 'inline.md'));
    client.open(uri, `<!-- sourced-ignore claim.unsupported: confirmed by phone -->\n${CLAIM}\n\n<!-- sourced-ignore claim.unsuported -->\n${CLAIM.replace('2022', '2020')}\n`);
    const p = await client.diagnosticsFor(uri);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [['suppression.bad-comment', 3], ['claim.unsupported', 4]]);
    assert.match(p.diagnostics[0].message, /did you mean claim\.unsupported/);
    const here = (await ask(client, p.diagnostics[1], uri)).find((a) => a.title === 'Ignore this finding here')!;
    assert.deepEqual(here.edit!.changes![uri], [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '<!-- sourced-ignore claim.unsupported --> ' }]);
    assert.ok((await ask(client, p.diagnostics[0], uri)).some((a) => a.title === 'Remove this comment'));
  });

  test('no ignore actions on diagnostics that are not Sourced\'s', async () => {
    const finding = onClaim(client)!;
    const actions = await ask(client, { ...finding, source: 'markdownlint' });
    assert.deepEqual(actions.filter((a) => /^Ignore/.test(a.title)), []);
  });

  test('sourced/report: the HTML page with the coverage summary and the real date of the check', async () => {
    const r = await client.conn.sendRequest<{ content?: string; summary?: string }>('sourced/report', { textDocument: { uri: draftUri } });
    assert.match(r.content!, /^<!doctype html>/);
    assert.match(r.summary!, /^\d+ of \d+ claims supported/);
    assert.ok(r.content!.includes(r.summary!.split(' · ')[0]), 'the page shows the summary');
    assert.ok(r.content!.includes(`checked ${checkedAt().slice(0, -6)}`), 'the date of today');
    const md = await client.conn.sendRequest<{ content?: string }>('sourced/report', { textDocument: { uri: draftUri }, format: 'md' });
    assert.match(md.content!, /^# Fact-check report: Balloons over the border/);
    const none = await client.conn.sendRequest<{ error?: string }>('sourced/report', { textDocument: { uri: uriOf(path.join(dir, 'nowhere.md')) } });
    assert.ok(none.error);
  });
});

/** Opens the example's draft in the client, and gives its unsupported finding and the quick fixes offered for it. */
async function unsupportedFinding(client: Client, dir: string) {
  const draftUri = uriOf(path.join(dir, 'draft.md'));
  client.open(draftUri, await fs.readFile(path.join(dir, 'draft.md'), 'utf8'));
  const p = await client.diagnosticsFor(draftUri, (x) => x.diagnostics.some((d) => d.code === 'claim.unsupported'));
  const finding = p.diagnostics.find((d) => d.code === 'claim.unsupported')!;
  const actions = await client.conn.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri: draftUri }, range: finding.range, context: { diagnostics: [finding] } });
  return { draftUri, finding, actions };
}

describe('suppressions with a client that asks the writer', () => {
  test('"Ignore this finding" runs the client command; sourced/ignoreEdit records the reason given', async () => {
    const dir = await tempCopy(EXAMPLE, 'sourced-suppress-ask-');
    const client = await startClient(dir, { capabilities: { experimental: { sourcedCommands: ['sourced.ignoreFinding', 'sourced.editIgnoreFile'] } } });
    try {
      const { actions } = await unsupportedFinding(client, dir);
      const ignore = actions.find((a) => a.title === 'Ignore this finding')!;
      assert.equal(ignore.edit, undefined);
      assert.equal(ignore.command!.command, 'sourced.ignoreFinding');
      const answer = await client.conn.sendRequest<{ edit: WorkspaceEdit }>('sourced/ignoreEdit', { ...(ignore.command!.arguments[0] as object), reason: 'Confirmed by phone' });
      const written = answer.edit.documentChanges!.find((c) => c.textDocument)!.edits![0].newText;
      assert.equal(JSON.parse(written).ignore[0].reason, 'Confirmed by phone');
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('"Ignore this finding here" runs the client command; sourced/ignoreEdit with `here` gives the comment with the reason', async () => {
    const dir = await tempCopy(EXAMPLE, 'sourced-suppress-here-');
    const client = await startClient(dir, { capabilities: { experimental: { sourcedCommands: ['sourced.ignoreFindingHere'] } } });
    try {
      const { draftUri, finding, actions } = await unsupportedFinding(client, dir);
      const here = actions.find((a) => a.title === 'Ignore this finding here')!;
      assert.equal(here.edit, undefined);
      assert.equal(here.command!.command, 'sourced.ignoreFindingHere');
      const answer = await client.conn.sendRequest<{ edit: WorkspaceEdit }>('sourced/ignoreEdit', { ...(here.command!.arguments[0] as object), reason: 'Confirmed --> by phone', here: true });
      const [edit] = answer.edit.changes![draftUri];
      // The reason cannot close the comment early.
      assert.equal(edit.newText, '<!-- sourced-ignore claim.unsupported: Confirmed – by phone --> ');
      assert.deepEqual(edit.range.start, { line: finding.range.start.line, character: finding.range.start.character });
      // Without the command, the plain edit (no reason).
      const plain = await startClient(dir);
      try {
        const { actions: plainActions } = await unsupportedFinding(plain, dir);
        assert.equal(plainActions.find((a) => a.title === 'Ignore this finding here')!.edit!.changes![draftUri][0].newText, '<!-- sourced-ignore claim.unsupported --> ');
      } finally {
        await plain.stop();
      }
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
