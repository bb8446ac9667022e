/**
 * Taking turns on the main thread. Work that runs in slices (the walk for files, reading the snapshot,
 * inserting batches, tidying) yields between slices; if each yielded with its own setImmediate, Node
 * would run one slice of every such task back to back in the same turn of the event loop, and the
 * editor's requests would wait for all of them. `nextTurn` lets one waiting task go per turn instead,
 * so a turn holds one slice and requests get in between any two.
 */
const waiting: Array<() => void> = [];
let pumping = false;

function pump(): void {
  waiting.shift()?.();
  if (waiting.length) setImmediate(pump);
  else pumping = false;
}

/** Resolves in a later turn of the event loop, after the tasks that asked before. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  });
}
