/**
 * The soak: thousands of edits to one draft through the real language server (dist/server.js over
 * stdio), with completions and hovers in between, and the heap after a full collection every 1,000
 * edits. Each edit writes a sentence never seen before (a new figure), so every cache the server keeps
 * per sentence is tried; the draft shrinks back as it grows, so what it holds at the end is what it
 * held at the start.
 *
 *   npm run soak                       10,000 edits (prints the heap series and its growth)
 *   npm run soak -- --edits 2000       fewer
 *
 * `runSoak` is also run short inside `npm test` (test/robustness/robustness.test.ts), asserting only
 * correctness: the server answers every request and its caches stay within their bounds.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE, ensureBuilt, startClient, tempCopy, uriOf } from '../lsp/harness';

export interface SoakResult {
  readonly edits: number;
  /** [edits so far, heap used after a full collection (bytes), RSS (bytes)] every `every` edits. */
  readonly series: ReadonlyArray<readonly [number, number, number]>;
  /** Heap growth from the first sample after warming up to the last, in per cent. */
  readonly growthPercent: number;
  readonly completions: number;
  readonly hovers: number;
  /** Requests that failed (should be none). */
  readonly errors: readonly string[];
  /** The server's counters at the end (sentence memo size, drafts held). */
  readonly stats: Record<string, unknown>;
  readonly slowestRequestMs: number;
}

export async function runSoak(options: { edits: number; every?: number; log?: (line: string) => void }): Promise<SoakResult> {
  ensureBuilt();
  const every = options.every ?? 1000;
  const dir = await tempCopy(EXAMPLE, 'sourced-soak-');
  // Checks run 1 ms after an edit: every edit is checked, not only the last of a burst.
  const client = await startClient(dir, { nodeArgs: ['--expose-gc'], env: { SOURCED_DEBOUNCE_MS: '1' } });
  const errors: string[] = [];
  const series: Array<[number, number, number]> = [];
  let completions = 0;
  let hovers = 0;
  let slowest = 0;
  const timed = async <T>(what: string, p: Promise<T>): Promise<T | undefined> => {
    const t0 = Date.now();
    try {
      return await p;
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message : e}`);
      return undefined;
    } finally {
      slowest = Math.max(slowest, Date.now() - t0);
    }
  };
  try {
    const uri = uriOf(path.join(dir, 'draft.md'));
    const base = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
    let version = 1;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: base } });
    await client.diagnosticsFor(uri);
    const sample = async (edits: number) => {
      const gc = (await timed('gc', client.conn.sendRequest('sourced/gc'))) as { heapUsed: number; rss: number } | undefined;
      if (gc) {
        series.push([edits, gc.heapUsed, gc.rss]);
        options.log?.(`  ${String(edits).padStart(6)} edits: heap ${(gc.heapUsed / 1048576).toFixed(1)} MB, RSS ${(gc.rss / 1048576).toFixed(0)} MB`);
      }
    };
    await sample(0);
    // The draft grows by one new sentence per edit, and goes back to the base every 50 edits.
    let added: string[] = [];
    for (let i = 1; i <= options.edits; i++) {
      if (i % 50 === 0) added = [];
      else added.push(`The council said ${1000 + i} leaflets crossed the border in ${1950 + (i % 70)} [@defectors-leaflets-usb].`);
      const text = `${base}\n${added.join(' ')}\n`;
      version++;
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      await client.diagnosticsFor(uri, (p) => p.version === version, client.published.length > 200 ? client.published.length - 200 : 0);
      if (client.published.length > 1000) client.published.splice(0, client.published.length - 100);
      if (i % 10 === 0) {
        const lines = text.split('\n');
        const last = lines.length - 2;
        const at = lines[last].lastIndexOf('[@') + 2;
        if (at > 1) {
          await timed('completion', client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: last, character: at } }));
          completions++;
          await timed('hover', client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: last, character: at + 2 } }));
          hovers++;
        }
      }
      if (i % every === 0) await sample(i);
    }
    const stats = ((await timed('stats', client.conn.sendRequest('sourced/stats', {}))) ?? {}) as Record<string, unknown>;
    const warm = series.length > 2 ? series[1] : series[0];
    const last = series[series.length - 1];
    return { edits: options.edits, series, growthPercent: ((last[1] - warm[1]) / warm[1]) * 100, completions, hovers, errors, stats, slowestRequestMs: slowest };
  } finally {
    await client.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const edits = arg('--edits', 10_000);
  console.log(`Soak: ${edits} edits of examples/balloons/draft.md through dist/server.js, a completion and a hover every 10 edits`);
  runSoak({ edits, log: console.log }).then(
    (r) => {
      console.log(`heap after GC, from ${r.series.length > 2 ? 'the first 1,000 edits' : 'the start'} to the end: ${r.growthPercent >= 0 ? '+' : ''}${r.growthPercent.toFixed(1)} % (target < 10 %)`);
      console.log(`completions ${r.completions}, hovers ${r.hovers}, slowest request ${r.slowestRequestMs} ms, verdicts remembered ${r.stats.rememberedVerdicts ?? '?'}`);
      console.log(`${r.errors.length ? 0 : 1} passed, ${r.errors.length ? 1 : 0} failed`);
      for (const e of r.errors.slice(0, 10)) console.log(`  ${e}`);
      process.exitCode = r.errors.length ? 1 : 0;
    },
    (e) => {
      console.error(e);
      console.log('0 passed, 1 failed');
      process.exitCode = 1;
    },
  );
}
