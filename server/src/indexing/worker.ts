/**
 * Worker-thread entry (bundled to dist/indexWorker.js): runs one indexing job off the language
 * server's main thread and posts its batches back, at most a few ahead of what the main thread has
 * inserted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { runIndexJob } from './job';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './messages';
import { shardOf } from './shards';
import { packBatch, wireTransferables } from './wire';

/** Batches posted but not yet acknowledged; more would only pile up in the main thread's queue. */
const IN_FLIGHT = 6;

/**
 * Indexing is background work: this thread runs at a lower priority than the editor's requests (Linux
 * nices threads one by one; elsewhere this is a no-op). With a worker per core, the thread answering
 * requests would otherwise get only its share of the cores.
 */
function lowerPriority(): void {
  try {
    if (process.platform !== 'linux') return;
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, Math.max(os.getPriority(tid), 10));
  } catch {
    /* not allowed or not there: same priority as the rest */
  }
}

const port = parentPort;
const data = workerData as IndexWorkerData;
/** Posts a message to the main thread (typed: see messages.ts). */
const say = (m: FromIndexWorker, transfer?: ArrayBuffer[]) => port!.postMessage(m, transfer);
if (port) {
  lowerPriority();
  let credits = IN_FLIGHT;
  let cancelled = false;
  const waiting: Array<() => void> = [];
  let listed: (files: { files: readonly string[]; stats?: Float64Array; shared?: boolean }) => void = () => undefined;
  const files = new Promise<{ files: readonly string[]; stats?: Float64Array; shared?: boolean }>((r) => (listed = r));
  // The list comes in parts (see run.ts), each with its files' stats or none; this job's share is
  // picked as they come, while the thread would otherwise wait for the rest.
  const shard = data.shard;
  const mine: string[] = [];
  const mineStats: number[] = [];
  let statted = true;
  port.on('message', (m: ToIndexWorker) => {
    if (m.type === 'files') {
      // NUL-separated: the one character no path holds.
      const part = m.files ? m.files.split('\0') : [];
      const stats = m.stats && m.stats.length === 2 * part.length ? m.stats : undefined;
      if (!stats) statted = false;
      for (let i = 0; i < part.length; i++) {
        if (shard && shardOf(part[i], shard.count) !== shard.index) continue;
        mine.push(part[i]);
        if (stats) mineStats.push(stats[2 * i], stats[2 * i + 1]);
      }
      if (m.last) listed({ files: mine, stats: statted ? Float64Array.from(mineStats) : undefined, shared: true });
    } else if (m.type === 'ack') {
      credits++;
      waiting.shift()?.();
    } else if (m.type === 'cancel') {
      cancelled = true;
      listed({ files: [] });
      for (const w of waiting.splice(0)) w();
    }
  });
  // Which file this job is reading, where the main thread can see it even if this thread dies.
  const current = data.reading ? new Int32Array(data.reading) : undefined;
  runIndexJob(data, {
    reading: current && ((i) => Atomics.store(current, 0, i)),
    files: () => files,
    async batch(batch, done) {
      while (credits <= 0 && !cancelled) await new Promise<void>((r) => waiting.push(r));
      if (cancelled) return;
      credits--;
      const wire = packBatch(batch);
      say({ type: 'batch', batch: wire, done }, wireTransferables(wire));
    },
    log: (level, message) => say({ type: 'log', level, message }),
    opened: () => say({ type: 'opened' }),
    cancelled: () => cancelled,
  }).then(
    (result) => say({ type: 'done', result }),
    (e) => say({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
}
