import { UnreadableSourceError, type ReadSource, type SourceMetadata, type SourceReader, type TextBlock } from './model';

/**
 * Reads a PDF's text layer, page by page, into paragraphs that remember their page, so `p. N`
 * locators work beside `para. N`. PDF.js comes from unpdf's serverless build: no worker file to
 * ship, so it runs the same under tsx and bundled by esbuild. It is loaded on the first PDF only.
 */

/** One positioned run of text, as PDF.js's text content gives it. */
interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly width: number;
  readonly eol: boolean;
}

interface Line {
  text: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  width: number;
}

type PdfDocument = Awaited<ReturnType<typeof import('unpdf')['getDocumentProxy']>>;

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const pdfReader: SourceReader = {
  extensions: ['.pdf'],
  async read(file): Promise<ReadSource> {
    const { getDocumentProxy } = await import('unpdf');
    let doc: PdfDocument;
    try {
      // PDF.js may take ownership of the buffer it is given: hand it a copy, the core still hashes the bytes.
      doc = await getDocumentProxy(new Uint8Array(file.bytes), { verbosity: 0 });
    } catch (e) {
      const name = (e as { name?: string })?.name;
      if (name === 'PasswordException') throw new UnreadableSourceError('the PDF is password-protected');
      throw new UnreadableSourceError(`it is not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
    }
    try {
      const labels = await doc.getPageLabels().catch(() => null);
      const pages: string[] = [];
      const pageLines: Line[][] = [];
      if (doc.numPages === 0) throw new UnreadableSourceError('the PDF has no pages');
      for (let n = 1; n <= doc.numPages; n++) {
        pages.push(labels?.[n - 1]?.trim() || String(n));
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const runs: TextRun[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          runs.push({ str: item.str, x: item.transform[4], y: item.transform[5], height: Math.abs(item.height || item.transform[3]) || 10, width: item.width, eol: item.hasEOL });
        }
        page.cleanup();
        pageLines.push(linesOf(runs));
      }
      const furniture = runningLines(pageLines);
      const body = pageLines.map((lines) => lines.filter((l) => !furniture.has(l)));
      const spacing = lineSpacing(body);
      let text = '';
      const blocks: TextBlock[] = [];
      body.forEach((lines, i) => {
        for (const paragraph of paragraphsOf(lines, spacing)) {
          if (text) text += '\n\n';
          const start = text.length;
          text += paragraph;
          blocks.push({ start, end: text.length, fileRange: ZERO, page: i + 1 });
        }
      });
      if (blocks.length === 0) throw new UnreadableSourceError('no text layer: cannot be checked (it looks like a scan; run OCR on it to include it)');
      return { text, blocks, pages, metadata: await metadataOf(doc) };
    } finally {
      void doc.loadingTask.destroy().catch(() => undefined);
    }
  },
};

/** Runs into lines: a new line where PDF.js marks an end of line or the baseline moves. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const r of runs) {
    const sameLine = current && Math.abs(r.y - current.y) < Math.max(2, current.height * 0.5);
    if (!current || !sameLine) {
      if (!r.str.trim() && !current) continue;
      current = { text: '', x: r.x, y: r.y, height: r.height, width: 0 };
      lines.push(current);
    }
    current.text += r.str;
    current.width = Math.max(current.width, r.x + r.width - current.x);
    if (r.eol) current = undefined;
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text && !isPageFurniture(l.text));
}

/**
 * Running heads and feet: a line at the top or bottom of a page whose text (numbers aside) comes back
 * at the top or bottom of at least half the pages ("Korea Review 12(3)", "Page 4 of 9").
 */
export function runningLines(pages: ReadonlyArray<readonly Line[]>): Set<Line> {
  const out = new Set<Line>();
  if (pages.length < 2) return out;
  const edges = pages.map((lines) => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    return [...new Set([...byY.slice(0, 2), ...byY.slice(-2)])];
  });
  const shape = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const count = new Map<string, number>();
  for (const lines of edges) for (const k of new Set(lines.map(shape))) count.set(k, (count.get(k) ?? 0) + 1);
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of edges) for (const l of lines) if ((count.get(shape(l)) ?? 0) >= enough) out.add(l);
  return out;
}

/** Running page numbers are not article text. */
function isPageFurniture(line: string): boolean {
  return /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$/.test(line) || /^page \d+(?: of \d+)?$/i.test(line);
}

/**
 * Lines into paragraphs: a paragraph ends at a wider gap than the page's usual line spacing, at a
 * first-line indent, or after a short line that ends a sentence. Hyphenated line ends are rejoined.
 */
export function paragraphsOf(lines: readonly Line[], spacing = lineSpacing([lines])): string[] {
  if (lines.length === 0) return [];
  const leftEdge = Math.min(...lines.map((l) => l.x));
  const fullWidth = Math.max(...lines.map((l) => l.width));

  const out: string[] = [];
  let para = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const gap = prev.y - line.y;
    const wideGap = spacing > 0 && (gap > spacing * 1.45 || gap < -spacing); // a gap, or a jump up to a new column
    const indented = line.x - leftEdge > line.height * 1.2 && prev.x - leftEdge < line.height * 0.5 && fullWidth > 0 && prev.width > fullWidth * 0.85;
    const shortEnd = prev.width < fullWidth * 0.7 && /[.!?:”"’)]$/.test(prev.text);
    const newSize = Math.abs(line.height - prev.height) > Math.min(line.height, prev.height) * 0.15; // a heading and its text
    if (wideGap || indented || shortEnd || newSize) {
      out.push(para);
      para = line.text;
    } else if (/\p{L}[-\u2010\u00ad]$/u.test(para) && /^\p{Ll}/u.test(line.text)) {
      // A word broken at the line end (typesetters use U+2010 or a soft hyphen; older PDFs "-").
      para = para.slice(0, -1) + line.text;
    } else {
      para += ' ' + line.text;
    }
  }
  out.push(para);
  return out.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** The usual distance between baselines, over all pages (a page with two lines says little alone). */
export function lineSpacing(pages: ReadonlyArray<readonly Line[]>): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1].y - lines[i].y;
      if (gap > 0) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
}

/**
 * Title and author from the document information dictionary (or XMP when the dictionary has none).
 * The date is the publication date XMP records (PRISM's publicationDate or coverDate), never the
 * dictionary's CreationDate or XMP's CreateDate: those say when the file was made (a PDF printed from
 * a web page in 2024 of an article from 2005), which a writer must not cite as the source's date.
 */
async function metadataOf(doc: PdfDocument): Promise<SourceMetadata> {
  const meta = await doc.getMetadata().catch(() => undefined);
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const xmp = meta?.metadata;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);
  let title = str(info.Title) ?? str(xmp?.get('dc:title'));
  // Word and friends write the file name as the title; that is no title.
  if (title && /^(?:microsoft \w+ - |untitled$)|\.(?:docx?|odt|rtf|tex|pdf)$/i.test(title)) title = undefined;
  const author = str(info.Author) ?? str(xmp?.get('dc:creator'));
  const date = pdfDate(str(xmp?.get('prism:publicationdate')) ?? str(xmp?.get('prism:coverdate')));
  return { title, author, date };
}

/** "D:20240603120000Z", "2024-06-03T12:00:00Z" or "2024-06" → "2024-06-03", "2024-06". */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = raw && /^(?:D:)?(\d{4})-?(\d{2})?-?(\d{2})?/.exec(raw);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
