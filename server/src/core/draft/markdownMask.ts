/**
 * The prose of a Markdown draft, as a string of the same length where everything that is not prose
 * (front matter, code blocks and spans, HTML comments, link targets, URLs, heading lines, list and
 * quote markers) is blanked to spaces. Offsets into it are offsets into the draft, so sentence and
 * citation ranges computed on it need no mapping back.
 */
import { codesOf, textOf } from '../text/codes';

export interface MaskedDraft {
  readonly prose: string;
  /** Offsets of heading lines: [start, end) pairs. */
  readonly headings: ReadonlyArray<readonly [number, number]>;
}

const NL = 10;
const CR = 13;
const SPACE = 32;

export function maskMarkdown(text: string): MaskedDraft {
  const chars = codesOf(text);
  const lines = new LineMasker(chars);
  // Front matter.
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  const pos = fm ? fm[0].length : 0;
  if (fm) lines.blank(0, pos);
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = pos;
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) lines.line(m.index, m[0].replace(/\r?\n$/, ''));
  lines.end(text.length);
  return { prose: maskInline(chars), headings: lines.headings };
}

/** Line-level constructs, a line at a time: fences, headings, breaks, footnotes, link definitions, list and quote markers. */
class LineMasker {
  readonly headings: Array<[number, number]> = [];
  private fence: string | undefined;
  private fenceStart = 0;
  private prev: { start: number; end: number; text: string } | undefined;
  /** The previous line was blank (or a heading, fence or the start): an ordered list may begin. */
  private afterBlank = true;
  private inList = false;

  constructor(private readonly chars: Uint16Array) {}

  blank(s: number, e: number): void {
    const chars = this.chars;
    for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== NL && chars[i] !== CR) chars[i] = SPACE;
  }

  line(lineStart: number, line: string): void {
    const lineEnd = lineStart + line.length;
    if (this.fence !== undefined) {
      this.inFence(lineStart, lineEnd, line);
      return;
    }
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      this.fence = f[1];
      this.fenceStart = lineStart;
      return;
    }
    if (this.heading(lineStart, lineEnd, line)) return;
    this.prev = { start: lineStart, end: lineEnd, text: line };
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      this.blank(lineStart, lineEnd); // thematic break
      this.afterBlank = true;
      return;
    }
    const footnote = /^ {0,3}\[\^[^\]]+\]:[ \t]*/.exec(line);
    if (footnote) {
      // A footnote's text is prose (Pandoc writers cite in notes): blank only its label, and start a block.
      this.blank(lineStart, lineStart + footnote[0].length);
      this.chars[lineStart] = NL;
      this.afterBlank = false;
      this.inList = false;
      return;
    }
    if (/^ {0,3}\[[^\]]+\]:\s/.test(line)) {
      this.blank(lineStart, lineEnd); // link reference definition
      return;
    }
    this.markers(lineStart, line);
  }

  /** An unclosed fence runs to the end. */
  end(length: number): void {
    if (this.fence !== undefined) this.blank(this.fenceStart, length);
  }

  private inFence(lineStart: number, lineEnd: number, line: string): void {
    const fence = this.fence!;
    if (!new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) return;
    this.blank(this.fenceStart, lineEnd);
    this.fence = undefined;
    this.afterBlank = true;
    this.inList = false;
  }

  /** An ATX heading line, or the underline of a setext heading (the line above is the heading). */
  private heading(lineStart: number, lineEnd: number, line: string): boolean {
    let heading: [number, number];
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line)) heading = [lineStart, lineEnd];
    else if (/^\s{0,3}(=+|-+)\s*$/.test(line) && this.prev && this.prev.text.trim().length > 0) heading = [this.prev.start, this.prev.end];
    else return false;
    this.headings.push(heading);
    this.blank(heading[0], lineEnd);
    this.prev = undefined;
    this.afterBlank = true;
    this.inList = false;
    return true;
  }

  /** Quote and list markers. */
  private markers(lineStart: number, line: string): void {
    const quote = /^(?:\s{0,3}>\s?)*/.exec(line)![0];
    const rest = line.slice(quote.length);
    const item = /^(\s*)(?:[-*+]|(\d{1,9})[.)])\s+(?:\[[ xX]\]\s+)?/.exec(rest);
    // A number and a full stop start a list item only where a paragraph cannot go on: after a blank
    // line, inside a list, or as "1." (CommonMark). "2019. The ban…" at the start of a wrapped line is prose.
    const isItem = !!item && (item[2] === undefined || this.afterBlank || this.inList || parseInt(item[2], 10) === 1);
    if (isItem) {
      this.blank(lineStart, lineStart + quote.length + item[0].length);
      // Each item is a block of its own: a line break where its marker was keeps one item's sentence
      // from running into the next ("- 4.2 million euros for the wall\n- 85,000 passengers").
      this.chars[lineStart + quote.length + item[1].length] = NL;
      this.inList = true;
    } else if (quote.length) this.blank(lineStart, lineStart + quote.length);
    this.afterBlank = rest.trim().length === 0;
    if (this.afterBlank) this.inList = false;
  }
}

/** Inline: HTML comments, code spans, footnote references, link targets, autolinks and bare URLs, found on the line-masked text. */
function maskInline(chars: Uint16Array): string {
  const masked = textOf(chars);
  const out = chars.slice();
  const blankOut = (s: number, e: number) => {
    for (let i = s; i < e && i < out.length; i++) if (out[i] !== NL && out[i] !== CR) out[i] = SPACE;
  };
  for (const re of [/<!--[\s\S]*?-->/g, /\[\^[^\]\s]+\]/g, /(`+)[\s\S]*?\1/g, /\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, /<(?:https?|mailto):[^>\s]*>/g, /\bhttps?:\/\/[^\s)\]>]+/g]) {
    for (const m of masked.matchAll(re)) {
      const s = m.index ?? 0;
      // Keep the '](' of a link: the citation parser needs it to tell link text from a citation.
      blankOut(re.source.startsWith('\\]') ? s + 2 : s, s + m[0].length);
    }
  }
  return textOf(out);
}
