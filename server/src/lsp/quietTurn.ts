/**
 * Lets background work give way to the editor's messages. The connection takes its queued messages one
 * per turn of the event loop; a check that yields for one turn only would take a slice between every
 * two of them, so a request behind many notifications would wait for as many slices (docs/performance.md).
 * A task that yields with `quietTurn` goes on only in a turn in which no message was handled: once the
 * queue is empty.
 */
import type { MessageStrategy, Message } from 'vscode-jsonrpc';
import { nextTurn } from '../indexing/turns';

let handled = 0;

/** Give this to the connection (createConnection's options): it counts the messages it handles. */
export const countingMessageStrategy: MessageStrategy = {
  handleMessage(message: Message, next: (message: Message) => void): void {
    handled++;
    next(message);
  },
};

/** Resolves in a later turn in which the connection handled no message (its queue is empty). */
export async function quietTurn(): Promise<void> {
  for (;;) {
    const before = handled;
    await nextTurn();
    if (handled === before) return;
  }
}
