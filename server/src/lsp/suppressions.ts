/**
 * Findings the writer chose to ignore, in the editor: the findings of a draft go through its
 * `sourced-ignore` comments and its `.sourced/ignore.json` before they are published (the same file
 * and rules as `sourced check`, see workspace/ignoreFile.ts); the file is watched, and a change to it
 * checks the open drafts again. The quick fixes: "Ignore this finding" (an edit that creates or
 * rewrites the ignore file; a client that can ask the writer for a reason runs a command that asks
 * first), "Ignore this finding here" (a comment in the draft), and the removal of a suppression that
 * no longer applies. A file Sourced cannot read is shown as a problem on it and never written over.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticCode, type ILogger, type SourcedDiagnostic } from '../core';
import { parseDraft, type Draft } from '../core/draft/draft';
import { applySuppressions, ignoreEntryFor, inlineIgnoreEdit, recordSuppression, removeSuppressions, type SuppressionResult } from '../core/features/suppressions';
import { checkedAt } from '../workspace/checkDate';
import { draftKey, ignoreFileFor, ignoreFileName, readIgnoreFile, type IgnoreFileContents, type IgnoreFileLocation } from '../workspace/ignoreFile';
import type { DraftChecks } from './diagnostics';
import { ClientCommands, IgnoreEditRequest, onRequest } from './protocol';
import { isRange, type ServerWorkspace } from './workspace';

/** What the editor's other features use: a draft's findings after its suppressions (the report). */
export interface Suppressions {
  apply(uri: string, text: string, version: number, found: readonly SourcedDiagnostic[]): Promise<SuppressionResult>;
  codeActions(doc: TextDocument, params: CodeActionParams, sourced: readonly Diagnostic[]): Promise<CodeAction[]>;
}

export function registerSuppressions(connection: Connection, ws: ServerWorkspace, checks: DraftChecks, log: ILogger): Suppressions {
  const files = new IgnoreFiles(connection, ws, log);
  checks.setFilter(async (doc, found) => [...(await files.apply(doc.uri, doc.getText(), doc.version, found)).kept]);
  ws.onDidChangeFiles((changes) => {
    if (changes.some((c) => /\/\.sourced(?:\/ignore\.json)?$/.test(c.uri))) checks.revalidateAll();
  });
  onRequest(connection, IgnoreEditRequest, async (params) => {
    const doc = ws.documentOf(params);
    if (!doc || !isRange(params?.diagnostic?.range) || typeof params.diagnostic.code !== 'string') return { error: 'This finding is not in an open draft any more.' };
    const finding = { code: params.diagnostic.code, range: params.diagnostic.range };
    const reason = typeof params.reason === 'string' ? params.reason : '';
    if (params.here) {
      const inline = inlineIgnoreEdit(parseDraft(doc.uri, doc.version, doc.getText()), asSourced(finding), reason);
      return inline ? { edit: { changes: { [doc.uri]: [inline] } } } : { error: 'This finding is not on a sentence, so it cannot be ignored.' };
    }
    return files.ignoreEdit(doc, finding, reason);
  });
  return {
    apply: (uri, text, version, found) => files.apply(uri, text, version, found),
    codeActions: (doc, params, sourced) => files.codeActions(doc, params, sourced),
  };
}

/** The findings a writer may ignore: those on a draft's claims and citations. */
const IGNORABLE = new Set<string>(Object.values(DiagnosticCode).filter((c) => c.startsWith('claim.') || c.startsWith('citation.')));

class IgnoreFiles {
  /** The ignore files read, by path, with the size and time they had. */
  private readonly read = new Map<string, { stamp: string; contents: IgnoreFileContents }>();
  /** Ignore files with problems published on them. */
  private readonly withProblems = new Set<string>();
  private watching = false;

  constructor(
    private readonly connection: Connection,
    private readonly ws: ServerWorkspace,
    private readonly log: ILogger,
  ) {}

  async apply(uri: string, text: string, version: number, found: readonly SourcedDiagnostic[]): Promise<SuppressionResult> {
    this.watch();
    const draftPath = pathOf(uri);
    if (!draftPath) return applySuppressions(parseDraft(uri, version, text), found, [], { file: '' });
    const { location, contents, name } = await this.contentsFor(draftPath);
    this.publishProblems(location, contents);
    const file = draftKey(location, draftPath);
    // Most drafts have nothing ignored: no need to read the draft again.
    if (!text.includes('sourced-ignore') && !contents.parsed.entries.some((e) => e.file === file)) return { kept: [...found], ignored: [], stale: [] };
    return applySuppressions(parseDraft(uri, version, text), found, contents.parsed.entries, { file, ignoreFileName: name });
  }

  /** The edit that records the finding in the draft's ignore file, or why there is none. */
  async ignoreEdit(doc: TextDocument, d: Pick<Diagnostic, 'code' | 'range'>, reason: string): Promise<{ edit?: WorkspaceEdit; error?: string }> {
    const draftPath = pathOf(doc.uri);
    if (!draftPath) return { error: 'Save the draft first: the ignore file goes in its folder.' };
    const { location, contents, name } = await this.contentsFor(draftPath, true);
    const entry = ignoreEntryFor(parseDraft(doc.uri, doc.version, doc.getText()), asSourced(d), { file: draftKey(location, draftPath), reason });
    if (!entry) return { error: 'This finding is not on a sentence, so it cannot be ignored.' };
    const next = recordSuppression(contents.text, entry, name);
    if ('error' in next) return { error: next.error };
    return { edit: rewrite(location.file, contents.text, next.text) };
  }

  async codeActions(doc: TextDocument, params: CodeActionParams, sourced: readonly Diagnostic[]): Promise<CodeAction[]> {
    const only = params.context?.only;
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
    const draftPath = pathOf(doc.uri);
    const out: CodeAction[] = [];
    let draft: Draft | undefined;
    for (const d of sourced) {
      const code = String(d.code ?? '');
      if (!isRange(d.range) || !overlaps(d.range, params.range)) continue;
      if (IGNORABLE.has(code)) {
        if (draftPath) out.push(await this.ignoreAction(doc, d, draftPath));
        const inline = inlineIgnoreEdit((draft ??= parseDraft(doc.uri, doc.version, doc.getText())), asSourced(d));
        const here = 'Ignore this finding here';
        // A client that can ask the writer for a reason does, then asks for the comment with it (IgnoreEditRequest, here).
        if (inline && this.ws.client.commands.includes(ClientCommands.ignoreFindingHere)) {
          out.push({ title: here, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: here, command: ClientCommands.ignoreFindingHere, arguments: [{ textDocument: { uri: doc.uri }, diagnostic: { code: d.code, range: d.range } }] } });
        } else if (inline) out.push({ title: here, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [inline] } } });
      } else if (code === DiagnosticCode.SuppressionStale || code === DiagnosticCode.SuppressionBadComment) {
        const action = await this.removeAction(doc, d, draftPath);
        if (action) out.push(action);
      }
    }
    return out;
  }

  private async ignoreAction(doc: TextDocument, d: Diagnostic, draftPath: string): Promise<CodeAction> {
    const title = 'Ignore this finding';
    const base: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d] };
    const { contents } = await this.contentsFor(draftPath, true);
    if (!contents.parsed.readable) return { ...base, disabled: { reason: contents.parsed.problems[0]?.message ?? 'The ignore file cannot be read.' } };
    // A client that can ask the writer for a reason does, then asks for the edit (IgnoreEditRequest).
    if (this.ws.client.commands.includes(ClientCommands.ignoreFinding)) {
      return { ...base, command: { title, command: ClientCommands.ignoreFinding, arguments: [{ textDocument: { uri: doc.uri }, diagnostic: { code: d.code, range: d.range } }] } };
    }
    const r = await this.ignoreEdit(doc, d, `Ignored by the writer on ${checkedAt().replace(/,.*$/, '')}`);
    return r.edit ? { ...base, edit: r.edit } : { ...base, disabled: { reason: r.error ?? 'It cannot be ignored.' } };
  }

  /** "Remove the stale entry" for a recorded one; "Remove this comment" for a comment that ignores nothing. */
  private async removeAction(doc: TextDocument, d: Diagnostic, draftPath: string | undefined): Promise<CodeAction | undefined> {
    const s = (d.data as { suppression?: { code: string; fingerprint: string; file: string } } | undefined)?.suppression;
    if (!s) return { title: 'Remove this comment', kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [{ range: d.range, newText: '' }] } } };
    if (!draftPath || typeof s.code !== 'string' || typeof s.fingerprint !== 'string' || typeof s.file !== 'string') return undefined;
    const { location, contents, name } = await this.contentsFor(draftPath, true);
    if (contents.text === undefined) return undefined;
    const next = removeSuppressions(contents.text, [s], name);
    if ('error' in next) return undefined;
    const edit = rewrite(location.file, contents.text, next.text);
    const title = 'Remove the stale entry';
    if (this.ws.client.commands.includes(ClientCommands.editIgnoreFile)) return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, command: { title, command: ClientCommands.editIgnoreFile, arguments: [edit] } };
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit };
  }

  /** The draft's ignore file and what it holds; read again when its size or time changed (or `fresh`). */
  private async contentsFor(draftPath: string, fresh = false): Promise<{ location: IgnoreFileLocation; contents: IgnoreFileContents; name: string }> {
    const folder = this.ws.folders.filter((f) => isInside(f, draftPath)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(draftPath);
    const location = await ignoreFileFor(draftPath, folder);
    const name = ignoreFileName(location, folder);
    const stamp = await fs.stat(location.file).then((s) => `${s.size}:${s.mtimeMs}`, () => 'none');
    const known = this.read.get(location.file);
    if (known && known.stamp === stamp && !fresh) return { location, contents: known.contents, name };
    const contents = await readIgnoreFile(location.file, name);
    this.read.set(location.file, { stamp, contents });
    return { location, contents, name };
  }

  /** What is wrong with an ignore file, as problems on it (cleared once it is right). */
  private publishProblems(location: IgnoreFileLocation, contents: IgnoreFileContents): void {
    const uri = pathToFileURL(location.file).href;
    const problems = contents.parsed.problems;
    if (!problems.length && !this.withProblems.has(uri)) return;
    const at = { line: 0, character: 0 };
    const diagnostics: Diagnostic[] = problems.map((p) => ({ range: { start: at, end: at }, severity: DiagnosticSeverity.Warning, source: 'Sourced', code: 'suppression.file', message: p.message }));
    if (problems.length) this.withProblems.add(uri);
    else this.withProblems.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Asks the client to report changes to any ignore file (once; a client that cannot is seen at the next check). */
  private watch(): void {
    if (this.watching || !this.ws.client.watchDynamically) return;
    this.watching = true;
    this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.sourced/ignore.json' }, { globPattern: '**/.sourced' }] }).catch((e) => {
      this.log.warn(`Watching .sourced/ignore.json for changes is not possible here: ${e instanceof Error ? e.message : e}`);
    });
  }
}

/** A whole-file rewrite of the ignore file as one edit; it creates the file (and its folder) when there is none. */
function rewrite(file: string, before: string | undefined, after: string): WorkspaceEdit {
  const uri = pathToFileURL(file).href;
  const lines = (before ?? '').split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const edit = { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: after }] };
  return { documentChanges: before === undefined ? [{ kind: 'create', uri, options: { ignoreIfExists: true } }, edit] : [edit] };
}

/** The finding as the core's functions read it: its code and range are what count. */
function asSourced(d: Pick<Diagnostic, 'code' | 'range'>): SourcedDiagnostic {
  const code = String(d.code ?? '') as DiagnosticCode;
  return { code, range: d.range, severity: 'warning', message: '', related: [], data: { code } };
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(folder, p);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function overlaps(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  const before = (x: Diagnostic['range']['start'], y: Diagnostic['range']['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
