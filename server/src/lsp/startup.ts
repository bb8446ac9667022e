/**
 * When the first of each step of a start-up happened, in ms of the process's life: what the first
 * feedback is made of (initialize, configuration, indexing, the draft's didOpen, its first findings),
 * reported by `sourced/stats` so a slow first squiggle can be taken apart.
 */
const marks: Record<string, number> = {};

/** Records the first time `step` happens. */
export function mark(step: string): void {
  marks[step] ??= Math.round(process.uptime() * 1000);
}

/** The marks, with Node's own start-up beside them (V8 started, Node bootstrapped: a slow start before the bundle is Node's). */
export function startupMarks(): Readonly<Record<string, number>> {
  const node = performance.nodeTiming;
  return { 'node-v8-started': Math.round(node.v8Start), 'node-bootstrapped': Math.round(node.bootstrapComplete), ...marks };
}
