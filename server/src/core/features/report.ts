/**
 * The fact-check report: a draft's check laid out for an editor reviewing the story. `buildReport`
 * turns a draft, its check and its suppressions into plain data (a coverage summary, every sentence in
 * order with its status in plain words, its citations, the evidence with the words it shares with the
 * sentence marked, the findings and the ignored ones); `renderReportHtml` (one self-contained page) and
 * `renderReportMarkdown` lay that out. `coverage` and `coverageLine` give the summary alone (the
 * status bar's "21 of 25 claims supported · 4 to check").
 *
 * Pure: the host passes the time of the check and how to show a file's path; nothing is read here.
 */
import { paragraphLabel } from '../draft/locators';
import type { SentenceStatus, SentenceVerdict } from '../claims/checker';
import { sentenceAt, type Draft } from '../draft/draft';
import type { Evidence } from '../claims/support';
import { readFrontMatter } from '../sources/plainText';
import type { Source } from '../sources/model';
import { stem } from '../text/tokenize';
import type { DraftReport } from '../index';
import { DiagnosticCode, type Severity, type SourcedDiagnostic } from './diagnostics';
import { evidenceText, shorten } from './format';
import type { IgnoredFinding, SuppressionResult } from './suppressions';

import { reportHtml } from './reportHtml';
import { reportMarkdown } from './reportMarkdown';

/** What a report is made from. */
export interface ReportInput {
  /** The draft, parsed (parseDraft) from the text that was checked. */
  readonly draft: Draft;
  /** Its check (`service.check`): verdicts and diagnostics. */
  readonly check: DraftReport;
  /** What applySuppressions made of the check's diagnostics; without it every finding shows. */
  readonly suppressions?: SuppressionResult;
  /** The draft's path as the reader knows it ("drafts/balloons.md"). */
  readonly path: string;
  /** When the check ran, as the host writes it ("5 December 2025, 11:40"): the core reads no clock. */
  readonly checkedAt?: string;
  /** How many sources the draft was checked against. */
  readonly sourceCount?: number;
  /** A source file's URI as the reader should see it (a path relative to the workspace); default: the file name. */
  readonly displayPath?: (uri: string) => string;
}

/** How a status looks: the colour family a renderer gives it. */
export type Tone = 'supported' | 'uncited' | 'unsupported' | 'contradicted' | 'mismatch' | 'locator' | 'citation' | 'none';

/** How many claims of a draft stand on their sources. */
export interface Coverage {
  /** Sentences that are claims (everything checked but opinions, questions and the like). */
  readonly claims: number;
  /** Claims the sources support (cited or not). */
  readonly supported: number;
  /** Of those, the ones without a citation. */
  readonly uncited: number;
  readonly unsupported: number;
  readonly contradicted: number;
  /** Claims whose cited source does not say them. */
  readonly mismatched: number;
  /** Claims supported by the cited source, but at another paragraph or page than the locator names. */
  readonly wrongLocator: number;
  /** Sentences not checked: opinions, questions, nothing a source could confirm. */
  readonly notClaims: number;
  /** Sentences (of any status) with a citation to fix: a key no source has, or a paragraph or page the source does not have. */
  readonly brokenCitations: number;
  /** Findings the writer chose to ignore. */
  readonly ignored: number;
}

/** A piece of a quote: words the sentence has too are `shared`; what says otherwise (a contradiction's figure, date or name) is `conflict`. */
export interface QuotePart {
  readonly text: string;
  readonly shared: boolean;
  readonly conflict?: boolean;
}

/** A passage shown for a sentence. */
export interface ReportEvidence {
  /** Why it is shown, in plain words: "Supported by", "Closest passage", "The source says otherwise". */
  readonly role: string;
  readonly key: string;
  readonly title: string;
  /** "para. 4", "p. 12, para. 30". */
  readonly where: string;
  readonly quote: readonly QuotePart[];
}

/** A finding on a sentence, with the writer's reason when it is ignored. */
export interface ReportFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly ignored?: { readonly by: 'inline' | 'file'; readonly reason: string };
}

export interface ReportSentence {
  /** 1-based, in draft order. */
  readonly n: number;
  /** 1-based line of the draft where it starts. */
  readonly line: number;
  /** The sentence without its citations. */
  readonly text: string;
  readonly status: SentenceStatus;
  /** The status in plain words ("No source supports this"). */
  readonly label: string;
  readonly tone: Tone;
  /** Its citations as written ("@key, para. 4"), each with whether a source has that key. */
  readonly citations: ReadonlyArray<{ readonly text: string; readonly known: boolean }>;
  /** For a contradiction of a figure, a date, a name or a word: what the draft says and what the source says. */
  readonly contradiction?: { readonly draft: string; readonly source: string };
  /** What the sentence names or states that no source in scope (the cited ones, for a cited sentence) has, as written. */
  readonly notInSources: readonly string[];
  /** Words of the sentence the closest passages lack, as written. */
  readonly lacking: readonly string[];
  readonly evidence: readonly ReportEvidence[];
  /** The findings' messages a reader needs beyond the above (a citation to no source, a paragraph that is not there). */
  readonly notes: readonly string[];
  readonly findings: readonly ReportFinding[];
}

/** A source the report quotes or the draft cites, for the list at the end. */
export interface ReportSource {
  readonly key: string;
  readonly title: string;
  readonly author?: string;
  readonly date?: string;
  /** Only an http(s) URL. */
  readonly url?: string;
  readonly path: string;
}

export interface Report {
  readonly title: string;
  readonly path: string;
  readonly checkedAt?: string;
  readonly sourceCount?: number;
  readonly coverage: Coverage;
  /** "21 of 25 claims supported · 3 contradicted · …" */
  readonly summary: string;
  readonly sentences: readonly ReportSentence[];
  /** The findings ignored, in draft order, with the sentence each was on. */
  readonly ignored: ReadonlyArray<ReportFinding & { readonly sentence?: number; readonly line: number; readonly excerpt: string }>;
  /** Notes about the check itself (a suppression that no longer applies, a draft too long). */
  readonly notes: readonly string[];
  readonly sources: readonly ReportSource[];
}

/**
 * The report as one self-contained HTML page: inline CSS, no script, nothing loaded from elsewhere (a
 * Content-Security-Policy says so too), and every text from the draft and the sources escaped.
 */
export function renderReportHtml(input: ReportInput): string {
  return reportHtml(buildReport(input));
}

/** The report as Markdown (`--format md`): the same content, every text from the draft and the sources escaped. */
export function renderReportMarkdown(input: ReportInput): string {
  return reportMarkdown(buildReport(input));
}

/** The coverage of a draft's verdicts; `ignored` is how many findings the writer ignored. */
export function coverage(verdicts: readonly SentenceVerdict[], ignored = 0): Coverage {
  const count = (s: SentenceStatus) => verdicts.filter((v) => v.status === s).length;
  const supported = verdicts.filter((v) => v.status === 'supported');
  return {
    claims: verdicts.length - count('not-a-claim'),
    supported: supported.length,
    uncited: supported.filter((v) => v.citations.length === 0).length,
    unsupported: count('unsupported'),
    contradicted: count('contradicted'),
    mismatched: count('citation-mismatch'),
    wrongLocator: count('wrong-locator'),
    notClaims: count('not-a-claim'),
    brokenCitations: verdicts.filter((v) => v.citations.some((c) => !c.source || c.badLocator)).length,
    ignored,
  };
}

/**
 * The coverage in words. In full (the report, `sourced check`): "21 of 25 claims supported (2 not
 * cited) · 3 contradicted · 1 unsupported · 1 with a citation to fix · 2 findings ignored". Short (a
 * status bar): "21 of 25 claims supported · 4 to check".
 */
export function coverageLine(c: Coverage, form: 'full' | 'short' = 'full'): string {
  if (c.claims === 0) return c.notClaims && form === 'full' ? `No claims to check (${plural(c.notClaims, 'sentence')} not checked)` : 'No claims to check';
  if (form === 'short') {
    // The claims whose finding the writer chose to ignore are not left to check.
    const ignored = Math.min(c.ignored, c.claims - c.supported);
    const toCheck = c.claims - c.supported - ignored;
    return `${c.supported} of ${plural(c.claims, 'claim')} supported${toCheck ? ` · ${toCheck} to check` : ''}${ignored ? ` · ${ignored} ignored` : ''}`;
  }
  const parts = [`${c.supported} of ${plural(c.claims, 'claim')} supported${c.uncited ? ` (${c.uncited} not cited)` : ''}`];
  if (c.contradicted) parts.push(`${c.contradicted} contradicted`);
  if (c.unsupported) parts.push(`${c.unsupported} unsupported`);
  if (c.mismatched) parts.push(`${c.mismatched} not backed by ${c.mismatched === 1 ? 'its' : 'their'} citation`);
  if (c.wrongLocator) parts.push(`${c.wrongLocator} cited at the wrong place`);
  if (c.brokenCitations) parts.push(`${c.brokenCitations} with a citation to fix`);
  if (c.ignored) parts.push(`${plural(c.ignored, 'finding')} ignored`);
  return parts.join(' · ');
}

/** The report as data, for the renderers (and any other view of it). */
export function buildReport(input: ReportInput): Report {
  const { draft, check } = input;
  const diagnostics = input.suppressions?.kept ?? check.diagnostics;
  const ignored = input.suppressions?.ignored ?? [];
  const show = input.displayPath ?? ((uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, '')));
  const bySentence = new Map<number, ReportFinding[]>();
  const notes: string[] = [];
  const add = (d: SourcedDiagnostic, ig?: IgnoredFinding) => {
    const s = sentenceAt(draft, draft.lines.offsetAt(d.range.start));
    const f: ReportFinding = { code: d.code, severity: d.severity, message: d.message, ...(ig ? { ignored: { by: ig.by, reason: ig.reason } } : {}) };
    if (s && !isNote(d)) bySentence.set(s.index, [...(bySentence.get(s.index) ?? []), f]);
    else if (!ig) notes.push(d.message);
  };
  for (const d of diagnostics) add(d);
  for (const i of ignored) add(i.diagnostic, i);

  const sources = new Map<string, Source>();
  const sentences = check.verdicts.map((v) => sentenceOf(input, v, bySentence.get(v.sentence.index) ?? [], sources));
  const ignoredList = ignored
    .map((i) => {
      const s = sentenceAt(draft, draft.lines.offsetAt(i.diagnostic.range.start));
      return { code: i.diagnostic.code, severity: i.diagnostic.severity, message: i.diagnostic.message, ignored: { by: i.by, reason: i.reason }, sentence: s ? s.index + 1 : undefined, line: i.diagnostic.range.start.line + 1, excerpt: s ? shorten(s.claimText, 120) : '' };
    })
    .sort((a, b) => a.line - b.line);
  const cov = coverage(check.verdicts, ignored.length);
  return {
    title: draftTitle(draft, input.path),
    path: input.path,
    checkedAt: input.checkedAt,
    sourceCount: input.sourceCount,
    coverage: cov,
    summary: coverageLine(cov),
    sentences,
    ignored: ignoredList,
    notes,
    sources: [...sources.values()].sort((a, b) => a.key.localeCompare(b.key)).map((s) => sourceEntry(s, show)),
  };
}

function sentenceOf(input: ReportInput, v: SentenceVerdict, findings: ReportFinding[], sources: Map<string, Source>): ReportSentence {
  const s = v.sentence;
  const terms = new Set(v.claim.content.map((t) => t.term));
  const seen = new Set<string>();
  const evidence: ReportEvidence[] = [];
  const show = (role: string, e: Evidence | undefined, conflict?: string) => {
    if (!e || evidence.length >= 2 || seen.has(`${e.source.uri}#${e.paragraph.n}`)) return;
    seen.add(`${e.source.uri}#${e.paragraph.n}`);
    sources.set(e.source.uri, e.source);
    evidence.push({ role, key: e.source.key, title: e.source.title, where: paragraphLabel(e.source, e.paragraph), quote: quoteParts(shorten(evidenceText(e), 600), terms, conflict) });
  };
  for (const c of v.citations) if (c.source) sources.set(c.source.uri, c.source);
  const cover = (v.cited ?? v.overall)?.cover[0] ?? (v.cited ?? v.overall)?.evidence[0];
  switch (v.status) {
    case 'supported':
      // An uncited sentence with no passage safe to cite (one says it of something else, or under a
      // "not"): its closest passage is shown as that, never as what supports it.
      show(
        v.citations.length ? 'Supported by' : v.suggestions[0] ? 'Supported by (not cited)' : v.withheld ? `Closest passage (not safe to cite: it ${v.withheld.why})` : 'Closest passage (not safe to cite)',
        v.suggestions[0] ?? v.withheld?.evidence ?? cover,
      );
      break;
    case 'contradicted':
      show(opposite(v) ? 'The source says the opposite' : 'The source says otherwise', v.contradiction?.evidence, opposite(v) ? undefined : v.contradiction?.sourceText);
      break;
    case 'unsupported':
      if (cover && cover.score > 0) show('Closest passage', cover);
      break;
    case 'citation-mismatch':
      if (v.cited?.evidence[0] && v.cited.evidence[0].score > 0) show('Closest passage in the cited source', v.cited.evidence[0]);
      show('Another source that says it', v.suggestions[0]);
      break;
    case 'wrong-locator':
      show(v.suggestions.length ? 'The source says it here instead' : 'The source comes closest here', v.betterLocator);
      break;
  }
  const judged = v.cited ?? v.overall;
  const lacks = v.status === 'unsupported' || v.status === 'citation-mismatch';
  const notInSources = lacks ? dedupe([...(v.missingEntities ?? []), ...(v.missingFigures ?? [])]) : [];
  const named = new Set(notInSources.flatMap((w) => w.toLowerCase().split(/\s+/)));
  const lacking = lacks ? dedupe((judged?.unsupported?.length ? judged.unsupported : judged?.evidence[0]?.missing ?? []).filter((w) => !named.has(w.toLowerCase()))).slice(0, 6) : [];
  const { label, tone } = statusOf(v, findings);
  const contradiction = v.status === 'contradicted' && v.contradiction && !opposite(v) ? { draft: v.contradiction.claimText, source: v.contradiction.sourceText } : undefined;
  // A claim's finding says in a sentence what the fields above show; keep it only where they show nothing.
  const shown = evidence.length > 0 || notInSources.length > 0 || lacking.length > 0 || !!contradiction;
  const notes = findings
    .filter((f) => !f.ignored && (f.code === DiagnosticCode.NotVerbatim || (f.code.startsWith('citation.') ? f.code !== DiagnosticCode.WrongLocator : !shown && f.code !== DiagnosticCode.Uncited)))
    .map((f) => f.message);
  return {
    n: s.index + 1,
    line: input.draft.lines.positionAt(s.span.start).line + 1,
    text: s.claimText,
    status: v.status,
    label,
    tone,
    citations: v.citations.map((c) => ({ text: `@${c.item.key}${c.item.locator ? `, ${`${c.item.locator.labelText} ${c.item.locator.value}`.trim()}` : ''}`, known: !!c.source })),
    ...(contradiction ? { contradiction } : {}),
    notInSources,
    lacking,
    evidence,
    notes,
    findings,
  };
}

/** A contradiction by polarity ("it happened" / "No"): shown as the passage that says the opposite, not as two words. */
function opposite(v: SentenceVerdict): boolean {
  const c = v.contradiction;
  return !!c && c.kind === 'negation' && (c.claimText === 'it happened' || c.sourceText === 'it happened' || /^\W*(?:no|not|never|did not|didn’t|didn't)\W*$/i.test(c.sourceText));
}

/** The status in plain words, and its colour family. */
export function statusOf(v: SentenceVerdict, findings: readonly ReportFinding[]): { label: string; tone: Tone } {
  if (v.citations.some((c) => !c.source)) return { label: 'Cites a source Sourced does not have', tone: 'citation' };
  if (findings.some((f) => f.code === DiagnosticCode.BadLocator)) return { label: 'Cites a paragraph or page the source does not have', tone: 'citation' };
  switch (v.status) {
    case 'supported':
      return v.citations.length ? { label: 'Supported', tone: 'supported' } : { label: 'Supported, but not cited', tone: 'uncited' };
    case 'unsupported':
      return { label: 'No source supports this', tone: 'unsupported' };
    case 'contradicted':
      return { label: 'A source says otherwise', tone: 'contradicted' };
    case 'citation-mismatch':
      return { label: 'The cited source does not say this', tone: 'mismatch' };
    case 'wrong-locator':
      return { label: v.suggestions.length ? 'Supported, but at another place in the source' : 'Not where the citation points', tone: 'locator' };
    default: {
      const why = v.reason === 'opinion' ? 'an opinion' : v.reason === 'no-sources' ? 'no sources to check against' : /\?\s*$/.test(v.sentence.claimText) ? 'a question' : 'nothing a source could confirm';
      return { label: `Not checked: ${why}`, tone: 'none' };
    }
  }
}

/**
 * A quote cut into the words the sentence shares (same stem, or the same number) and the rest; the
 * first occurrence of `conflict` (what a source says instead: "2017") is one part of its own.
 */
export function quoteParts(text: string, claimTerms: ReadonlySet<string>, conflict?: string): QuotePart[] {
  const wanted = conflict?.replace(/^[“”"']+|[“”"']+$/g, '').trim();
  const c = wanted ? text.indexOf(wanted) : -1;
  if (c >= 0) return [...quoteParts(text.slice(0, c), claimTerms), { text: wanted!, shared: false, conflict: true }, ...quoteParts(text.slice(c + wanted!.length), claimTerms)];
  const parts: QuotePart[] = [];
  const push = (t: string, shared: boolean) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last && last.shared === shared) parts[parts.length - 1] = { text: last.text + t, shared };
    else parts.push({ text: t, shared });
  };
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*/gu)) {
    const word = m[0];
    const normal = /^\d[\d.,]*$/.test(word) ? String(Number(word.replace(/,(?=\d{3}\b)/g, ''))) : stem(word);
    push(text.slice(at, m.index), false);
    push(word, claimTerms.has(normal));
    at = m.index! + word.length;
  }
  push(text.slice(at), false);
  // Shared words with only spaces between are one mark: "North Korea", not "North" and "Korea".
  for (let i = parts.length - 2; i > 0; i--) {
    if (!parts[i].shared && /^[ \t]+$/.test(parts[i].text) && parts[i - 1].shared && parts[i + 1].shared) parts.splice(i - 1, 3, { text: parts[i - 1].text + parts[i].text + parts[i + 1].text, shared: true });
  }
  return parts;
}

/** The draft's title: its front matter's, else its first heading, else its path. */
function draftTitle(draft: Draft, path: string): string {
  const fm = readFrontMatter(draft.text).metadata.title?.trim();
  if (fm) return fm;
  const heading = /^\s{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(draft.text.slice(readFrontMatter(draft.text).bodyStart));
  return heading?.[1].trim() || path;
}

function sourceEntry(s: Source, show: (uri: string) => string): ReportSource {
  const url = s.metadata.url && /^https?:\/\/[^\s<>"']+$/i.test(s.metadata.url) ? s.metadata.url : undefined;
  return { key: s.key, title: s.title, author: s.metadata.author, date: s.metadata.date, url, path: show(s.uri) };
}

/** Notes about the check itself rather than a sentence's claim. */
function isNote(d: SourcedDiagnostic): boolean {
  return d.code === DiagnosticCode.DraftTooLarge || d.code === DiagnosticCode.SuppressionStale || d.code === DiagnosticCode.SuppressionBadComment;
}

function dedupe(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const k = w.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
