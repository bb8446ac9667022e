/**
 * Work that must not overlap, run one task after another in the order queued: each starts once the
 * one before has settled. A task that fails is reported and the queue goes on.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Queues `task`; settles (never rejects) once it has run. */
  run(task: () => Promise<void>, onError: (e: unknown) => void): Promise<void> {
    this.tail = this.tail.then(task).catch(onError);
    return this.tail;
  }

  /** Settles once every task queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
