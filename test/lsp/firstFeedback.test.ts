/**
 * The first feedback of a draft open when the editor starts: the editor sends its settings and the
 * drafts it has open along with `initialize`, and the server reads the sources and checks those drafts
 * while the editor is still starting (before `initialized`), then takes the editor's own didOpen in
 * without a second round of work when the text is the same. Nothing reaches the client before the answer
 * to `initialize`; a draft the editor never opens loses its findings; one opened with other text is
 * checked as opened.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { EXAMPLE, startClient, tempCopy, uriOf, type Client, type StartOptions } from './harness';

interface Draft {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly text: string;
}

/** A server on a copy of the example, started as the Sourced client starts it, with `drafts` sent along. */
async function startWith(drafts: (dir: string, text: string) => Draft[], options: StartOptions & { env?: Record<string, string> } = {}) {
  const dir = await tempCopy(EXAMPLE);
  const text = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
  const sent = drafts(dir, text);
  const client = await startClient(dir, { ...options, initializationOptions: { settings: {}, drafts: sent } });
  return { dir, text, uri: uriOf(path.join(dir, 'draft.md')), client };
}

const sentenceChecks = async (client: Client) => (await client.stats()).sentenceChecks;

describe('first feedback: drafts sent along with initialize', { concurrency: 1 }, () => {
  test('are checked before the editor says initialized, and its didOpen of the same text costs no second check', async () => {
    let before: { findings: number; checks: number } | undefined;
    const { dir, text, uri, client } = await startWith((d, t) => [{ uri: uriOf(path.join(d, 'draft.md')), languageId: 'markdown', version: 1, text: t }], {
      beforeInitialized: async (c) => {
        const uri = [...c.diagnostics.keys()].find((u) => u.endsWith('/draft.md')) ?? (await c.until('findings on the draft before initialized', () => c.published.find((p) => p.uri.endsWith('/draft.md') && p.diagnostics.length > 0)))!.uri;
        before = { findings: c.diagnostics.get(uri)!.diagnostics.length, checks: await sentenceChecks(c) };
      },
    });
    try {
      assert.ok(before && before.findings > 0, 'the draft had its findings before initialized');
      // Nothing came before the answer to initialize.
      assert.equal(client.order[0], 'answered', client.order.join(', '));
      client.open(uri, text, 1);
      // The stats request is handled after the open: no check of the draft is waiting or running.
      const stats = (await client.stats()) as unknown as { checksWaiting: boolean; sentenceChecks: number };
      assert.equal(stats.checksWaiting, false);
      assert.equal(stats.sentenceChecks, before.checks);
      assert.equal(client.diagnostics.get(uri)!.diagnostics.length, before.findings);
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a draft the editor does not open after all loses its findings', async () => {
    // Two seconds, not less: the first check of the sent draft must end before the wait does, on a loaded machine too.
    const { dir, uri, client } = await startWith((d, t) => [{ uri: uriOf(path.join(d, 'draft.md')), languageId: 'markdown', version: 1, text: t }], { env: { SOURCED_UNOPENED_MS: '2000' } });
    try {
      await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
      const cleared = await client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0);
      assert.deepEqual(cleared.diagnostics, []);
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a draft opened with other text than was sent is checked as opened', async () => {
    const { dir, uri, client } = await startWith((d, t) => [{ uri: uriOf(path.join(d, 'draft.md')), languageId: 'markdown', version: 1, text: t }]);
    try {
      await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
      const published = client.published.length;
      const edited = 'Seoul has paid Pyongyang $40 million in compensation for balloon damage since 2022.\n';
      client.open(uri, edited, 2);
      const p = await client.diagnosticsFor(uri, (x) => x.version === 2, published);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['claim.unsupported'],
        p.diagnostics.map((d) => d.message).join('\n'),
      );
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('without settings sent along, indexing waits for the settings the editor gives when asked', async () => {
    const dir = await tempCopy(EXAMPLE);
    // The example's sources are in sources/; the editor's settings point at a folder that does not exist.
    const client = await startClient(dir, { settings: { sources: ['elsewhere/**'] } });
    try {
      const ready = client.statuses.filter((s) => s.state === 'ready');
      assert.equal(ready.length, 1, JSON.stringify(client.statuses));
      assert.equal(ready[0].sources, 0);
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
