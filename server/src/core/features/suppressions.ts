/**
 * Suppressions: findings the writer has looked at and chosen to ignore, shared by the editor and the
 * CLI. Two kinds (docs/suppressions.md tells them for writers):
 *
 * - **inline**: `<!-- sourced-ignore claim.unsupported: reason -->` ignores the named findings on the
 *   next sentence of the draft;
 * - **recorded**: entries of a committed file (`.sourced/ignore.json`), each naming a finding code and
 *   the sentence by a fingerprint of its words, so moving or editing other sentences keeps it, and
 *   editing the sentence itself ends it (with a note that says so).
 *
 * Pure: the host reads the file and hands its text over, and writes the text this module returns.
 */
import { maskMarkdown } from '../draft/markdownMask';
import type { Draft, DraftSentence } from '../draft/draft';
import type { Range } from '../types';
import type { TextEdit } from './codeActions';
import { DiagnosticCode, type SourcedDiagnostic } from './diagnostics';
import { closestKeys } from './keys';

/** Where the recorded suppressions live, relative to the workspace folder. */
export const IGNORE_FILE = '.sourced/ignore.json';

/** The version of the file format this module reads and writes. */
export const IGNORE_FILE_VERSION = 1;

/** One recorded suppression: this finding, on this sentence, of this draft. */
export interface IgnoreEntry {
  /** The finding's code (`claim.unsupported`). */
  readonly code: string;
  /** The sentence's fingerprint (see `fingerprint`). */
  readonly fingerprint: string;
  /** Why the writer ignores it, in their words; may be empty. */
  readonly reason: string;
  /** The start of the sentence, for people reading the file; never used for matching. */
  readonly sentence: string;
  /** The draft's path relative to the workspace folder, with `/` (`drafts/balloons.md`). */
  readonly file: string;
}

/** What was wrong with an ignore file, in plain words. */
export interface IgnoreFileProblem {
  readonly message: string;
  /** The entry at fault (0-based), when one entry is; undefined when the whole file is. */
  readonly entry?: number;
}

export interface ParsedIgnoreFile {
  /** The entries that can be used: a bad entry is left out, the others still apply. */
  readonly entries: readonly IgnoreEntry[];
  readonly problems: readonly IgnoreFileProblem[];
  /**
   * False when the file as a whole could not be read (not JSON, not this format, a newer version):
   * nothing from it applies, and Sourced must not write over it (recordSuppression refuses).
   */
  readonly readable: boolean;
}

/** A `sourced-ignore` comment found in a draft's prose. */
export interface InlineSuppression {
  /** The comment in the draft. */
  readonly range: Range;
  /** The codes it names that Sourced knows. */
  readonly codes: readonly string[];
  readonly reason: string;
  /** What it names that is no finding code. */
  readonly unknown: readonly string[];
  /** The sentence it applies to (index into draft.sentences); undefined when no sentence follows it. */
  readonly sentence?: number;
}

/** A finding left out because the writer said to ignore it. */
export interface IgnoredFinding {
  readonly diagnostic: SourcedDiagnostic;
  readonly by: 'inline' | 'file';
  readonly reason: string;
  /** The recorded entry that ignored it (by 'file'). */
  readonly entry?: IgnoreEntry;
}

/** A suppression that applies to nothing any more, and the note that tells the writer. */
export interface StaleSuppression {
  /** The recorded entry (a stale entry of the file), or the comment (an inline one with no sentence after it or no known code). */
  readonly entry?: IgnoreEntry;
  readonly comment?: InlineSuppression;
  /** Why, in plain words. */
  readonly why: string;
  /** The note shown to the writer (suppression.stale or suppression.bad-comment, information). */
  readonly diagnostic: SourcedDiagnostic;
}

export interface SuppressionResult {
  /** The findings to show, then one note per suppression that no longer applies; in draft order. */
  readonly kept: readonly SourcedDiagnostic[];
  readonly ignored: readonly IgnoredFinding[];
  readonly stale: readonly StaleSuppression[];
}

export interface SuppressionOptions {
  /** This draft's path relative to the workspace folder: only entries with this `file` apply to it. */
  readonly file: string;
  /** The ignore file's name as the writer sees it, for messages (default `.sourced/ignore.json`). */
  readonly ignoreFileName?: string;
}

// ---------------------------------------------------------------------------------------------
// Fingerprints

/**
 * A sentence's words as a fingerprint sees them: citations, Markdown marks, quotes, punctuation and
 * case dropped, the words in one line separated by single spaces. "The  “group” *planned* it [@a]."
 * and "the group planned it" read the same.
 */
export function normalizeSentence(text: string): string {
  const noCitations = text
    .normalize('NFKC')
    .replace(/\[[^[\]]*@[^[\]]*\]/g, ' ')
    .replace(/(^|[^\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*/gu, '$1 ');
  const words = noCitations.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.join(' ');
}

/**
 * The fingerprint of a sentence: 16 hex digits of a 64-bit FNV-1a hash of its normalised words
 * (normalizeSentence). It depends on the sentence's words alone, never on where it stands, so it
 * survives edits to other sentences and moving it; changing a word of it changes the fingerprint.
 */
export function fingerprint(sentenceText: string): string {
  const bytes = new TextEncoder().encode(normalizeSentence(sentenceText));
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

// ---------------------------------------------------------------------------------------------
// The file

/**
 * Reads the text of an ignore file. Never throws: a file that is not JSON, or not this format, is one
 * problem in plain words and no entries; a bad entry is a problem naming it, and the others apply.
 */
export function parseIgnoreFile(text: string, fileName: string = IGNORE_FILE): ParsedIgnoreFile {
  const broken = (message: string): ParsedIgnoreFile => ({ entries: [], problems: [{ message }], readable: false });
  if (text.trim() === '') return { entries: [], problems: [], readable: true };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return broken(`${fileName} is not valid JSON${jsonErrorPlace(text, e)}, so none of its ignored findings apply. Fix it, or delete it to start again.`);
  }
  if (!isObject(data) || !Array.isArray(data.ignore)) return broken(`${fileName} should hold { "version": 1, "ignore": [ … ] }, so none of its ignored findings apply.`);
  if (data.version !== IGNORE_FILE_VERSION) {
    const v = typeof data.version === 'number' ? `version ${data.version}` : 'no version';
    return broken(`${fileName} has ${v}; this Sourced reads version ${IGNORE_FILE_VERSION}, so none of its ignored findings apply.`);
  }
  const entries: IgnoreEntry[] = [];
  const problems: IgnoreFileProblem[] = [];
  data.ignore.forEach((raw: unknown, i: number) => {
    const what = `Entry ${i + 1} of ${fileName}`;
    if (!isObject(raw)) return problems.push({ entry: i, message: `${what} is not an object with a code, a fingerprint and a file; it is left out.` });
    const missing = (['code', 'fingerprint', 'file'] as const).filter((k) => typeof raw[k] !== 'string' || (raw[k] as string).trim() === '');
    if (missing.length) return problems.push({ entry: i, message: `${what} has no ${missing.join(', ')}; it is left out.` });
    const code = resolveCode(raw.code as string);
    if (!code) return problems.push({ entry: i, message: `${what} names “${raw.code}”, which is not a Sourced finding; it is left out.` });
    if (!/^[0-9a-f]{16}$/.test(raw.fingerprint as string)) return problems.push({ entry: i, message: `${what} has a fingerprint Sourced did not write (16 hex digits); it is left out.` });
    entries.push({
      code,
      fingerprint: raw.fingerprint as string,
      reason: typeof raw.reason === 'string' ? raw.reason : '',
      sentence: typeof raw.sentence === 'string' ? raw.sentence : '',
      file: normalizePath(raw.file as string),
    });
  });
  return { entries, problems, readable: true };
}

/**
 * The text of an ignore file holding these entries: two-space JSON, one entry per object, fields in a
 * fixed order, a final newline. The same entries give the same text.
 */
export function serializeIgnoreFile(entries: readonly IgnoreEntry[]): string {
  const ignore = entries.map((e) => ({ file: e.file, code: e.code, fingerprint: e.fingerprint, sentence: e.sentence, reason: e.reason }));
  return JSON.stringify({ version: IGNORE_FILE_VERSION, ignore }, null, 2) + '\n';
}

/**
 * The entry that ignores this finding on its sentence, or undefined for a finding that is on no
 * sentence (a note at the top of the draft). `file` is the draft's path relative to the workspace.
 */
export function ignoreEntryFor(draft: Draft, diagnostic: SourcedDiagnostic, options: { readonly file: string; readonly reason?: string }): IgnoreEntry | undefined {
  const s = sentenceOf(draft, diagnostic.range);
  if (!s || isNoteAboutTheCheck(diagnostic)) return undefined;
  return { code: diagnostic.code, fingerprint: fingerprint(s.claimText), reason: (options.reason ?? '').trim(), sentence: excerpt(s.claimText), file: normalizePath(options.file) };
}

/**
 * The new text of the ignore file with `entry` added (an entry for the same finding on the same
 * sentence is replaced: its reason updated). `fileText` is the file's current text, undefined when
 * there is none yet. A file Sourced cannot read is never written over: the answer is then an error
 * in plain words.
 */
export function recordSuppression(fileText: string | undefined, entry: IgnoreEntry, fileName: string = IGNORE_FILE): { text: string } | { error: string } {
  const parsed = parseIgnoreFile(fileText ?? '', fileName);
  if (!parsed.readable) return { error: parsed.problems[0].message };
  const same = (e: IgnoreEntry) => e.file === entry.file && e.code === entry.code && e.fingerprint === entry.fingerprint;
  const at = parsed.entries.findIndex(same);
  const entries = at >= 0 ? parsed.entries.map((e, i) => (i === at ? entry : e)) : [...parsed.entries, entry];
  return { text: serializeIgnoreFile(entries) };
}

/** The new text of the ignore file without the entries given (matched by file, code and fingerprint). */
export function removeSuppressions(fileText: string, remove: ReadonlyArray<Pick<IgnoreEntry, 'file' | 'code' | 'fingerprint'>>, fileName: string = IGNORE_FILE): { text: string } | { error: string } {
  const parsed = parseIgnoreFile(fileText, fileName);
  if (!parsed.readable) return { error: parsed.problems[0].message };
  const gone = (e: IgnoreEntry) => remove.some((r) => normalizePath(r.file) === e.file && r.code === e.code && r.fingerprint === e.fingerprint);
  return { text: serializeIgnoreFile(parsed.entries.filter((e) => !gone(e))) };
}

/**
 * The edit that ignores a finding in the draft itself: a `sourced-ignore` comment put just before its
 * sentence. Undefined for a finding on no sentence.
 */
export function inlineIgnoreEdit(draft: Draft, diagnostic: SourcedDiagnostic, reason = ''): TextEdit | undefined {
  const s = sentenceOf(draft, diagnostic.range);
  if (!s || isNoteAboutTheCheck(diagnostic)) return undefined;
  const why = reason.replace(/\s+/g, ' ').replace(/--+>?/g, '–').trim();
  const at = draft.lines.positionAt(s.span.start);
  return { range: { start: at, end: at }, newText: `<!-- sourced-ignore ${diagnostic.code}${why ? `: ${why}` : ''} --> ` };
}

// ---------------------------------------------------------------------------------------------
// Applying them

/** The `sourced-ignore` comments in the draft's prose (not in code), with the sentence each applies to. */
export function inlineSuppressions(draft: Draft): InlineSuppression[] {
  const text = draft.text;
  if (!text.includes('sourced-ignore')) return [];
  const found = [...text.matchAll(/<!--\s*sourced-ignore\b([\s\S]*?)-->/g)];
  if (found.length === 0) return [];
  // A comment counts where Markdown has prose: mask the draft with the comments made letters, and keep
  // those still there (code blocks and spans blank them).
  let marked = text;
  for (const m of found) marked = marked.slice(0, m.index) + m[0].replace(/[^\r\n]/g, 'x') + marked.slice(m.index! + m[0].length);
  const prose = maskMarkdown(marked).prose;
  const out: InlineSuppression[] = [];
  for (const m of found) {
    const start = m.index!;
    const end = start + m[0].length;
    if (prose.charCodeAt(start) !== 120 /* x */) continue;
    const body = m[1].trim();
    const colon = body.indexOf(':');
    const names = (colon >= 0 ? body.slice(0, colon) : body).split(/[\s,]+/).filter(Boolean);
    const codes = names.map(resolveCode).filter((c): c is string => !!c);
    out.push({
      range: draft.lines.rangeOf(start, end),
      codes: [...new Set(codes)],
      reason: colon >= 0 ? body.slice(colon + 1).replace(/\s+/g, ' ').trim() : '',
      unknown: names.filter((n) => !resolveCode(n)),
      sentence: nextSentence(draft, end),
    });
  }
  return out;
}

/**
 * Leaves out the findings the writer ignored, inline or in the recorded entries for this draft, and
 * notes each suppression that no longer applies: a recorded entry whose sentence is no longer in the
 * draft (at the sentence it most likely became, else at the top of the draft), a comment no sentence follows or that names no known finding (at
 * the comment). A recorded entry whose sentence is there but no longer has the finding is harmless
 * and says nothing. Diagnostics on no sentence are always kept.
 */
export function applySuppressions(draft: Draft, diagnostics: readonly SourcedDiagnostic[], recorded: readonly IgnoreEntry[], options: SuppressionOptions): SuppressionResult {
  const fileName = options.ignoreFileName ?? IGNORE_FILE;
  const file = normalizePath(options.file);
  const mine = recorded.filter((e) => e.file === file);
  const comments = inlineSuppressions(draft);
  const prints = mine.length ? draft.sentences.map((s) => fingerprint(s.claimText)) : [];
  const kept: SourcedDiagnostic[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const d of diagnostics) {
    const s = isNoteAboutTheCheck(d) ? undefined : sentenceOf(draft, d.range);
    const comment = s && comments.find((c) => c.sentence === s.index && c.codes.includes(d.code));
    const entry = s && !comment ? mine.find((e) => e.code === d.code && e.fingerprint === prints[s.index]) : undefined;
    if (comment) ignored.push({ diagnostic: d, by: 'inline', reason: comment.reason });
    else if (entry) ignored.push({ diagnostic: d, by: 'file', reason: entry.reason, entry });
    else kept.push(d);
  }
  const stale: StaleSuppression[] = [];
  const present = new Set(prints);
  for (const entry of mine) {
    if (present.has(entry.fingerprint)) continue;
    const now = likelyNow(draft, entry);
    stale.push(staleEntry(entry, fileName, now ? draft.lines.positionAt(now.span.start) : { line: 0, character: 0 }));
  }
  for (const c of comments) {
    const note = commentNote(c);
    if (note) stale.push(note);
  }
  kept.push(...stale.map((s) => s.diagnostic));
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kept, ignored, stale };
}

/**
 * The sentence a stale entry's sentence most likely became: the one that shares most of its words (at
 * least two thirds of them), so the note stands where the writer edited; undefined when none does.
 */
function likelyNow(draft: Draft, entry: IgnoreEntry): DraftSentence | undefined {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const was = entry.sentence ? words(entry.sentence) : undefined;
  if (!was || was.size < 3) return undefined;
  let best: DraftSentence | undefined;
  let bestShare = 2 / 3;
  for (const s of draft.sentences) {
    const now = words(s.claimText);
    let shared = 0;
    for (const w of was) if (now.has(w)) shared++;
    const share = shared / Math.max(was.size, now.size);
    if (share >= bestShare) [best, bestShare] = [s, share];
  }
  return best;
}

function staleEntry(entry: IgnoreEntry, fileName: string, at: { line: number; character: number }): StaleSuppression {
  const said = entry.sentence ? `the sentence “${entry.sentence}”` : 'its sentence';
  const why = `${said} is no longer in this draft (it was changed or removed)`;
  return {
    entry,
    why,
    diagnostic: {
      code: DiagnosticCode.SuppressionStale,
      severity: 'information',
      // At the sentence it most likely became, else at the top of the draft.
      range: { start: at, end: at },
      message: `An ignored finding (${entry.code}${entry.reason ? `: “${entry.reason}”` : ''}) no longer applies: ${why}, so Sourced checks that sentence again. Remove the entry from ${fileName}, or ignore the finding again on the sentence as it is now.`,
      related: [],
      data: { code: DiagnosticCode.SuppressionStale, suppression: { code: entry.code, fingerprint: entry.fingerprint, file: entry.file } },
    },
  };
}

/** The note on a comment that applies to nothing, or names what is no finding; undefined for a sound one. */
function commentNote(c: InlineSuppression): StaleSuppression | undefined {
  const note = (code: DiagnosticCode, why: string, message: string): StaleSuppression => ({ comment: c, why, diagnostic: { code, severity: 'information', range: c.range, message, related: [], data: { code } } });
  if (c.unknown.length) {
    const hints = c.unknown.map((u) => closestKeys(u, KNOWN_CODES, 1)[0]).filter(Boolean);
    const why = `${c.unknown.map((u) => `“${u}”`).join(', ')} ${c.unknown.length === 1 ? 'is' : 'are'} not a Sourced finding`;
    return note(DiagnosticCode.SuppressionBadComment, why, `This sourced-ignore comment names ${why}${hints.length ? ` (did you mean ${[...new Set(hints)].join(' or ')}?)` : ''}; ${c.codes.length ? 'the rest of it still applies' : 'it ignores nothing'}.`);
  }
  if (c.codes.length === 0) {
    const why = 'it names no finding to ignore';
    return note(DiagnosticCode.SuppressionBadComment, why, `This sourced-ignore comment ignores nothing: ${why}. Write the finding's code, e.g. <!-- sourced-ignore claim.unsupported: the reason -->.`);
  }
  if (c.sentence === undefined) {
    const why = 'no sentence starts right after it';
    return note(DiagnosticCode.SuppressionStale, why, `This sourced-ignore comment ignores nothing: ${why}. Put it just before the sentence whose finding you want to ignore.`);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The findings a writer may ignore: those on a draft's claims and citations (not the notes about the check itself). */
const KNOWN_CODES: readonly string[] = Object.values(DiagnosticCode).filter((c) => c.startsWith('claim.') || c.startsWith('citation.') || c.startsWith('quote.'));

/** A finding code as written, or the part after the dot when that names one code ("unsupported"). */
function resolveCode(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  if (KNOWN_CODES.includes(n)) return n;
  const bySuffix = KNOWN_CODES.filter((c) => c.slice(c.indexOf('.') + 1) === n);
  return bySuffix.length === 1 ? bySuffix[0] : undefined;
}

/** A note about the check itself (a draft too long, a suppression that applies to nothing): never ignored. */
function isNoteAboutTheCheck(d: SourcedDiagnostic): boolean {
  return !KNOWN_CODES.includes(d.code);
}

/** The sentence a range starts in. */
function sentenceOf(draft: Draft, range: Range): DraftSentence | undefined {
  const o = draft.lines.offsetAt(range.start);
  return draft.sentences.find((s) => o >= s.span.start && o < s.span.end) ?? draft.sentences.find((s) => o === s.span.end && o > s.span.start);
}

/**
 * The first sentence after `offset`, when only white space, list or quote markers and other comments
 * stand between: the next sentence of the same block or of the next one.
 */
function nextSentence(draft: Draft, offset: number): number | undefined {
  const s = draft.sentences.find((x) => x.span.start >= offset);
  if (!s) return undefined;
  const gap = draft.text
    .slice(offset, s.span.start)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/gm, '');
  return /^\s*$/.test(gap) ? s.index : undefined;
}

/** A path as entries hold it: forward slashes, no leading "./". */
function normalizePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** The start of a sentence for people reading the file: about 80 characters, cut at a word. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= 80) return t;
  const cut = t.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return (space > 48 ? cut.slice(0, space) : cut) + '…';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** " (line 4, column 12)" from JSON.parse's error, when it gives a position. */
function jsonErrorPlace(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (!m) return '';
  const at = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, at).split(/\r?\n/);
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
