/**
 * The evidence for one sentence, for the editor's evidence panel: its verdict in plain words, what
 * decided it (the checkable parts found in the passages and those missing), and the best passages
 * with the words they share with the sentence marked. A passage carries the edit that cites it only
 * where the quick fixes would offer it (see `claimDiagnostic` and `citeEdit`): a passage that does
 * not back the sentence by itself is shown, never offered as a citation.
 *
 * Pure: built from a verdict, its findings and the draft; nothing is searched again.
 */
import type { SentenceVerdict } from '../claims/checker';
import type { Evidence } from '../claims/support';
import type { VerdictMemo } from '../claims/verdictMemo';
import { sentenceAt, type Draft } from '../draft/draft';
import type { DraftCache } from '../draft/draftCache';
import { paragraphLabel, paragraphNumber } from '../draft/locators';
import { neverCancelled, type CancellationToken, type IDocument, type Position, type Range } from '../types';
import { citeEdit, type TextEdit } from './codeActions';
import { claimDiagnostic, DiagnosticCode, type CitationSuggestion, type SourcedDiagnostic } from './diagnostics';
import { evidenceText, quoteList, shorten, type EvidenceQuotes } from './format';
import { DEFAULT_MAX_DRAFT_CHARS } from './largeDrafts';
import { quoteParts, statusOf, type QuotePart, type Tone } from './report';

/** The passages the panel shows at most. */
export const MAX_PASSAGES = 5;

/** The least share of the sentence a passage beyond the verdict's own must hold to be shown. */
const RELATED_SCORE = 0.15;

/** A checkable part of the sentence: a name, a figure, a date, or a content word. */
export interface ClaimPart {
  readonly text: string;
  readonly kind: 'name' | 'figure' | 'date' | 'word';
  /** Whether the passages the verdict rests on have it. */
  readonly found: boolean;
}

/** A passage shown for the sentence. */
export interface EvidencePassage {
  /** Why it is shown, in plain words: "Supports this", "Closest passage", "Says otherwise". */
  readonly role: string;
  readonly key: string;
  readonly title: string;
  /** "para. 4", "p. 12, para. 30". */
  readonly where: string;
  /** Where to open the passage: the source's text with the passage's range (a host that shows it), else the file and the paragraph's range in it. */
  readonly uri: string;
  readonly range: Range;
  /** The passage, cut into the words it shares with the sentence and the rest (and a conflicting figure). */
  readonly quote: readonly QuotePart[];
  /** 0–1: how much of the sentence the passage holds. */
  readonly score: number;
  /** The sentence already cites this passage (or this source without a locator). */
  readonly cited: boolean;
  /** The edit that cites it, as the "Cite" quick fix makes it; only for a passage that backs the sentence by itself. */
  readonly cite?: { readonly title: string; readonly edit: TextEdit };
}

export interface SentenceEvidence {
  /** The sentence's range in the draft, citations included. */
  readonly range: Range;
  /** The sentence without its citations. */
  readonly text: string;
  readonly status: SentenceVerdict['status'];
  /** The verdict in plain words ("No source supports this"). */
  readonly label: string;
  readonly tone: Tone;
  /** What decided the verdict, a sentence or two in plain words. */
  readonly why: readonly string[];
  /** The sentence's checkable parts, in its order: names, figures and dates, then the other words. */
  readonly parts: readonly ClaimPart[];
  /** For a contradicted figure, date or name: the draft's and the source's. */
  readonly contradiction?: { readonly draft: string; readonly source: string };
  /** Its citations as written ("@key, para. 4"). */
  readonly citations: readonly string[];
  readonly passages: readonly EvidencePassage[];
}

/** The evidence panel's answers for one service's drafts. */
export class EvidenceProvider {
  constructor(
    private readonly drafts: DraftCache,
    private readonly memo: VerdictMemo,
    private readonly quotes: EvidenceQuotes,
    /** The service's options as they are now. */
    private readonly options: () => { readonly supportThreshold: number; readonly maxDraftChars?: number },
  ) {}

  /**
   * The evidence for the sentence at `position` (undefined between sentences, in a draft too long to
   * check, or once cancelled). One sentence is judged, or its verdict remembered: nothing else.
   */
  at(doc: IDocument, position: Position, token: CancellationToken = neverCancelled): SentenceEvidence | undefined {
    const options = this.options();
    if (token.isCancellationRequested || doc.getText().length > (options.maxDraftChars ?? DEFAULT_MAX_DRAFT_CHARS)) return undefined;
    const draft = this.drafts.parsed(doc);
    const s = sentenceAt(draft, draft.lines.offsetAt(position));
    if (!s) return undefined;
    return sentenceEvidence(draft, this.memo.verdict(draft, s.index), this.quotes, options.supportThreshold);
  }
}

/**
 * The evidence for a sentence of a draft, from its verdict. The claim's finding (claimDiagnostic, as
 * the editor gets it) carries the passages safe to cite and where a citation goes.
 */
export function sentenceEvidence(draft: Draft, v: SentenceVerdict, quotes: EvidenceQuotes, threshold: number): SentenceEvidence {
  const s = v.sentence;
  const finding = claimDiagnostic(draft, v, quotes);
  const findings: SourcedDiagnostic[] = finding ? [finding] : [];
  const badLocator = v.citations.some((c) => c.source && c.badLocator);
  const { label, tone } = statusOf(v, badLocator ? [{ code: DiagnosticCode.BadLocator, severity: 'warning', message: '' }] : []);
  const terms = new Set(v.claim.content.map((t) => t.term));
  const contradiction = v.status === 'contradicted' && v.contradiction && v.contradiction.kind !== 'negation' && v.contradiction.kind !== 'correction' ? { draft: v.contradiction.claimText, source: v.contradiction.sourceText } : undefined;
  return {
    range: draft.lines.rangeOf(s.span.start, s.span.end),
    text: s.claimText,
    status: v.status,
    label,
    tone,
    why: reasons(v, threshold),
    parts: claimParts(v),
    ...(contradiction ? { contradiction } : {}),
    citations: v.citations.map((c) => `@${c.item.key}${c.item.locator ? `, ${`${c.item.locator.labelText} ${c.item.locator.value}`.trim()}` : ''}`),
    passages: passages(v, findings, terms, quotes),
  };
}

/** What the verdict rests on: the cited sources' judgement for a cited sentence, else every source's. */
function judged(v: SentenceVerdict) {
  return v.cited ?? v.overall;
}

/** Lower-case words of what no source (or no passage read) has, for marking parts missing. */
function lackingWords(v: SentenceVerdict): Set<string> {
  const j = judged(v);
  const words = [...(v.missingEntities ?? []), ...(v.missingFigures ?? []), ...(j?.unsupported ?? []), ...(v.status === 'supported' ? [] : j?.cover[0]?.missing ?? j?.evidence[0]?.missing ?? [])];
  return new Set(words.flatMap((w) => w.toLowerCase().split(/\s+/)));
}

/** The sentence's names, figures, dates and other content words, each found or missing. */
function claimParts(v: SentenceVerdict): ClaimPart[] {
  if (v.status === 'not-a-claim') return [];
  const c = v.claim;
  const lacking = lackingWords(v);
  const missingEntities = new Set((v.missingEntities ?? []).map((e) => e.toLowerCase()));
  const missingFigures = new Set((v.missingFigures ?? []).map((e) => e.toLowerCase()));
  const conflict = v.status === 'contradicted' ? v.contradiction?.claimText.toLowerCase() : undefined;
  const parts: Array<ClaimPart & { start: number; end: number }> = [];
  const covered = new Set<number>();
  const cover = (start: number, end: number) => c.tokens.forEach((t, i) => t.start >= start && t.end <= end && covered.add(i));
  for (const n of c.names) {
    const text = n.text;
    const missing = missingEntities.has(text.toLowerCase()) || conflict === text.toLowerCase() || text.toLowerCase().split(/\s+/).every((w) => lacking.has(w));
    parts.push({ text, kind: 'name', found: !missing, start: n.start, end: n.end });
    cover(n.start, n.end);
  }
  for (const q of c.quantities) {
    const kind = q.kind === 'year' || q.kind === 'date' || q.kind === 'month' || q.kind === 'weekday' ? 'date' : 'figure';
    const raw = q.raw.toLowerCase();
    const missing = missingFigures.has(raw) || conflict === raw || [...missingFigures].some((m) => m.includes(raw) || raw.includes(m)) || lacking.has(raw);
    parts.push({ text: q.raw, kind, found: !missing, start: q.start, end: q.end });
    cover(q.start, q.end);
  }
  parts.sort((a, b) => a.start - b.start);
  // A month and its year side by side are one date to a writer: "October 2014".
  for (let i = parts.length - 1; i > 0; i--) {
    const [a, b] = [parts[i - 1], parts[i]];
    if (a.kind === 'date' && b.kind === 'date' && /^[ ,]+$/.test(c.text.slice(a.end, b.start))) parts.splice(i - 1, 2, { text: c.text.slice(a.start, b.end), kind: 'date', found: a.found && b.found, start: a.start, end: b.end });
  }
  const words: ClaimPart[] = [];
  for (const t of c.content) {
    if (covered.has(c.tokens.indexOf(t)) || /\d/.test(t.raw)) continue;
    words.push({ text: t.raw, kind: 'word', found: !lacking.has(t.raw.toLowerCase()) });
  }
  return [...parts.map(({ text, kind, found }) => ({ text, kind, found })), ...words];
}

/** What decided the verdict, in plain words. */
function reasons(v: SentenceVerdict, threshold: number): string[] {
  const j = judged(v);
  const scope = v.cited ? 'the cited sources' : 'your sources';
  const percent = (x: number) => `${Math.round(x * 100)} %`;
  const held = j ? `The best passage${j.cover.length > 1 ? 's' : ''} in ${scope} hold${j.cover.length > 1 ? '' : 's'} ${percent(j.cover[0]?.score ?? j.evidence[0]?.score ?? 0)} of what the sentence says; Sourced’s confidence is ${percent(v.score)} (a claim counts as supported from ${percent(threshold)}).` : '';
  switch (v.status) {
    case 'not-a-claim':
      if (v.reason === 'opinion') return [`This reads as an opinion${v.claim.opinion ? ` (“${v.claim.opinion}”)` : ''}: there is nothing in it for a source to confirm.`];
      if (v.reason === 'no-sources') return ['No sources are indexed yet: put documents in a sources/ folder.'];
      return ['It states no figure, date, name, quote or event that a source could confirm, so it is not checked.'];
    case 'contradicted': {
      const c = v.contradiction!;
      const where = `@${c.evidence.source.key}, ${paragraphLabel(c.evidence.source, c.evidence.paragraph)}`;
      if (c.kind === 'negation') return [`A passage about the same fact says the opposite (${where}).`];
      if (c.kind === 'correction') return [`A correction in the source withdraws it (${where}): “${c.sourceText}”`];
      if (c.because) return [`A passage about the same fact says otherwise: the draft says ${c.claimText}, but by ${where}, ${c.because}.`];
      return [`A passage about the same fact says otherwise: the draft says ${c.claimText}; ${where} says ${c.sourceText}.`];
    }
    case 'unsupported':
    case 'citation-mismatch': {
      const out: string[] = [];
      const who = v.status === 'citation-mismatch' ? 'The cited sources never' : 'No source';
      if (v.missingEntities?.length) out.push(`${who} ${v.status === 'citation-mismatch' ? 'mention' : 'mentions'} ${quoteList(v.missingEntities, 3, 'or')}.`);
      else if (v.missingFigures?.length) out.push(`${who} ${v.status === 'citation-mismatch' ? 'give' : 'gives'} ${quoteList(v.missingFigures, 3, 'or')}.`);
      else if (v.reason === 'too-little') out.push(`The closest passages in ${scope} have too little of the sentence in its own words.`);
      else if (v.hedged) out.push(`The passage that says most of it (${v.hedged.source.key}, ${paragraphLabel(v.hedged.source, v.hedged.paragraph)}) only wonders or suspects it; the sentence states it as fact.`);
      else if (held) out.push(held);
      const lacking = (j?.unsupported?.length ? j.unsupported : j?.evidence[0]?.missing ?? []).slice(0, 4);
      if (lacking.length && !v.missingEntities?.length && !v.missingFigures?.length) out.push(`Not found in them: ${quoteList(lacking, 4, 'and')}.`);
      if (v.status === 'citation-mismatch' && v.suggestions.length) out.push('Another source says it: see below.');
      return out.length ? out : [`None of ${scope} says this.`];
    }
    case 'wrong-locator':
      return v.suggestions.length
        ? [`The cited source says it, but at ${paragraphLabel(v.betterLocator!.source, v.betterLocator!.paragraph)}, not where the citation points.`]
        : [`Where the citation points does not say it; ${paragraphLabel(v.betterLocator!.source, v.betterLocator!.paragraph)} of the same source comes closest.`];
    default: {
      const out = held ? [held] : [];
      if (v.disputed) out.push(`Sources disagree on its figure: ${v.disputed.backing.source.key} gives ${v.disputed.claimText}, ${v.disputed.evidence.source.key} gives ${v.disputed.sourceText}. Check which is right before citing either.`);
      else if (v.citations.length === 0) out.push(v.suggestions.length ? 'It has no citation yet: cite a passage below.' : 'It has no citation yet, and no single passage backs it clearly enough to offer one.');
      return out;
    }
  }
}

/** The best passages, at most MAX_PASSAGES: what says otherwise first, then what is safe to cite, then the closest. */
function passages(v: SentenceVerdict, findings: readonly SourcedDiagnostic[], terms: ReadonlySet<string>, quotes: EvidenceQuotes): EvidencePassage[] {
  const claimFinding = findings.find((f) => f.data.suggestions?.length && (f.data.insertAt || f.data.bracketEnd));
  const data = claimFinding?.data;
  // What a locator names: a citation of a whole source marks none of its passages in particular.
  const citedHere = (e: Evidence) => v.citations.some((c) => c.source === e.source && (c.paragraph === e.paragraph || c.paragraphs?.includes(e.paragraph) || c.page?.paragraphs.includes(e.paragraph)));
  const out: EvidencePassage[] = [];
  const seen = new Set<string>();
  const add = (e: Evidence | undefined, role: string, conflict?: string, suggestion?: CitationSuggestion) => {
    if (!e || out.length >= MAX_PASSAGES) return;
    const id = `${e.source.uri}#${e.paragraph.n}`;
    if (seen.has(id)) return;
    seen.add(id);
    const cited = citedHere(e);
    const already = (data?.cited ?? []).some((c) => c.key === e.source.key && ((c.paragraph === undefined && c.page === undefined) || c.paragraph === e.paragraph.n));
    const edit = suggestion && data && !cited && !already ? citeEdit(data, suggestion) : undefined;
    const where = paragraphLabel(e.source, e.paragraph);
    const locator = suggestion?.page !== undefined ? `p. ${suggestion.page}` : `para. ${paragraphNumber(e.source, e.paragraph)}`;
    out.push({
      role,
      key: e.source.key,
      title: e.source.title,
      where,
      ...quotes.location(e),
      quote: quoteParts(shorten(evidenceText(e), 600), terms, conflict),
      score: Math.round(e.score * 1000) / 1000,
      cited,
      ...(edit ? { cite: { title: `${data?.code === DiagnosticCode.CitationMismatch && data.citationRange ? 'Replace the citation with' : 'Cite'} @${e.source.key}, ${locator}`, edit } } : {}),
    });
  };
  if (v.status === 'contradicted' && v.contradiction) add(v.contradiction.evidence, 'Says otherwise', v.contradiction.kind === 'negation' || v.contradiction.kind === 'correction' ? undefined : v.contradiction.sourceText);
  // A paragraph safe to point to says it; otherwise it only comes closest (no locator is offered).
  if (v.status === 'wrong-locator') add(v.betterLocator, v.suggestions.length ? 'Says it here instead' : 'Comes closest');
  // Passages safe to cite: the claim's finding carries them (uncited claims, and another source for a mismatch).
  for (const s of data?.suggestions ?? []) {
    const e = v.suggestions.find((x) => x.source.key === s.key && x.paragraph.n === s.paragraph);
    add(e, 'Supports this', undefined, s);
  }
  const j = judged(v);
  const supported = v.status === 'supported' || v.status === 'wrong-locator';
  // The judgement's best window backs the sentence; the others only add a part of it that window lacks.
  (j?.cover ?? []).forEach((e, i) => add(e, i > 0 ? 'Holds a part the passage above lacks' : supported ? 'Supports this' : v.citations.length ? 'Closest passage in the cited sources' : 'Closest passage'));
  // Further passages only where they hold a fair part of the sentence: a title sharing one word is no evidence.
  const related = (e: Evidence) => e.score >= RELATED_SCORE;
  for (const e of j?.evidence ?? []) if (related(e)) add(e, v.citations.length ? 'Also in the cited sources' : 'Related passage');
  if (v.cited) for (const e of v.overall?.evidence ?? []) if (related(e)) add(e, 'Related passage');
  return out;
}
