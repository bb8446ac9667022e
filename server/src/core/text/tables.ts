/**
 * Markdown tables in source text ("| System | Restored |", "|---|---|", "| Pathology | 9 Mar |"):
 * a table's row is one record, read with its header, never mixed with another row.
 */

/** A line of a table: it opens and closes with a bar. */
export const TABLE_LINE = /^[ \t]*\|.*\|[ \t]*$/;
/** The line under a table's header: "|---|:---:|". */
export const TABLE_SEPARATOR = /^[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$/;

/** Whether every line of a text with something in it is a table line. */
export function isTableText(text: string): boolean {
  if (!text.includes('|')) return false;
  let any = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!TABLE_LINE.test(line)) return false;
    any = true;
  }
  return any;
}

/** Whether the line after `end` in `text` (blank lines skipped) is a table's separator: what ends at `end` is its header. */
export function headsTable(text: string, end: number): boolean {
  const m = /^[ \t]*\r?\n(?:[ \t]*\r?\n)*([^\n]*)/.exec(text.slice(end, end + 400));
  return !!m && TABLE_SEPARATOR.test(m[1]);
}

/**
 * A table's rows as Markdown-table text, in blocks of at most `limit` characters split between rows,
 * each block with the header and its separator again, so that every row is read with its header.
 */
export function markdownTableBlocks(rows: readonly (readonly string[])[], limit = 4500): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const head = [line(rows[0]), line(rows[0].map(() => '---'))].join('\n');
  const out: string[] = [];
  let block = head;
  for (const r of rows.slice(1)) {
    const l = line(r);
    if (block !== head && block.length + 1 + l.length > limit) {
      out.push(block);
      block = head;
    }
    block += '\n' + l;
  }
  out.push(block);
  return out;
}
