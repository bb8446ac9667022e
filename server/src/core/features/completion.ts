import { paragraphLabel, paragraphNumber } from '../draft/locators';
import { analyzeClaim } from '../claims/claim';
import type { Draft } from '../draft/draft';
import type { DraftCache } from '../draft/draftCache';
import { outOfWindow } from '../draft/draftWindow';
import type { ReadingCache } from '../claims/reading';
import { judgeClaim, type Evidence } from '../claims/support';
import type { Corpus } from '../search/corpus';
import type { Paragraph, Source } from '../sources/model';
import { neverCancelled, type CancellationToken, type IDocument, type Position, type Range } from '../types';
import { emphasise, evidenceText, inlineText, metadataLine, shorten } from './format';
import { matchSources } from './keys';

export interface CompletionItem {
  readonly label: string;
  readonly kind: 'source' | 'passage';
  readonly detail: string;
  /**
   * Markdown: the source's title and metadata, and the passage that best matches the sentence. Made
   * when first read (a list holds up to 200 items and an editor shows the documentation of one); a
   * host that sends it on request (LSP completionItem/resolve) makes it from `data` instead.
   */
  readonly documentation: string;
  readonly sortText: string;
  readonly filterText: string;
  readonly range: Range;
  readonly newText: string;
  /** What `completionDocumentation` needs to make `documentation` again, without this item. */
  readonly data: CompletionData;
}

/** The source an item names and the passage its documentation quotes: small, and plain JSON. */
export interface CompletionData {
  readonly key: string;
  /** A passage item (a ready-made locator), not a source item. */
  readonly passage?: true;
  /** The quoted passage: its paragraph's number and its span in the source's text. */
  readonly paragraph?: number;
  readonly span?: readonly [number, number];
  /** The sentence's terms: the words of the quote shown in bold. */
  readonly terms?: readonly string[];
}

interface Context {
  /** Offset just after the `@`. */
  readonly keyStart: number;
  readonly prefix: string;
  /** Inside `[...]`: items insert "key, para. N"; outside, narrative "key [para. N]". */
  readonly bracketed: boolean;
  /** The bracket is not closed yet after the cursor. */
  readonly needsClose: boolean;
}

/** Is the cursor right after `@` or `@partial-key` in a place a citation can start? */
export function completionContext(text: string, offset: number): Context | undefined {
  let i = offset;
  while (i > 0 && /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u.test(text[i - 1])) i--;
  if (text[i - 1] !== '@') return undefined;
  const at = i - 1;
  let before = at - 1;
  if (text[before] === '-') before--; // "-@key" suppresses the author
  const ch = text[before];
  if (ch !== undefined && /[\p{L}\p{N}_]/u.test(ch)) return undefined; // an e-mail address
  // Inside an open bracket on this line/paragraph?
  let j = at - 1;
  let bracketed = false;
  while (j >= 0 && text[j] !== '\n' && text[j] !== ']') {
    if (text[j] === '[') {
      bracketed = true;
      break;
    }
    j--;
  }
  let needsClose = false;
  if (bracketed) {
    let k = offset;
    while (k < text.length && text[k] !== ']' && text[k] !== '[' && text[k] !== '\n') k++;
    needsClose = text[k] !== ']';
  }
  return { keyStart: i, prefix: text.slice(i, offset), bracketed, needsClose };
}

/** The words the writer is writing about: the sentence up to the cursor, or the one before if it just began. */
function sentenceBefore(draft: Draft, at: number): string {
  const text = draft.text;
  // A full stop ends a sentence only before white space: "$9.6 billion" goes on.
  const ends = (i: number) => /[.!?]/.test(text[i - 1]) && /\s/.test(text[i] ?? ' ');
  let start = at;
  while (start > 0 && !ends(start) && !(text[start - 1] === '\n' && text[start - 2] === '\n')) start--;
  let words = text.slice(start, at).replace(/\[[^\]]*$/, '').replace(/@[^\s\]]*$/, '');
  if (words.trim().split(/\s+/).length < 4 && start > 0) {
    let s2 = start - 1;
    while (s2 > 0 && !ends(s2) && !(text[s2 - 1] === '\n' && text[s2 - 2] === '\n')) s2--;
    words = text.slice(s2, start) + ' ' + words;
  }
  return words.replace(/\[[^\]]*\]/g, ' ');
}

const byKey = new Intl.Collator().compare; // what localeCompare does, without its per-call set-up

export function completions(draft: Draft, offset: number, corpus: Corpus, cache?: ReadingCache): CompletionItem[] {
  const ctx = completionContext(draft.text, offset);
  if (!ctx) return [];
  // No citations in code, URLs, front matter or headings: the masked prose has blanked the '@' there.
  if (draft.prose[ctx.keyStart - 1] !== '@') return [];
  const claim = analyzeClaim(sentenceBefore(draft, ctx.keyStart - 1));
  const judged = claim.content.length ? judgeClaim(claim, corpus, { limit: 30, candidates: 20, cache, evidenceOnly: true }) : { evidence: [] as Evidence[], score: 0 };
  const bestBySource = new Map<Source, Evidence[]>();
  for (const e of judged.evidence) {
    const list = bestBySource.get(e.source) ?? [];
    if (list.length < 3) list.push(e);
    bestBySource.set(e.source, list);
  }
  const list: ItemList = { ctx, range: draft.lines.rangeOf(ctx.keyStart, offset), close: ctx.needsClose ? ']' : '', terms: [...new Set(claim.tokens.map((t) => t.term))], items: [] };
  rankSources(ctx.prefix, bestBySource, corpus).slice(0, 200).forEach((source, rank) => {
    const passages = bestBySource.get(source) ?? [];
    list.items.push(sourceItem(list, source, passages[0], rank));
    // Under the best sources, their best passages as ready-made locators.
    if (rank < 5) passageItems(list, source, passages, rank);
  });
  return list.items;
}

/**
 * Sources by their best passage's support for the sentence; fuzzy-filtered when letters were typed.
 * Without letters, the supported sources first, then the rest by key: only the first 200 are shown,
 * so all of them are never sorted.
 */
function rankSources(prefix: string, bestBySource: ReadonlyMap<Source, readonly Evidence[]>, corpus: Corpus): Source[] {
  const support = (s: Source) => bestBySource.get(s)?.[0]?.score ?? 0;
  if (prefix) {
    const candidates = matchSources(prefix, corpus.sources());
    const fuzzRank = new Map(candidates.map((s, i) => [s, i]));
    return [...candidates].sort((a, b) => support(b) - support(a) || fuzzRank.get(a)! - fuzzRank.get(b)!);
  }
  const supported = [...bestBySource.keys()].filter((s) => support(s) > 0).sort((a, b) => support(b) - support(a) || byKey(a.key, b.key));
  return [...supported, ...corpus.firstSourcesByKey(200 + supported.length).filter((s) => support(s) === 0)];
}

/** What the items of one list share. */
interface ItemList {
  readonly ctx: Context;
  readonly range: Range;
  /** "]" when the item must close the bracket. */
  readonly close: string;
  readonly terms: readonly string[];
  readonly items: CompletionItem[];
}

function sourceItem(list: ItemList, source: Source, top: Evidence | undefined, rank: number): CompletionItem {
  const matchNote = top && top.score > 0 ? `${Math.round(top.score * 100)}% match · ` : '';
  const data: CompletionData = top ? { key: source.key, paragraph: top.paragraph.n, span: [top.span.start, top.span.end], terms: list.terms } : { key: source.key };
  return new Item(
    {
      label: `@${source.key}`,
      kind: 'source',
      detail: `${matchNote}${source.title}`,
      sortText: `${sortBase(rank)}-0`,
      filterText: filterText(source),
      range: list.range,
      newText: source.key + list.close,
      data,
    },
    () => sourceDocumentation(source, top && { paragraph: top.paragraph, quote: evidenceText(top) }, new Set(list.terms)),
  );
}

/** A source's best passages as items, one per paragraph or page. */
function passageItems(list: ItemList, source: Source, passages: readonly Evidence[], rank: number): void {
  const seen = new Set<string>();
  passages.forEach((e, i) => {
    // A PDF is cited by page (what its reader can find); two passages on one page are one item.
    const page = e.paragraph.page !== undefined ? source.pages?.[e.paragraph.page - 1] : undefined;
    const where = page !== undefined ? `p. ${page}` : `para. ${paragraphNumber(e.source, e.paragraph)}`;
    if (seen.has(where)) return;
    seen.add(where);
    const locator = list.ctx.bracketed ? `${source.key}, ${where}${list.close}` : `${source.key} [${where}]`;
    list.items.push(
      new Item(
        {
          label: `@${source.key}, ${where}`,
          kind: 'passage',
          detail: `${Math.round(e.score * 100)}% match · ${shorten(evidenceText(e), 60)}`,
          sortText: `${sortBase(rank)}-${i + 1}`,
          filterText: filterText(source),
          range: list.range,
          newText: locator,
          data: { key: source.key, passage: true, paragraph: e.paragraph.n, span: [e.span.start, e.span.end], terms: list.terms },
        },
        () => passageDocumentation(source, e.paragraph, evidenceText(e), new Set(list.terms)),
      ),
    );
  });
}

const sortBase = (rank: number) => String(rank).padStart(4, '0');
const filterText = (source: Source) => [source.key, source.title, source.metadata.author].filter(Boolean).join(' ');

/** A source item's documentation: its title and metadata, and the passage that best matches the sentence. */
function sourceDocumentation(source: Source, top: { paragraph: Paragraph; quote: string } | undefined, terms: ReadonlySet<string>): string {
  return [`**${inlineText(source.title)}**`, metadataLine(source), top ? `> ${emphasise(shorten(top.quote, 400), terms)}\n\n_${inlineText(paragraphLabel(source, top.paragraph))}: best match for this sentence_` : ''].filter(Boolean).join('\n\n');
}

/** A passage item's documentation: the passage under its paragraph, the sentence's words in bold. */
function passageDocumentation(source: Source, paragraph: Paragraph, quote: string, terms: ReadonlySet<string>): string {
  return `**${inlineText(source.title)}**, ${inlineText(paragraphLabel(source, paragraph))}\n\n> ${emphasise(shorten(quote, 500), terms)}`;
}

/**
 * An item's documentation made again from its data (the host sends it on request): undefined when
 * the source or the passage is no longer there.
 */
export function completionDocumentation(data: CompletionData, corpus: Corpus): string | undefined {
  const source = typeof data?.key === 'string' ? corpus.bySourceKey(data.key) : undefined;
  if (!source) return undefined;
  const paragraph = typeof data.paragraph === 'number' ? source.paragraphs[data.paragraph - 1] : undefined;
  const span = Array.isArray(data.span) && data.span.length === 2 && data.span.every((n) => Number.isSafeInteger(n)) ? data.span : undefined;
  const quote = paragraph && span && span[0] >= 0 && span[0] <= span[1] && span[1] <= source.text.length ? source.text.slice(span[0], span[1]) : undefined;
  const terms = new Set(Array.isArray(data.terms) ? data.terms.filter((t) => typeof t === 'string') : []);
  if (data.passage) return paragraph && quote !== undefined ? passageDocumentation(source, paragraph, quote, terms) : undefined;
  return sourceDocumentation(source, paragraph && quote !== undefined ? { paragraph, quote } : undefined, terms);
}

/** A completion item whose `documentation` is made on first read, then kept. */
class Item implements CompletionItem {
  readonly label: string;
  readonly kind: 'source' | 'passage';
  readonly detail: string;
  readonly sortText: string;
  readonly filterText: string;
  readonly range: Range;
  readonly newText: string;
  readonly data: CompletionData;
  private made: string | undefined;

  constructor(
    item: Omit<CompletionItem, 'documentation'>,
    private readonly make: () => string,
  ) {
    this.label = item.label;
    this.kind = item.kind;
    this.detail = item.detail;
    this.sortText = item.sortText;
    this.filterText = item.filterText;
    this.range = item.range;
    this.newText = item.newText;
    this.data = item.data;
  }

  get documentation(): string {
    return (this.made ??= this.make());
  }
}

/** The completions of one service's drafts. */
export class CompletionProvider {
  constructor(
    private readonly drafts: DraftCache,
    private readonly corpus: Corpus,
    private readonly reading: ReadingCache,
  ) {}

  provide(doc: IDocument, position: Position, token: CancellationToken = neverCancelled): CompletionItem[] {
    const { draft, at, window } = this.drafts.at(doc, position);
    if (token.isCancellationRequested) return [];
    const items = completions(draft, at, this.corpus, this.reading);
    // Items made from a window carry ranges in the window: put them back in the draft.
    if (window) for (const item of items) (item as { range: Range }).range = outOfWindow(item.range, window);
    return items;
  }

  /** An item's documentation from its data (see completionDocumentation). */
  resolve(data: CompletionData): string | undefined {
    return completionDocumentation(data, this.corpus);
  }
}
