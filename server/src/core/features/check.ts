/**
 * Checking a whole draft: each sentence's verdict (memoised), the findings they make, and for the CLI
 * and the benchmarks the verdict of every sentence in the JSON shape of `sourced check --format json`.
 */
import type { SentenceVerdict } from '../claims/checker';
import type { VerdictMemo } from '../claims/verdictMemo';
import type { DraftCache } from '../draft/draftCache';
import type { Draft } from '../draft/draft';
import type { Corpus } from '../search/corpus';
import { neverCancelled, type CancellationToken, type IDocument, type Range } from '../types';
import { citationDiagnostics, claimDiagnostic, type SourcedDiagnostic } from './diagnostics';
import { evidenceText, type EvidenceQuotes } from './format';
import { DEFAULT_MAX_DRAFT_CHARS, draftTooLarge, MAX_FINDINGS, tooManyFindings } from './largeDrafts';
import { quoteDiagnostics, QuoteWords } from './quoteDiagnostics';
import { paragraphNumber } from '../draft/locators';

/** One sentence in a check's result, in the JSON shape of `sourced check --format json`. */
export interface SentenceReport {
  readonly text: string;
  readonly range: Range;
  readonly status: SentenceVerdict['status'];
  /** 0–1 confidence that the sources (the cited ones, if any) support the sentence; see docs/judging.md. */
  readonly score: number;
  readonly citations: ReadonlyArray<{ key: string; locator?: string; known: boolean }>;
  readonly evidence: ReadonlyArray<{ key: string; locator: string; quote: string; score: number }>;
  /** An uncited supported sentence with no passage safe to cite: the closest one and why it is not offered. */
  readonly withheld?: { key: string; locator: string; why: string };
}

export interface DraftReport {
  readonly verdicts: readonly SentenceVerdict[];
  readonly diagnostics: readonly SourcedDiagnostic[];
  readonly sentences: readonly SentenceReport[];
}

/** Checks drafts against one service's corpus, a slice at a time. */
export class DraftChecker {
  /** The words of the sources quoted last, for checking quotations. */
  private readonly quoteWords = new QuoteWords();

  constructor(
    private readonly drafts: DraftCache,
    private readonly memo: VerdictMemo,
    private readonly corpus: Corpus,
    private readonly quotes: EvidenceQuotes,
    /** The service's options as they are now: the longest draft checked (see CoreOptions.maxDraftChars). */
    private readonly options: () => { readonly maxDraftChars?: number },
    /** How a long check gives way to other work between its slices. */
    private readonly yieldToOthers: () => Promise<void>,
  ) {}

  /** Verdicts and findings, and (unless `report` is false: an editor only needs findings) the per-sentence result. */
  async check(doc: IDocument, token: CancellationToken = neverCancelled, report = true): Promise<DraftReport> {
    const tooLarge = draftTooLarge(doc, this.options().maxDraftChars ?? DEFAULT_MAX_DRAFT_CHARS);
    if (tooLarge) return { verdicts: [], diagnostics: [tooLarge], sentences: [] };
    const draft = this.drafts.parsed(doc);
    const verdicts = await this.verdicts(draft, token);
    if (!verdicts) return { verdicts: [], diagnostics: [], sentences: [] };
    const diagnostics = this.findings(draft, verdicts);
    if (!report) return { verdicts, diagnostics, sentences: [] };
    return { verdicts, diagnostics, sentences: verdicts.map((v) => sentenceReport(draft, v)) };
  }

  async diagnostics(doc: IDocument, token?: CancellationToken): Promise<SourcedDiagnostic[]> {
    return [...(await this.check(doc, token, false)).diagnostics];
  }

  /** Every sentence's verdict, yielding now and then; undefined when cancelled. */
  private async verdicts(draft: Draft, token: CancellationToken): Promise<SentenceVerdict[] | undefined> {
    const verdicts: SentenceVerdict[] = [];
    let last = Date.now();
    for (let i = 0; i < draft.sentences.length; i++) {
      // One sentence judged in a large index can take tens of milliseconds: yield soon, before the next.
      if (Date.now() - last > 4) {
        await this.yieldToOthers();
        last = Date.now();
      }
      if (token.isCancellationRequested) return undefined;
      verdicts.push(this.memo.verdict(draft, i));
    }
    return verdicts;
  }

  /** The findings of a draft's verdicts, in draft order, cut at MAX_FINDINGS. */
  private findings(draft: Draft, verdicts: readonly SentenceVerdict[]): SourcedDiagnostic[] {
    const diagnostics = [...citationDiagnostics(draft, verdicts, this.corpus)];
    for (const v of verdicts) {
      const d = claimDiagnostic(draft, v, this.quotes);
      if (d) diagnostics.push(d);
    }
    diagnostics.push(...quoteDiagnostics(draft, verdicts, this.quoteWords));
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    if (diagnostics.length > MAX_FINDINGS) diagnostics.splice(MAX_FINDINGS, Infinity, tooManyFindings(diagnostics.length, diagnostics[MAX_FINDINGS - 1].range));
    return diagnostics;
  }
}

/** One sentence's verdict as `sourced check --format json` shows it. */
function sentenceReport(draft: Draft, v: SentenceVerdict): SentenceReport {
  return {
    text: draft.text.slice(v.sentence.span.start, v.sentence.span.end),
    range: draft.lines.rangeOf(v.sentence.span.start, v.sentence.span.end),
    status: v.status,
    score: Math.round(v.score * 1000) / 1000,
    citations: v.citations.map((c) => ({ key: c.item.key, locator: c.item.locator ? `${c.item.locator.labelText} ${c.item.locator.value}`.trim() : undefined, known: !!c.source })),
    evidence: (v.status === 'contradicted' && v.contradiction ? [v.contradiction.evidence] : [])
      .concat((v.cited ?? v.overall)?.evidence ?? [])
      .filter((e, i, all) => all.findIndex((x) => x.paragraph === e.paragraph) === i)
      .slice(0, 5)
      .map((e) => ({ key: e.source.key, locator: `para. ${paragraphNumber(e.source, e.paragraph)}`, quote: evidenceText(e), score: Math.round(e.score * 1000) / 1000 })),
    ...(v.withheld ? { withheld: { key: v.withheld.evidence.source.key, locator: `para. ${paragraphNumber(v.withheld.evidence.source, v.withheld.evidence.paragraph)}`, why: v.withheld.why } } : {}),
  };
}
