import { frontMatter } from '../text/frontMatter';
import { LineIndex } from '../text/lineIndex';
import { isTableText, TABLE_LINE, withMarkdownTables } from '../text/tables';
import { decodeText } from './decode';
import type { ReadSource, SourceMetadata, SourceReader, TextBlock } from './model';

/**
 * Splits text into paragraph blocks. Blank lines always separate paragraphs. Inside a block, each
 * line is its own paragraph (one-paragraph-per-line files, sentence-per-line exports) unless the
 * block looks hard-wrapped (several lines, none long, most of similar width), which is joined.
 */
export function splitBlocks(text: string, from: number, to: number, lines: Pick<LineIndex, 'rangeOf'>): TextBlock[] {
  const blocks: TextBlock[] = [];
  const re = /\n[ \t]*\r?\n/g;
  re.lastIndex = from;
  let blockStart = from;
  const raw: Array<[number, number]> = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    raw.push([blockStart, m.index]);
    blockStart = m.index + m[0].length;
  }
  raw.push([blockStart, to]);
  // Whether the file separates paragraphs with blank lines: a second block with any text in it.
  const filled = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (text.charCodeAt(i) > 32) return true;
    return false;
  };
  const filledBlocks = raw.filter(([s, e]) => filled(s, e));
  // (Not the first block: the lines of an article's header are read one by one, see articleHeader.)
  for (const [s, e] of raw) flushBlock(s, e, filledBlocks.length > 1, filledBlocks.length > 2 && s !== filledBlocks[0][0]);
  return blocks;

  function flushBlock(s: number, e: number, blankLines: boolean, byBlocks: boolean): void {
    for (const [bs, be] of splitBlockLines(text, s, e, blankLines, byBlocks)) {
      const [ts, te] = trim(text, bs, be);
      if (te > ts) blocks.push({ start: ts, end: te, fileRange: lines.rangeOf(ts, te) });
    }
  }
}

/**
 * The paragraphs of one block between blank lines: the whole block when it is hard-wrapped prose,
 * else each line. In a file that separates paragraphs with blank lines, a block of lines of similar
 * width, one of which stops mid-sentence, is wrapped prose even when other lines happen to end a
 * sentence.
 */
function splitBlockLines(text: string, start: number, end: number, blankLines = false, byBlocks = false): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\n') {
      lines.push([s, i]);
      s = i + 1;
    }
  }
  lines.push([s, end]);
  const nonEmpty = lines.filter(([a, b]) => text.slice(a, b).trim().length > 0);
  if (nonEmpty.length <= 1) return [[start, end]];
  // In a file that separates paragraphs with blank lines, a block that opens with a heading or a
  // question is one paragraph, as a reader counts it: a heading on the line above its text ("ITEM 1 –
  // APOLOGIES", "4. Motions" over "4.1 …" and "4.2 …"), a question and its answer. (Its lines still end
  // sentences.) Three blocks at least make such a file: a title over one paragraph per line is none,
  // and a block of lines that are whole sentences stays a paragraph per line.
  if (byBlocks) {
    const first = text.slice(nonEmpty[0][0], nonEmpty[0][1]).trim();
    if (first.length <= 120 && !/[.!]["”’)]?$/.test(first)) return [[start, end]];
    // And one that opens with a label: "Resolution 3: That …" over what became of it.
    if (/^[\p{Lu}][\p{L}\d ]{0,40}(?:\([^)]{0,80}\))?:\s/u.test(first)) return [[start, end]];
    // So is a block with a short line in it ("RESOLVED: That £1.2 million be released …" over "Vote: For 7;
    // Against 2. CARRIED."): only a block of long lines, each a whole paragraph, is a paragraph per line.
    if (nonEmpty.some(([a, b]) => text.slice(a, b).trim().length < 80)) return [[start, end]];
  }
  // A table is one paragraph, however wide its rows: a reader counts it as one block; so is a table
  // under the line that introduces it ("3.1 The main features are in the table below.").
  const isRow = ([a, b]: [number, number]) => TABLE_LINE.test(text.slice(a, b));
  const firstRow = nonEmpty.findIndex(isRow);
  if (firstRow >= 0 && nonEmpty.length - firstRow >= 2 && nonEmpty.slice(firstRow).every(isRow)) {
    return firstRow === 0 ? [[start, end]] : [...splitBlockLines(text, start, nonEmpty[firstRow - 1][1], blankLines).slice(0, -1), [nonEmpty[firstRow - 1][0], end]];
  }
  // In a file of blank-line paragraphs, a list is one paragraph, as is a line that asks or introduces
  // what the short lines under it answer or list ("Question 3: Should the trust …?" / "Yes: 2,941 (92%)").
  if (blankLines) {
    const line = ([a, b]: [number, number]) => text.slice(a, b).trim();
    if (nonEmpty.every((l) => LIST_ITEM.test(line(l)))) return [[start, end]];
    const rest = nonEmpty.slice(1);
    if (/[?:]$/.test(line(nonEmpty[0])) && (rest.every((l) => LIST_ITEM.test(line(l))) || rest.every((l) => line(l).length <= 40))) return [[start, end]];
  }
  const lengths = nonEmpty.map(([a, b]) => b - a);
  const longest = Math.max(...lengths);
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  // Hard-wrapped prose breaks lines mid-sentence; lines that end a sentence are paragraphs of their own.
  const ended = nonEmpty.slice(0, -1).filter(([a, b]) => /[.!?:"”’)]\s*$/.test(text.slice(a, b)) || b - a < 25).length;
  const hardWrapped = longest <= 100 && median >= 40 && (ended * 2 < nonEmpty.length - 1 || (blankLines && ended < nonEmpty.length - 1));
  return hardWrapped ? [[start, end]] : nonEmpty;
}

/** A list item: "- 41% said …", "* Yes", "1. The first", "(a) the second". */
const LIST_ITEM = /^(?:[-*+•]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+\S/;

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/** Title from the first line of a plain text file, when it reads like one (short, no full stop). */
function titleFromFirstLine(text: string, blocks: readonly TextBlock[]): string | undefined {
  if (blocks.length < 2) return undefined;
  const first = text.slice(blocks[0].start, blocks[0].end);
  if (first.length > 150 || first.includes('\n') || /[.:;,]$/.test(first)) return undefined;
  return first;
}

/** A line that only dates an article ("14 March 2025", "Marrowick Herald — Saturday, 16 March 2024", "Updated: 2024-03-16"). */
const DATE_LINE = /\b(?:1[89]\d\d|20\d\d)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A day or a month: a date line that gives more than a year ("Thursday 12 October 2023"). */
const DAY_OR_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;
/** A line that dates only when something began: "Serving the coast since 1871", "Founded 1902", "Est. 1870". */
const SINCE_YEAR = /\b(?:since|founded|established|est\.?|estd\.?)\s+(?:in\s+)?(?:1[6-9]\d\d|20\d\d)\b/i;
/** A transcript's turn: a speaker's label in capitals and a colon before what they say ("CD: How is …?", "MS OKAFOR: …"). */
const SPEAKER_TURN = /^\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:[ \t]*\([^)]{0,40}\))?:\s+\S/u;
/** A byline: "By Jane Doe", "— by Jane Doe, Staff Writer". */
const BYLINE = /^[\s—–-]*by\s+\p{Lu}/iu;

/**
 * The lines at the top of an article that are not its text: a headline, then a date line and a
 * byline in either order. A reader does not count them when numbering paragraphs ("para. 1" is the
 * first paragraph of the article's text): they open that paragraph (see `withHeader`) and fill in
 * the title, date and author. A file of one block,
 * or whose first line reads like a sentence, has none.
 */
export function articleHeader(text: string, blocks: readonly TextBlock[]): { count: number; title?: string; date?: string; author?: string } {
  const clean = (line: string) => line.replace(/^#{1,6}\s+/, '').replace(/^[*_]+|[*_]+$/g, '').trim();
  if (blocks.length < 2) return { count: 0 };
  // The first block: a headline alone, or a headline with its date line and byline on the lines under it.
  const [headline, ...under] = text.slice(blocks[0].start, blocks[0].end).split(/\r?\n/).map(clean);
  if (headline.length > 150 || (/[.:;,]$/.test(headline) && !ABBREVIATION_END.test(headline))) return { count: 0 };
  // A masthead or letterhead first ("WESTERN COAST GUARD SERVICE", "Branmouth Courier — Friday 17 May 2024"): the headline may come under it.
  const masthead = isShouting(headline) || DATE_LINE.test(headline) || (under.length > 0 && DATE_LINE.test(under[under.length - 1]) && !BYLINE.test(under[under.length - 1]));
  const out: { count: number; title?: string; date?: string; author?: string; letterhead?: boolean } = { count: 1, title: headline, letterhead: masthead };
  if (DATE_LINE.test(headline)) out.date = headline;
  const underDated = under.every((line) => headerLine(out, line));
  if (!underDated && !under.every((line) => headerLine(out, line) || subtitleLine(line))) return { count: 0 };
  // Then whole blocks of such lines: a date line and byline apart, a title under a letterhead, a
  // report's or a transcript's labelled lines ("Broadcast: Tuesday 19 March 2024", "Provider: …"), a
  // letter's address, date and salutation ("Dear Mr Theobald,", which opens the letter's text).
  // Short lines without a stop ("Transcript of interview with …", "c/o 14 Cinder Lane") count right
  // under the headline only (a page's menu, "Skip to content", "Sign in", is no header), and only when
  // what follows them is a paragraph that ends a sentence: a file of short lines has no header.
  let firm = out.count;
  // The blocks of date lines, bylines and credit lines only: a title under a letterhead is looked for there.
  let dated = underDated ? 1 : 0;
  for (let i = 1; i < Math.min(blocks.length - 1, 9); i++) {
    const block = text.slice(blocks[i].start, blocks[i].end).split(/\r?\n/).map(clean);
    const plain = block.every((line) => headerLine(out, line));
    if (dated === i && plain) dated = i + 1;
    if (plain || block.every((line) => headerLine(out, line) || labelLine(line) || ATTENDANCE.test(line) || SALUTATION.test(line))) firm = i + 1;
    // (Under a masthead, the headline may ask a question: "Brindle Cross school: what happens now?".)
    // (Right under the masthead and its date lines, the headline.)
    // (Not a transcript's first question: "CD: How is the club managing without the pool?" is a turn.)
    else if ((i > 1 && i !== dated) || !block.every((l) => subtitleLine(l) || (masthead && /\?$/.test(l) && l.split(/\s+/).length <= 14 && !SPEAKER_TURN.test(l)))) break;
    else if (masthead && isShouting(headline) && block.length === 1 && /\?$/.test(block[0])) out.title = block[0];
    out.count = i + 1;
    if (block.some((line) => SALUTATION.test(line))) break;
  }
  const endsSentence = (b: TextBlock | undefined) => b !== undefined && /[.!?]["”’)]?\s*$/.test(text.slice(b.start, b.end));
  if (out.count > firm && !endsSentence(blocks[out.count])) out.count = firm;
  // A Markdown page's head, block by block, up to its first paragraph that ends a sentence: a masthead,
  // section labels, the headline and standfirst, a byline with its date, a rule ("---").
  const decorated = markdownHead(text, blocks);
  if (decorated > out.count && endsSentence(blocks[decorated])) {
    for (let i = 1; i < decorated; i++) {
      const raw = text.slice(blocks[i].start, blocks[i].end).trim();
      const line = raw.replace(/[*_]{1,3}/g, '').replace(/^#{1,6}\s+/, '').trim();
      // (The headline is the heading under the masthead's: "# The Kelsborough Courier" / "## Cancer centre to open …".)
      if (/^#{1,6}\s/.test(raw) && out.title === headline) out.title = line;
      else headerLine(out, line);
    }
    out.count = decorated;
  }
  // A letterhead or masthead above the headline: the title is the first line under it in headline case.
  if (out.count > 1 && (masthead || creditLine(headline))) {
    for (let i = 0; i < Math.min(out.count, dated) && out.title === headline; i++) {
      const lines = text.slice(blocks[i].start, blocks[i].end).split(/\r?\n/).map(clean);
      const titled = lines.find((l) => l !== headline && !isShouting(l) && !DATE_LINE.test(l) && !BYLINE.test(l) && !META_LABEL.test(l) && l.split(/\s+/).length >= 4);
      if (titled) out.title = titled;
    }
  }
  // A letter's subject line is its title ("Re: Security incident at Ledgerline Payroll Services"), not its letterhead's address.
  for (let i = 0; i < out.count; i++) {
    const subject = text.slice(blocks[i].start, blocks[i].end).split(/\r?\n/).map(clean).map((l) => SUBJECT_LINE.exec(l)?.[1]).find(Boolean);
    if (subject) {
      out.title = subject;
      break;
    }
  }
  // (A founding year alone dates nothing written.)
  if (out.date && SINCE_YEAR.test(out.date) && !DATE_LINE.test(out.date.replace(SINCE_YEAR, ''))) delete out.date;
  return { count: out.count, ...(out.title ? { title: out.title } : {}), ...(out.date ? { date: out.date } : {}), ...(out.author ? { author: out.author } : {}) };
}

/**
 * How many blocks at the top of a Markdown text are its page's head: each one line that is a heading
 * ("# The Courier", "## Street food festival cancelled"), wholly emphasised ("**News › Business**",
 * "*Organisers promise full refunds*"), a byline or date line, or a rule ("---"). None unless the first is
 * a heading, and at most seven.
 */
function markdownHead(text: string, blocks: readonly TextBlock[]): number {
  const line = (b: TextBlock) => text.slice(b.start, b.end).trim();
  if (blocks.length < 2 || !/^#{1,3}\s+\S/.test(line(blocks[0]))) return 0;
  let n = 0;
  // (A block of several lines is head only if each is: "# THE GAZETTE" over "### Your town. Your news.")
  const headLine = (raw: string, first: boolean) => {
    if (raw.length > 200) return false;
    const plain = raw.replace(/[*_]{1,3}/g, '').replace(/^#{1,6}\s+/, '').trim();
    const heading = /^#{1,6}\s+\S/.test(raw);
    const emphasised = /^[*_]{1,3}\S/.test(raw) && /\S[*_]{1,3}$/.test(raw);
    const rule = /^(?:-{3,}|\*{3,}|_{3,})$/.test(raw);
    const byline = BYLINE.test(plain) || DATE_LINE.test(plain);
    // (A heading under the masthead's may be its motto, stops and all: "### Your town. Your news. Since 1887.")
    if (/[.!?]["”’]?$/.test(plain) && !rule && !(heading && !first)) return false;
    return rule || heading || emphasised || (byline && plain.split(/\s+/).length <= 20);
  };
  for (; n < Math.min(blocks.length - 1, 7); n++) {
    const lines = line(blocks[n]).split(/\r?\n/).map((l) => l.trim());
    if (lines.length > 3 || !lines.every((l, k) => headLine(l, n === 0 && k === 0))) break;
  }
  return n;
}

/** A labelled line of a header ("Broadcast: Tuesday 19 March 2024", "Re: Application 24/0917/FUL", "Provider: Westbrook Valley Trust"). */
function labelLine(line: string): boolean {
  return /^[\p{Lu}][\p{L}'’ ]{0,30}:\s+\S/u.test(line) && line.split(/\s+/).length <= 16 && !/[.!?;,]$/.test(line);
}

/** Who signed a letter: the name under its closing ("Yours sincerely, / Helen Marsh / Chief Executive"). */
function signedBy(text: string): string | undefined {
  return SIGN_OFF.exec(text.slice(-400))?.[1];
}

const SIGN_OFF = /\n[ \t]*(?:Yours (?:sincerely|faithfully|truly)|(?:With )?(?:Kind|Best|Warm) regards|Regards|Sincerely),?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){0,3})[ \t]*(?:\r?\n|$)/u;

/** A labelled line that is no title: where and when ("Venue: Council Chamber, County Hall"), who attended, how to reach someone. */
const META_LABEL = /^(?:venue|date|time|location|place|ref(?:erence)?|tel|phone|e-?mail|contact|chair|clerk|present|officers|in attendance|attendees|apologies)\s*:/i;

/** A letter's subject line: "Re: …", "Subject: …". */
const SUBJECT_LINE = /^(?:Re|Subject|RE|SUBJECT)\s*:\s*(\S.{3,})$/;

/** A letter's salutation, which opens its text: "Dear Mr Theobald,", "Dear colleague,". */
const SALUTATION = /^(?:Dear\s+\p{L}[^.!?]{0,60}|To\s+(?:all\s+|our\s+|my\s+)?\p{L}[^.!?]{0,100}),$|^Dear\s+\p{L}[^.!?]{0,60}:?$/u;

/** Who attended a meeting or hearing, at the head of its minutes or transcript: "Present: …", "In attendance: …", "Witnesses: …". */
const ATTENDANCE = /^(?:(?:members\s+|also\s+)?present|in attendance|attendees|attending|officers(?: present)?|witnesses|apologies(?: for absence)?|absent|clerk)\s*:/i;

/** A short line without a stop, under a headline: a subtitle, a label, an address line ("Transcript of interview with …"). */
function subtitleLine(line: string): boolean {
  return line.length > 0 && line.split(/\s+/).length <= 24 && !/[.!?;,]["”’]?$/.test(line) && !TABLE_LINE.test(line) && !/^[-*+]\s/.test(line);
}

/** A credit line, no sentence ("RBH News, Regional Broadcasting Harlow", "SCIENCEWIRE | Research Policy"): every word capitalised. */
function creditLine(line: string): boolean {
  return line.split(/\s+/).length <= 8 && !/[;:,]$/.test(line) && line.split(/[\s,—–|-]+/).filter(Boolean).every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|the|for|de|la)$/.test(w));
}

/** A name that ends in a full stop ("NORVANCE LINE B.V.", "Harlow Ltd."): still a headline. */
const ABBREVIATION_END = /(?:\b(?:\p{Lu}\.){1,3}|\b(?:Ltd|Inc|Co|Corp|plc|Bros|Jr|Sr)\.)$/u;

function isShouting(line: string): boolean {
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** Whether a line under a headline is a date line, a byline, a credit line or a title, noting the date and author. */
function headerLine(out: { date?: string; author?: string; letterhead?: boolean }, line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length === 0 || (/[.!?]["”’]?$/.test(line) && !/\b(?:a\.m|p\.m|GMT|UTC)\.?$/i.test(line) && !ABBREVIATION_END.test(line))) return false;
  // A date line may say where and by whom too ("Recorded Thursday 16 October 2025, Carrickmore pier. Interviewer: Nuala Brennan (NB)").
  // A headline under a masthead may run longer than a credit line.
  if (words > (DATE_LINE.test(line) ? 16 : out.letterhead ? 18 : 12)) return false;
  if (BYLINE.test(line) && !out.author) {
    // (A byline may carry the date after a dash: "By Tom Reddaway, Health Reporter — Thursday 26 September 2024".)
    const [who, ...rest] = line.split(/\s+[—–|]\s+/);
    const when = rest.join(' — ');
    if (when && DATE_LINE.test(when) && !out.date) out.date = when;
    out.author = (when && DATE_LINE.test(when) ? who : line).replace(BYLINE, (m) => m.slice(-1)).trim();
  }
  // (A masthead's founding year is no date of the article: "Serving the coast since 1871" gives way to
  // "Thursday 12 October 2023" under it.)
  else if (DATE_LINE.test(line) && (!out.date || (SINCE_YEAR.test(out.date) && !SINCE_YEAR.test(line) && DAY_OR_MONTH.test(line)))) {
    out.date = line;
    // A date line may stand above the headline too ("SCIENCEWIRE | Research Policy / 29.05.2024 / Journals begin …").
    out.letterhead = true;
  }
  // A credit line, no sentence ("RBH News, Regional Broadcasting Harlow"): every word capitalised.
  else if (!creditLine(line)) {
    // Under a letterhead, a title too ("Coast Guard update on MV Kestrel Bay"): a capital first, no stop at the end.
    if (!out.letterhead || !/^[\p{Lu}\d"“'‘]/u.test(line) || /[;:,]$/.test(line)) return false;
  }
  return true;
}

/**
 * The blocks numbered as a reader numbers paragraphs: the header's lines open the first paragraph of
 * the text instead of counting on their own, so "para. 1" is the article's first paragraph while a
 * fact only its headline or date line gives is still found (and cited as para. 1).
 */
export function withHeader(blocks: readonly TextBlock[], count: number): readonly TextBlock[] {
  if (count === 0) return blocks;
  const first = blocks[0];
  const body = blocks[count];
  const merged: TextBlock = { start: first.start, end: body.end, fileRange: { start: first.fileRange.start, end: body.fileRange.end }, headerEnd: blocks[count - 1].end };
  return [merged, ...blocks.slice(count + 1)];
}

/**
 * A reader does not count a crosshead ("3. Findings", "## Key people", "Reaction") or a byline that
 * comes after the first paragraph ("By Oliver Thwaite") as a paragraph: a crosshead opens the
 * paragraph after it, a late byline closes the one before it. Only in files whose paragraphs are
 * separated by blank lines (in a file of one paragraph per line, a short line is a paragraph).
 */
export function withCrossheads(text: string, blocks: readonly TextBlock[]): readonly TextBlock[] {
  if (blocks.length < 3 || !/\n[ \t]*\r?\n/.test(text)) return blocks;
  const out: TextBlock[] = [];
  // A crosshead waiting for the paragraph it opens.
  let head: TextBlock | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const nl = text.indexOf('\n', b.start);
    // (A Markdown heading may be longer: "## Item 4: Proposal to close Brindle Cross … and merge it with …".)
    const limit = text.charCodeAt(b.start) === 35 /* # */ ? 200 : 80;
    const short = b.end - b.start <= limit && (nl < 0 || nl >= b.end) ? text.slice(b.start, b.end).trim() : undefined;
    const next = blocks[i + 1];
    // It opens a paragraph that ends a sentence, or a table ("## 5. Result of the recount" above the table of results).
    const opens = (n: TextBlock) => /[.!?]["”’)]?\s*$/.test(text.slice(Math.max(n.start, n.end - 4), n.end)) || isTableText(text.slice(n.start, n.end)) || TABLE_LINE.test(text.slice(text.lastIndexOf('\n', n.end - 1) + 1, n.end));
    if (!head && short !== undefined && next && i > 0 && CROSSHEAD.test(short) && !BYLINE.test(short) && !END_MARK.test(short) && opens(next)) {
      head = b;
      continue;
    }
    // A press release's end mark ("ENDS", "###") closes the paragraph before it too.
    if (!head && short !== undefined && out.length > 0 && ((i < 6 && BYLINE.test(short) && short.split(/\s+/).length <= 8) || END_MARK.test(short))) {
      const prev = out.pop()!;
      out.push({ ...prev, end: b.end, fileRange: { start: prev.fileRange.start, end: b.fileRange.end } });
      continue;
    }
    // A table under a numbered paragraph of a report is part of it ("3.1 The collection comprises …" and
    // the table under it are what a reader cites as 3.1): it gets no number of its own.
    const prev = out[out.length - 1];
    if (!head && prev && isTableText(text.slice(b.start, b.end)) && /(?:^|\n[ \t]*\r?\n)[ \t]*\d+(?:\.\d+)+\.?[ \t]+\S/.test(text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { ...prev, end: b.end, fileRange: { start: prev.fileRange.start, end: b.fileRange.end } };
      continue;
    }
    out.push(head ? { ...b, start: head.start, fileRange: { start: head.fileRange.start, end: b.fileRange.end }, headerEnd: head.end } : b);
    head = undefined;
  }
  return out;
}

/** The end mark of a press release: "ENDS", "- ends -", "###". */
const END_MARK = /^[-–—\s*#]*(?:ENDS?|Ends|ends|###)[-–—\s*#]*$/;

/**
 * A crosshead: a short line with no stop at its end ("3. Findings", "## Key people", "Reaction from the
 * council"), or a label and its heading ("Item 1: Declarations of interest", "Part 2: The vote").
 */
const CROSSHEAD = /^(?:#{1,6}\s+\S.*|(?:\d+(?:\.\d+)*\.?\s+)?(?:[\p{Lu}][\p{L}]*(?:\s+[\p{L}\d]+){0,2}:\s+)?[\p{Lu}][^.!?:;,]{0,60}[^.!?:;,\s])$/u;

/**
 * A file's text with its plain-text tables as Markdown tables (see `withMarkdownTables`), and where
 * each paragraph of it is in the file as written.
 */
function withTables(written: string): { text: string; lines: Pick<LineIndex, 'rangeOf'> } {
  const fileLines = new LineIndex(written);
  const tables = withMarkdownTables(written);
  if (!tables) return { text: written, lines: fileLines };
  return { text: tables.text, lines: { rangeOf: (start, end) => fileLines.rangeOf(tables.original(start), tables.original(end)) } };
}

export const plainTextReader: SourceReader = {
  extensions: ['.txt', '.text'],
  read(file): ReadSource {
    const { text, lines } = withTables(decodeText(file.bytes));
    const all = splitBlocks(text, 0, text.length, lines);
    const header = articleHeader(text, all);
    const blocks = withCrossheads(text, withHeader(all, header.count));
    const title = header.title ?? titleFromFirstLine(text, all);
    const author = header.author ?? signedBy(text);
    return { text, blocks, metadata: { ...(title ? { title } : {}), ...(header.date ? { date: header.date } : {}), ...(author ? { author } : {}) } };
  },
};

/** Reads YAML front matter as a source's metadata; broken YAML is ignored (the body still counts), never fatal. */
export function readFrontMatter(text: string): { metadata: SourceMetadata; bodyStart: number; raw?: Record<string, unknown> } {
  const { raw, bodyStart } = frontMatter(text);
  return raw ? { metadata: metadataFromRecord(raw), bodyStart, raw } : { metadata: {}, bodyStart };
}

/** How deep front matter values are read: YAML aliases can make a value that contains itself (`&a [*a]`). */
const MAX_DEPTH = 8;

function metadataFromRecord(raw: Record<string, unknown>): SourceMetadata {
  const str = (v: unknown, depth = 0): string | undefined => {
    if (v === null || v === undefined || depth > MAX_DEPTH) return undefined;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.slice(0, 100).map((x) => str(x, depth + 1)).filter(Boolean).join('; ') || undefined;
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return str(o.literal ?? o.name ?? [o.given, o.family].filter((x) => typeof x === 'string').join(' '), depth + 1);
    }
    const s = String(v).trim();
    return s.length ? s : undefined;
  };
  return { id: str(raw.id), title: str(raw.title), author: str(raw.author), date: str(raw.date), url: str(raw.url) };
}

export const markdownReader: SourceReader = {
  extensions: ['.md', '.markdown'],
  read(file): ReadSource {
    const { text, lines } = withTables(decodeText(file.bytes));
    const { metadata, bodyStart } = readFrontMatter(text);
    const all = splitBlocks(text, bodyStart, text.length, lines);
    const header = articleHeader(text, all);
    const blocks = withCrossheads(text, withHeader(all, header.count));
    let title = metadata.title ?? header.title;
    if (!title) {
      const heading = all.length ? /^#{1,2}\s+(.+)$/.exec(text.slice(all[0].start, all[0].end)) : null;
      title = heading?.[1].trim();
    }
    const date = metadata.date ?? header.date;
    const author = metadata.author ?? header.author;
    return { text, blocks, metadata: { ...metadata, title, ...(date ? { date } : {}), ...(author ? { author } : {}) } };
  },
};
