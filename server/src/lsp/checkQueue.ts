/**
 * The drafts waiting to be checked, checked one at a time, the one the writer touched last first. Each
 * check yields every few milliseconds (see core check); with one running at a time, a request waits
 * for at most one such slice, however many drafts are open (see docs/performance.md for what a check
 * per draft, each started on its own, cost). A document touched while another is
 * checked takes its turn at once: the check it interrupts is queued again, and loses nothing, since
 * the verdicts it reached are remembered.
 */
import type { CancellationToken } from '../core';

export class CheckQueue {
  private readonly waiting = new Map<string, number>();
  private readonly activity = new Map<string, number>();
  private clock = 0;
  private running: { readonly uri: string; readonly token: { isCancellationRequested: boolean }; readonly priority: number } | undefined;
  private pumping = false;

  constructor(private readonly check: (uri: string, token: CancellationToken) => Promise<void>) {}

  /** The writer is at this document (opened, edited, asked something about it): it goes first. */
  touch(uri: string): void {
    const priority = ++this.clock;
    this.activity.set(uri, priority);
    if (this.waiting.has(uri)) {
      this.waiting.set(uri, priority);
      this.preempt(priority);
    }
  }

  /** Queues a check of the document; one running for it is cancelled (its text changed). */
  add(uri: string): void {
    const priority = this.activity.get(uri) ?? 0;
    this.waiting.set(uri, priority);
    if (this.running?.uri === uri) this.running.token.isCancellationRequested = true;
    else this.preempt(priority);
    void this.pump();
  }

  /** A check waiting with this priority goes before the one running, which is queued again. */
  private preempt(priority: number): void {
    const running = this.running;
    if (!running || running.token.isCancellationRequested || priority <= running.priority) return;
    running.token.isCancellationRequested = true;
    this.waiting.set(running.uri, running.priority);
  }

  /** The document changed and will be queued again after a pause: a check of its old text stops now. */
  cancel(uri: string): void {
    if (this.running?.uri === uri) this.running.token.isCancellationRequested = true;
  }

  /** The document was closed: no check for it. */
  remove(uri: string): void {
    this.waiting.delete(uri);
    this.activity.delete(uri);
    if (this.running?.uri === uri) this.running.token.isCancellationRequested = true;
  }

  /** Checks waiting or running (for the stats request). */
  get size(): number {
    return this.waiting.size + (this.running ? 1 : 0);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting.size) {
        let uri = '';
        let priority = -1;
        for (const [u, p] of this.waiting) {
          if (p > priority) {
            uri = u;
            priority = p;
          }
        }
        this.waiting.delete(uri);
        const token = { isCancellationRequested: false };
        this.running = { uri, token, priority };
        try {
          await this.check(uri, token);
        } catch {
          /* the check reports its own failures */
        } finally {
          this.running = undefined;
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}
