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

/**
 * A text whose plain-text tables were rewritten as Markdown tables, and where each of its offsets was
 * in the text as written (for "open the source at this paragraph").
 */
export interface RewrittenText {
  readonly text: string;
  original(offset: number): number;
}

/** A unit a table's caption gives its figures: "(£000)", "(£m)", "(€ million)". */
const CAPTION_UNIT = /\((?:£|\$|€)\s?(?:000s?|k|m|mn|bn|millions?|thousands?)\)/i;

/** A line with a gap of two spaces or a tab between two words: a candidate row of a plain-text table. */
const GUTTERED = /\S(?: {2,}|\t)\S/;
/** A line that only rules a table off: "-----  ------", "=====", "+----+". */
const RULE_LINE = { test: (l: string) => /^[ \t]*[-=_–—+|:][-=_–—+|: \t]*$/.test(l) && l.replace(/[ \t]/g, '').length >= 3 };
/** A cell that is a figure: "12,600", "£1.2m", "-17.9%", "(3.4)", "+4.1 pts". */
const FIGURE_CELL = /^[-+−–(]?[£$€]?\d[\d.,]*(?:\s*(?:%|[kmb]n?|million|billion|pts?|p))?\)?$/i;
/** A cell heading a column may be a year or a year's span ("2023", "2023/24", "FY2024"), not a figure. */
const HEAD_FIGURE = /^\(?(?:(?:FY ?)?(?:19|20)\d\d(?:[–/-]\d{2,4})?|Q[1-4])\)?$/;

/**
 * Plain-text tables — a header line over rows whose columns line up, two spaces or more apart ("Site
 * Original estimate   Revised estimate" over "North Quay      £1.2m   £1.8m") — rewritten as Markdown
 * tables ("| Site | Original estimate | Revised estimate |", "| --- | --- | --- |", "| North Quay | £1.2m
 * | £1.8m |"), so that each row is read as a record with its column heads and never mixed with the next
 * row, as a Markdown table's is. Undefined when the text has none. A header is words (a column may be
 * headed by a year); the rows below it have figures; a cell is short. Rules under the header become its
 * separator; a header over two lines is one.
 */
export function withMarkdownTables(text: string): RewrittenText | undefined {
  if (!GUTTERED.test(text)) return undefined;
  // Lines as [start, end) without their line break.
  const lines: Array<[number, number]> = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e > s && text.charCodeAt(e - 1) === 13 ? e - 1 : e]);
    s = e + 1;
  }
  const line = (k: number) => text.slice(lines[k][0], lines[k][1]);
  // Rewritten lines: where each starts and ends in the text, and what replaces it.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  // (Not in YAML front matter: "title:    Budget report" over "cost:     1200" is metadata.)
  let first = 0;
  if (/^---[ \t]*$/.test(line(0))) {
    const close = lines.findIndex((_, j) => j > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line(j)));
    if (close > 0) first = close + 1;
  }
  // The last line an edit took: a fence closing one table opens no other.
  let taken = first - 1;
  for (let k = first; k < lines.length; ) {
    if (!GUTTERED.test(line(k))) {
      k++;
      continue;
    }
    // A run of guttered lines (rules allowed between them), from a line with a gutter.
    let end = k;
    // (A header's second line may stand under one column only: "(2024/25)" under "Actual".)
    while (end < lines.length && (GUTTERED.test(line(end)) || (end > k && (RULE_LINE.test(line(end)) || /^(?: {2,}|\t)\S/.test(line(end)))))) end++;
    const table = readTable(Array.from({ length: end - k }, (_, i) => line(k + i)));
    if (table) {
      // (A table set in a Markdown code block: the fences go with it.)
      const fence = /^[ \t]*(?:```|~~~)[\w-]*[ \t]*$/;
      const fenced = k - 1 > taken && end < lines.length && fence.test(line(k - 1)) && fence.test(line(end));
      const out: string[] = [];
      const cells = (row: readonly string[]) => `| ${row.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
      // A unit the caption above gives for the whole table ("Table 1: Fundraising income by stream
      // (£000)") goes to each column of figures whose head gives none, so its sums are read as sums.
      const caption = [1, 2, 3].map((d) => (k - d >= 0 ? line(k - d) : '')).find((l) => l.trim() && !/^[ \t]*(?:```|~~~)/.test(l));
      const unit = caption ? CAPTION_UNIT.exec(caption)?.[0] : undefined;
      const header = unit ? table.header.map((h, j) => (j > 0 && !/[£$€%]|\b(?:GBP|EUR|USD|per ?cent|change|share|rate)\b/i.test(h) && table.rows.filter((r) => /^[-+−]?[\d.,]+$/.test(r[j] ?? '')).length * 2 > table.rows.length ? `${h} ${unit}` : h)) : table.header;
      out.push(cells(header), `| ${header.map(() => '---').join(' | ')} |`, ...table.rows.map(cells));
      edits.push({ start: lines[fenced ? k - 1 : k][0], end: lines[fenced ? end : end - 1][1], text: out.join('\n') });
      taken = fenced ? end : end - 1;
    }
    k = end;
  }
  if (edits.length === 0) return undefined;
  // The new text, and for each edit where it lies in it.
  let out = '';
  let at = 0;
  const placed: Array<{ start: number; end: number; from: number; to: number }> = [];
  for (const e of edits) {
    out += text.slice(at, e.start);
    placed.push({ start: out.length, end: out.length + e.text.length, from: e.start, to: e.end });
    out += e.text;
    at = e.end;
  }
  out += text.slice(at);
  return {
    text: out,
    original(offset) {
      // The last table starting at or before the offset (a binary search: a file may hold thousands).
      let lo = 0;
      let hi = placed.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (placed[mid].start <= offset) [at, lo] = [mid, mid + 1];
        else hi = mid - 1;
      }
      if (at < 0) return offset;
      const p = placed[at];
      // Inside a table: where its rows are, in proportion (close enough to open the file at the row).
      if (offset <= p.end) return p.from + Math.round(((offset - p.start) / Math.max(1, p.end - p.start)) * (p.to - p.from));
      return offset + (p.to - p.end);
    },
  };
}

/** The header and rows of a plain-text table that fills `rows` (rules dropped), if it is one. */
function readTable(all: readonly string[]): { header: string[]; rows: string[][] } | undefined {
  const kept = all.filter((l) => !RULE_LINE.test(l));
  if (kept.length < 3 || kept.length > 400) return undefined;
  // Columns set with tabs: a tab between each two cells of every line.
  if (kept.every((l) => l.includes('\t'))) {
    const split = kept.map((l) => l.split(/ *\t */).map((c) => c.trim()));
    const n = split[0].length;
    return split.every((r) => r.length === n) ? headerAndRows(split) : undefined;
  }
  const lines = kept.map(expandTabs);
  // Every line the same number of cells two spaces or more apart: those are the columns, however the
  // header sits over them ("Spectators" over right-aligned "7,400").
  const split = lines.map((l) => l.trim().split(/ {2,}/));
  if (split[0].length >= 2 && split.every((r) => r.length === split[0].length)) return headerAndRows(split);
  const width = Math.max(...lines.map((l) => l.length));
  if (width > 400) return undefined;
  // Columns where every line is blank.
  const blank = new Array<boolean>(width).fill(true);
  for (const l of lines) for (let c = 0; c < l.length; c++) if (l[c] !== ' ') blank[c] = false;
  // Columns of text between gutters of two blanks or more.
  const spans: Array<[number, number]> = [];
  for (let c = 0; c < width; ) {
    while (c < width && blank[c]) c++;
    if (c >= width) break;
    const start = c;
    // (One blank is a space between a cell's words: "North Quay".)
    while (c < width) {
      if (!blank[c]) {
        c++;
        continue;
      }
      let g = c;
      while (g < width && blank[g]) g++;
      if (g - c >= 2 || g === width) break;
      c = g;
    }
    spans.push([start, c]);
  }
  if (spans.length < 2 || spans.length > 12) return undefined;
  const cellsOf = (l: string) => spans.map(([a, b]) => l.slice(a, b).trim());
  return headerAndRows(lines.map(cellsOf));
}

/** A table's header (the lines over its first figure, joined by column) and rows, if it reads as one. */
function headerAndRows(table: readonly string[][]): { header: string[]; rows: string[][] } | undefined {
  const columns = table[0].length;
  if (columns < 2 || columns > 12) return undefined;
  // (A figure is a cell that is a number: "12,600", "£1.2m", "-17.9%"; not "Sep-Oct 2024" or "2023/24".)
  const figure = (cell: string) => FIGURE_CELL.test(cell) && !HEAD_FIGURE.test(cell);
  // The header: the lines over the first with a figure, their cells joined by column ("Original" over "estimate").
  const first = table.findIndex((r) => r.some(figure));
  if (first < 1 || first > 2 || table.length - first < 2) return undefined;
  const header = table[0].map((_, j) => table.slice(0, first).map((r) => r[j]).filter(Boolean).join(' '));
  if (header.filter(Boolean).length < 2 || !header.some((h) => /\p{L}{2}/u.test(h))) return undefined;
  const rows = table.slice(first).map((r) => [...r]);
  // Rows: two cells with something in them, no cell a sentence's length.
  if (rows.some((r) => r.filter(Boolean).length < 2) || table.some((r) => r.some((cell) => cell.length > 80))) return undefined;
  // Figures in the columns after the first, in most rows: an address block ("14  High Street") or an
  // agenda ("1.  Apologies") has its numbers first.
  if (rows.filter((r) => r.slice(1).some(figure)).length * 2 < rows.length) return undefined;
  // Not labelled lines ("Report:   Annual statistics", "Electorate:   8,412"): a header block, not a table.
  if (table.filter((r) => /:\s*$/.test(r[0])).length * 2 >= table.length) return undefined;
  return { header, rows };
}

/** A line with its tabs as spaces, to the next multiple of eight. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}
