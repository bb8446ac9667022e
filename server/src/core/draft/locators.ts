import type { Paragraph, Source } from '../sources/model';
import type { Locator } from './citations';

/**
 * What a locator names in a source: `para. N` one paragraph, `p. N` the paragraphs of a page of a
 * paged source (PDF). Other locators (sections, chapters, pages of unpaged text) name nothing the
 * core can check, and are left alone.
 */
export type Located =
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph }
  | { readonly kind: 'page'; readonly page: number; readonly label: string; readonly paragraphs: readonly Paragraph[] }
  | { readonly kind: 'missing'; readonly message: string };

export function locate(source: Source, locator: Locator | undefined): Located | undefined {
  if (!locator || locator.first === undefined) return undefined;
  if (locator.label === 'para') {
    // "para. 3.3" in a report that numbers its paragraphs: the paragraph numbered so, not the third.
    const numbered = /^\d+(?:\.\d+)+$/.exec(locator.value);
    if (numbered) {
      const numbers = numbersOf(source);
      const paragraph = numbers.get(locator.value);
      if (paragraph) return { kind: 'paragraph', paragraph };
      return numbers.size > 0 ? { kind: 'missing', message: `@${source.key} has no paragraph numbered ${locator.value}.` } : undefined;
    }
    // "para. 11" of a decision or report whose paragraphs are printed 1., 2., 3. …: the one printed 11.
    if (/^\d+$/.test(locator.value)) {
      const { byNumber, printed } = numbering(source);
      const numbered = printed ? byNumber.get(locator.value) : undefined;
      if (numbered) return { kind: 'paragraph', paragraph: numbered };
    }
    const paragraph = source.paragraphs[locator.first - 1];
    if (paragraph) return { kind: 'paragraph', paragraph };
    const n = source.paragraphs.length;
    // Past the end for Sourced, not for a writer who counted the labelled lines at its head apart.
    if (n > 1 && /^\d+$/.test(locator.value) && locator.first > n && locator.first - headerBlocksApart(source) <= n) return { kind: 'paragraph', paragraph: source.paragraphs[n - 1] };
    return { kind: 'missing', message: `@${source.key} has ${n} paragraph${n === 1 ? '' : 's'}; there is no para. ${locator.value}.` };
  }
  if (locator.label === 'page' && source.pages) {
    const page = pageIndex(source.pages, locator.first);
    if (page !== undefined) return { kind: 'page', page, label: source.pages[page - 1], paragraphs: source.paragraphs.filter((p) => p.page === page) };
    const n = source.pages.length;
    const range = source.pages[0] !== '1' && /^\d+$/.test(source.pages[0]) ? ` (pp. ${source.pages[0]}–${source.pages[n - 1]})` : '';
    return { kind: 'missing', message: `@${source.key} has ${n} page${n === 1 ? '' : 's'}${range}; there is no p. ${locator.value}.` };
  }
  return undefined;
}

/**
 * How many blocks of labelled lines ("Present: …", "Apologies: …", "Officers: …") sit between a
 * source's headline and the text its para. 1 opens with: Sourced counts them in para. 1 (as most
 * writers do), a writer who counts each as a paragraph of its own numbers every later paragraph
 * that many higher. A headline, date line or byline is counted by no reader. At most 3.
 */
export function headerBlocksApart(source: Source): number {
  const first = source.paragraphs[0];
  if (!first || source.pages || source.paragraphs.length < 2) return 0;
  const blocks = source.text.slice(first.start, Math.min(first.end, first.start + 3000)).split(/\r?\n[ \t]*\r?\n/).slice(1, -1);
  let n = 0;
  for (const b of blocks) if (b.trim() && b.trim().split(/\r?\n/).every((line) => LABELLED_LINE.test(line.trim()))) n++;
  return Math.min(n, 3);
}

/** A labelled line: "Present: …", "Apologies: …", "Officers: …". */
const LABELLED_LINE = /^[\p{Lu}][\p{L}'’ ]{0,30}:\s*\S/u;

/**
 * The number a report gives a paragraph ("3.3" for "3.3 The midwife-to-birth ratio …"), read after any
 * crosshead that opens it ("## 3. Key findings"): at least two parts, so a list item "3." is none.
 */
function numberOf(source: Source, p: Paragraph): string | undefined {
  const text = source.text.slice(p.start, Math.min(p.end, p.start + 1500));
  const m = /(?:^|\n[ \t]*\r?\n)[ \t]*(\d+(?:\.\d+)+)\.?[ \t]+\S/.exec(text);
  return m?.[1];
}

/** A source's paragraphs by the numbers it gives them, and back, read once per source (a changed source is a new object). */
function numbering(source: Source): Numbering {
  let found = NUMBERS.get(source);
  if (!found) {
    const byNumber = new Map<string, Paragraph>();
    const back = new Map<Paragraph, string>();
    // (A report, not a book: a source of more paragraphs is cited by its count, and never read whole here,
    // where a completion may ask for it.)
    const paragraphs = source.paragraphs.length > MAX_NUMBERED ? [] : source.paragraphs;
    for (const p of paragraphs) {
      const n = numberOf(source, p);
      if (n !== undefined && !byNumber.has(n)) {
        byNumber.set(n, p);
        back.set(p, n);
      }
    }
    // Paragraphs printed 1., 2., 3. … in order, as a decision or a report numbers them: a reader cites
    // those numbers. (Not a list or two: five at least, from 1, nearly every one the last plus one, and
    // most of the source's paragraphs.)
    const printed = byNumber.size === 0 ? printedNumbers(source, paragraphs) : [];
    for (const [n, p] of printed) {
      if (!byNumber.has(n)) {
        byNumber.set(n, p);
        back.set(p, n);
      }
    }
    NUMBERS.set(source, (found = { byNumber, numberOf: back, printed: printed.length > 0 }));
  }
  return found;
}

interface Numbering {
  readonly byNumber: ReadonlyMap<string, Paragraph>;
  readonly numberOf: ReadonlyMap<Paragraph, string>;
  /** The numbers are the ones printed before the paragraphs, 1., 2., 3. …, not a report's 3.2. */
  readonly printed: boolean;
}

/** The paragraphs printed with a whole number ("11. Residents are …") where they run 1, 2, 3 … through the source; none otherwise. */
function printedNumbers(source: Source, paragraphs: readonly Paragraph[]): Array<[string, Paragraph]> {
  const out: Array<[string, Paragraph]> = [];
  for (const p of paragraphs) {
    const m = /(?:^|\n[ \t]*\r?\n)[ \t]*(\d{1,3})\.[ \t]+\p{Lu}/u.exec(source.text.slice(p.start, Math.min(p.end, p.start + 1500)));
    if (m) out.push([m[1], p]);
  }
  // (Most of the source's paragraphs: a press release's numbered notes to editors are no numbering of it.)
  if (out.length < 5 || out[0][0] !== '1' || out.length < 0.6 * paragraphs.length) return [];
  let steps = 0;
  for (let i = 1; i < out.length; i++) if (Number(out[i][0]) === Number(out[i - 1][0]) + 1) steps++;
  return steps >= 0.8 * (out.length - 1) ? out : [];
}

function numbersOf(source: Source): ReadonlyMap<string, Paragraph> {
  return numbering(source).byNumber;
}

/** The most paragraphs a source may have to be cited by the numbers it gives them. */
const MAX_NUMBERED = 5000;

const NUMBERS = new WeakMap<Source, Numbering>();

/**
 * How a reader finds a paragraph: by the number the report gives it ("3.2"), where it gives one, else
 * by its place in the count ("11"). What `para. …` cites it with.
 */
export function paragraphNumber(source: Source, paragraph: Paragraph): string {
  return numbering(source).numberOf.get(paragraph) ?? String(paragraph.n);
}

/**
 * The 1-based page index a page number names. Printed labels come first (a journal article's "p. 233"
 * is the page labelled 233); when no page carries the label, the number counts pages from the first.
 */
export function pageIndex(labels: readonly string[], n: number): number | undefined {
  const byLabel = labels.indexOf(String(n));
  if (byLabel >= 0) return byLabel + 1;
  const numericLabels = labels.some((l) => /^\d+$/.test(l) && l !== String(labels.indexOf(l) + 1));
  if (!numericLabels && n >= 1 && n <= labels.length) return n;
  return undefined;
}

/** "para. 12" or, for paged sources, "p. 3, para. 12": how messages and hovers name a paragraph. */
export function paragraphLabel(source: Source, paragraph: Paragraph): string {
  return paragraph.page !== undefined && source.pages ? `p. ${source.pages[paragraph.page - 1]}, para. ${paragraph.n}` : `para. ${paragraphNumber(source, paragraph)}`;
}
