/**
 * The writer's desk over the protocol: `sourced/evidence` for the sentence at a position (and a stale
 * request cancelled), and the `sourced/coverage` notification after each check of a draft.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { DraftCoverage, EvidenceResult } from '../../server/src/lsp/protocol';
import { ensureBuilt, EXAMPLE, startClient, tempCopy, uriOf, type Client } from './harness';

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is not in the text`);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('the evidence request and the coverage notification', { concurrency: 1 }, () => {
  let dir: string;
  let client: Client;
  let draftUri: string;
  let draft: string;
  const coverages: DraftCoverage[] = [];

  before(async () => {
    ensureBuilt();
    dir = await tempCopy(EXAMPLE);
    draftUri = uriOf(path.join(dir, 'draft.md'));
    draft = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
    client = await startClient(dir, { watch: true });
    client.conn.onNotification('sourced/coverage', (p: DraftCoverage) => void coverages.push(p));
  });

  after(async () => {
    await client?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const evidence = (position: { line: number; character: number }, token?: CancellationTokenSource) => {
    const params = { textDocument: { uri: draftUri }, position };
    // (An undefined token would be sent as a second parameter.)
    return (token ? client.conn.sendRequest('sourced/evidence', params, token.token) : client.conn.sendRequest('sourced/evidence', params)) as Promise<EvidenceResult | null>;
  };

  test('after the first check, the draft’s coverage arrives with the counts of its verdicts', async () => {
    client.open(draftUri, draft);
    const published = await client.diagnosticsFor(draftUri);
    const c = await client.until('the coverage of the draft', () => coverages.find((x) => x.uri === draftUri));
    assert.equal(c.version, published.version);
    // The example: 10 claims, of which the two cited at para. 2 and 4 and the uncited October 2014 one stand.
    assert.equal(c.text, `${c.coverage.supported} of ${c.coverage.claims} claims supported · ${c.coverage.claims - c.coverage.supported} to check`);
    assert.ok(c.coverage.supported >= 3 && c.coverage.claims > c.coverage.supported, JSON.stringify(c.coverage));
    assert.equal(c.coverage.contradicted, published.diagnostics.filter((d) => d.code === 'claim.contradicted').length);
    assert.equal(c.coverage.unsupported, published.diagnostics.filter((d) => d.code === 'claim.unsupported').length);
  });

  test('an edit that makes a claim unsupported is counted in the next coverage', async () => {
    const before = coverages.filter((x) => x.uri === draftUri).at(-1)!;
    const edited = draft + '\nThe mayor of Paju bought 4,000 loudspeakers from Norway in 2003.\n';
    client.change(draftUri, edited, 2);
    const c = await client.until('the coverage of version 2', () => coverages.find((x) => x.uri === draftUri && x.version === 2));
    assert.equal(c.coverage.claims, before.coverage.claims + 1);
    assert.equal(c.coverage.unsupported, before.coverage.unsupported + 1);
    assert.equal(c.coverage.supported, before.coverage.supported);
    client.change(draftUri, draft, 3);
    await client.until('the coverage of version 3', () => coverages.find((x) => x.uri === draftUri && x.version === 3));
  });

  test('a claim whose finding the writer ignored is counted as ignored, not left to check', async () => {
    const before = coverages.filter((x) => x.uri === draftUri).at(-1)!;
    const edited = draft + '\n<!-- sourced-ignore claim.unsupported: confirmed with the mayor by phone -->\nThe mayor of Paju bought 4,000 loudspeakers from Norway in 2003.\n';
    client.change(draftUri, edited, 4);
    const c = await client.until('the coverage of version 4', () => coverages.find((x) => x.uri === draftUri && x.version === 4));
    assert.equal(c.coverage.claims, before.coverage.claims + 1);
    assert.equal(c.coverage.ignored, 1);
    const toCheck = before.coverage.claims - before.coverage.supported;
    assert.equal(c.text, `${before.coverage.supported} of ${c.coverage.claims} claims supported · ${toCheck} to check · 1 ignored`);
    client.change(draftUri, draft, 5);
    await client.until('the coverage of version 5', () => coverages.find((x) => x.uri === draftUri && x.version === 5));
  });

  test('sourced/evidence answers for the sentence at the position: verdict, parts, passages, and a Cite edit only where safe', async () => {
    const uncited = await evidence(positionOf(draft, 'In October 2014', 5));
    const e = uncited?.evidence;
    assert.ok(e, JSON.stringify(uncited));
    assert.equal(e.status, 'supported');
    assert.equal(e.label, 'Supported, but not cited');
    assert.ok(e.parts.some((p) => p.text === 'October 2014' && p.kind === 'date' && p.found), JSON.stringify(e.parts));
    const citable = e.passages.filter((p) => p.cite);
    assert.ok(citable.length >= 1 && citable[0].key === 'defectors-leaflets-usb', JSON.stringify(e.passages.map((p) => [p.key, p.where, !!p.cite])));
    assert.match(citable[0].cite!.edit.newText, /^ \[@defectors-leaflets-usb, para\. \d+\]$/);
    assert.ok(citable[0].quote.some((q) => q.shared));

    const unsupported = (await evidence(positionOf(draft, 'Seoul has paid Pyongyang', 3)))?.evidence;
    assert.equal(unsupported?.status, 'unsupported');
    assert.ok(unsupported!.passages.every((p) => !p.cite), 'nothing to cite for an unsupported claim');
    assert.ok(unsupported!.parts.some((p) => !p.found));

    const contradicted = (await evidence(positionOf(draft, 'more than 3,000', 3)))?.evidence;
    assert.equal(contradicted?.status, 'contradicted');
    assert.deepEqual(contradicted!.contradiction, { draft: 'more than 3,000', source: 'more than 1,000' });
    assert.ok(contradicted!.passages.every((p) => !p.cite));

    // A blank line is no sentence; a document the server does not have, no answer.
    assert.deepEqual(await evidence(positionOf(draft, '\n\n## The wider', 1)), {});
    assert.equal(await client.conn.sendRequest('sourced/evidence', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.conn.sendRequest('sourced/evidence', { textDocument: { uri: draftUri } }), null);
  });

  // Whether the cancellation reaches the server before it answers depends on how the pipe delivers the
  // messages (separate writes, often separate reads): either outcome is right, a mixed-up one is not.
  test('a stale request is answered as cancelled (or, if the cancellation came too late, for its own sentence); the newer one answers', async () => {
    const stale = new CancellationTokenSource();
    const first = evidence(positionOf(draft, 'Seoul has paid Pyongyang', 3), stale);
    const second = evidence(positionOf(draft, 'In October 2014', 5));
    stale.cancel();
    const outcome = await first.then((r) => r, (e: unknown) => e);
    if (outcome instanceof ResponseError) assert.equal(outcome.code, -32800, 'RequestCancelled');
    else assert.equal((outcome as EvidenceResult | null)?.evidence?.text.startsWith('Seoul has paid Pyongyang'), true, `an answer about its own sentence: ${JSON.stringify(outcome)?.slice(0, 200)}`);
    assert.equal((await second)?.evidence?.text.startsWith('In October 2014'), true);
  });
});
