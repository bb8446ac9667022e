/**
 * Protocol round trips: the built language server over stdio, on a temp copy of examples/balloons.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { URI as VsUri } from 'vscode-uri';
import { ensureBuilt, EXAMPLE, hashTree, startClient, tempCopy, uriOf, type Client, type Diagnostic } from './harness';

/** The range's text in a document. */
function textAt(text: string, r: Diagnostic['range']): string {
  const lines = text.split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

/** Position of the first `needle` (plus `delta` characters) in a text. */
function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is not in the text`);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code).sort();

/** What a careful reader of the three example sources finds wrong with the example draft. */
const EXAMPLE_FINDINGS = [
  ['claim.uncited', 'In October 2014'], // true, and para. 11 of the defectors article says so
  ['claim.contradicted', 'Damage and injuries'], // the article: “No damage, injuries, or loss of lives were reported”
  ['claim.contradicted', '2019'], // banned after taking office in 2017
  ['claim.contradicted', 'more than 3,000'], // more than 1,000 bottles
  ['citation.bad-locator', 'para. 40'], // the impasse article has far fewer paragraphs
  ['claim.citation-mismatch', 'North Korea has sent up to 15,000 troops'], // the troops are in the impasse article, not the cited one
  ['claim.unsupported', 'Seoul has paid Pyongyang $40 million'], // no source mentions it
  ['citation.unknown-key', '@defector-leaflets-usb'], // a typo
] as const;

// Each describe starts its own server on its own folder: they run side by side, their tests in order.
describe('the language server over stdio', { concurrency: true }, () => {
  describe('language server over stdio', { concurrency: 1 }, () => {
    let dir: string;
    let client: Client;
    let draftPath: string;
    let draftUri: string;
    let draft: string;
    let sourceHashes: Record<string, string>;
    let version = 1;

    before(async () => {
      ensureBuilt();
      dir = await tempCopy(EXAMPLE);
      sourceHashes = await hashTree(path.join(dir, 'sources'));
      draftPath = path.join(dir, 'draft.md');
      draftUri = uriOf(draftPath);
      draft = await fs.readFile(draftPath, 'utf8');
      client = await startClient(dir, { watch: true });
    });

    after(async () => {
      await client?.stop();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    test('initialize announces the features; the index reports the three sources', async () => {
      const caps = (client as unknown as { init: { capabilities: Record<string, unknown> } }).init.capabilities;
      for (const k of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'codeActionProvider']) assert.ok(caps[k], k);
      assert.deepEqual(await client.conn.sendRequest('sourced/status'), { sources: 3, skipped: 0, generation: (await client.conn.sendRequest<{ generation: number }>('sourced/status')).generation });
      assert.ok(client.logs.some((l) => /Indexed 3 sources \(0 skipped\)/.test(l)), client.logs.join('\n'));
      // With dynamic registration, the server asked to watch the sources folders.
      assert.ok(client.serverRequests.some((r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles')));
    });

    test('didOpen publishes the example’s findings', async () => {
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version, text: draft } });
      const p = await client.diagnosticsFor(draftUri, (x) => x.version === version);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        EXAMPLE_FINDINGS.map(([code]) => code),
        p.diagnostics.map((d) => d.message).join('\n'),
      );
      EXAMPLE_FINDINGS.forEach(([, text], i) => {
        const d = p.diagnostics[i];
        assert.ok(textAt(draft, d.range).startsWith(text), `${d.code} covers “${textAt(draft, d.range)}”`);
        assert.equal(d.source, 'Sourced');
        assert.equal((d.data as { code: string }).code, d.code);
      });
      const contradiction = p.diagnostics.find((d) => textAt(draft, d.range) === '2019')!;
      assert.match(contradiction.message, /2017/);
    });

    test('completion ranks the source that supports the sentence first and closes the bracket', async () => {
      const line = 'Pyongyang has received between $9.6 billion and $12.3 billion from Russia [@';
      draft = `${draft.trimEnd()}\n${line}\n`;
      version++;
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: draft }] });
      const position = positionOf(draft, line, line.length);
      const result = await client.conn.sendRequest<{ isIncomplete: boolean; items: Array<{ label: string; sortText: string; textEdit: { newText: string; range: Diagnostic['range'] } }> }>('textDocument/completion', { textDocument: { uri: draftUri }, position });
      assert.equal(result.isIncomplete, false, 'every source is listed: the editor may filter the list itself');
      const items = [...result.items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
      assert.equal(items[0].label, '@inter-korean-impasse');
      assert.equal(items[0].textEdit.newText, 'inter-korean-impasse]');
      assert.deepEqual(items[0].textEdit.range, { start: position, end: position });
      assert.match(items[1].label, /^@inter-korean-impasse, para\. \d+$/);
      assert.deepEqual(
        [...new Set(items.filter((i) => !i.label.includes(',')).map((i) => i.label))].sort(),
        ['@balloon-diplomacy-overview', '@defectors-leaflets-usb', '@inter-korean-impasse'],
      );

      // The documentation comes when the editor shows an item (completionItem/resolve), not with the list.
      assert.ok(items.every((i) => !('documentation' in i)), 'the list carries no documentation');
      type Resolved = { label: string; documentation?: { kind: string; value: string } };
      const source = await client.conn.sendRequest<Resolved>('completionItem/resolve', items[0]);
      assert.equal(source.label, '@inter-korean-impasse');
      assert.equal(source.documentation?.kind, 'markdown');
      assert.match(source.documentation!.value, /^\*\*.+\*\*/, 'the title first, in bold');
      assert.match(source.documentation!.value, /best match for this sentence/);
      const passage = await client.conn.sendRequest<Resolved>('completionItem/resolve', items[1]);
      assert.match(passage.documentation!.value, /^\*\*.+\*\*, para\. \d+\n\n> /, 'the passage quoted under its paragraph');
      assert.match(passage.documentation!.value, /\*\*(9\.6|12\.3|billion|Russia)\*\*/i, 'words the sentence shares in bold');

      // An item of a list the editor has moved on from resolves to itself: no stale documentation.
      await client.conn.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position });
      const stale = await client.conn.sendRequest<Resolved>('completionItem/resolve', items[0]);
      assert.equal(stale.documentation, undefined);
      assert.equal(stale.label, items[0].label);
    });

    test('didChange re-checks: fixing the typo removes the unknown-key error', async () => {
      const published = client.published.length;
      draft = draft.replace('@defector-leaflets-usb', '@defectors-leaflets-usb');
      version++;
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: draft }] });
      const p = await client.diagnosticsFor(draftUri, (x) => x.version === version, published);
      assert.ok(!codes(p.diagnostics).includes('citation.unknown-key'));
      assert.ok(codes(p.diagnostics).includes('citation.bad-locator'));
    });

    test('incremental changes are applied at the right place', async () => {
      const published = client.published.length;
      const at = positionOf(draft, '2019.', 0);
      version++;
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: draftUri, version },
        contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '2017' }],
      });
      draft = draft.replace('office in 2019.', 'office in 2017.');
      const p = await client.diagnosticsFor(draftUri, (x) => x.version === version, published);
      assert.ok(!p.diagnostics.some((d) => /2019/.test(d.message)), 'the 2019 contradiction is gone');
      assert.ok(p.diagnostics.some((d) => /3,000/.test(d.message)), 'the 3,000 contradiction stays');
    });

    test('hover on a located citation quotes the paragraph and links to its line', async () => {
      const hover = await client.conn.sendRequest<{ contents: { kind: string; value: string }; range: Diagnostic['range'] }>('textDocument/hover', {
        textDocument: { uri: draftUri },
        position: positionOf(draft, '@defectors-leaflets-usb, para. 2', 3),
      });
      assert.equal(hover.contents.kind, 'markdown');
      assert.equal(textAt(draft, hover.range), '@defectors-leaflets-usb, para. 2');
      assert.match(hover.contents.value, /\*\*200,000\*\* \*\*leaflets\*\*/);
      assert.ok(hover.contents.value.includes(`(${uriOf(path.join(dir, 'sources', 'defectors-leaflets-usb.txt'))}#L3)`), hover.contents.value);
    });

    test('definition goes to the cited paragraph', async () => {
      const loc = await client.conn.sendRequest<{ uri: string; range: Diagnostic['range'] }>('textDocument/definition', {
        textDocument: { uri: draftUri },
        position: positionOf(draft, '@defectors-leaflets-usb, para. 4', 5),
      });
      assert.equal(loc.uri, uriOf(path.join(dir, 'sources', 'defectors-leaflets-usb.txt')));
      const source = await fs.readFile(path.join(dir, 'sources', 'defectors-leaflets-usb.txt'), 'utf8');
      assert.ok(textAt(source, loc.range).startsWith('Park Sang-hak, the leader of the group'), textAt(source, loc.range));
    });

    test('references list every citation of the key in the draft', async () => {
      const refs = await client.conn.sendRequest<Array<{ uri: string; range: Diagnostic['range'] }>>('textDocument/references', {
        textDocument: { uri: draftUri },
        position: positionOf(draft, '@inter-korean-impasse', 2),
        context: { includeDeclaration: true },
      });
      const expected = draft.split('@inter-korean-impasse').length - 1;
      assert.equal(refs.length, expected);
      for (const r of refs) {
        assert.equal(r.uri, draftUri);
        assert.equal(textAt(draft, r.range), '@inter-korean-impasse');
      }
    });

    test('code actions: the contradiction’s figure fix, and fix-all', async () => {
      const published = client.published.length;
      version++;
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: draft }] });
      const p = await client.diagnosticsFor(draftUri, (x) => x.version === version, published);
      const d = p.diagnostics.find((x) => x.code === 'claim.contradicted' && textAt(draft, x.range) === 'more than 3,000');
      assert.ok(d);
      const actions = await client.conn.sendRequest<Array<{ title: string; kind: string; isPreferred?: boolean; diagnostics?: Diagnostic[]; edit: { changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> } }>>('textDocument/codeAction', {
        textDocument: { uri: draftUri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(fix.title, "Use the source's figure: more than 1,000");
      assert.equal(fix.diagnostics?.[0].code, 'claim.contradicted');
      assert.deepEqual(fix.edit.changes[draftUri], [{ range: d.range, newText: 'more than 1,000' }]);

      const all = await client.conn.sendRequest<Array<{ kind: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
        textDocument: { uri: draftUri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(all.length, 1);
      assert.equal(all[0].kind, 'source.fixAll.sourced');
      // The two true, uncited claims: the October 2014 launch and (now that the year was corrected) the 2017 ban.
      assert.deepEqual(all[0].edit.changes[draftUri].map((e) => e.newText), [' [@defectors-leaflets-usb, para. 11]', ' [@defectors-leaflets-usb, para. 15]']);
    });

    test('a new source file, announced by didChangeWatchedFiles, resolves a key that was unknown', async () => {
      let published = client.published.length;
      // A paragraph of its own: the unfinished "[@" line from the completion test must not run into it.
      draft = `${draft.trimEnd()}\n\nThe museum in Paju displays 120 recovered balloons [@paju-museum].\n`;
      version++;
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: draft }] });
      let p = await client.diagnosticsFor(draftUri, (x) => x.version === version, published);
      assert.ok(p.diagnostics.some((d) => d.code === 'citation.unknown-key' && textAt(draft, d.range) === '@paju-museum'));

      published = client.published.length;
      const file = path.join(dir, 'sources', 'paju-museum.txt');
      await fs.writeFile(file, 'Paju museum\n\nThe museum in Paju displays 120 recovered balloons from both Koreas.\n');
      try {
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
        p = await client.diagnosticsFor(draftUri, (x) => !x.diagnostics.some((d) => /paju-museum/.test(d.message)), published);
        assert.ok(!p.diagnostics.some((d) => d.range.start.line === draft.trimEnd().split('\n').length - 1), 'the new sentence is supported by its citation');
        assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 4);

        // Deleting it makes the key unknown again.
        published = client.published.length;
        await fs.rm(file);
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
        p = await client.diagnosticsFor(draftUri, (x) => x.diagnostics.some((d) => d.code === 'citation.unknown-key' && textAt(draft, d.range) === '@paju-museum'), published);
        assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 3);
      } finally {
        await fs.rm(file, { force: true });
      }
    });

    test('the server never wrote to a source file', async () => {
      assert.deepEqual(await hashTree(path.join(dir, 'sources')), sourceHashes);
    });
  });

  describe('a draft open before the sources are indexed', { concurrency: 1 }, () => {
    test('is checked once the index is ready, never against a half-read folder', async () => {
      const dir = await tempCopy(EXAMPLE);
      const draftUri = uriOf(path.join(dir, 'draft.md'));
      const draft = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
      const client = await startClient(dir, { openFirst: [{ uri: draftUri, text: draft }] });
      try {
        const p = await client.diagnosticsFor(draftUri);
        const ready = client.order.indexOf('status:ready');
        assert.ok(ready >= 0 && client.order.indexOf(`diagnostics:${draftUri}`) > ready, client.order.join(', '));
        // The first findings are the real ones: no key reported unknown because its file was not read yet.
        assert.deepEqual(p.diagnostics.map((d) => d.code), EXAMPLE_FINDINGS.map(([code]) => code), p.diagnostics.map((d) => d.message).join('\n'));
      } finally {
        await client.stop();
        await fs.rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('tracing event-loop blocks (SOURCED_TRACE_BLOCKS)', { concurrency: 1 }, () => {
    test('records blocks and collections on the monotonic clock, only when asked', async () => {
      const dir = await tempCopy(EXAMPLE);
      const draftUri = uriOf(path.join(dir, 'draft.md'));
      const draft = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
      const traced = await startClient(dir, { env: { SOURCED_TRACE_BLOCKS: '0' }, nodeArgs: ['--expose-gc'] });
      const plain = await startClient(dir);
      try {
        type Trace = { blocks: Array<[number, number]>; gcs: Array<[number, number, number]> };
        // Read before the reset is asked for: a block may start as soon as the server has reset its trace,
        // before this process hears back (seconds later on a loaded machine).
        const from = Number(process.hrtime.bigint() / 1000n);
        await traced.conn.sendRequest('sourced/stats', { resetLoopDelay: true });
        // Checking a draft holds the loop for a few milliseconds; a forced collection is a major one.
        await traced.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draft } });
        await traced.diagnosticsFor(draftUri);
        assert.equal(((await traced.conn.sendRequest('sourced/gc')) as { collected: boolean }).collected, true);
        // Read after the stats arrive: every block they list had ended by then (the one that answered the
        // forced collection may end after its answer is sent).
        const { trace } = (await traced.conn.sendRequest('sourced/stats', {})) as { trace: Trace };
        const to = Number(process.hrtime.bigint() / 1000n);
        assert.ok(trace.blocks.length > 0, 'checking the draft held the loop for more than 2 ms at least once');
        for (const [start, ms] of trace.blocks) {
          assert.ok(ms >= 2, `a block of ${ms} ms`);
          // The server's clock is this process's: the blocks end between the two readings (one may have begun
          // before the reset, while the server was still busy with its own start-up work).
          const end = start + ms * 1000;
          assert.ok(end >= from - 5_000 && end <= to + 5_000, `block ending at ${end} outside ${from}..${to}`);
        }
        assert.ok(trace.gcs.some(([start, , kind]) => kind === 4 && start >= from - 5_000 && start <= to + 5_000), JSON.stringify(trace.gcs));
        // The reset clears what was recorded; a server not asked records nothing.
        await traced.conn.sendRequest('sourced/stats', { resetLoopDelay: true });
        const after = (await traced.conn.sendRequest('sourced/stats', {})) as { trace: Trace };
        assert.ok(after.trace.gcs.every(([start]) => start > to), JSON.stringify(after.trace));
        assert.equal('trace' in ((await plain.conn.sendRequest('sourced/stats', {})) as object), false);
      } finally {
        await traced.stop();
        await plain.stop();
        await fs.rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('language server with bad files in sources/', { concurrency: 1 }, () => {
    let dir: string;
    let client: Client;
    let hashes: Record<string, string>;
    const isRoot = process.getuid?.() === 0;
    const bad: Array<[string, RegExp]> = [
      ['binary.txt', /binary/],
      ['empty.txt', /empty/],
      ['latin1.txt', /UTF-8/],
      ['dangling.txt', /no longer exists|cannot be/],
    ];
    if (!isRoot) bad.push(['locked.txt', /permission denied/]);

    before(async () => {
      ensureBuilt();
      dir = await tempCopy(EXAMPLE);
      const s = path.join(dir, 'sources');
      await fs.writeFile(path.join(s, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      await fs.writeFile(path.join(s, 'empty.txt'), '');
      await fs.writeFile(path.join(s, 'latin1.txt'), Buffer.from('Caf\xe9 noir au caf\xe9 du coin.', 'latin1'));
      // As root, chmod does not stop reads: a link to nowhere is a file that cannot be opened.
      await fs.symlink(path.join(dir, 'does-not-exist.txt'), path.join(s, 'dangling.txt'));
      if (!isRoot) {
        await fs.writeFile(path.join(s, 'locked.txt'), 'You cannot read this.');
        await fs.chmod(path.join(s, 'locked.txt'), 0o000);
      }
      hashes = await hashTree(s);
      client = await startClient(dir);
    });

    after(async () => {
      await client?.stop();
      if (dir) {
        await fs.chmod(path.join(dir, 'sources', 'locked.txt'), 0o644).catch(() => undefined);
        await fs.rm(dir, { recursive: true, force: true });
      }
    });

    test('each bad file gets a source.unreadable diagnostic and a log line', async () => {
      for (const [name, reason] of bad) {
        const uri = uriOf(path.join(dir, 'sources', name));
        const p = await client.diagnosticsFor(uri);
        assert.equal(p.diagnostics.length, 1, name);
        assert.equal(p.diagnostics[0].code, 'source.unreadable');
        assert.match(p.diagnostics[0].message, reason);
        assert.ok(client.logs.some((l) => l.startsWith(`Skipped ${name}:`) && reason.test(l)), `log line for ${name}: ${client.logs.join(' / ')}`);
      }
      assert.ok(client.logs.some((l) => new RegExp(`Indexed 3 sources \\(${bad.length} skipped\\)`).test(l)), client.logs.join('\n'));
    });

    test('everything else keeps working', async () => {
      const draftPath = path.join(dir, 'draft.md');
      const uri = uriOf(draftPath);
      const text = await fs.readFile(draftPath, 'utf8');
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const p = await client.diagnosticsFor(uri);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        EXAMPLE_FINDINGS.map(([code]) => code),
      );
      const hover = await client.conn.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '@inter-korean-impasse]', 2) });
      assert.match(hover.contents.value, /Inter-Korean impasse/);
    });

    test('a bad file that is fixed is indexed and its diagnostic cleared', async () => {
      const file = path.join(dir, 'sources', 'empty.txt');
      const uri = uriOf(file);
      const published = client.published.length;
      await fs.writeFile(file, 'Now there is text in this file about balloons.\n');
      hashes['empty.txt'] = (await hashTree(path.join(dir, 'sources')))['empty.txt'];
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      const p = await client.diagnosticsFor(uri, (x) => x.diagnostics.length === 0, published);
      assert.deepEqual(p.diagnostics, []);
      assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 4);
    });

    test('no source file was written', async () => {
      assert.deepEqual(await hashTree(path.join(dir, 'sources')), hashes);
    });
  });

  describe('language server settings and document lifecycle', { concurrency: 1 }, () => {
    let dir: string;
    let client: Client;

    before(async () => {
      ensureBuilt();
      dir = await tempCopy(EXAMPLE);
      await fs.mkdir(path.join(dir, 'notes'));
      await fs.writeFile(path.join(dir, 'notes', 'notes.md'), 'Paju museum\n\nThe museum in Paju displays 120 recovered balloons from both Koreas.\n');
      // Sources come from notes/ only; diagnostics are off until the configuration changes.
      client = await startClient(dir, { settings: { sources: ['notes/**'], diagnostics: { enabled: false } } });
    });

    after(async () => {
      await client?.stop();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    test('the sources setting decides what is indexed', async () => {
      assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 1);
    });

    test('with diagnostics disabled a draft gets an empty list; enabling them re-checks open drafts', async () => {
      const uri = uriOf(path.join(dir, 'draft.md'));
      const text = 'The museum in Paju displays 300 recovered balloons from both Koreas [@notes].\n';
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const off = await client.diagnosticsFor(uri);
      assert.deepEqual(off.diagnostics, []);
      const published = client.published.length;
      client.settings = { sources: ['notes/**'], diagnostics: { enabled: true } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const on = await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0, published);
      assert.deepEqual(codes(on.diagnostics), ['claim.contradicted']);
      assert.match(on.diagnostics[0].message, /the draft says 300; the source says 120/);
    });

    test('a source file opened in the editor is not checked as a draft and gets no hover', async () => {
      const uri = uriOf(path.join(dir, 'notes', 'notes.md'));
      const published = client.published.length;
      const text = await fs.readFile(path.join(dir, 'notes', 'notes.md'), 'utf8');
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: text + '\nA claim [@nowhere].\n' } });
      const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 11 } });
      assert.equal(hover, null);
      // Round trip a request so any publication for it would have arrived.
      await client.conn.sendRequest('sourced/status');
      assert.ok(!client.published.slice(published).some((p) => p.uri === uri && p.diagnostics.length > 0));
    });

    test('closing a draft clears its diagnostics', async () => {
      const uri = uriOf(path.join(dir, 'draft.md'));
      const published = client.published.length;
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const p = await client.diagnosticsFor(uri, () => true, published);
      assert.deepEqual(p.diagnostics, []);
    });

    test('an unsaved (untitled) Markdown draft is checked too', async () => {
      const uri = 'untitled:Untitled-1';
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The museum in Paju displays 300 recovered balloons from both Koreas.\n' } });
      const p = await client.diagnosticsFor(uri);
      assert.deepEqual(codes(p.diagnostics), ['claim.contradicted']);
    });

    test('a burst of edits ends with the diagnostics of the last version', async () => {
      const uri = uriOf(path.join(dir, 'burst.md'));
      const published = client.published.length;
      const line = (n: number) => `The museum in Paju displays ${n} recovered balloons from both Koreas.\n`;
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: line(1) } });
      for (let v = 2; v <= 6; v++) await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: line(v === 6 ? 120 : 100 + v) }] });
      const last = await client.diagnosticsFor(uri, (p) => p.version === 6, published);
      // The last version states the source's figure: nothing to report.
      assert.deepEqual(last.diagnostics.filter((d) => d.code === 'claim.contradicted'), []);
      // Round trip, then make sure no older version was published after it.
      await client.conn.sendRequest('sourced/status');
      const after = client.published.slice(client.published.indexOf(last) + 1).filter((p) => p.uri === uri);
      assert.ok(after.every((p) => p.version === undefined || p.version >= 6), JSON.stringify(after.map((p) => p.version)));
    });

    test('sourced/reindex rebuilds the index from disk', async () => {
      await fs.writeFile(path.join(dir, 'notes', 'more.txt'), 'More notes about balloons launched from Paju in 2014.\n');
      assert.deepEqual(await client.conn.sendRequest('sourced/reindex'), { sources: 2, skipped: 0 });
    });
  });

  describe('language server with more sources than a completion list shows', { concurrency: 1 }, () => {
    let dir: string;
    let client: Client;

    before(async () => {
      ensureBuilt();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-many-'));
      await fs.mkdir(path.join(dir, 'sources'));
      for (let i = 0; i < 260; i++) await fs.writeFile(path.join(dir, 'sources', `note-${String(i).padStart(3, '0')}.txt`), `Note ${i} says that ${i * 7} balloons crossed the border.\n`);
      client = await startClient(dir);
    });

    after(async () => {
      await client?.stop();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    test('a truncated list is marked incomplete, so typing asks the server again', async () => {
      const uri = uriOf(path.join(dir, 'draft.md'));
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'See [@\n' } });
      const all = await client.conn.sendRequest<{ isIncomplete: boolean; items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 6 } });
      assert.equal(all.isIncomplete, true);
      assert.ok(all.items.length < 260);
      // The last note is not in the first list, but typing its number finds it.
      assert.ok(!all.items.some((i) => i.label === '@note-259'));
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'See [@note-259\n' }] });
      const typed = await client.conn.sendRequest<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 14 } });
      assert.equal(typed.items[0]?.label, '@note-259');
    });

    test('a reindex started while another runs supersedes it, and the index ends whole and once', async () => {
      // The first run is cancelled as soon as the second is asked for: its workers stop mid-way.
      const [first, second] = await Promise.all([client.conn.sendRequest('sourced/reindex'), client.conn.sendRequest('sourced/reindex')]);
      assert.deepEqual(second, { sources: 260, skipped: 0 });
      assert.deepEqual(first, { sources: 260, skipped: 0 });
      const stats = await client.conn.sendRequest<{ sources: number; lastIndex: { files: number } }>('sourced/stats', {});
      assert.equal(stats.sources, 260);
      assert.equal(stats.lastIndex.files, 260);
      // Every note kept its own key: nothing indexed twice under a numbered one.
      const uri = uriOf(path.join(dir, 'draft.md'));
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'See [@note-2\n' }] });
      const typed = await client.conn.sendRequest<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 12 } });
      const labels = typed.items.map((i) => i.label).filter((l) => !l.includes(','));
      assert.ok(labels.includes('@note-259') && labels.includes('@note-200'), labels.join(' '));
      assert.ok(!labels.some((l) => /^@note-\d{3}-\d+$/.test(l)), labels.join(' '));
    });
  });

  describe('language server in folders with unusual names', { concurrency: 1 }, () => {
    const clients: Client[] = [];
    const parents: string[] = [];

    /** A copy of the example in a folder of this name, and a server on it. */
    async function start(name: string): Promise<{ dir: string; client: Client }> {
      const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-names-'));
      parents.push(parent);
      const dir = path.join(parent, name);
      await fs.rename(await tempCopy(EXAMPLE), dir);
      const client = await startClient(dir);
      clients.push(client);
      return { dir, client };
    }

    before(() => ensureBuilt());

    after(async () => {
      for (const c of clients) await c.stop();
      for (const p of parents) await fs.rm(p, { recursive: true, force: true });
    });

    test('references from a draft opened under the editor’s spelling of its URI are listed once', async () => {
      // VS Code percent-encodes ",", "&" and "="; Node's file URLs do not. The draft is open and on disk.
      const { dir, client } = await start('drafts, v2 & notes=final');
      assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 3);
      const uri = VsUri.file(path.join(dir, 'draft.md')).toString();
      assert.notEqual(uri, uriOf(path.join(dir, 'draft.md')));
      const text = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const refs = await client.conn.sendRequest<Array<{ uri: string }>>('textDocument/references', {
        textDocument: { uri },
        position: positionOf(text, '@inter-korean-impasse', 2),
        context: { includeDeclaration: true },
      });
      assert.equal(refs.length, text.split('@inter-korean-impasse').length - 1, JSON.stringify(refs.map((r) => r.uri)));
      assert.ok(refs.every((r) => r.uri === uri));
    });

    test('sources are found in a folder whose name has glob characters', async () => {
      const { client } = await start('drafts (2025)');
      assert.equal((await client.conn.sendRequest<{ sources: number }>('sourced/status')).sources, 3);
    });
  });
});
