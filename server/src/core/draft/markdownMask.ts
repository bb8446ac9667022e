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
  const blank = (s: number, e: number) => {
    for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== NL && chars[i] !== CR) chars[i] = SPACE;
  };
  const headings: Array<[number, number]> = [];

  // Front matter.
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  let pos = fm ? fm[0].length : 0;
  if (fm) blank(0, pos);

  // Line-level constructs.
  let fence: string | undefined;
  let fenceStart = 0;
  let prev: { start: number; end: number; text: string } | undefined;
  /** The previous line was blank (or a heading, fence or the start): an ordered list may begin. */
  let afterBlank = true;
  let inList = false;
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = pos;
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0].replace(/\r?\n$/, '');
    const lineEnd = lineStart + line.length;
    if (fence !== undefined) {
      if (new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) {
        blank(fenceStart, lineEnd);
        fence = undefined;
        afterBlank = true;
        inList = false;
      }
      continue;
    }
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      fence = f[1];
      fenceStart = lineStart;
      continue;
    }
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line)) {
      headings.push([lineStart, lineEnd]);
      blank(lineStart, lineEnd);
      prev = undefined;
      afterBlank = true;
      inList = false;
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && prev && prev.text.trim().length > 0) {
      // Setext heading: the line above is the heading.
      headings.push([prev.start, prev.end]);
      blank(prev.start, lineEnd);
      prev = undefined;
      afterBlank = true;
      inList = false;
      continue;
    }
    prev = { start: lineStart, end: lineEnd, text: line };
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blank(lineStart, lineEnd); // thematic break
      afterBlank = true;
      continue;
    }
    const footnote = /^ {0,3}\[\^[^\]]+\]:[ \t]*/.exec(line);
    if (footnote) {
      // A footnote's text is prose (Pandoc writers cite in notes): blank only its label, and start a block.
      blank(lineStart, lineStart + footnote[0].length);
      chars[lineStart] = NL;
      afterBlank = false;
      inList = false;
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:\s/.test(line)) {
      blank(lineStart, lineEnd); // link reference definition
      continue;
    }
    // Quote and list markers.
    const quote = /^(?:\s{0,3}>\s?)*/.exec(line)![0];
    const rest = line.slice(quote.length);
    const item = /^(\s*)(?:[-*+]|(\d{1,9})[.)])\s+(?:\[[ xX]\]\s+)?/.exec(rest);
    // A number and a full stop start a list item only where a paragraph cannot go on: after a blank
    // line, inside a list, or as "1." (CommonMark). "2019. The ban…" at the start of a wrapped line is prose.
    const isItem = !!item && (item[2] === undefined || afterBlank || inList || parseInt(item[2], 10) === 1);
    if (isItem) {
      blank(lineStart, lineStart + quote.length + item[0].length);
      // Each item is a block of its own: a line break where its marker was keeps one item's sentence
      // from running into the next ("- 4.2 million euros for the wall\n- 85,000 passengers").
      chars[lineStart + quote.length + item[1].length] = NL;
      inList = true;
    } else if (quote.length) blank(lineStart, lineStart + quote.length);
    afterBlank = rest.trim().length === 0;
    if (afterBlank) inList = false;
  }
  if (fence !== undefined) blank(fenceStart, text.length); // unclosed fence runs to the end

  const masked = textOf(chars);
  const out = chars.slice();
  const blankOut = (s: number, e: number) => {
    for (let i = s; i < e && i < out.length; i++) if (out[i] !== NL && out[i] !== CR) out[i] = SPACE;
  };
  // Inline: HTML comments, code spans, footnote references, link targets, autolinks and bare URLs.
  for (const re of [/<!--[\s\S]*?-->/g, /\[\^[^\]\s]+\]/g, /(`+)[\s\S]*?\1/g, /\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, /<(?:https?|mailto):[^>\s]*>/g, /\bhttps?:\/\/[^\s)\]>]+/g]) {
    for (const m of masked.matchAll(re)) {
      const s = m.index ?? 0;
      // Keep the '](' of a link: the citation parser needs it to tell link text from a citation.
      blankOut(re.source.startsWith('\\]') ? s + 2 : s, s + m[0].length);
    }
  }
  return { prose: textOf(out), headings };
}
