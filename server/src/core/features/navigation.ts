import { locate, paragraphLabel } from '../draft/locators';
import type { Citation, CitationItem } from '../draft/citations';
import { analyzeClaim } from '../claims/claim';
import { parseDraft, sentenceAt, type Draft } from '../draft/draft';
import type { DraftCache } from '../draft/draftCache';
import { outOfWindow } from '../draft/draftWindow';
import type { ReadingCache } from '../claims/reading';
import { judgeClaim } from '../claims/support';
import { paragraphText, type Corpus } from '../search/corpus';
import type { Paragraph, Source } from '../sources/model';
import { neverCancelled, type CancellationToken, type IDocument, type Location, type Position, type Range } from '../types';
import { emphasise, inlineText, metadataLine, openAtLink, shorten } from './format';
import { SourceLinks } from './sourceText';

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

/** The passage a citation points at: its `para. N`, the best passage of its `p. N`, else the paragraph that best supports the sentence. */
export function citedPassage(
  draft: Draft,
  offset: number,
  item: CitationItem,
  source: Source,
  corpus: Corpus,
  cache?: ReadingCache,
): { paragraph: Paragraph; span?: { start: number; end: number }; located: boolean; page?: string } | undefined {
  const located = locate(source, item.locator);
  if (located?.kind === 'paragraph') return { paragraph: located.paragraph, located: true };
  if (located?.kind === 'missing') return undefined;
  const within = located?.kind === 'page' ? located.paragraphs : source.paragraphs;
  const page = located?.kind === 'page' ? located.label : undefined;
  const first = within[0] ? { paragraph: within[0], located: !!page, page } : undefined;
  const sentence = sentenceAt(draft, offset);
  if (!sentence || !first) return first;
  const claim = analyzeClaim(sentence.claimText);
  const paragraphs = page ? within.map((paragraph) => ({ source, paragraph })) : undefined;
  const best = judgeClaim(claim, corpus, { scope: new Set([source]), paragraphs, limit: page ? 50 : 1, cache }).evidence.find((e) => !page || within.includes(e.paragraph));
  return best ? { paragraph: best.paragraph, span: best.span, located: !!page, page } : first;
}

/** Links to files, for hosts that show no source text (the CLI's and tests' default). */
const FILE_LINKS = new SourceLinks(() => 'file');

export function hover(draft: Draft, offset: number, corpus: Corpus, cache?: ReadingCache, links: SourceLinks = FILE_LINKS): Hover | undefined {
  const hit = itemAt(draft, offset);
  if (!hit) return undefined;
  const { item } = hit;
  const range = draft.lines.rangeOf(item.span.start, item.span.end);
  const source = corpus.citedSource(item.key);
  if (!source) return { contents: `**@${inlineText(item.key)}**: no source has this key.`, range };

  // Whatever comes from a source (title, metadata, file name, page labels) is escaped: a client that
  // renders Markdown must get no link, image or HTML from a source's text.
  const lines = [`**${inlineText(source.title)}**`];
  const meta = metadataLine(source);
  if (meta) lines.push(meta);
  if (source.paragraphs.length === 0 && source.entry) {
    lines.push('_From the bibliography only: no file is linked to this entry, so Sourced cannot quote or check it._');
    lines.push(`[Open the bibliography entry](${openAtLink(source.entry.uri, source.entry.line)})`);
    return { contents: lines.join('\n\n'), range };
  }
  const passage = citedPassage(draft, offset, item, source, corpus, cache);
  if (!passage) {
    const located = locate(source, item.locator);
    const pages = item.locator?.label === 'page' && source.pages;
    if (located?.kind !== 'missing') lines.push('_This page has no text._');
    else if (pages) lines.push(`_There is no p. ${item.locator?.value} in this source (it has ${pages.length} page${pages.length === 1 ? '' : 's'}${pages[0] !== '1' ? `, ${pages[0]}–${pages[pages.length - 1]}` : ''})._`);
    else lines.push(`_There is no para. ${item.locator?.value} in this source (it has ${source.paragraphs.length})._`);
  } else {
    const sentence = sentenceAt(draft, offset);
    const terms = new Set(sentence ? analyzeClaim(sentence.claimText).content.map((t) => t.term) : []);
    const quoted = passage.span ? source.text.slice(passage.span.start, passage.span.end) : paragraphText(source, passage.paragraph);
    lines.push(`> ${emphasise(shorten(quoted, 700), terms)}`);
    const where = paragraphLabel(source, passage.paragraph);
    const label = passage.page !== undefined ? `${where}, the passage on p. ${passage.page} that best supports this sentence` : passage.located ? where : `${where}, the passage that best supports this sentence`;
    lines.push(`[Open ${inlineText(source.fileName)} at ${inlineText(label)}](${links.link(source, passage.paragraph, passage.span)})`);
  }
  return { contents: lines.join('\n\n'), range };
}

/** Go to definition: the cited passage, in the source's text or its file (see SourceLinks; a bibliography-only source: its entry). */
export function definition(draft: Draft, offset: number, corpus: Corpus, cache?: ReadingCache, links: SourceLinks = FILE_LINKS): Location | undefined {
  const hit = itemAt(draft, offset);
  if (!hit) return undefined;
  const source = corpus.citedSource(hit.item.key);
  if (!source) return undefined;
  if (source.paragraphs.length === 0 && source.entry) {
    const at = { line: source.entry.line, character: 0 };
    return { uri: source.entry.uri, range: { start: at, end: at } };
  }
  const passage = citedPassage(draft, offset, hit.item, source, corpus, cache);
  if (passage) return links.location(source, passage.paragraph, passage.span);
  // A paragraph or page the source lacks: the source at its top.
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { uri: links.uriOf(source), range: top };
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


/** Where the core finds the workspace's drafts (for find-references). */
export interface IDraftWorkspace {
  drafts(): Promise<readonly IDocument[]>;
}

/** Hover, go to definition and find references in one service's drafts. */
export class NavigationProvider {
  constructor(
    private readonly drafts: DraftCache,
    private readonly corpus: Corpus,
    private readonly reading: ReadingCache,
    private readonly workspace?: IDraftWorkspace,
    private readonly links: SourceLinks = FILE_LINKS,
  ) {}

  hover(doc: IDocument, position: Position): Hover | undefined {
    const { draft, at, window } = this.drafts.at(doc, position);
    const h = hover(draft, at, this.corpus, this.reading, this.links);
    return h && window ? { ...h, range: outOfWindow(h.range, window) } : h;
  }

  definition(doc: IDocument, position: Position): Location | undefined {
    const { draft, at } = this.drafts.at(doc, position);
    return definition(draft, at, this.corpus, this.reading, this.links);
  }

  /** Every citation of the key under the position, in this draft and the workspace's others. */
  async references(doc: IDocument, position: Position, token: CancellationToken = neverCancelled): Promise<Location[]> {
    const draft = this.drafts.parsed(doc);
    const hit = itemAt(draft, draft.lines.offsetAt(position));
    if (!hit) return [];
    const docs = (await this.workspace?.drafts()) ?? [doc];
    if (token.isCancellationRequested) return [];
    const all = docs.some((d) => d.uri === doc.uri) ? docs : [doc, ...docs];
    return references(hit.item.key, all.map((d) => (d.uri === doc.uri ? draft : parseDraft(d.uri, d.version, d.getText()))));
  }

  /** Every citation of `key` in the workspace's drafts (the sources view's "cited N times"). */
  async citationsOf(key: string, token: CancellationToken = neverCancelled): Promise<Location[]> {
    const docs = (await this.workspace?.drafts()) ?? [];
    if (token.isCancellationRequested) return [];
    return references(key, docs.map((d) => parseDraft(d.uri, d.version, d.getText())));
  }
}
