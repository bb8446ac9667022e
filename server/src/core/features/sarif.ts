/**
 * A check's findings as a SARIF 2.1.0 log, for code-scanning services and CI (`sourced check --format
 * sarif`): one rule per diagnostic code, each finding a result at its place in the draft (1-based lines
 * and columns, columns counted in UTF-16 code units as the editor counts them), the passages it
 * names as related locations, and the findings the writer ignored as suppressed results. docs/ci.md
 * shows a GitHub Actions workflow that uploads it.
 *
 * Pure: the host gives the drafts, their findings and the folder paths are relative to.
 */
import type * as Sarif from 'sarif';
import type { Draft } from '../draft/draft';
import type { Range } from '../types';
import { DiagnosticCode, type Severity, type SourcedDiagnostic } from './diagnostics';
import { fingerprint, IGNORE_FILE, type IgnoredFinding } from './suppressions';

/** The findings of one file: a draft's (from its check, after applySuppressions), or a source's problem. */
export interface SarifFile {
  /** The file's URI (file:///…). */
  readonly uri: string;
  /** The findings to report. */
  readonly diagnostics: readonly SourcedDiagnostic[];
  /** The findings the writer ignored: reported too, as suppressed. */
  readonly ignored?: readonly IgnoredFinding[];
  /** The parsed draft: gives each finding on a sentence a fingerprint that survives edits elsewhere, and the sentence as a snippet. */
  readonly draft?: Draft;
}

export interface SarifOptions {
  /**
   * The folder URIs are made relative to (the workspace or repository root), ending in `/`:
   * `file:///home/writer/story/`. Files outside it keep their full URI.
   */
  readonly baseUri: string;
  /** Sourced's version ("0.1.0"). */
  readonly version: string;
  /** Where a reader learns about Sourced, if it has such a page. */
  readonly informationUri?: string;
  /** Write the base folder's own URI into the log (originalUriBaseIds); default false, so a log names no path of the machine it ran on. */
  readonly includeBaseUri?: boolean;
  /** The recorded suppressions' file, relative to the base (default `.sourced/ignore.json`). */
  readonly ignoreFile?: string;
}

/** The id relative URIs in the log are resolved against. */
export const SRCROOT = '%SRCROOT%';

/** Partial fingerprint name: the sentence's words (suppressions.ts `fingerprint`), so a finding keeps its identity while other sentences change. */
export const SENTENCE_FINGERPRINT = 'sourcedSentence/v1';

interface RuleText {
  readonly name: string;
  readonly short: string;
  readonly full: string;
  readonly level: Sarif.ReportingConfiguration.level;
}

/** What each finding means, in plain words, and how serious it is by default. */
const RULES: Readonly<Record<DiagnosticCode, RuleText>> = {
  [DiagnosticCode.UnknownKey]: { name: 'UnknownKey', level: 'error', short: 'A citation names a source that is not there.', full: 'The citation key is not the key of any source in the folder or the bibliography. Check the spelling; the message names the closest keys.' },
  [DiagnosticCode.BadLocator]: { name: 'BadLocator', level: 'warning', short: 'A citation names a paragraph or page the source does not have.', full: 'The para. or p. in the citation is past the end of the source. The message says how many paragraphs or pages it has.' },
  [DiagnosticCode.WrongLocator]: { name: 'WrongLocator', level: 'warning', short: 'The cited source says this, but at another place.', full: 'The cited source backs the sentence, but not at the paragraph or page the citation names; the message names the one that does.' },
  [DiagnosticCode.Unsupported]: { name: 'Unsupported', level: 'warning', short: 'No source supports this claim.', full: 'No source in the folder states what the sentence says. The message names what no source mentions, or what the closest passage lacks.' },
  [DiagnosticCode.Uncited]: { name: 'Uncited', level: 'note', short: 'A source supports this claim, but it has no citation.', full: 'One passage backs the sentence by itself, but the sentence does not cite it. The message quotes the passage to cite; or, where the closest passage says something else than the sentence (that it was deferred, denied, only expected), it says so and offers nothing to cite.' },
  [DiagnosticCode.SourcesDisagree]: { name: 'SourcesDisagree', level: 'note', short: 'Two sources give this figure differently.', full: 'One source gives the figure the sentence has, another source gives another for the same thing. The message quotes both; no citation is offered until the writer knows which is right.' },
  [DiagnosticCode.CitationMismatch]: { name: 'CitationMismatch', level: 'warning', short: 'The cited source does not say this.', full: 'The sources the sentence cites do not state what it says. The message says what they lack and, if another source says it, which.' },
  [DiagnosticCode.Contradicted]: { name: 'Contradicted', level: 'warning', short: 'A source says otherwise.', full: 'A passage about the same fact gives another figure, date or name, or says the opposite. The message quotes both sides.' },
  [DiagnosticCode.NotVerbatim]: { name: 'NotVerbatim', level: 'warning', short: 'A quotation is not word for word what the source says.', full: 'The text between quotation marks is not in the cited source word for word (quotation marks, dashes, spaces and case aside; an ellipsis may leave words out and [brackets] add the writer’s own). The message names the source checked, shows its closest wording and the words that differ.' },
  [DiagnosticCode.SourceUnreadable]: { name: 'SourceUnreadable', level: 'warning', short: 'A source file could not be read.', full: 'A file in a sources folder was skipped (binary, empty, no text layer, too large); claims are checked against the other sources.' },
  [DiagnosticCode.BadBibliographyEntry]: { name: 'BadBibliographyEntry', level: 'warning', short: 'A bibliography entry could not be used.', full: 'A bibliography entry is malformed, repeats a key, or links a file outside the folders Sourced may read. The other entries still work.' },
  [DiagnosticCode.DraftTooLarge]: { name: 'DraftTooLarge', level: 'note', short: 'Not every claim of this draft was checked.', full: 'The draft is too long to check, or it has more findings than are shown. Split it into parts to have all of it checked.' },
  [DiagnosticCode.SuppressionStale]: { name: 'SuppressionStale', level: 'note', short: 'An ignored finding no longer applies.', full: 'The sentence a suppression was for has changed or is gone, or no sentence follows a sourced-ignore comment, so it ignores nothing. Remove it, or ignore the finding again.' },
  [DiagnosticCode.SuppressionBadComment]: { name: 'SuppressionBadComment', level: 'note', short: 'A sourced-ignore comment names no known finding.', full: 'A sourced-ignore comment names something that is not a Sourced finding code, or no code at all, so it ignores nothing.' },
};

/** The rules of the log: one per diagnostic code, in the order of DiagnosticCode. */
export function sarifRules(): Sarif.ReportingDescriptor[] {
  return (Object.values(DiagnosticCode) as DiagnosticCode[]).map((code) => {
    const r = RULES[code];
    return { id: code, name: r.name, shortDescription: { text: r.short }, fullDescription: { text: r.full }, help: { text: r.full }, defaultConfiguration: { level: r.level } };
  });
}

/** The SARIF log of the files' findings: one run of Sourced. */
export function toSarif(files: readonly SarifFile[], options: SarifOptions): Sarif.Log {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const base = options.baseUri.endsWith('/') ? options.baseUri : options.baseUri + '/';
  const where = (uri: string): Sarif.ArtifactLocation => (uri.startsWith(base) && uri.length > base.length ? { uri: uri.slice(base.length), uriBaseId: SRCROOT } : { uri });
  const ignoreFile = where(base + (options.ignoreFile ?? IGNORE_FILE));

  const results: Sarif.Result[] = [];
  for (const file of files) {
    const prints = file.draft?.sentences.map((s) => fingerprint(s.claimText));
    const result = (d: SourcedDiagnostic, ignored?: IgnoredFinding): Sarif.Result => {
      const sentence = file.draft ? sentenceAt(file.draft, d.range) : undefined;
      const out: Sarif.Result = {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: where(file.uri), region: region(d.range, file.draft) } }],
      };
      // The whole sentence around a finding on part of it, for a reader of the log without the draft at hand.
      if (sentence && file.draft) {
        const context = region(file.draft.lines.rangeOf(sentence.span.start, sentence.span.end), file.draft);
        if (contains(context, out.locations![0].physicalLocation!.region!)) out.locations![0].physicalLocation!.contextRegion = context;
      }
      if (d.related.length) out.relatedLocations = d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: where(r.location.uri), region: region(r.location.range) } }));
      if (sentence && prints) out.partialFingerprints = { [SENTENCE_FINGERPRINT]: `${d.code}:${prints[sentence.index]}` };
      if (ignored) {
        const s: Sarif.Suppression = { kind: ignored.by === 'inline' ? 'inSource' : 'external', status: 'accepted' };
        if (ignored.reason) s.justification = ignored.reason;
        if (ignored.by === 'file') s.location = { physicalLocation: { artifactLocation: ignoreFile } };
        out.suppressions = [s];
      }
      return out;
    };
    for (const d of file.diagnostics) results.push(result(d));
    for (const i of file.ignored ?? []) results.push(result(i.diagnostic, i));
  }

  const driver: Sarif.ToolComponent = { name: 'Sourced', fullName: 'Sourced: checks each sentence of a draft against its sources', version: options.version, semanticVersion: options.version, rules };
  if (options.informationUri) driver.informationUri = options.informationUri;
  const run: Sarif.Run = { tool: { driver }, columnKind: 'utf16CodeUnits', results };
  if (options.includeBaseUri) run.originalUriBaseIds = { [SRCROOT]: { uri: base } };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

function level(s: Severity): Sarif.Result.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** An LSP range (0-based, end exclusive) as a SARIF region (1-based, end column exclusive too), with its text when the draft is at hand. */
function region(r: Range, draft?: Draft): Sarif.Region {
  const out: Sarif.Region = { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
  const text = draft?.text.slice(draft.lines.offsetAt(r.start), draft.lines.offsetAt(r.end));
  if (text) out.snippet = { text };
  return out;
}

/** Whether region `outer` holds `inner` and more. */
function contains(outer: Sarif.Region, inner: Sarif.Region): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  const holds = before(outer.startLine!, outer.startColumn!, inner.startLine!, inner.startColumn!) && before(inner.endLine!, inner.endColumn!, outer.endLine!, outer.endColumn!);
  const same = outer.startLine === inner.startLine && outer.startColumn === inner.startColumn && outer.endLine === inner.endLine && outer.endColumn === inner.endColumn;
  return holds && !same;
}

/** The sentence a range starts in. */
function sentenceAt(draft: Draft, range: Range) {
  const o = draft.lines.offsetAt(range.start);
  return draft.sentences.find((s) => o >= s.span.start && o < s.span.end);
}
