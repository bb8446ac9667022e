/** Quick fixes and Fix All: the core reads what the diagnostics' payloads carry; this file makes LSP edits of them. */
import type { ChangeAnnotation, CodeAction as LspCodeAction, CodeActionParams, Connection, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, SourcedService } from '../core';
import { asIDocument, isRange, type ServerWorkspace } from './workspace';

/** More code actions on Sourced's own diagnostics (suppressions.ts: ignoring a finding), after the core's. */
export type MoreCodeActions = (doc: TextDocument, params: CodeActionParams, sourced: readonly Diagnostic[]) => Promise<LspCodeAction[]>;

export function registerCodeActions(connection: Connection, ws: ServerWorkspace, service: SourcedService, more: readonly MoreCodeActions[] = []): void {
  connection.onCodeAction(async (params) => {
    const doc = ws.documentOf(params);
    if (!doc || !ws.isDraft(doc) || !isRange(params.range)) return [];
    const sourced = (Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []).filter((d) => d?.source === 'Sourced');
    const actions = await service.getCodeActions(asIDocument(doc), params.range, sourced, params.context?.only);
    const core = actions.map((a): LspCodeAction => {
      const fixed = a.fixes ? sourced.filter((d) => d.data && JSON.stringify(d.data) === JSON.stringify(a.fixes)) : [];
      return { title: a.title, kind: a.kind, isPreferred: a.isPreferred, diagnostics: fixed.length ? fixed : undefined, edit: workspaceEdit(doc, a, ws.client.annotatedEdits) };
    });
    for (const m of more) core.push(...(await m(doc, params, sourced)));
    return core;
  });
}

/**
 * An action's edits for the client. A fix that asks for confirmation carries one change annotation
 * per edit (the sentence and the passage it cites), which VS Code shows in its refactor preview
 * before applying anything; a client without annotations gets the plain edits.
 */
function workspaceEdit(doc: TextDocument, a: CodeAction, canAnnotate: boolean): WorkspaceEdit {
  if (!a.needsConfirmation || !canAnnotate) return { changes: { [doc.uri]: a.edits.map((e) => ({ range: e.range, newText: e.newText })) } };
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const edits = a.edits.map((e, i) => {
    const id = `sourced-${i}`;
    changeAnnotations[id] = { label: e.annotation?.label ?? a.title, description: e.annotation?.description, needsConfirmation: true };
    return { range: e.range, newText: e.newText, annotationId: id };
  });
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }], changeAnnotations };
}
