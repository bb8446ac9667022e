import { paragraphLabel } from '../draft/locators';
import { analyzeClaim } from '../claims/claim';
import type { Draft } from '../draft/draft';
import type { ReadingCache } from '../claims/reading';
import { judgeClaim, type Evidence } from '../claims/support';
import type { Corpus } from '../search/corpus';
import type { Source } from '../sources/model';
import type { Range } from '../types';
import { emphasise, evidenceText, inlineText, metadataLine, shorten } from './format';
import { matchSources } from './keys';

export interface CompletionItem {
  readonly label: string;
  readonly kind: 'source' | 'passage';
  readonly detail: string;
  /**
   * Markdown: the source's title and metadata, and the passage that best matches the sentence. Made
   * when first read (a list holds up to 200 items and an editor shows the documentation of one), so
   * a host can send it on request (LSP completionItem/resolve) instead of with every list.
   */
  readonly documentation: string;
  readonly sortText: string;
  readonly filterText: string;
  readonly range: Range;
  readonly newText: string;
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
  const range = draft.lines.rangeOf(ctx.keyStart, offset);
  const close = ctx.needsClose ? ']' : '';
  const claim = analyzeClaim(sentenceBefore(draft, ctx.keyStart - 1));
  const claimTerms = new Set(claim.tokens.map((t) => t.term));
  const judged = claim.content.length ? judgeClaim(claim, corpus, { limit: 30, candidates: 20, cache, evidenceOnly: true }) : { evidence: [] as Evidence[], score: 0 };

  // Rank sources by their best passage's support for the sentence; fuzzy-filter when letters were typed.
  const bestBySource = new Map<Source, Evidence[]>();
  for (const e of judged.evidence) {
    const list = bestBySource.get(e.source) ?? [];
    if (list.length < 3) list.push(e);
    bestBySource.set(e.source, list);
  }
  const support = (s: Source) => bestBySource.get(s)?.[0]?.score ?? 0;
  let ordered: Source[];
  if (ctx.prefix) {
    const candidates = matchSources(ctx.prefix, corpus.sources());
    const fuzzRank = new Map(candidates.map((s, i) => [s, i]));
    ordered = [...candidates].sort((a, b) => support(b) - support(a) || fuzzRank.get(a)! - fuzzRank.get(b)!);
  } else {
    // Supported sources first, then the rest by key: only the first 200 are shown, so never sort them all.
    const supported = [...bestBySource.keys()].filter((s) => support(s) > 0).sort((a, b) => support(b) - support(a) || byKey(a.key, b.key));
    ordered = [...supported, ...corpus.firstSourcesByKey(200 + supported.length).filter((s) => support(s) === 0)];
  }

  const items: CompletionItem[] = [];
  ordered.slice(0, 200).forEach((source, rank) => {
    const passages = bestBySource.get(source) ?? [];
    const top = passages[0];
    const docs = () =>
      [`**${inlineText(source.title)}**`, metadataLine(source), top ? `> ${emphasise(shorten(evidenceText(top), 400), claimTerms)}\n\n_${inlineText(paragraphLabel(source, top.paragraph))}: best match for this sentence_` : ''].filter(Boolean).join('\n\n');
    const matchNote = top && top.score > 0 ? `${Math.round(top.score * 100)}% match · ` : '';
    const sortBase = String(rank).padStart(4, '0');
    items.push(
      new Item(
        {
          label: `@${source.key}`,
          kind: 'source',
          detail: `${matchNote}${source.title}`,
          sortText: `${sortBase}-0`,
          filterText: [source.key, source.title, source.metadata.author].filter(Boolean).join(' '),
          range,
          newText: source.key + close,
        },
        docs,
      ),
    );
    // Under the best sources, their best passages as ready-made locators.
    if (rank < 5) {
      const seen = new Set<string>();
      passages.forEach((e, i) => {
        // A PDF is cited by page (what its reader can find); two passages on one page are one item.
        const page = e.paragraph.page !== undefined ? source.pages?.[e.paragraph.page - 1] : undefined;
        const where = page !== undefined ? `p. ${page}` : `para. ${e.paragraph.n}`;
        if (seen.has(where)) return;
        seen.add(where);
        const locator = ctx.bracketed ? `${source.key}, ${where}${close}` : `${source.key} [${where}]`;
        items.push(
          new Item(
            {
              label: `@${source.key}, ${where}`,
              kind: 'passage',
              detail: `${Math.round(e.score * 100)}% match · ${shorten(evidenceText(e), 60)}`,
              sortText: `${sortBase}-${i + 1}`,
              filterText: [source.key, source.title, source.metadata.author].filter(Boolean).join(' '),
              range,
              newText: locator,
            },
            () => `**${inlineText(source.title)}**, ${inlineText(paragraphLabel(source, e.paragraph))}\n\n> ${emphasise(shorten(evidenceText(e), 500), claimTerms)}`,
          ),
        );
      });
    }
  });
  return items;
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
  }

  get documentation(): string {
    return (this.made ??= this.make());
  }
}
