import { locate, paragraphNumber } from '../draft/locators';
import type { ResolvedCitation, SentenceVerdict } from '../claims/checker';
import { SAYS_LESS } from '../claims/citable';
import { replacementText } from '../claims/contradiction';
import type { Draft } from '../draft/draft';
import type { Evidence } from '../claims/support';
import type { Corpus } from '../search/corpus';
import type { SourceProblem } from '../sources/model';
import type { Location, Position, Range } from '../types';
import { closestKeys } from './keys';
import { locatorText, quoteList, type EvidenceQuotes } from './format';

/** Every finding Sourced reports, by stable code. */
export enum DiagnosticCode {
  /** A citation names a key no source has. */
  UnknownKey = 'citation.unknown-key',
  /** A `para. N` locator names a paragraph the source does not have, or `p. N` a page a PDF does not have. */
  BadLocator = 'citation.bad-locator',
  /** The cited source backs the claim, but not at the paragraph or page the locator names: another one does. */
  WrongLocator = 'citation.wrong-locator',
  /** A checkable claim no source supports. */
  Unsupported = 'claim.unsupported',
  /** A claim with no citation that a source supports. */
  Uncited = 'claim.uncited',
  /** A claim with no citation whose figure one source gives and another source gives otherwise. */
  SourcesDisagree = 'claim.sources-disagree',
  /** A claim whose cited passages do not support it. */
  CitationMismatch = 'claim.citation-mismatch',
  /** A source says otherwise: another figure, date or name, or the opposite. */
  Contradicted = 'claim.contradicted',
  /** A quotation the cited source does not have word for word. */
  NotVerbatim = 'quote.not-verbatim',
  /** A file in a sources folder that could not be read. */
  SourceUnreadable = 'source.unreadable',
  /** A bibliography entry that could not be used (malformed, duplicate key), or a bibliography file that could not be read. */
  BadBibliographyEntry = 'bibliography.bad-entry',
  /** A draft too long to check, or with more findings than are shown. */
  DraftTooLarge = 'draft.too-large',
  /** A suppression that no longer applies: its sentence changed or is gone, or no sentence follows its comment. */
  SuppressionStale = 'suppression.stale',
  /** A `sourced-ignore` comment that names no finding Sourced knows. */
  SuppressionBadComment = 'suppression.bad-comment',
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A passage a quick fix can cite. */
export interface CitationSuggestion {
  readonly key: string;
  readonly paragraph: number;
  /** The number the report gives the paragraph ("3.2"), where it numbers its paragraphs: what a fix cites. */
  readonly number?: string;
  /** For paged sources (PDF): the printed label of the passage's page; fixes cite `p. N`, which a reader can find. */
  readonly page?: string;
  readonly quote: string;
  readonly score: number;
}

/** What a diagnostic's quick fixes need, so code actions never search again. */
export interface DiagnosticData {
  readonly code: DiagnosticCode;
  /** Where a new citation goes, and the end of an existing bracket to add to instead. */
  readonly insertAt?: Position;
  readonly bracketEnd?: Position;
  /**
   * The key and locator of the sentence's one bracketed citation, at its end ("@a, para. 4" in
   * "[see @a, para. 4]"): what a citation that does not back it is replaced by.
   */
  readonly citationRange?: Range;
  readonly suggestions?: readonly CitationSuggestion[];
  /** For contradictions: replace the draft's figure, date or name with the source's. */
  readonly replace?: { readonly range: Range; readonly text: string; readonly kind?: 'number' | 'date' | 'name' | 'rank' };
  /** For a locator that names the wrong paragraph of the right source: the locator and the one to use. */
  readonly relocate?: { readonly range: Range; readonly text: string };
  /** What the sentence already cites, so fixes never add the same passage twice. */
  readonly cited?: ReadonlyArray<{ readonly key: string; readonly paragraph?: number; readonly page?: string }>;
  /** For unknown keys: the key's range and the closest known keys. */
  readonly keyRange?: Range;
  readonly closestKeys?: readonly string[];
  /** For a quotation: the cited source whose wording comes closest, that wording and the word-by-word difference. */
  readonly quote?: {
    readonly key: string;
    readonly paragraph?: number;
    readonly closest: string;
    readonly diff: ReadonlyArray<{ readonly op: 'same' | 'draft' | 'source'; readonly text: string }>;
  };
  /** For a quotation close enough to the source's wording to take it: the quotation and the source's words. */
  readonly verbatim?: { readonly range: Range; readonly text: string };
  /** For a recorded suppression that no longer applies: the entry, so a fix can remove it (see suppressions.ts). */
  readonly suppression?: { readonly code: string; readonly fingerprint: string; readonly file: string };
}

export interface SourcedDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: string;
  readonly related: ReadonlyArray<{ readonly location: Location; readonly message: string }>;
  readonly data: DiagnosticData;
}

function related(e: Evidence, quotes: EvidenceQuotes): { location: Location; message: string } {
  return { location: quotes.location(e), message: `${locatorText(e)}: “${quotes.quote(e, 200)}”` };
}

function suggestion(e: Evidence, quotes: EvidenceQuotes): CitationSuggestion {
  const page = e.paragraph.page !== undefined ? e.source.pages?.[e.paragraph.page - 1] : undefined;
  const number = paragraphNumber(e.source, e.paragraph);
  return { key: e.source.key, paragraph: e.paragraph.n, ...(number !== String(e.paragraph.n) ? { number } : {}), ...(page !== undefined ? { page } : {}), quote: quotes.quote(e, 300), score: Math.round(e.score * 1000) / 1000 };
}

/** "a regional court", "Yoon Suk Yeol and the Balloon Defense Command" */
function entityList(entities: readonly string[]): string {
  const quoted = entities.slice(0, 3).map((e) => (/^[a-z]/.test(e) ? e : `“${e}”`));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** The range of the sentence's words, without a trailing citation. */
function claimRange(draft: Draft, v: SentenceVerdict): Range {
  const o = v.sentence.offsets;
  const end = o.length ? o[o.length - 1] + 1 : v.sentence.span.end;
  return draft.lines.rangeOf(v.sentence.span.start, Math.max(end, v.sentence.span.start));
}

/** The Pandoc style insertion point, and the bracket to extend when the sentence already cites. */
function insertion(draft: Draft, v: SentenceVerdict): Pick<DiagnosticData, 'insertAt' | 'bracketEnd' | 'citationRange'> {
  const last = v.sentence.citations[v.sentence.citations.length - 1];
  const at = v.sentence.insertAt;
  if (last && last.bracketed && last.span.end === at) {
    // One cited item: what a replacing fix rewrites is its key and locator, the writer's "see" or
    // ", emphasis added" around them kept.
    const item = v.sentence.citations.length === 1 && last.items.length === 1 ? last.items[0] : undefined;
    const only = item ? { citationRange: draft.lines.rangeOf(item.atSpan.start, item.locator ? Math.max(item.locator.span.end, item.atSpan.end) : item.atSpan.end) } : {};
    return { insertAt: draft.lines.positionAt(at), bracketEnd: draft.lines.positionAt(at - 1), ...only };
  }
  return { insertAt: draft.lines.positionAt(at) };
}

/** The known sources a sentence cites, with the paragraph its `para. N` names. */
function citedItems(v: SentenceVerdict): DiagnosticData['cited'] {
  return v.citations.filter((c) => c.source).map((c) => ({ key: c.source!.key, paragraph: c.paragraph?.n, ...(c.page ? { page: c.page.label } : {}) }));
}

export function citationDiagnostics(draft: Draft, verdicts: readonly SentenceVerdict[], corpus: Corpus): SourcedDiagnostic[] {
  const out: SourcedDiagnostic[] = [];
  // Every key (100,000 at scale) only when a citation names none of them: not on every check.
  let keys: string[] | undefined;
  // Citations outside sentences (in headings, say) still need their keys checked.
  const inSentences = new Set(verdicts.flatMap((v) => v.sentence.citations));
  const resolvedItems = verdicts.flatMap((v) => v.citations);
  const loose = draft.citations.filter((c) => !inSentences.has(c)).flatMap((c) => c.items.map((item) => ({ item, source: corpus.citedSource(item.key), badLocator: false as boolean, paragraph: undefined })));
  for (const c of [...resolvedItems, ...loose]) {
    const keyRange = draft.lines.rangeOf(c.item.atSpan.start, c.item.atSpan.end);
    if (!c.source) {
      keys ??= corpus.keys();
      const closest = closestKeys(c.item.key, keys, 3);
      const hint = closest.length ? ` Did you mean ${closest.map((k) => `@${k}`).join(' or ')}?` : keys.length ? '' : ' No sources are indexed yet: put documents in a sources/ folder.';
      out.push({
        code: DiagnosticCode.UnknownKey,
        severity: 'error',
        range: keyRange,
        message: `No source has the key @${c.item.key}.${hint}`,
        related: [],
        data: { code: DiagnosticCode.UnknownKey, keyRange: draft.lines.rangeOf(c.item.keySpan.start, c.item.keySpan.end), closestKeys: closest },
      });
    }
    if (c.source && c.source.key !== c.item.key) {
      // Written otherwise than the key ("velland-echo---ferry" for velland-echo-ferry): read as that
      // source, but pandoc looks keys up as written.
      out.push({
        code: DiagnosticCode.UnknownKey,
        severity: 'warning',
        range: keyRange,
        message: `Sourced takes @${c.item.key} to mean @${c.source.key} (“${c.source.title}”), but pandoc will not find it: write @${c.source.key}.`,
        related: [],
        data: { code: DiagnosticCode.UnknownKey, keyRange: draft.lines.rangeOf(c.item.keySpan.start, c.item.keySpan.end), closestKeys: [c.source.key] },
      });
    }
    if (c.source && c.badLocator && c.item.locator) {
      const located = locate(c.source, c.item.locator);
      out.push({
        code: DiagnosticCode.BadLocator,
        severity: 'warning',
        range: draft.lines.rangeOf(c.item.locator.span.start, c.item.locator.span.end),
        message: located?.kind === 'missing' ? located.message : `@${c.source.key} has no ${c.item.locator.labelText} ${c.item.locator.value}.`,
        related: [],
        data: { code: DiagnosticCode.BadLocator },
      });
    }
  }
  return out;
}

/** What every claim finding is made from: the sentence's verdict and where it is in the draft. */
interface ClaimFinding {
  readonly draft: Draft;
  readonly v: SentenceVerdict;
  readonly quotes: EvidenceQuotes;
  /** The sentence's words, without a trailing citation. */
  readonly range: Range;
  readonly ins: Pick<DiagnosticData, 'insertAt' | 'bracketEnd' | 'citationRange'>;
  readonly suggestions: readonly CitationSuggestion[];
  /** The passage safest to cite, if any. */
  readonly best: Evidence | undefined;
}

/** The finding on one sentence's claim, if it has one; `quotes` are the service's (see EvidenceQuotes). */
export function claimDiagnostic(draft: Draft, v: SentenceVerdict, quotes: EvidenceQuotes): SourcedDiagnostic | undefined {
  if (v.status === 'not-a-claim') return undefined;
  if (v.citations.some((c) => !c.source || c.badLocator)) return undefined; // the citation error says it already
  // Bibliography entries without a file: there is nothing to check the claim against, which is no finding.
  if (v.status === 'citation-mismatch' && v.citations.every((c) => c.source && c.source.paragraphs.length === 0)) return undefined;
  const f: ClaimFinding = { draft, v, quotes, range: claimRange(draft, v), ins: insertion(draft, v), suggestions: v.suggestions.map((e) => suggestion(e, quotes)), best: v.suggestions[0] };
  switch (v.status) {
    case 'supported':
      return uncited(f);
    case 'unsupported':
      return unsupported(f);
    case 'wrong-locator':
      return wrongLocator(f);
    case 'citation-mismatch':
      return citationMismatch(f);
    case 'contradicted':
      return contradicted(f);
    default:
      return undefined;
  }
}

/** A supported sentence that cites nothing: the passage to cite, or the two sources that disagree on its figure. */
function uncited({ v, quotes, range, ins, suggestions, best }: ClaimFinding): SourcedDiagnostic | undefined {
  if (v.citations.length === 0 && v.disputed) return sourcesDisagree(v, quotes, range);
  if (v.citations.length > 0) return undefined;
  if (!best) return v.withheld && !SAYS_LESS.has(v.withheld.test) ? notSafeToCite(v.withheld, quotes, range) : undefined;
  return {
    code: DiagnosticCode.Uncited,
    severity: 'information',
    range,
    message: `Not cited, but ${locatorText(best)} supports this: “${quotes.quote(best, 140)}”`,
    related: v.suggestions.map((e) => related(e, quotes)),
    data: { code: DiagnosticCode.Uncited, ...ins, suggestions },
  };
}

/**
 * A supported sentence that cites nothing, whose closest passage says something else than the sentence
 * does ("says it may or will happen, not that it did"): no citation is offered, and the writer is told
 * why, so a sentence that overstates its source is seen before it is cited by hand.
 */
function notSafeToCite(w: NonNullable<SentenceVerdict['withheld']>, quotes: EvidenceQuotes, range: Range): SourcedDiagnostic {
  return {
    code: DiagnosticCode.Uncited,
    severity: 'information',
    range,
    message: `Not cited, and no passage is safe to cite for it: the closest, ${locatorText(w.evidence)}, ${w.why}: “${quotes.quote(w.evidence, 140)}”`,
    related: [related(w.evidence, quotes)],
    data: { code: DiagnosticCode.Uncited },
  };
}

function sourcesDisagree(v: SentenceVerdict, quotes: EvidenceQuotes, range: Range): SourcedDiagnostic {
  const d = v.disputed!;
  return {
    code: DiagnosticCode.SourcesDisagree,
    severity: 'information',
    range,
    message: `Sources disagree: ${locatorText(d.backing)} gives ${d.claimText}, but ${locatorText(d.evidence)} gives ${d.sourceText}: “${quotes.quote(d.evidence, 140)}” Check which is right before citing either.`,
    related: [related(d.backing, quotes), related(d.evidence, quotes)],
    data: { code: DiagnosticCode.SourcesDisagree },
  };
}

function unsupported({ v, quotes, range, ins }: ClaimFinding): SourcedDiagnostic {
  const closest = v.overall?.evidence[0];
  const named = new Set([...(v.missingEntities ?? []), ...(v.missingFigures ?? [])].flatMap((e) => e.toLowerCase().split(/\s+/)));
  // Name the part of the claim no passage states (the judgement's cover), else what the closest passage lacks.
  const lacking = (v.overall?.unsupported?.length ? v.overall.unsupported : closest?.missing ?? []).filter((w) => !named.has(w.toLowerCase()));
  const entities = v.missingEntities?.length ? ` No source mentions ${entityList(v.missingEntities)}.` : v.missingFigures?.length ? ` No source gives ${quoteList(v.missingFigures, 3, 'or')}.` : '';
  const nearest = closest && closest.score > 0 && lacking.length ? ` The closest passage, ${locatorText(closest)}, does not mention ${quoteList(lacking, 3, 'or')}.` : '';
  const wondered = v.hedged ? ` ${locatorText(v.hedged)} only says it may be so: “${quotes.quote(v.hedged, 140)}”` : '';
  const otherwise = v.reason === 'says-otherwise' && v.withheld ? ` The passage closest to it, ${locatorText(v.withheld.evidence)}, ${v.withheld.why}: “${quotes.quote(v.withheld.evidence, 140)}”` : '';
  const why = otherwise || (wondered ? ' No source states it as fact.' + wondered : entities || nearest ? entities + nearest : ' None of your sources mentions anything like it.');
  return {
    code: DiagnosticCode.Unsupported,
    severity: 'warning',
    range,
    message: `No source supports this claim.${why}`,
    related: otherwise ? [related(v.withheld!.evidence, quotes)] : v.hedged ? [related(v.hedged, quotes)] : closest && closest.score > 0 ? [related(closest, quotes)] : [],
    data: { code: DiagnosticCode.Unsupported, ...ins },
  };
}

/**
 * How the paragraph a locator names begins (" (“Dockworkers at the Port of…”)"), so a writer who counts
 * paragraphs another way (headline and byline left out) sees which one Sourced read.
 */
function opening(c: ResolvedCitation): string {
  const p = c.paragraph;
  if (!p || !c.source || (c.paragraphs?.length ?? 1) > 1) return '';
  const text = c.source.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const cut = text.length > 40 ? `${text.slice(0, 40).replace(/\s+\S*$/, '')}…` : text;
  return ` (“${cut}”)`;
}

/** The cited source backs the sentence, at another paragraph or page than the locator names. */
function wrongLocator({ draft, v, quotes }: ClaimFinding): SourcedDiagnostic {
  const better = v.betterLocator!;
  const safe = v.suggestions.length > 0;
  const cited = v.citations.find((c) => c.source === better.source && (c.paragraph || c.page)) ?? v.citations.find((c) => c.paragraph || c.page)!;
  const locator = cited.item.locator!;
  const was = `${locator.labelText} ${locator.value}`.trim();
  const to = better.paragraph.page !== undefined && better.source.pages && cited.page ? `p. ${better.source.pages[better.paragraph.page - 1]}` : `para. ${paragraphNumber(better.source, better.paragraph)}`;
  return {
    code: DiagnosticCode.WrongLocator,
    severity: 'warning',
    range: draft.lines.rangeOf(locator.span.start, locator.span.end),
    // With no passage safe to point to, where the source comes closest, and no locator to change to.
    message: `@${cited.item.key}, ${was}${opening(cited)} does not support this; ${to} of the same source ${safe ? 'does' : 'comes closest'}: “${quotes.quote(better, 140)}”`,
    related: [related(better, quotes)],
    data: safe
      ? { code: DiagnosticCode.WrongLocator, relocate: { range: draft.lines.rangeOf(locator.span.start, locator.span.end), text: to }, suggestions: [suggestion(better, quotes)], cited: citedItems(v) }
      : { code: DiagnosticCode.WrongLocator, cited: citedItems(v) },
  };
}

function citationMismatch({ v, quotes, range, ins, suggestions, best }: ClaimFinding): SourcedDiagnostic {
  const citedKeys = [...new Set(v.citations.map((c) => `@${c.item.key}`))].join(' and ');
  const elsewhere = best ? ` ${locatorText(best)} does.` : '';
  return {
    code: DiagnosticCode.CitationMismatch,
    severity: 'warning',
    range,
    message: `${citedKeys} does not support this.${mismatchReason(v, quotes)}${elsewhere}`,
    related: (v.cited?.evidence.slice(0, 1) ?? []).concat(v.suggestions.slice(0, 2)).map((e) => related(e, quotes)),
    data: { code: DiagnosticCode.CitationMismatch, ...ins, suggestions, cited: citedItems(v) },
  };
}

/** Why the cited sources do not back the sentence, in a sentence that starts with a space. */
function mismatchReason(v: SentenceVerdict, quotes: EvidenceQuotes): string {
  if (v.reason === 'says-otherwise' && v.withheld) return ` Its passage closest to it, para. ${paragraphNumber(v.withheld.evidence.source, v.withheld.evidence.paragraph)}, ${v.withheld.why}: “${quotes.quote(v.withheld.evidence, 140)}”`;
  if (v.missingEntities?.length) return ` It never mentions ${entityList(v.missingEntities)}.`;
  if (v.missingFigures?.length) return ` It never gives ${quoteList(v.missingFigures, 3, 'or')}.`;
  if (v.hedged) return ` It does not state it as fact: para. ${paragraphNumber(v.hedged.source, v.hedged.paragraph)} only says it may be so.`;
  const closest = v.cited?.evidence[0];
  const lacking = v.cited?.unsupported?.length ? v.cited.unsupported : closest?.missing ?? [];
  // Say why even when no passage of the cited source shares a word with the sentence.
  const parts = lacking.length ? lacking : [...v.claim.content].sort((a, b) => Number(b.kind) - Number(a.kind)).map((t) => t.raw);
  return closest ? ` Its closest passage, para. ${paragraphNumber(closest.source, closest.paragraph)}, does not mention ${quoteList(parts, 3, 'or')}.` : parts.length ? ` None of its passages mentions ${quoteList(parts, 3, 'or')}.` : '';
}

function contradicted({ draft, v, quotes, range }: ClaimFinding): SourcedDiagnostic {
  const c = v.contradiction!;
  const where = locatorText(c.evidence);
  const o = v.sentence.offsets;
  const figureRange = c.claimSpan && o.length > c.claimSpan.end - 1 ? draft.lines.rangeOf(o[c.claimSpan.start], o[c.claimSpan.end - 1] + 1) : undefined;
  const message =
    c.kind === 'negation'
      ? c.sourceText === 'it happened'
        ? `A source says the opposite: the draft says ${c.claimText}, but ${where} says it did: “${quotes.quote(c.evidence, 140)}”`
        : `A source says the opposite (${c.sourceText}): “${quotes.quote(c.evidence, 140)}” (${where}).`
      : c.kind === 'correction'
        ? `A correction withdraws this: ${where} says “${quotes.quote(c.evidence, 200)}”`
        : c.kind === 'name' && c.because
        ? `A source records it otherwise: the draft says ${c.claimText}, but ${c.because} (${where}).`
        : c.kind === 'name'
        ? `A source names someone else: the draft says ${c.claimText}; the source says ${c.sourceText} (${where}).`
        : c.because
          ? `A source says otherwise: the draft says ${c.claimText}, but ${c.because} (${where}).`
          : `A source says otherwise: the draft says ${c.claimText}; the source says ${c.sourceText} (${where}).`;
  // No citation is offered for a sentence a source contradicts: only the source's own wording.
  return {
    code: DiagnosticCode.Contradicted,
    severity: 'warning',
    range: figureRange ?? range,
    message,
    related: [related(c.evidence, quotes)],
    data: { code: DiagnosticCode.Contradicted, cited: citedItems(v), replace: figureRange && c.claimSpan && c.kind !== 'negation' && c.kind !== 'correction' && !c.ambiguous && !v.claim.quantities.some((q) => q.converted && q.start < c.claimSpan!.end && q.end > c.claimSpan!.start) ? { range: figureRange, text: replacementText(v.claim.text, c.claimSpan, c.sourceText), kind: c.kind } : undefined },
  };
}

export function problemDiagnostic(problem: SourceProblem): SourcedDiagnostic {
  return {
    code: DiagnosticCode.SourceUnreadable,
    severity: 'warning',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `Sourced skipped this file: ${problem.reason}. The other sources are still used.`,
    related: [],
    data: { code: DiagnosticCode.SourceUnreadable },
  };
}
