import type { Citation, CitationItem } from '../citations/parse';
import { analyzeClaim } from '../claims/claim';
import { sentenceAt, type Draft } from '../claims/draft';
import { judgeClaim } from '../claims/support';
import { paragraphText, type Corpus } from '../index/corpus';
import type { Paragraph, Source } from '../sources/model';
import type { Location, Range } from '../types';
import { emphasise, metadataLine, openAtLink, shorten } from './format';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/** The citation item under an offset (on its key, locator or anywhere in its text). */
export function itemAt(draft: Draft, offset: number): { citation: Citation; item: CitationItem } | undefined {
  for (const citation of draft.citations) {
    if (offset < citation.span.start || offset > citation.span.end) continue;
    const item = citation.items.find((i) => offset >= i.span.start && offset <= i.span.end) ?? (citation.items.length === 1 ? citation.items[0] : undefined);
    if (item) return { citation, item };
  }
  return undefined;
}

/** The passage a citation points at: its `para. N`, else the paragraph that best supports the sentence. */
export function citedPassage(draft: Draft, offset: number, item: CitationItem, source: Source, corpus: Corpus): { paragraph: Paragraph; span?: { start: number; end: number }; located: boolean } | undefined {
  if (item.locator?.label === 'para' && item.locator.first !== undefined) {
    const p = source.paragraphs[item.locator.first - 1];
    return p ? { paragraph: p, located: true } : undefined;
  }
  const sentence = sentenceAt(draft, offset);
  if (!sentence) return source.paragraphs[0] ? { paragraph: source.paragraphs[0], located: false } : undefined;
  const claim = analyzeClaim(sentence.claimText);
  const best = judgeClaim(claim, corpus, { scope: new Set([source]), limit: 1 }).evidence[0];
  return best ? { paragraph: best.paragraph, span: best.span, located: false } : source.paragraphs[0] ? { paragraph: source.paragraphs[0], located: false } : undefined;
}

export function hover(draft: Draft, offset: number, corpus: Corpus): Hover | undefined {
  const hit = itemAt(draft, offset);
  if (!hit) return undefined;
  const { item } = hit;
  const range = draft.lines.rangeOf(item.span.start, item.span.end);
  const source = corpus.bySourceKey(item.key);
  if (!source) return { contents: `**@${item.key}**: no source has this key.`, range };

  const lines = [`**${source.title}**`];
  const meta = metadataLine(source);
  if (meta) lines.push(meta);
  const passage = citedPassage(draft, offset, item, source, corpus);
  if (!passage) {
    lines.push(`_There is no para. ${item.locator?.value} in this source (it has ${source.paragraphs.length})._`);
  } else {
    const sentence = sentenceAt(draft, offset);
    const terms = new Set(sentence ? analyzeClaim(sentence.claimText).content.map((t) => t.term) : []);
    const quoted = passage.span ? source.text.slice(passage.span.start, passage.span.end) : paragraphText(source, passage.paragraph);
    lines.push(`> ${emphasise(shorten(quoted, 700), terms)}`);
    const label = passage.located ? `para. ${passage.paragraph.n}` : `para. ${passage.paragraph.n}, the passage that best supports this sentence`;
    lines.push(`[Open ${source.fileName} at ${label}](${openAtLink(source.uri, passage.paragraph.fileRange.start.line)})`);
  }
  return { contents: lines.join('\n\n'), range };
}

/** Go to definition: the cited passage in the source file. */
export function definition(draft: Draft, offset: number, corpus: Corpus): Location | undefined {
  const hit = itemAt(draft, offset);
  if (!hit) return undefined;
  const source = corpus.bySourceKey(hit.item.key);
  if (!source) return undefined;
  const passage = citedPassage(draft, offset, hit.item, source, corpus);
  return { uri: source.uri, range: passage ? passage.paragraph.fileRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Every citation of `key` in the given drafts. */
export function references(key: string, drafts: readonly Draft[]): Location[] {
  const out: Location[] = [];
  for (const d of drafts) {
    for (const c of d.citations) {
      for (const i of c.items) if (i.key === key) out.push({ uri: d.uri, range: d.lines.rangeOf(i.atSpan.start, i.atSpan.end) });
    }
  }
  return out;
}

