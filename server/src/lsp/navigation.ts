/** Hover, go to definition and find references on a citation: each finds the document and asks the core. */
import { MarkupKind, type Connection } from 'vscode-languageserver';
import type { SourcedService } from '../core';
import { asIDocument, isPosition, type ServerWorkspace } from './workspace';

export function registerNavigation(connection: Connection, ws: ServerWorkspace, service: SourcedService): void {
  connection.onHover((params) => {
    const doc = ws.documentOf(params);
    if (!doc || !ws.isDraft(doc) || !isPosition(params.position)) return null;
    const h = service.getHover(asIDocument(doc), params.position);
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range } : null;
  });

  connection.onDefinition((params) => {
    const doc = ws.documentOf(params);
    if (!doc || !isPosition(params.position)) return null;
    return service.getDefinition(asIDocument(doc), params.position) ?? null;
  });

  connection.onReferences(async (params, token) => {
    const doc = ws.documentOf(params);
    if (!doc || !isPosition(params.position)) return [];
    return service.getReferences(asIDocument(doc), params.position, token);
  });
}
