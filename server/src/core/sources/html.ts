import { Parser } from 'htmlparser2';
import { LineIndex } from '../text/lineIndex';
import { decodeText } from './decode';
import type { ReadSource, SourceMetadata, SourceReader, TextBlock } from './model';

/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'canvas', 'head', 'menu', 'dialog']);
/** Elements that start a new paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'figcaption', 'figure', 'dd', 'dt', 'br', 'hr', 'address', 'caption']);
/** class/id/role words that mark page furniture: cookie banners, share bars, menus, ads. */
const BOILERPLATE = /(?:^|[\s_-])(cookie|consent|banner|share|sharing|social|nav|navbar|menu|breadcrumbs?|subscribe|newsletter|signup|advert|ads?|promo|related|recommended|sidebar|footer|header|comments?|popup|modal|masthead|toolbar|skip)(?:$|[\s_-])/i;
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/**
 * Reads a web page saved as HTML: the article's text as paragraphs, the page's own title, author,
 * date and canonical URL; scripts, styles, navigation and page furniture dropped. When the page marks
 * its content with <article> or <main>, only that content is read.
 */
export const htmlReader: SourceReader = {
  extensions: ['.html', '.htm', '.xhtml'],
  read(file): ReadSource {
    const html = decodeText(file.bytes);
    const lines = new LineIndex(html);
    const lower = html.toLowerCase();
    const scoped = lower.includes('<article') ? 'article' : lower.includes('<main') ? 'main' : undefined;

    const meta: Record<string, string> = {};
    let titleText = '';
    let inTitle = false;
    let skipDepth = 0;
    let scopeDepth = scoped ? 0 : 1;
    const stack: Array<{ name: string; skip: boolean; scope: boolean }> = [];

    let text = '';
    const blocks: TextBlock[] = [];
    let current = '';
    let currentFileStart = -1;
    let currentFileEnd = -1;

    const flush = () => {
      const t = current.replace(/\s+/g, ' ').trim();
      if (t) {
        if (text) text += '\n\n';
        const start = text.length;
        text += t;
        blocks.push({ start, end: text.length, fileRange: lines.rangeOf(currentFileStart, Math.max(currentFileStart, currentFileEnd)) });
      }
      current = '';
      currentFileStart = -1;
    };

    const parser: Parser = new Parser(
      {
        onopentag(name, attrs) {
          if (name === 'title') inTitle = true;
          if (name === 'meta') {
            const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
            if (key && attrs.content) meta[key] ??= attrs.content;
          }
          if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) meta['canonical'] ??= attrs.href;
          if (VOID.has(name)) {
            if (BLOCK.has(name) && skipDepth === 0 && scopeDepth > 0) flush();
            return;
          }
          const furniture = BOILERPLATE.test(`${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`) || attrs['aria-hidden'] === 'true' || attrs.hidden !== undefined;
          const skip = SKIP.has(name) || (furniture && name !== 'body' && name !== 'html' && name !== scoped);
          const scope = name === scoped;
          stack.push({ name, skip, scope });
          if (skip) skipDepth++;
          if (scope) scopeDepth++;
          if (BLOCK.has(name) && skipDepth === 0 && scopeDepth > 0) flush();
        },
        ontext(data) {
          if (inTitle) titleText += data;
          if (skipDepth > 0 || scopeDepth === 0) return;
          if (data.trim() && currentFileStart < 0) currentFileStart = parser.startIndex;
          if (data.trim()) currentFileEnd = parser.endIndex + 1;
          current += data;
        },
        onclosetag(name) {
          if (name === 'title') inTitle = false;
          if (VOID.has(name)) return;
          // Pop to the matching element; htmlparser2 closes implied tags for us.
          for (let i = stack.length - 1; i >= 0; i--) {
            if (stack[i].name !== name) continue;
            const popped = stack.splice(i);
            for (const el of popped) {
              if (el.skip) skipDepth--;
              if (el.scope) scopeDepth--;
            }
            break;
          }
          if (BLOCK.has(name) && skipDepth === 0) flush();
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(html);
    parser.end();
    flush();

    const metadata: SourceMetadata = {
      id: meta['citation_key'],
      title: clean(meta['citation_title'] ?? meta['og:title'] ?? meta['twitter:title'] ?? titleText),
      author: clean(meta['author'] ?? meta['citation_author'] ?? meta['article:author'] ?? meta['dc.creator'] ?? meta['parsely-author']),
      date: clean(meta['article:published_time'] ?? meta['citation_publication_date'] ?? meta['date'] ?? meta['dc.date'] ?? meta['pubdate'] ?? meta['datepublished']),
      url: clean(meta['canonical'] ?? meta['og:url']),
    };
    return { text, blocks, metadata };
  },
};

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
