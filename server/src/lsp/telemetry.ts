/**
 * How long the server's thread is ever blocked, and its memory: the counters the stats request reports
 * to tests and the benchmark (the `sourced/stats` and `sourced/gc` requests).
 */
import { monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver';
import { GcRequest, onRequest, StatsRequest } from './protocol';
import { startupMarks } from './startup';

/** What the other features count, for the stats answer: the index's (first) and the indexing runs' (last). */
export interface Counters {
  readonly index: () => Record<string, unknown>;
  readonly indexing: () => Record<string, unknown>;
  /** Settles once the indexing queued so far is done. */
  readonly indexingDone: () => Promise<void>;
}

export function registerTelemetry(connection: Connection, counters: Counters): void {
  const loop = new LoopWatch();
  onRequest(connection, StatsRequest, async (params) => {
    if (params?.waitForIndexing) await counters.indexingDone();
    const mem = process.memoryUsage();
    const stats = { pid: process.pid, uptimeMs: Math.round(process.uptime() * 1000), startup: startupMarks(), ...counters.index(), ...loop.figures(), heapUsed: mem.heapUsed, rss: mem.rss, external: mem.external, arrayBuffers: mem.arrayBuffers, ...counters.indexing(), ...loop.traced() };
    if (params?.resetLoopDelay) loop.reset();
    return stats;
  });
  onRequest(connection, GcRequest, () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return { collected: !!gc, heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss };
  });
}

/**
 * The longest event-loop block and garbage-collection pause since the last reset. With
 * SOURCED_TRACE_BLOCKS=<ms> set, each stretch the event loop was held for longer than that and each
 * collection pause as long are also kept, with their start on the monotonic clock in µs (the clock of
 * a V8 CPU profile), so a block can be matched to what ran in it (bench/blocks.mjs).
 */
class LoopWatch {
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  /** The longest garbage-collection pause since the last reset (ms), to tell GC from our own work in blocks. */
  private maxGcPauseMs = 0;
  private readonly traceMs = process.env.SOURCED_TRACE_BLOCKS === undefined ? undefined : Number(process.env.SOURCED_TRACE_BLOCKS) || 0;
  private readonly trace = { blocks: [] as Array<[number, number]>, gcs: [] as Array<[number, number, number, number]>, since: 0 };
  /** Monotonic µs = performance.now() ms × 1000 + this. */
  private readonly monoOffset = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;

  constructor() {
    this.loopDelay.enable();
    const gcWatch = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.gcPause(e);
    });
    gcWatch.observe({ entryTypes: ['gc'] });
    if (this.traceMs !== undefined) this.traceBlocks(this.traceMs);
  }

  figures(): { maxEventLoopDelayMs: number; p99EventLoopDelayMs: number; maxGcPauseMs: number } {
    return { maxEventLoopDelayMs: this.loopDelay.max / 1e6, p99EventLoopDelayMs: this.loopDelay.percentile(99) / 1e6, maxGcPauseMs: this.maxGcPauseMs };
  }

  /** The traced blocks and pauses, when tracing. */
  traced(): { trace?: { blocks: Array<[number, number]>; gcs: Array<[number, number, number, number]> } } {
    return this.traceMs !== undefined ? { trace: { blocks: [...this.trace.blocks], gcs: [...this.trace.gcs] } } : {};
  }

  reset(): void {
    this.loopDelay.reset();
    this.maxGcPauseMs = 0;
    this.trace.blocks.length = 0;
    this.trace.since = performance.now();
    this.trace.gcs.length = 0;
  }

  private gcPause(e: PerformanceEntry): void {
    this.maxGcPauseMs = Math.max(this.maxGcPauseMs, e.duration);
    if (this.traceMs !== undefined && e.duration >= this.traceMs && this.trace.gcs.length < 1000) {
      const detail = (e as { detail?: { kind?: number; flags?: number } }).detail;
      this.trace.gcs.push([Math.round(e.startTime * 1000 + this.monoOffset), round1(e.duration), detail?.kind ?? 0, detail?.flags ?? 0]);
    }
  }

  private traceBlocks(traceMs: number): void {
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      // A block that ended before a reset (the reset request waited for it) belongs to the time before it.
      if (now - last > Math.max(traceMs, 2) && last >= this.trace.since && this.trace.blocks.length < 1000) this.trace.blocks.push([Math.round(last * 1000 + this.monoOffset), round1(now - last)]);
      last = now;
    }, 1).unref();
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
