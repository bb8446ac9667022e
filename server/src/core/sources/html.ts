import { parseDocument } from 'htmlparser2';
import { LineIndex } from '../text/lineIndex';
import { decodeText } from './decode';
import type { ReadSource, SourceMetadata, SourceReader, TextBlock } from './model';

/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'canvas', 'head', 'menu', 'dialog', 'input', 'label', 'textarea', 'object', 'embed']);
/** Elements that start a new paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'figcaption', 'figure', 'dd', 'dt', 'dl', 'br', 'hr', 'address', 'caption', 'details', 'summary']);
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

/** Text length under an element, furniture left out: how much article an element holds. */
function textLength(n: Node): number {
  if (isText(n)) return n.data.replace(/\s+/g, ' ').trim().length;
  if (!isElement(n)) return 0;
  if (isFurniture(n)) return 0;
  let sum = 0;
  for (const c of n.children) sum += textLength(c);
  return sum;
}

function findAll(n: Node, pred: (el: ElementNode) => boolean, out: ElementNode[] = []): ElementNode[] {
  if (isElement(n)) {
    if (pred(n)) out.push(n);
    for (const c of n.children) findAll(c, pred, out);
  } else if ('children' in n && n.children) for (const c of n.children) findAll(c, pred, out);
  return out;
}

/**
 * Where the article is: the element marked as the article's body, else the `<article>` or `<main>`
 * holding the most text (a page of teaser cards has many small articles), else the whole body.
 */
function articleRoot(doc: Node): Node {
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
  read(file): ReadSource {
    const html = decodeText(file.bytes);
    const lines = new LineIndex(html);
    const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as Node;

    const meta: Record<string, string> = {};
    for (const el of findAll(doc, (e) => e.name === 'meta' || e.name === 'link' || e.name === 'title')) {
      if (el.name === 'meta') {
        const key = (el.attribs.name ?? el.attribs.property ?? el.attribs.itemprop ?? '').toLowerCase();
        if (key && el.attribs.content) meta[key] ??= el.attribs.content;
      } else if (el.name === 'link') {
        if ((el.attribs.rel ?? '').toLowerCase() === 'canonical' && el.attribs.href) meta['canonical'] ??= el.attribs.href;
      } else meta['<title>'] ??= el.children.filter(isText).map((t) => t.data).join('');
    }

    let text = '';
    const blocks: TextBlock[] = [];
    let current = '';
    let linked = 0;
    let fileStart = -1;
    let fileEnd = -1;
    const flush = () => {
      const t = current.replace(/\s+/g, ' ').trim();
      const linkShare = t ? linked / t.length : 0;
      if (t && !isChrome(t, linkShare)) {
        if (text) text += '\n\n';
        const start = text.length;
        text += t;
        blocks.push({ start, end: text.length, fileRange: lines.rangeOf(fileStart, Math.max(fileStart, fileEnd)) });
      }
      current = '';
      linked = 0;
      fileStart = -1;
    };
    const walk = (n: Node, inLink: boolean, isRoot = false) => {
      if (isText(n)) {
        if (!n.data.trim()) {
          current += n.data;
          return;
        }
        if (fileStart < 0 && n.startIndex !== null) fileStart = n.startIndex;
        if (n.endIndex !== null) fileEnd = n.endIndex + 1;
        current += n.data;
        if (inLink) linked += n.data.replace(/\s+/g, ' ').trim().length;
        return;
      }
      if (!isElement(n)) return;
      // The article itself is never furniture, whatever its class says ("post has-share-bar").
      if (isRoot ? SKIP.has(n.name) : isFurniture(n)) return;
      const block = BLOCK.has(n.name);
      if (block) flush();
      for (const c of n.children) walk(c, inLink || n.name === 'a');
      if (block) flush();
    };
    walk(articleRoot(doc), false, true);
    flush();

    const metadata: SourceMetadata = {
      id: meta['citation_key'],
      title: clean(meta['citation_title'] ?? meta['og:title'] ?? meta['twitter:title'] ?? meta['<title>']),
      author: clean(meta['author'] ?? meta['citation_author'] ?? meta['article:author'] ?? meta['dc.creator'] ?? meta['parsely-author']),
      date: clean(meta['article:published_time'] ?? meta['citation_publication_date'] ?? meta['date'] ?? meta['dc.date'] ?? meta['pubdate'] ?? meta['datepublished']),
      url: clean(meta['canonical'] ?? meta['og:url']),
    };
    return { text, blocks, metadata };
  },
};

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
