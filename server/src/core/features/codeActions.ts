import type { DraftCache } from '../draft/draftCache';
import { formatCitation, formatItem } from '../draft/citations';
import type { IDocument, Position, Range } from '../types';
import type { DraftChecker } from './check';
import { DiagnosticCode, type CitationSuggestion, type DiagnosticData } from './diagnostics';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
  /**
   * What the edit does, in words, for a preview the writer confirms before anything changes (LSP
   * change annotations): the sentence it touches and the passage it cites.
   */
  readonly annotation?: { readonly label: string; readonly description?: string };
}

export interface CodeAction {
  readonly title: string;
  /** "quickfix" or "source.fixAll.sourced". */
  readonly kind: string;
  readonly edits: readonly TextEdit[];
  /** The diagnostic (by its data) this action fixes. */
  readonly fixes?: DiagnosticData;
  readonly isPreferred?: boolean;
  /** The editor should show the edits for the writer to confirm before applying them. */
  readonly needsConfirmation?: boolean;
}

/** A quote for a fix's title: short enough to read in a menu. */
function titleQuote(quote: string, max = 60): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…”`;
}

const point = (p: Position): Range => ({ start: p, end: p });

/** How a fix cites a passage: "para. N", or for a PDF the page a reader can turn to, "p. N". */
function suggestionLocator(s: CitationSuggestion): string {
  return s.page !== undefined ? `p. ${s.page}` : `para. ${s.number ?? s.paragraph}`;
}

function suggestionItem(s: CitationSuggestion): string {
  return s.page !== undefined ? `${formatItem(s.key)}, p. ${s.page}` : formatItem(s.key, s.number ?? s.paragraph);
}

/**
 * The edit that cites a passage: a new "[@key, para. N]", "; @key, para. N" into the existing bracket, or,
 * for a sentence whose one citation does not back it, "@key, para. N" in place of its key and locator.
 */
export function citeEdit(data: DiagnosticData, s: CitationSuggestion): TextEdit | undefined {
  // The sentence's one citation does not back it: the passage that does takes its place (keeping it
  // beside the new one would leave a citation the check has just said is wrong).
  if (data.code === DiagnosticCode.CitationMismatch && data.citationRange) return { range: data.citationRange, newText: suggestionItem(s) };
  if (data.bracketEnd) return { range: point(data.bracketEnd), newText: `; ${suggestionItem(s)}` };
  if (data.insertAt) return { range: point(data.insertAt), newText: s.page !== undefined ? ` [${suggestionItem(s)}]` : ` ${formatCitation(s.key, s.number ?? s.paragraph)}` };
  return undefined;
}

/** Quick fixes for one diagnostic, from its payload alone. */
export function quickFixes(data: DiagnosticData | undefined): CodeAction[] {
  if (!data) return [];
  const actions: CodeAction[] = [];
  switch (data.code) {
    case DiagnosticCode.UnknownKey:
      for (const key of data.closestKeys ?? []) {
        if (data.keyRange) actions.push({ title: `Change to @${key}`, kind: 'quickfix', edits: [{ range: data.keyRange, newText: key }], fixes: data, isPreferred: actions.length === 0 });
      }
      break;
    case DiagnosticCode.Contradicted:
      // The only fix is to say what the source says; citing the passage that says otherwise would be a lie.
      if (data.replace) {
        const what = data.replace.kind === 'name' ? 'name' : data.replace.kind === 'date' ? 'date' : data.replace.kind === 'rank' ? 'word' : 'figure';
        actions.push({ title: `Use the source's ${what}: ${data.replace.text}`, kind: 'quickfix', edits: [{ range: data.replace.range, newText: data.replace.text }], fixes: data, isPreferred: true });
      }
      break;
    case DiagnosticCode.NotVerbatim:
      // Only the source's own words, and only when they are a close match (see quoteDiagnostics.ts).
      if (data.verbatim) actions.push({ title: `Use the source's wording: ${titleQuote(data.verbatim.text)}`, kind: 'quickfix', edits: [{ range: data.verbatim.range, newText: data.verbatim.text }], fixes: data, isPreferred: true });
      break;
    case DiagnosticCode.WrongLocator:
      if (data.relocate) {
        const quote = data.suggestions?.[0] ? ` (${titleQuote(data.suggestions[0].quote)})` : '';
        actions.push({ title: `Change to ${data.relocate.text}${quote}`, kind: 'quickfix', edits: [{ range: data.relocate.range, newText: data.relocate.text }], fixes: data, isPreferred: true });
      }
      break;
    case DiagnosticCode.CitationMismatch:
      actions.push(...citeActions(data, false));
      break;
    case DiagnosticCode.Uncited:
      actions.push(...citeActions(data, true));
      break;
  }
  return actions;
}

function citeActions(data: DiagnosticData, preferFirst: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  // Never offer what the sentence already cites: that passage, or the whole source without a locator.
  const already = (s: CitationSuggestion) =>
    (data.cited ?? []).some((c) => c.key === s.key && ((c.paragraph === undefined && c.page === undefined) || c.paragraph === s.paragraph || (c.page !== undefined && c.page === s.page)));
  for (const s of (data.suggestions ?? []).filter((x) => !already(x)).slice(0, 3)) {
    const edit = citeEdit(data, s);
    const verb = data.code === DiagnosticCode.CitationMismatch && data.citationRange ? 'Replace the citation with' : 'Cite';
    if (edit) out.push({ title: `${verb} @${s.key}, ${suggestionLocator(s)}: ${titleQuote(s.quote)}`, kind: 'quickfix', edits: [edit], fixes: data, isPreferred: preferFirst && out.length === 0 });
  }
  return out;
}

/**
 * One action that cites the best passage for every uncited claim a passage safely supports (the
 * diagnostics carry only such passages). The writer sees every edit, with its sentence and the
 * passage it cites, and confirms before anything changes.
 */
export function fixAllUncited(diagnostics: ReadonlyArray<{ readonly data: DiagnosticData; readonly sentence?: string }>): CodeAction | undefined {
  const edits: TextEdit[] = [];
  for (const { data: d, sentence } of diagnostics) {
    if (d.code !== DiagnosticCode.Uncited || !d.suggestions?.length) continue;
    const s = d.suggestions[0];
    const e = citeEdit(d, s);
    if (!e) continue;
    const label = `Cite @${s.key}, ${suggestionLocator(s)}${sentence ? ` for ${titleQuote(sentence, 50)}` : ''}`;
    edits.push({ ...e, annotation: { label, description: `The passage: ${titleQuote(s.quote, 240)}` } });
  }
  if (edits.length === 0) return undefined;
  return { title: `Cite the supporting source for ${edits.length} uncited claim${edits.length === 1 ? '' : 's'}…`, kind: 'source.fixAll.sourced', edits, needsConfirmation: true };
}

/** The code actions of one service's drafts. */
export class CodeActionProvider {
  constructor(
    private readonly drafts: DraftCache,
    private readonly checker: DraftChecker,
  ) {}

  /**
   * Fixes for the diagnostics the editor asks about: only those at the range (see diagnosticsAt), so
   * one sentence's fixes never list another's; and the draft-wide fix-all.
   */
  async provide(doc: IDocument, range: Range, diagnostics: ReadonlyArray<{ data?: unknown; range?: Range }>, only?: readonly string[]): Promise<CodeAction[]> {
    const wantsQuickFix = !only || only.some((k) => 'quickfix'.startsWith(k) || k.startsWith('quickfix'));
    const here = diagnosticsAt(range, diagnostics);
    // Editors ask for code actions on every cursor move: the whole-draft fix-all is computed when it is
    // asked for by kind, or when the cursor is on a claim it would cite.
    const wantsFixAll = only
      ? only.some((k) => 'source.fixAll.sourced'.startsWith(k))
      : here.some((d) => (d.data as DiagnosticData | undefined)?.code === DiagnosticCode.Uncited);
    const actions: CodeAction[] = [];
    if (wantsQuickFix) for (const d of here) actions.push(...quickFixes(d.data as DiagnosticData | undefined));
    if (wantsFixAll) {
      const draft = this.drafts.parsed(doc);
      const all = (await this.checker.check(doc)).diagnostics.map((d) => ({ data: d.data, sentence: draft.text.slice(draft.lines.offsetAt(d.range.start), draft.lines.offsetAt(d.range.end)) }));
      const fix = fixAllUncited(all);
      if (fix) actions.push(fix);
    }
    return actions;
  }
}

/**
 * The diagnostics a code-action request is about: those the range touches; for a bare cursor, those
 * under it, else the nearest on its line (VS Code offers the nearest fix on a line). Diagnostics
 * without a range (a client that does not send them) are all kept.
 */
export function diagnosticsAt<D extends { readonly range?: Range }>(range: Range, diagnostics: readonly D[]): D[] {
  if (diagnostics.some((d) => !d.range)) return [...diagnostics];
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const touches = (r: Range) => !before(r.end, range.start) && !before(range.end, r.start);
  const hit = diagnostics.filter((d) => touches(d.range!));
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  if (!empty || hit.length <= 1) return hit.length || !empty ? hit : nearestOnLine(range.start, diagnostics);
  // A cursor between two sentences touches both: the one it is inside, else the one that starts there.
  const inside = hit.filter((d) => before(d.range!.start, range.start) && before(range.start, d.range!.end));
  return inside.length ? inside : hit.filter((d) => d.range!.start.line === range.start.line && d.range!.start.character === range.start.character).slice(0, 1);
}

function nearestOnLine<D extends { readonly range?: Range }>(at: Position, diagnostics: readonly D[]): D[] {
  const distance = (r: Range) => (r.start.line <= at.line && r.end.line >= at.line ? Math.min(Math.abs(r.start.character - at.character), Math.abs(r.end.character - at.character)) : Infinity);
  let best: D | undefined;
  for (const d of diagnostics) if (distance(d.range!) < (best ? distance(best.range!) : Infinity)) best = d;
  return best ? [best] : [];
}
