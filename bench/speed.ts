/**
 * Speed and memory benchmark, through the real language server over stdio.
 *
 *   npm run bench -- [--corpus <file.jsonl>] [--docs N] [--repeat K] [--rounds R] [--keep]
 *
 * Writes the articles of the news corpus (default ../shared/corpus/news-18k.jsonl, one JSON object per
 * line: id, title, paras) as .txt files into a temporary sources folder (K copies of each with
 * --repeat), then spawns `node dist/server.js --stdio` with the flags VS Code starts it with
 * (server/src/lsp/serverFlags.ts) and measures, talking LSP with vscode-jsonrpc:
 *
 *   - cold index: `initialized` → the `sourced/status` "ready" notification, empty cache, no requests;
 *   - cold indexes with `[@` completions sent every 500 ms meanwhile: their round trips;
 *   - the longest event-loop block in the server (its own monitorEventLoopDelay) during each cold
 *     index and during warm starts (no requests);
 *   - index memory: heap + array buffers of a warm-started server after a full GC, over the same
 *     server before indexing (the server runs with --expose-gc), and its RSS; also after use;
 *   - completion latency p50/p95 after `[@` in a sentence;
 *   - full diagnostics for a 250-sentence draft (didOpen → publishDiagnostics);
 *   - re-check after editing one sentence (didChange → publishDiagnostics, minus the server's 250 ms
 *     debounce), with the number of sentences the server judged again;
 *   - warm start: a new server on the same storage folder, `initialized` → ready.
 *
 * Cold indexes (of each kind), warm starts, completion rounds and drafts run `--rounds` times (default
 * 3); their figures are medians (the log lists each run), completion percentiles are over all rounds.
 *
 * It also times plain read + tokenise of the same files in this process (readFileSync, UTF-8 decode,
 * the core's tokenizer) and prints every figure absolute and as a ratio to that. The last line is one
 * JSON object with every figure. Timings are for reading, never for assertions in tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { contentTerms } from '../server/src/core/text/tokenize';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/serverFlags';

interface Article {
  readonly id: string;
  readonly title: string;
  readonly paras: readonly string[];
}

const DEBOUNCE_MS = 250;
const repo = path.resolve(__dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpusPath = path.resolve(repo, arg('--corpus') ?? '../shared/corpus/news-18k.jsonl');
const docs = arg('--docs') ? Number(arg('--docs')) : Infinity;
const repeat = Math.max(1, Number(arg('--repeat') ?? 1));
const rounds = Math.max(1, Number(arg('--rounds') ?? 3));
const keep = process.argv.includes('--keep');
/** Extra node flags for the servers, e.g. SOURCED_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' to profile them. */
const serverArgs = (process.env.SOURCED_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : NaN;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}

/** The article as a source file: title line, blank line, paragraphs separated by blank lines. */
function articleText(a: Article): string {
  return `${a.title.trim()}\n\n${a.paras.join('\n\n')}\n`;
}

function writeSources(articles: readonly Article[], dir: string): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  // Subfolders of 1,000 files, as a real archive would be, and so no folder is huge.
  for (let k = 0; k < repeat; k++) {
    articles.forEach((a, i) => {
      const sub = path.join(dir, `part-${String(k).padStart(2, '0')}-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
      if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
      const f = path.join(sub, `${a.id}${k ? `-copy${k}` : ''}.txt`);
      const text = articleText(a);
      writeFileSync(f, text);
      bytes += Buffer.byteLength(text);
      files.push(f);
    });
  }
  return { files, bytes };
}

/** What the benchmark compares everything to: read each file, decode it, tokenise it. */
function readAndTokenize(files: readonly string[]): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const t0 = performance.now();
  let terms = 0;
  for (const f of files) terms += contentTerms(decoder.decode(readFileSync(f))).length;
  if (terms === 0) throw new Error('nothing tokenised');
  return performance.now() - t0;
}

/** Sentences from the corpus (ones that read like claims), some cited, to make drafts from. */
function draftSentences(articles: readonly Article[], n: number, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  while (out.length < n) {
    const a = articles[Math.floor(rand() * articles.length)];
    const para = a.paras[Math.floor(rand() * a.paras.length)] ?? '';
    const sentence = para.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]?.trim() ?? '';
    if (sentence.length < 40 || sentence.length > 260 || !/[.]$/.test(sentence) || /[[\]@`*_#]/.test(sentence)) continue;
    const r = rand();
    const body = sentence.replace(/\.$/, '');
    // A third cite their article, a few change a figure, the rest are left uncited.
    if (r < 0.33) out.push(`${body} [@${a.id}].`);
    else if (r < 0.4) out.push(body.replace(/\d+/, (d) => String(Number(d) + 7)) + '.');
    else out.push(sentence);
  }
  return out;
}

/** Indexing runs of one kind: each one's time, the server's longest event-loop block and collection pause, and what it reported of the run. */
class Runs {
  readonly ms: number[] = [];
  readonly blocks: number[] = [];
  readonly gc: number[] = [];
  info: unknown;
}

/** The benchmark's settings, given when the server asks (workspace/configuration). */
const SETTINGS = { sources: ['sources/**'], maxFiles: 10_000_000, maxFileSizeMB: 20 };

class Server {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, Array<(p: { version?: number; diagnostics: unknown[] }) => void>>();
  private readyWaiters: Array<(p: unknown) => void> = [];

  constructor() {
    // The flags VS Code starts the server with, then the benchmark's own.
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--expose-gc', ...serverArgs, path.join(repo, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      for (const w of this.diagnostics.get(p.uri)?.splice(0) ?? []) w(p);
    });
    this.conn.onNotification('sourced/status', (p: { state: string }) => {
      if (p.state === 'ready') for (const w of this.readyWaiters.splice(0)) w(p);
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void process.stderr.write(`server: ${p.message}\n`));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/configuration', () => [SETTINGS]);
    this.conn.listen();
  }

  async initialize(root: string, storagePath: string): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
      // The settings are asked for at `initialized` (the server then starts indexing, not at initialize as
      // it does for a client that sends them along): every run is timed from `initialized` alone.
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
      initializationOptions: { storagePath },
    });
  }

  /** Sends `initialized` (the server then asks for the settings and starts indexing) and resolves when it says it is ready. */
  startIndexing(): Promise<unknown> {
    const ready = new Promise((r) => this.readyWaiters.push(r));
    void this.conn.sendNotification('initialized', {});
    return ready;
  }

  nextDiagnostics(uri: string): Promise<{ version?: number; diagnostics: unknown[] }> {
    return new Promise((r) => {
      const list = this.diagnostics.get(uri) ?? [];
      list.push(r);
      this.diagnostics.set(uri, list);
    });
  }

  stats(params: Record<string, unknown> = {}): Promise<Record<string, number> & { lastIndex?: Record<string, unknown>; trace?: unknown }> {
    return this.conn.sendRequest('sourced/stats', params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* gone already */
    }
    await new Promise((r) => setTimeout(r, 200));
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

async function main(): Promise<void> {
  const lines = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean);
  const articles = lines.slice(0, Math.min(lines.length, docs)).map((l) => JSON.parse(l) as Article);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sourced-bench-'));
  const ws = path.join(tmp, 'ws');
  const storage = path.join(tmp, 'storage');
  const log = (m: string) => process.stderr.write(m + '\n');
  /** With SOURCED_TRACE_BLOCKS=<ms>, each server's long blocks and collections (see lsp/telemetry.ts), for bench/blocks.mjs. */
  const traced = (phase: string, st: { trace?: unknown }) => {
    if (st.trace) log(`trace ${phase}: ${JSON.stringify(st.trace)}`);
  };
  const servers: Server[] = [];
  /** A new server on the workspace, initialised (indexing starts with startIndexing). */
  const newServer = async (): Promise<Server> => {
    const server = new Server();
    servers.push(server);
    await server.initialize(ws, storage);
    return server;
  };
  /** Records one indexing run of `runs`: its time and the server's figures since the last reset. */
  const record = async (runs: Runs, phase: string, server: Server, ms: number) => {
    const st = await server.stats();
    runs.ms.push(ms);
    runs.blocks.push(st.maxEventLoopDelayMs);
    runs.gc.push(st.maxGcPauseMs);
    runs.info = st.lastIndex;
    traced(phase, st);
  };
  try {
    log(`Writing ${articles.length.toLocaleString('en-US')} articles × ${repeat} to ${tmp} …`);
    const { files, bytes } = writeSources(articles, path.join(ws, 'sources'));
    const textMB = bytes / 1048576;
    log(`${files.length.toLocaleString('en-US')} files, ${textMB.toFixed(1)} MB of text.`);

    // Baseline, best of two (the first also warms the page cache for the server).
    const readTok = Math.min(readAndTokenize(files), readAndTokenize(files));
    log(`read + tokenize: ${(readTok / 1000).toFixed(2)} s (${(textMB / (readTok / 1000)).toFixed(1)} MB/s)`);

    // Drafts: a 250-sentence draft, and one line per completion probe ending in "[@".
    const draftOf = (seed: number) => draftSentences(articles, 250, seed).map((s, i) => (i % 5 === 4 ? s + '\n\n' : s + ' ')).join('');
    const draftPath = path.join(ws, 'draft.md');
    writeFileSync(draftPath, draftOf(7));
    const probes = draftSentences(articles, 40, 99).map((s) => s.replace(/ \[@[^\]]*\]\.$/, '').replace(/\.$/, '') + ' [@');
    const probeText = probes.join('\n\n') + '\n';
    const probeUri = pathToFileURL(path.join(ws, 'probe.md')).href;
    const probePositions = probes.map((p, i) => ({ line: 2 * i, character: p.length }));

    // Cold start, indexing alone: the time, and the longest event-loop block of indexing itself.
    // Medians of `rounds` runs, as the other figures: one collection can make a single run's block.
    const quiet = new Runs();
    for (let r = 0; r < rounds; r++) {
      const server = await newServer();
      await server.stats({ resetLoopDelay: true });
      const tq = performance.now();
      await server.startIndexing();
      await record(quiet, `cold index ${r + 1}`, server, performance.now() - tq);
      await server.stop();
      rmSync(storage, { recursive: true, force: true });
    }
    const coldMs = median(quiet.ms);
    const blockMs = median(quiet.blocks);
    log(`cold index: ${(coldMs / 1000).toFixed(2)} s (runs ${list(quiet.ms, 0)} ms; ${JSON.stringify(quiet.info)}); longest event-loop block ${blockMs.toFixed(1)} ms (runs ${list(quiet.blocks)}; longest GC pauses ${list(quiet.gc)})`);

    // Cold start again, now with an editor asking for completions in an open draft while it indexes;
    // the last of these servers goes on to the requests below.
    const busy = new Runs();
    const during: number[] = [];
    let cold!: Server;
    for (let r = 0; r < rounds; r++) {
      if (r > 0) {
        await cold.stop();
        rmSync(storage, { recursive: true, force: true });
      }
      cold = await newServer();
      await cold.stats({ resetLoopDelay: true });
      const t0 = performance.now();
      let indexing = true;
      const ready = cold.startIndexing().then(() => {
        indexing = false;
      });
      void cold.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: probeUri, languageId: 'markdown', version: 1, text: probeText } });
      for (let k = 0; indexing; k++) {
        const p = probePositions[k % probePositions.length];
        const s = performance.now();
        await cold.conn.sendRequest('textDocument/completion', { textDocument: { uri: probeUri }, position: p });
        during.push(performance.now() - s);
        // A writer's pace, not a flood.
        await Promise.race([ready, new Promise((res) => setTimeout(res, 500))]);
      }
      await ready;
      await record(busy, `cold index with completions ${r + 1}`, cold, performance.now() - t0);
    }
    const coldBusyMs = median(busy.ms);
    const busyBlockMs = median(busy.blocks);
    log(`cold index with completions: ${(coldBusyMs / 1000).toFixed(2)} s (runs ${list(busy.ms, 0)} ms); longest event-loop block ${busyBlockMs.toFixed(1)} ms (runs ${list(busy.blocks)}; GC ${list(busy.gc)}); completion while indexing p95 ${percentile(during, 95).toFixed(1)} ms (${during.length} requests)`);

    await cold.conn.sendRequest('sourced/gc');
    await new Promise((r) => setTimeout(r, 200));
    await cold.conn.sendRequest('sourced/gc');
    const mem = await cold.stats();
    log(`memory after a cold index and ${during.length} completions: heap ${(mem.heapUsed / 1048576).toFixed(0)} MB + array buffers ${(mem.arrayBuffers / 1048576).toFixed(0)} MB, RSS ${(mem.rss / 1048576).toFixed(0)} MB`);

    // Completion latency after "[@" (the probe draft is checked first so it does not compete).
    const completion: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const position of probePositions) {
        const s = performance.now();
        await cold.conn.sendRequest('textDocument/completion', { textDocument: { uri: probeUri }, position });
        completion.push(performance.now() - s);
      }
    }
    // The first round alone: later rounds ask about the same sentences, whose candidate paragraphs the
    // server has read already (a writer typing in one sentence asks again the same way).
    const firstRound = completion.slice(0, probePositions.length);
    log(`completion: p50 ${median(completion).toFixed(1)} ms, p95 ${percentile(completion, 95).toFixed(1)} ms (${completion.length} requests); first round p50 ${median(firstRound).toFixed(1)} ms, p95 ${percentile(firstRound, 95).toFixed(1)} ms`);

    // Full diagnostics for the 250-sentence draft; then edit one sentence in the middle.
    const draftUri = pathToFileURL(draftPath).href;
    const fullRuns: number[] = [];
    const recheckRuns: number[] = [];
    const rechecked: number[] = [];
    let version = 1;
    for (let r = 0; r < rounds; r++) {
      // A fresh URI and other sentences each round, so nothing is memoised from the round before.
      const uri = draftUri.replace(/\.md$/, `-${r}.md`);
      const text = draftOf(7 + 1000 * r);
      const diag = cold.nextDiagnostics(uri);
      const s = performance.now();
      void cold.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++version, text } });
      await diag;
      fullRuns.push(performance.now() - s);

      const middle = text.indexOf('. ', Math.floor(text.length / 2)) + 2;
      const checksBefore = (await cold.stats()).sentenceChecks;
      const edited = text.slice(0, middle) + `Officials said ${r + 3} other proposals were withdrawn on Friday. ` + text.slice(middle);
      const diag2 = cold.nextDiagnostics(uri);
      const s2 = performance.now();
      void cold.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: edited }] });
      await diag2;
      recheckRuns.push(performance.now() - s2 - DEBOUNCE_MS);
      rechecked.push((await cold.stats()).sentenceChecks - checksBefore);
      void cold.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    log(`250-sentence draft: ${median(fullRuns).toFixed(0)} ms; one-sentence re-check: ${median(recheckRuns).toFixed(1)} ms after the debounce, ${median(rechecked)} sentence(s) judged again`);
    await cold.stop();

    // Warm start from the cache the cold run wrote. The first warm server also gives the index's
    // memory: nothing but indexing has run in it (no requests), measured after a full GC.
    const warmStarts = new Runs();
    let warmMem: Awaited<ReturnType<Server['stats']>> | undefined;
    let emptyMem: Awaited<ReturnType<Server['stats']>> | undefined;
    for (let r = 0; r < rounds; r++) {
      const warm = await newServer();
      if (r === 0) {
        await warm.conn.sendRequest('sourced/gc');
        emptyMem = await warm.stats();
      }
      await warm.stats({ resetLoopDelay: true });
      const s = performance.now();
      await warm.startIndexing();
      await record(warmStarts, `warm start ${r + 1}`, warm, performance.now() - s);
      if (r === 0) {
        await warm.conn.sendRequest('sourced/gc');
        await new Promise((res) => setTimeout(res, 200));
        await warm.conn.sendRequest('sourced/gc');
        warmMem = await warm.stats();
      }
      await warm.stop();
    }
    const indexOnlyBytes = warmMem!.heapUsed + warmMem!.arrayBuffers - (emptyMem!.heapUsed + emptyMem!.arrayBuffers);
    log(`warm start: ${(median(warmStarts.ms) / 1000).toFixed(2)} s (${JSON.stringify(warmStarts.info)}), longest block ${median(warmStarts.blocks).toFixed(1)} ms (GC ${median(warmStarts.gc).toFixed(1)} ms)`);
    log(`index memory (warm server, no requests): ${(indexOnlyBytes / 1048576).toFixed(1)} MB over an empty server; RSS ${(warmMem!.rss / 1048576).toFixed(0)} MB`);

    const cacheBytes = readdirSync(storage).reduce((n, f) => n + readFileSync(path.join(storage, f)).length, 0);
    const figures = {
      docs: articles.length,
      repeat,
      files: files.length,
      textMB: round(textMB, 1),
      readTokenizeMs: round(readTok),
      coldIndexMs: round(coldMs),
      coldIndexWithCompletionsMs: round(coldBusyMs),
      coldRunsMs: quiet.ms.map((x) => round(x)),
      warmStartMs: round(median(warmStarts.ms)),
      warmRunsMs: warmStarts.ms.map((x) => round(x)),
      completionP50Ms: round(median(completion), 2),
      completionP95Ms: round(percentile(completion, 95), 2),
      completionFirstRoundP95Ms: round(percentile(firstRound, 95), 2),
      completionWhileIndexingP95Ms: round(percentile(during, 95), 2),
      draft250Ms: round(median(fullRuns)),
      recheckMs: round(median(recheckRuns), 1),
      recheckSentences: median(rechecked),
      maxEventLoopBlockMs: round(blockMs, 1),
      maxEventLoopBlockWithCompletionsMs: round(busyBlockMs, 1),
      coldBlockRunsMs: quiet.blocks.map((x) => round(x, 1)),
      busyBlockRunsMs: busy.blocks.map((x) => round(x, 1)),
      warmMaxEventLoopBlockMs: round(median(warmStarts.blocks), 1),
      // Memory of the warm server right after indexing (no requests yet), and of the cold one after use.
      indexMB: round(indexOnlyBytes / 1048576, 1),
      rssMB: round(warmMem!.rss / 1048576, 1),
      indexMBPer10MBText: round((indexOnlyBytes / 1048576 / textMB) * 10, 1),
      rssMBPer10MBText: round((warmMem!.rss / 1048576 / textMB) * 10, 1),
      afterUseHeapMB: round(mem.heapUsed / 1048576, 1),
      afterUseArrayBuffersMB: round(mem.arrayBuffers / 1048576, 1),
      afterUseRssMB: round(mem.rss / 1048576, 1),
      loadAverage: round(os.loadavg()[0], 1),
      cacheMB: round(cacheBytes / 1048576, 1),
      sources: mem.sources,
      passages: mem.passages,
      terms: mem.terms,
    };
    const ratio = (ms: number) => (ms / readTok).toFixed(ms / readTok < 0.1 ? 4 : 2);
    const rows: Array<[string, string, string]> = [
      ['read + tokenize (baseline)', `${figures.readTokenizeMs} ms`, '1.00'],
      ['cold index', `${figures.coldIndexMs} ms`, ratio(coldMs)],
      ['cold index, completions every 500 ms', `${figures.coldIndexWithCompletionsMs} ms`, ratio(coldBusyMs)],
      ['warm start (cache)', `${figures.warmStartMs} ms`, ratio(median(warmStarts.ms))],
      ['completion p50', `${figures.completionP50Ms} ms`, ratio(median(completion))],
      ['completion p95', `${figures.completionP95Ms} ms`, ratio(percentile(completion, 95))],
      ['completion p95, first round', `${figures.completionFirstRoundP95Ms} ms`, ratio(percentile(firstRound, 95))],
      ['completion p95 while indexing', `${figures.completionWhileIndexingP95Ms} ms`, ratio(percentile(during, 95))],
      ['250-sentence draft', `${figures.draft250Ms} ms`, ratio(median(fullRuns))],
      ['one-sentence re-check', `${figures.recheckMs} ms (${figures.recheckSentences} judged)`, ratio(median(recheckRuns))],
      ['max event-loop block, cold index', `${figures.maxEventLoopBlockMs} ms`, ratio(blockMs)],
      ['max event-loop block, cold + completions', `${figures.maxEventLoopBlockWithCompletionsMs} ms`, ratio(busyBlockMs)],
      ['max event-loop block, warm start', `${figures.warmMaxEventLoopBlockMs} ms`, ratio(median(warmStarts.blocks))],
    ];
    const memRows: Array<[string, string, string]> = [
      ['index (heap + buffers over empty)', `${figures.indexMB} MB`, `${figures.indexMBPer10MBText} MB per 10 MB of text`],
      ['RSS after indexing', `${figures.rssMB} MB`, `${figures.rssMBPer10MBText} MB per 10 MB of text`],
      ['heap / buffers / RSS after use', `${figures.afterUseHeapMB} / ${figures.afterUseArrayBuffersMB} / ${figures.afterUseRssMB} MB`, ''],
      ['cache file', `${figures.cacheMB} MB`, ''],
    ];
    process.stdout.write(`\nSourced speed: ${figures.files.toLocaleString('en-US')} files, ${figures.textMB} MB of text (--docs ${articles.length} --repeat ${repeat})\n`);
    for (const [name, value, r] of rows) process.stdout.write(`  ${name.padEnd(38)} ${value.padStart(22)}   ×${r}\n`);
    for (const [name, value, r] of memRows) process.stdout.write(`  ${name.padEnd(38)} ${value.padStart(22)}   ${r}\n`);
    process.stdout.write(`  (load average ${figures.loadAverage} on ${os.cpus().length} cores while running)\n`);
    process.stdout.write(JSON.stringify(figures) + '\n');
  } finally {
    for (const s of servers) if (s.proc.exitCode === null) s.proc.kill();
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
}

/** "1.2, 3.4, 5.6": each run's figure, for the log. */
function list(xs: readonly number[], digits = 1): string {
  return xs.map((x) => x.toFixed(digits)).join(', ');
}

function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
