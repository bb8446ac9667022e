/**
 * `quote.not-verbatim`: a quotation in the draft that the source it cites does not have word for word.
 * Quotations are found a paragraph at a time (a quotation may run over several sentences) and checked
 * against the known sources cited by the sentence where the quotation ends (see claims/quotes.ts), or,
 * for an uncited sentence Sourced calls supported, against the source that backs it.
 */
import type { SentenceVerdict } from '../claims/checker';
import { checkQuotations, type QuoteCache, type QuoteMismatch, type Word } from '../claims/quotes';
import type { Draft } from '../draft/draft';
import { paragraphLabel } from '../draft/locators';
import type { Paragraph, Source } from '../sources/model';
import { DiagnosticCode, type SourcedDiagnostic } from './diagnostics';
import { cutQuote } from './format';

/** Words of sources kept for checking quotations (a few hundred articles' worth; about 40 MB at most). */
const KEPT_WORDS = 500_000;
/**
 * Sources longer than this (a book) are not searched for a quotation: a search of all their words for
 * every quotation of every check would hold up the editor. Their quotations get no finding.
 */
export const MAX_QUOTED_SOURCE_CHARS = 1_000_000;

/** A quotation's source words, kept per service for the sources quoted last (bounded, oldest dropped first). */
export class QuoteWords implements QuoteCache {
  private readonly words = new Map<Source, readonly Word[]>();
  private total = 0;

  get(source: Source): readonly Word[] | undefined {
    const w = this.words.get(source);
    if (w) {
      this.words.delete(source);
      this.words.set(source, w);
    }
    return w;
  }

  set(source: Source, words: readonly Word[]): this {
    for (const [oldest, w] of this.words) {
      if (this.total + words.length <= KEPT_WORDS) break;
      this.words.delete(oldest);
      this.total -= w.length;
    }
    this.words.set(source, words);
    this.total += words.length;
    return this;
  }
}

/** Below this share of the quotation's words, the closest wording is shown but not offered as a fix. */
const FIX_MIN_SCORE = 0.75;

/** The `quote.not-verbatim` findings of a draft, from its sentences' verdicts (for the cited sources). */
export function quoteDiagnostics(draft: Draft, verdicts: readonly SentenceVerdict[], cache: QuoteCache): SourcedDiagnostic[] {
  const out: SourcedDiagnostic[] = [];
  const prose = draft.prose;
  if (!/["“„«‹]/.test(prose)) return out;
  let next = 0;
  for (const para of prose.split(/\n[ \t]*\n/)) {
    const paraStart = prose.indexOf(para, next);
    next = paraStart + para.length;
    if (!/["“„«‹]/.test(para)) continue;
    for (const m of checkParagraph(para, paraStart, verdicts, cache)) out.push(finding(draft, m, paraStart));
  }
  return out;
}

/** The mismatches of one paragraph's quotations, each checked against the sentence that closes it. */
function checkParagraph(para: string, paraStart: number, verdicts: readonly SentenceVerdict[], cache: QuoteCache): QuoteMismatch[] {
  const out: QuoteMismatch[] = [];
  for (const [quoteEnd, text] of quotationsByEnd(para)) {
    const v = verdicts.find((x) => x.sentence.span.start <= paraStart + quoteEnd && paraStart + quoteEnd < x.sentence.span.end);
    // An unknown key or a bad locator has its own finding, and the quotation may be in the source missing.
    if (!v || v.citations.some((c) => !c.source || c.badLocator)) continue;
    // An uncited sentence called supported is checked against the source that backs it: a quotation close
    // to its words but not word for word is a misquote ("will pay too" where she said "will not").
    const backing = v.citations.length === 0 ? (v.status === 'supported' ? (v.overall?.cover.slice(0, 1).map((e) => e.source) ?? []) : []) : v.citations.map((c) => c.source!);
    if (backing.length === 0) continue;
    const cited = [...new Set(backing)].filter((src) => src.text.length <= MAX_QUOTED_SOURCE_CHARS);
    out.push(...checkQuotations(text, cited, cache).map((m) => ({ ...m, quotation: { text: m.quotation.text, span: { start: m.quotation.span.start + quoteEnd - text.length, end: m.quotation.span.end + quoteEnd - text.length } } })));
  }
  return out;
}

/** Each quotation of a paragraph on its own (with its marks), by where it ends in the paragraph. */
function quotationsByEnd(para: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const OPEN: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‹': '›' };
  for (let i = 0; i < para.length; i++) {
    const close = OPEN[para[i]];
    if (!close) continue;
    const end = para.indexOf(close, i + 1);
    if (end < 0) break;
    out.push([end + 1, para.slice(i, end + 1)]);
    i = end;
  }
  return out;
}

function finding(draft: Draft, m: QuoteMismatch, paraStart: number): SourcedDiagnostic {
  const range = draft.lines.rangeOf(paraStart + m.quotation.span.start, paraStart + m.quotation.span.end);
  const paragraph = paragraphAt(m.source, m.closestSpan.start);
  const where = `@${m.source.key}${paragraph ? `, ${paragraphLabel(m.source, paragraph)}` : ''}`;
  const closest = m.closest.replace(/\s+/g, ' ').trim();
  const message = `This quotation is not word for word what ${where} says. ${differences(m)} The source's wording: “${cutQuote(closest, 300)}”`;
  // The fix replaces the quotation with words the source has in that order: only for a close match in one
  // paragraph, and not over the writer's ellipses and [brackets], which it would drop.
  const fixable = m.score >= FIX_MIN_SCORE && !ellipsisOrBrackets(m.quotation.text) && sameParagraph(m, paragraph) && !/["“”„«»‹›]/.test(closest);
  return {
    code: DiagnosticCode.NotVerbatim,
    severity: 'warning',
    range,
    message,
    related: paragraph ? [{ location: { uri: m.source.uri, range: paragraph.fileRange }, message: `${paragraphLabel(m.source, paragraph)}: “${cutQuote(closest, 200)}”` }] : [],
    data: {
      code: DiagnosticCode.NotVerbatim,
      quote: { key: m.source.key, ...(paragraph ? { paragraph: paragraph.n } : {}), closest, diff: m.diff },
      ...(fixable ? { verbatim: { range, text: closest + keptEnding(m.quotation.text, closest) } } : {}),
    },
  };
}

/** The punctuation ending the writer's quotation ("…will pay too,") that the source's wording lacks: the fix keeps it. */
function keptEnding(quotation: string, closest: string): string {
  const end = /[,.;:!?…]+$/.exec(quotation.trimEnd())?.[0] ?? '';
  return end && !/[,.;:!?…]$/.test(closest) ? end : '';
}

/** "“two thousand” where the source has “twelve hundred”; it leaves out “soon”." */
function differences(m: QuoteMismatch): string {
  const parts: string[] = [];
  for (let i = 0; i < m.diff.length; i++) {
    const d = m.diff[i];
    const n = m.diff[i + 1];
    if (d.op === 'draft' && n?.op === 'source') {
      parts.push(`“${d.text}” where the source has “${n.text}”`);
      i++;
    } else if (d.op === 'source' && n?.op === 'draft') {
      parts.push(`“${n.text}” where the source has “${d.text}”`);
      i++;
    } else if (d.op === 'draft') parts.push(`“${d.text}” is not in the source`);
    else if (d.op === 'source') parts.push(`the source also has “${d.text}”`);
  }
  if (parts.length === 0) return 'The source has these words in another order.';
  const shown = parts.slice(0, 3).join('; ');
  const more = parts.length > 3 ? `; and ${parts.length - 3} more` : '';
  return `${shown.charAt(0).toUpperCase()}${shown.slice(1)}${more}.`;
}

function ellipsisOrBrackets(text: string): boolean {
  return /…|\.\s*\.\s*\.|\[[^\]]*\]/.test(text);
}

/** The paragraph of a source an offset of its text is in. */
function paragraphAt(source: Source, offset: number): Paragraph | undefined {
  const ps = source.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end <= offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return ps[mid];
  }
  return undefined;
}

function sameParagraph(m: QuoteMismatch, paragraph: Paragraph | undefined): boolean {
  return !!paragraph && m.closestSpan.end <= paragraph.end;
}
