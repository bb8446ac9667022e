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

export function startupMarks(): Readonly<Record<string, number>> {
  return marks;
}
