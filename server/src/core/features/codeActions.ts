import { formatCitation, formatItem } from '../citations/parse';
import type { Position, Range } from '../types';
import { DiagnosticCode, type CitationSuggestion, type DiagnosticData } from './diagnostics';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface CodeAction {
  readonly title: string;
  /** "quickfix" or "source.fixAll.sourced". */
  readonly kind: string;
  readonly edits: readonly TextEdit[];
  /** The diagnostic (by its data) this action fixes. */
  readonly fixes?: DiagnosticData;
  readonly isPreferred?: boolean;
}

const point = (p: Position): Range => ({ start: p, end: p });

/** How a fix cites a passage: "para. N", or for a PDF the page a reader can turn to, "p. N". */
function suggestionLocator(s: CitationSuggestion): string {
  return s.page !== undefined ? `p. ${s.page}` : `para. ${s.paragraph}`;
}

function suggestionItem(s: CitationSuggestion): string {
  return s.page !== undefined ? `${formatItem(s.key)}, p. ${s.page}` : formatItem(s.key, s.paragraph);
}

/** The edit that cites a passage: a new "[@key, para. N]", or "; @key, para. N" into the existing bracket. */
export function citeEdit(data: DiagnosticData, s: CitationSuggestion): TextEdit | undefined {
  if (data.bracketEnd) return { range: point(data.bracketEnd), newText: `; ${suggestionItem(s)}` };
  if (data.insertAt) return { range: point(data.insertAt), newText: s.page !== undefined ? ` [${suggestionItem(s)}]` : ` ${formatCitation(s.key, s.paragraph)}` };
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
      if (data.replace) {
        actions.push({ title: `Use the source's figure: ${data.replace.text}`, kind: 'quickfix', edits: [{ range: data.replace.range, newText: data.replace.text }], fixes: data, isPreferred: true });
      }
      actions.push(...citeActions(data, false)); // it can also cite the passage that says otherwise
      break;
    case DiagnosticCode.CitationMismatch:
      if (data.relocate) {
        actions.push({ title: `Change the locator to ${data.relocate.text}`, kind: 'quickfix', edits: [{ range: data.relocate.range, newText: data.relocate.text }], fixes: data, isPreferred: true });
      }
      actions.push(...citeActions(data, !data.relocate));
      break;
    case DiagnosticCode.Uncited:
      actions.push(...citeActions(data, true));
      break;
    case DiagnosticCode.Unsupported:
      actions.push(...citeActions(data, false));
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
    if (edit) out.push({ title: `Cite @${s.key}, ${suggestionLocator(s)}`, kind: 'quickfix', edits: [edit], fixes: data, isPreferred: preferFirst && out.length === 0 });
  }
  return out;
}

/** One action that cites the best passage for every uncited-but-supported claim of a draft. */
export function fixAllUncited(datas: readonly DiagnosticData[]): CodeAction | undefined {
  const edits: TextEdit[] = [];
  for (const d of datas) {
    if (d.code !== DiagnosticCode.Uncited || !d.suggestions?.length) continue;
    const e = citeEdit(d, d.suggestions[0]);
    if (e) edits.push(e);
  }
  if (edits.length === 0) return undefined;
  return { title: `Cite the supporting source for ${edits.length} uncited claim${edits.length === 1 ? '' : 's'}`, kind: 'source.fixAll.sourced', edits };
}
