import { markdownTableBlocks } from '../text/tables';
import { LineIndex } from '../text/lineIndex';
import { decodeText } from './decode';
import type { ReadSource, SourceMetadata, SourceReader, TextBlock } from './model';

/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'canvas', 'head', 'menu', 'dialog', 'input', 'label', 'textarea', 'object', 'embed']);
/** Elements that start a new paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'figcaption', 'figure', 'dd', 'dt', 'dl', 'br', 'hr', 'address', 'caption', 'details', 'summary']);
/**
 * Parts of an article that are not its body paragraphs, which a reader does not count when citing
 * "para. 4": the headline and crossheads, image captions and credits, the byline and dateline. Their
 * text is left out of the numbered paragraphs (the headline and byline fill in a missing title and author).
 */
const NOT_BODY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'caption', 'address', 'hgroup']);
const NOT_BODY_CLASS = /(?:^|[\s_-])(byline|bylines|by-line|dateline|author|authors|author-name|credit|credits|caption|captions|photo-credit|image-credit|timestamp|publish-date|published|kicker|eyebrow|standfirst|stand-first|strapline|subhead|subheading|subheadline|sub-headline|dek|deck)(?:$|[\s_-])/i;
/** The summary under a headline ("standfirst", "dek", "strapline"): read aside, like a caption, so it never shifts the count. */
const STANDFIRST_CLASS = /(?:^|[\s_-])(standfirst|stand-first|strapline|subhead|subheading|subheadline|sub-headline|dek|deck)(?:$|[\s_-])/i;

/** A short block that is a byline by its words: "By Min-ji Lee · June 5, 2024". */
const BYLINE_TEXT = /^by\s+\p{Lu}[^.!?]{1,100}$/iu;

/** class/id/role/aria-label words that mark page furniture: cookie banners, share bars, menus, ads. */
const BOILERPLATE =
  /(?:^|[\s_-])(cookies?|consent|gdpr|banner|share|sharing|sharebar|social|nav|navbar|navigation|menu|breadcrumbs?|subscribe|subscription|newsletter|signup|paywall|advert|advertisement|ads?|ad-slot|promo|sponsored|related|recommended|more-stories|trending|popular|sidebar|footer|header|comments?|popup|modal|overlay|masthead|toolbar|skip|byline-social|tags?|author-bio|print-only|visually-hidden|sr-only|screen-reader-text)(?:$|[\s_-])/i;
/** ARIA roles of page furniture. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar', 'alert']);
/** Whole blocks that are page chrome whatever their markup: "Share", "Accept all cookies", "Read more". */
const CHROME_TEXT =
  /^(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|e-?mail|print|copy link|link copied|advertisement|ad|sponsored|related(?: articles| stories| content)?|read more|more stories|continue reading|subscribe.*|sign (?:up|in).*|log in|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|settings)|cookie (?:settings|preferences|policy)|follow us.*|comments?(?: \(\d+\))?|show comments|skip to (?:main )?content|back to top|loading…?|listen to this article|most read|trending now|you may also like)[.!:]?$/i;

interface ElementNode {
  readonly type: string;
  readonly name: string;
  readonly attribs: Record<string, string>;
  readonly children: Node[];
  readonly startIndex: number | null;
  readonly endIndex: number | null;
}
interface TextNode {
  readonly type: 'text';
  readonly data: string;
  readonly startIndex: number | null;
  readonly endIndex: number | null;
}
type Node = ElementNode | TextNode | { readonly type: 'comment' | 'directive' | 'cdata'; readonly children?: Node[] };

const isElement = (n: Node): n is ElementNode => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: Node): n is TextNode => n.type === 'text';

/** Is this element page furniture by its tag, class, id, role or ARIA attributes? */
function isFurniture(el: ElementNode): boolean {
  if (SKIP.has(el.name)) return true;
  if (el.name === 'body' || el.name === 'html') return false;
  const a = el.attribs;
  if (a['aria-hidden'] === 'true' || a.hidden !== undefined || a['aria-modal'] === 'true') return true;
  if (a.role && FURNITURE_ROLES.has(a.role.toLowerCase())) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '')) return true;
  return BOILERPLATE.test(`${a.class ?? ''} ${a.id ?? ''} ${a['aria-label'] ?? ''} ${a['data-component'] ?? ''}`);
}

/**
 * Text length under each element, furniture left out: how much article an element holds. Worked out
 * for a whole subtree in one pass, without recursion (pages nest tens of thousands of levels deep),
 * and remembered, so asking for every candidate element costs one pass over the page.
 */
function textLengths(): (el: ElementNode) => number {
  const known = new Map<Node, number>();
  const ownLength = (n: Node): number => (isText(n) ? n.data.replace(/\s+/g, ' ').trim().length : 0);
  return (root) => {
    const hit = known.get(root);
    if (hit !== undefined) return hit;
    // Post-order with an explicit stack: an element's sum once its children's are known.
    const stack: Array<{ el: ElementNode; next: number; sum: number }> = [{ el: root, next: 0, sum: 0 }];
    let last = 0;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next === 0 && isFurniture(top.el)) {
        stack.pop();
        known.set(top.el, 0);
        last = 0;
        if (stack.length) stack[stack.length - 1].sum += 0;
        continue;
      }
      if (top.next < top.el.children.length) {
        const c = top.el.children[top.next++];
        if (isElement(c)) {
          const k = known.get(c);
          if (k !== undefined) top.sum += k;
          else stack.push({ el: c, next: 0, sum: 0 });
        } else top.sum += ownLength(c);
        continue;
      }
      stack.pop();
      known.set(top.el, top.sum);
      last = top.sum;
      if (stack.length) stack[stack.length - 1].sum += top.sum;
    }
    return last;
  };
}

/** Elements under `n` (itself included) that `pred` accepts, in document order; no recursion. */
function findAll(n: Node, pred: (el: ElementNode) => boolean): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: Node[] = [n];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node) && pred(node)) out.push(node);
    const children = 'children' in node ? node.children : undefined;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/**
 * Where the article is: the element marked as the article's body, else the `<article>` or `<main>`
 * holding the most text (a page of teaser cards has many small articles), else the whole body.
 */
function articleRoot(doc: Node): Node {
  const textLength = textLengths();
  const longest = (els: ElementNode[]) => els.map((el) => ({ el, n: textLength(el) })).sort((a, b) => b.n - a.n)[0];
  const body = longest(findAll(doc, (el) => (el.attribs.itemprop ?? '').toLowerCase() === 'articlebody'));
  if (body && body.n > 0) return body.el;
  const article = longest(findAll(doc, (el) => el.name === 'article' && !isFurniture(el)));
  if (article && article.n >= 200) return article.el;
  const main = longest(findAll(doc, (el) => (el.name === 'main' || el.attribs.role === 'main') && !isFurniture(el)));
  if (main && main.n > 0) return main.el;
  if (article && article.n > 0) return article.el;
  return findAll(doc, (el) => el.name === 'body')[0] ?? doc;
}

/**
 * Reads a web page saved as HTML: the article's text as paragraphs, the page's own title, author,
 * date and canonical URL. Scripts, navigation, cookie banners, share bars, teaser lists and other page
 * furniture are dropped: by markup (tags, roles, class and id words), by text ("Accept all cookies"),
 * and by link density (a block that is mostly links is a menu).
 */
export const htmlReader: SourceReader = {
  extensions: ['.html', '.htm', '.xhtml'],
  async read(file): Promise<ReadSource> {
    // The parser (with its entity tables) is loaded with the first web page: most workspaces start without one.
    const { parseDocument } = await import('htmlparser2');
    const html = flattenDeepNesting(decodeText(file.bytes));
    const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as Node;
    const meta = pageMeta(doc);
    const article = new ArticleText(new LineIndex(html));
    article.walk(articleRoot(doc));
    const metadata: SourceMetadata = {
      id: meta['citation_key'],
      title: clean(meta['citation_title'] ?? meta['og:title'] ?? meta['twitter:title'] ?? meta['<title>'] ?? article.headline),
      author: clean(meta['author'] ?? meta['citation_author'] ?? meta['article:author'] ?? meta['dc.creator'] ?? meta['parsely-author'] ?? bylineAuthor(article.byline)),
      date: clean(meta['article:published_time'] ?? meta['citation_publication_date'] ?? meta['date'] ?? meta['dc.date'] ?? meta['pubdate'] ?? meta['datepublished'] ?? dateIn(article.dateline) ?? dateIn(article.byline)),
      url: clean(meta['canonical'] ?? meta['og:url']),
    };
    return { text: article.text, blocks: article.blocks, metadata };
  },
};

/** The page's `<meta>` values by name (the first of each), its canonical link and its `<title>`. */
function pageMeta(doc: Node): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of findAll(doc, (e) => e.name === 'meta' || e.name === 'link' || e.name === 'title')) {
    if (el.name === 'meta') {
      const key = (el.attribs.name ?? el.attribs.property ?? el.attribs.itemprop ?? '').toLowerCase();
      if (key && el.attribs.content) meta[key] ??= el.attribs.content;
    } else if (el.name === 'link') {
      if ((el.attribs.rel ?? '').toLowerCase() === 'canonical' && el.attribs.href) meta['canonical'] ??= el.attribs.href;
    } else meta['<title>'] ??= el.children.filter(isText).map((t) => t.data).join('');
  }
  return meta;
}

/** The article's body paragraphs, as a reader counts them, and its headline and byline on the side. */
class ArticleText {
  text = '';
  readonly blocks: TextBlock[] = [];
  headline: string | undefined;
  byline: string | undefined;
  /** A dateline or time element's text ("29 May 2024"). */
  dateline: string | undefined;
  /** Image captions and a standfirst: facts a reader sees beside the text, read after its paragraphs so they never shift the count. */
  readonly captions: Array<{ text: string; start: number; end: number }> = [];
  /** The block being read: its text, how much of it is link text, and where it is in the file. */
  private current = '';
  private linked = 0;
  private fileStart = -1;
  private fileEnd = -1;

  constructor(private readonly lines: LineIndex) {}

  /**
   * Depth-first without recursion: an element is entered (its block flushes what came before), its
   * children are walked, then it is left (its block flushes its own text).
   */
  walk(root: Node): void {
    const stack: Array<{ node: Node; inLink: boolean; leave?: boolean }> = [{ node: root, inLink: false }];
    while (stack.length) {
      const { node: n, inLink, leave } = stack.pop()!;
      if (leave) this.flush();
      else if (isText(n)) this.textNode(n, inLink);
      else if (isElement(n) && n.name === 'table' && n !== root && this.table(n)) continue;
      else if (isElement(n) && this.enter(n, n === root)) {
        if (BLOCK.has(n.name)) {
          this.flush();
          stack.push({ node: n, inLink, leave: true });
        }
        const childLink = inLink || n.name === 'a';
        for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i], inLink: childLink });
      }
    }
    this.flush();
    for (const c of this.captions.slice(0, 50)) {
      if (this.text) this.text += '\n\n';
      const start = this.text.length;
      this.text += c.text;
      this.blocks.push({ start, end: this.text.length, fileRange: this.lines.rangeOf(c.start, c.end) });
    }
  }

  private textNode(n: TextNode, inLink: boolean): void {
    if (!n.data.trim()) {
      this.current += n.data;
      return;
    }
    if (this.fileStart < 0 && n.startIndex !== null) this.fileStart = n.startIndex;
    if (n.endIndex !== null) this.fileEnd = n.endIndex + 1;
    this.current += n.data;
    if (inLink) this.linked += n.data.replace(/\s+/g, ' ').trim().length;
  }

  /** Whether an element's children are read: not furniture, not a headline, caption or byline (those are taken aside). */
  private enter(n: ElementNode, isRoot: boolean): boolean {
    // The article itself is never furniture, whatever its class says ("post has-share-bar").
    if (isRoot ? SKIP.has(n.name) : isFurniture(n)) return false;
    if (isRoot || !isNotBody(n)) return true;
    const t = textOf(n);
    const cls = `${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`;
    if (n.name === 'h1') this.headline ??= t;
    else if (NOT_BODY_CLASS.test(cls) && /^by\b/i.test(t)) this.byline ??= t;
    else if (/(?:^|[\s_-])(?:dateline|timestamp|publish-date|published)(?:$|[\s_-])/i.test(cls) || n.name === 'time') this.dateline ??= t;
    else if (STANDFIRST_CLASS.test(cls) && n.name !== 'h2' && n.name !== 'h3' && t && n.startIndex !== null && n.endIndex !== null) this.captions.push({ text: t, start: n.startIndex, end: n.endIndex + 1 });
    else {
      // A figure's caption, or a caption on its own.
      const caption = n.name === 'figure' ? findAll(n, (e) => e.name === 'figcaption')[0] : n.name === 'figcaption' || n.name === 'caption' || /(?:^|[\s_-])captions?(?:$|[\s_-])/i.test(cls) ? n : undefined;
      const text = caption === n ? t : caption ? textOf(caption) : '';
      if (caption && text && caption.startIndex !== null && caption.endIndex !== null) this.captions.push({ text, start: caption.startIndex, end: caption.endIndex + 1 });
    }
    this.flush();
    return false;
  }

  /**
   * A table of data (short cells, no blocks inside them): one paragraph, a row a line as a Markdown
   * table has it ("| 2347 | Saltmarsh Star | We have been in collision. |"), its first row the header,
   * so that each row is read as a record with its column heads. A layout table is read as blocks.
   */
  private table(n: ElementNode): boolean {
    const rows = dataTableRows(n);
    if (!rows || isFurniture(n)) return false;
    this.flush();
    // (A long table in blocks of rows, each under the header again, so that no block is cut mid-row.)
    for (const text of markdownTableBlocks(rows)) {
      if (this.text) this.text += '\n\n';
      const start = this.text.length;
      this.text += text;
      this.blocks.push({ start, end: this.text.length, fileRange: this.lines.rangeOf(n.startIndex ?? 0, (n.endIndex ?? n.startIndex ?? 0) + 1) });
    }
    return true;
  }

  /** The block read so far becomes a paragraph, a byline, or nothing (page furniture by its text or links). */
  private flush(): void {
    const t = this.current.replace(/\s+/g, ' ').trim();
    const linkShare = t ? this.linked / t.length : 0;
    if (t && t.length < 140 && BYLINE_TEXT.test(t)) this.byline ??= t;
    else if (t && !isChrome(t, linkShare)) {
      if (this.text) this.text += '\n\n';
      const start = this.text.length;
      this.text += t;
      this.blocks.push({ start, end: this.text.length, fileRange: this.lines.rangeOf(this.fileStart, Math.max(this.fileStart, this.fileEnd)) });
    }
    this.current = '';
    this.linked = 0;
    this.fileStart = -1;
  }
}

/**
 * Deepest nesting of elements read as written. The HTML parser's work grows with the square of the
 * depth (docs/robustness.md); real pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 2000;

/** Elements that have no end tag, or whose end tag is often left out (the parser closes them itself). */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'caption']);

/**
 * The page with the tags of elements nested deeper than MAX_HTML_DEPTH blanked (their text is kept):
 * tags become spaces, so every offset, and so every paragraph's place in the file, stays where it was.
 * One pass; comments, scripts and styles are passed over whole.
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const re = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/gi;
  const kept: boolean[] = [];
  let blanks: Array<[number, number]> | undefined;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || NOT_NESTING.has(name) || m[4]) continue;
    if (m[2]) {
      // A close: it goes with its open (unbalanced closes are left to the parser).
      if (kept.length && !kept.pop()) (blanks ??= []).push([m.index, m.index + m[0].length]);
    } else {
      const keep = kept.length < maxDepth;
      kept.push(keep);
      if (!keep) (blanks ??= []).push([m.index, m.index + m[0].length]);
    }
  }
  if (!blanks) return html;
  let out = '';
  let at = 0;
  for (const [s, e] of blanks) {
    out += html.slice(at, s) + html.slice(s, e).replace(/[^\n]/g, ' ');
    at = e;
  }
  return out + html.slice(at);
}

/** Headlines, crossheads, captions, bylines: text of the article that is not one of its paragraphs. */
function isNotBody(el: ElementNode): boolean {
  if (NOT_BODY.has(el.name)) return true;
  if (el.attribs.rel === 'author' || el.attribs.itemprop === 'author') return true;
  return NOT_BODY_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

/** All the text under an element, on one line (without recursion: pages can nest deeply). */
/**
 * A data table's rows of cell texts, in order; undefined for a layout table (a cell holding
 * paragraphs, lists or another table, or more than 300 characters), one of fewer than two rows or
 * columns, or one mostly of links (a menu).
 */
function dataTableRows(table: ElementNode): string[][] | undefined {
  const rows: string[][] = [];
  let chars = 0;
  let linked = 0;
  const walkRows = (parent: ElementNode): boolean => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
        if (!walkRows(child)) return false;
      } else if (child.name === 'tr') {
        const cells: string[] = [];
        for (const cell of child.children) {
          if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
          // (Merged cells put values under the wrong heads: such a table is read as its blocks.)
          if (Number(cell.attribs.rowspan ?? 1) > 1 || Number(cell.attribs.colspan ?? 1) > 1) return false;
          if (findAll(cell, (e) => e !== cell && LAYOUT_IN_CELL.has(e.name)).length) return false;
          const t = textOf(cell).replace(/\s+/g, ' ').trim().replace(/\|/g, '/');
          if (t.length > 300) return false;
          chars += t.length;
          for (const a of findAll(cell, (e) => e.name === 'a')) linked += textOf(a).replace(/\s+/g, ' ').trim().length;
          cells.push(t);
        }
        if (cells.some((c) => c)) rows.push(cells);
      }
    }
    return true;
  };
  if (!walkRows(table) || rows.length < 2 || !rows.some((r) => r.length >= 2) || linked > chars / 2) return undefined;
  return rows;
}

/** What a cell of a data table does not hold: blocks of text (a cell with them lays out a page). */
const LAYOUT_IN_CELL = new Set(['p', 'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article']);

function textOf(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    // (A line break parts words: "Ferry<br>Kestrel" is two.)
    else if (isElement(n) && n.name === 'br') out += ' ';
    else if (isElement(n) && !SKIP.has(n.name)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The date a byline or dateline gives ("By Oliver Thwaite · 29 May 2024" → "29 May 2024"). */
function dateIn(text: string | undefined): string | undefined {
  return text ? /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}\b|\b\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/u.exec(text)?.[0] : undefined;
}

/** "By Min-ji Lee · June 5, 2024" → "Min-ji Lee". */
function bylineAuthor(byline: string | undefined): string | undefined {
  if (!byline) return undefined;
  const name = byline.replace(/^by\s+/i, '').split(/\s*[·|•,–—]\s*|\s+(?:on|updated|published)\s+/i)[0];
  return name && name.length <= 80 ? name : undefined;
}

/** A block that is page chrome by its words: a menu of links, a share bar, a cookie notice. */
function isChrome(t: string, linkShare: number): boolean {
  if (linkShare > 0.6 && t.length < 400) return true; // a list of links, not prose
  if (t.length < 60 && CHROME_TEXT.test(t)) return true;
  if (t.length < 600 && /\bcookies?\b/i.test(t) && /\b(?:accept|consent|agree|preferences|we use)\b/i.test(t)) return true;
  return false;
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
