import { readLimits, UnreadableSourceError, type ReadSource, type SourceMetadata, type SourceReader, type TextBlock } from './model';
import { articleHeader, withCrossheads, withHeader } from './plainText';
import { markdownTableBlocks } from '../text/tables';

/**
 * Reads a Word document: mammoth turns it into simple HTML, whose paragraphs, headings and list items
 * become Sourced's paragraphs, and a table of data one paragraph of rows (see `tableBlocks`). Title, author and date come from docProps/core.xml when
 * the file has it (else the title is the file name's).
 */

/** Elements of mammoth's HTML that hold one paragraph of text. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption', 'blockquote', 'pre']);
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const docxReader: SourceReader = {
  extensions: ['.docx'],
  async read(file): Promise<ReadSource> {
    // A zip of a few hundred kilobytes can unpack to gigabytes: count what it unpacks to, in a stream,
    // before mammoth unpacks it whole.
    const limit = readLimits(file).unpackedBytes;
    const unpacked = await unpackedSize(file.bytes, limit);
    if (unpacked > limit) throw new UnreadableSourceError(`it unpacks to more than ${Math.round(limit / 1048576)} MB, far more than a Word document holds (it may be a "zip bomb"), so it is not read`);
    const mammoth = (await import('mammoth')).default;
    const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer })).value;
    } catch (e) {
      throw new UnreadableSourceError(`it is not a readable Word document (${e instanceof Error ? e.message : String(e)})`);
    }
    const paragraphs = blocksOfHtml(html, (await import('htmlparser2')).Parser);
    let text = '';
    const blocks: TextBlock[] = [];
    for (const p of paragraphs) {
      if (text) text += '\n\n';
      const start = text.length;
      text += p;
      blocks.push({ start, end: text.length, fileRange: ZERO });
    }
    // A title, a subtitle, a date line and labelled lines ("Panel: …") open paragraph 1, and a heading
    // opens the paragraph under it, as in a plain-text file: para. N is the paragraph a reader counts
    // (and the Nth of a decision's numbered paragraphs).
    const header = articleHeader(text, blocks);
    const counted = withCrossheads(text, withHeader(blocks, header.count));
    // Without core properties the core titles the source after its file name.
    const core = await coreProperties(file.bytes);
    return { text, blocks: counted, metadata: { ...core, ...(core.title ? {} : header.title ? { title: header.title } : {}), ...(header.date ? { date: header.date } : {}) } };
  },
};

interface ZipStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error' | 'end', f: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * How many bytes the zip's entries unpack to, counted as they are inflated, stopping once past `limit`
 * (so the count costs at most `limit` bytes of inflating and no memory beyond a chunk). A zip that
 * cannot be opened counts 0: mammoth then says what is wrong with it.
 */
async function unpackedSize(bytes: Uint8Array, limit: number): Promise<number> {
  const JSZip = (await import('jszip')).default;
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return 0;
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    total = await new Promise<number>((resolve) => {
      let n = total;
      // internalStream is JSZip's public streaming API, missing from its type definitions.
      const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          n += chunk.length;
          if (n > limit) {
            stream.pause();
            resolve(n);
          }
        })
        .on('error', () => resolve(n))
        .on('end', () => resolve(n))
        .resume();
    });
    if (total > limit) break;
  }
  return total;
}

/** The text of each innermost block element, whitespace collapsed, empty ones dropped. */
/** htmlparser2's Parser, as this file uses it (loaded on first use: see esbuild.mjs). */
type HtmlParser = new (
  handler: { onopentag?(name: string): void; ontext?(text: string): void; onclosetag?(name: string): void },
  options: { decodeEntities: boolean },
) => { write(chunk: string): void; end(): void };

function blocksOfHtml(html: string, Parser: HtmlParser): string[] {
  const out: Array<{ text: string; list?: number }> = [];
  const open: string[] = [];
  // Which open block is a list item, and of which list (numbered in the order lists open).
  const items: Array<number | undefined> = [];
  const lists: number[] = [];
  let listCount = 0;
  // The numbered lists ("ol"): their items may be numbered paragraphs.
  const numbered = new Set<number>();
  // The table being read: its rows of cells (a cell's paragraphs joined), and how deep tables nest.
  let table: { rows: string[][]; depth: number; cell?: string } | undefined;
  const flush = () => {
    const t = (open.pop() ?? '').replace(/\s+/g, ' ').trim();
    const list = items.pop();
    if (t) out.push({ text: t, list });
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') {
          if (table) table.depth++;
          else table = { rows: [], depth: 1 };
          return;
        }
        if (table) {
          if (name === 'tr' && table.depth === 1) table.rows.push([]);
          else if ((name === 'td' || name === 'th') && table.depth === 1) table.cell = '';
          else if (name === 'p' && table.cell) table.cell += ' ';
          return;
        }
        // (A list inside a list item is part of the outer list: its items are counted with it.)
        if (name === 'ul' || name === 'ol') lists.push(lists.length ? lists[lists.length - 1] : ++listCount);
        if (name === 'ol' && lists.length === 1) numbered.add(listCount);
        if (!BLOCKS.has(name)) return;
        // A block inside a block: the outer text so far is its own paragraph.
        if (open.length) {
          const t = open[open.length - 1].replace(/\s+/g, ' ').trim();
          if (t) out.push({ text: t, list: items[items.length - 1] });
          open[open.length - 1] = '';
        }
        open.push('');
        items.push(name === 'li' ? lists[lists.length - 1] : undefined);
      },
      ontext(data) {
        if (table) {
          if (table.cell !== undefined) table.cell += data;
        } else if (open.length) open[open.length - 1] += data;
      },
      onclosetag(name) {
        if (table) {
          if (name === 'br' && table.cell !== undefined) table.cell += ' ';
          if ((name === 'td' || name === 'th') && table.depth === 1 && table.cell !== undefined) {
            table.rows[table.rows.length - 1]?.push(table.cell.replace(/\s+/g, ' ').trim().replace(/\|/g, '/'));
            table.cell = undefined;
          }
          if (name === 'table' && --table.depth === 0) {
            out.push(...tableBlocks(table.rows).map((text) => ({ text })));
            table = undefined;
          }
          return;
        }
        if (name === 'br' && open.length) open[open.length - 1] += ' ';
        if (BLOCKS.has(name) && open.length) flush();
        if (name === 'ul' || name === 'ol') lists.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  while (open.length) flush();
  if (table) out.push(...tableBlocks(table.rows).map((text) => ({ text })));
  return withLists(out, numbered);
}

/**
 * A list of short items (bullets, a sanction's heads) is one paragraph, an item a line, and so is
 * the line that introduces it ("The Panel imposes the following sanction:"), as a reader counts
 * them; a list of long items, or a numbered list of sentences (a decision's numbered paragraphs),
 * is a paragraph an item.
 */
function withLists(blocks: ReadonlyArray<{ text: string; list?: number }>, numbered: ReadonlySet<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const list = blocks[i].list;
    let j = i + 1;
    while (list !== undefined && j < blocks.length && blocks[j].list === list) j++;
    const group = blocks.slice(i, j).map((b) => b.text);
    // (Numbered items that are sentences are numbered paragraphs: "7. The League had asked …".)
    const paragraphs = list !== undefined && numbered.has(list) && group.every((t) => /[.!?]["”’)]?$/.test(t));
    if (list !== undefined && !paragraphs && group.length >= 2 && group.every((t) => t.length <= 200)) {
      // (Each item a line of its own that opens with a bullet, so that it is a sentence of its own.)
      const joined = group.map((t) => `- ${t}`).join('\n');
      if (out.length && /:\s*$/.test(out[out.length - 1])) out[out.length - 1] += '\n' + joined;
      else out.push(joined);
    } else out.push(...group);
    i = j;
  }
  return out;
}

/**
 * A table of data (two rows or more, two columns or more, no cell over 300 characters) is one
 * paragraph, a row a line as a Markdown table has it, its first row the header: each row is read as
 * a record with its column heads. Any other table (a layout of long cells) is its cells, one paragraph each.
 */
function tableBlocks(rows: readonly string[][]): string[] {
  const kept = rows.filter((r) => r.some((c) => c));
  const data = kept.length >= 2 && kept.some((r) => r.length >= 2) && kept.every((r) => r.every((c) => c.length <= 300));
  if (!data) return kept.flat().filter((c) => c);
  // (A long table in blocks of rows, each under the header again.)
  return markdownTableBlocks(kept);
}

/**
 * docProps/core.xml: dc:title, dc:creator. Not dcterms:created: that is when the file was made (often
 * from a template years before), not when the document was published, so a Word source has no date.
 * Missing or odd: no metadata, never fatal.
 */
async function coreProperties(bytes: Uint8Array): Promise<SourceMetadata> {
  try {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('docProps/core.xml')?.async('string');
    if (!xml) return {};
    const field = (tag: string) => {
      const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
      const v = m?.[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
      return v || undefined;
    };
    return { title: field('dc:title'), author: field('dc:creator') };
  } catch {
    return {};
  }
}
