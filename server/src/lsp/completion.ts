/**
 * Completion after `@`: sources and their best passages for the sentence being written. An item's
 * documentation is made only when the editor shows it (completionItem/resolve), from what its `data`
 * carries; the server remembers only which list is the latest.
 */
import { CompletionItemKind, MarkupKind, type Connection } from 'vscode-languageserver';
import type { CompletionData, SourcedService } from '../core';
import { asIDocument, isPosition, type ServerWorkspace } from './workspace';

/** An item's `data`: its list and what its documentation is made from. */
type ItemData = CompletionData & { readonly list: number };

export function registerCompletion(connection: Connection, ws: ServerWorkspace, service: SourcedService): void {
  /**
   * The number of the latest list. An item of an older list (the editor has moved on) resolves to
   * itself: no documentation about a sentence since rewritten.
   */
  let latestList = 0;

  connection.onCompletion((params, token) => {
    const doc = ws.documentOf(params);
    if (!doc || !ws.isDraft(doc) || !isPosition(params.position)) return [];
    const items = service.getCompletions(asIDocument(doc), params.position, token);
    const list = ++latestList;
    // The core lists a few hundred sources at most: when it left some out, the client must ask again
    // as the writer types rather than filter this list.
    const listed = items.reduce((n, i) => n + (i.kind === 'source' ? 1 : 0), 0);
    return {
      isIncomplete: listed < service.loading.stats().sources, // a count, not a copy of every source per keystroke
      items: items.map((i) => ({
        label: i.label,
        kind: i.kind === 'source' ? CompletionItemKind.Reference : CompletionItemKind.Text,
        detail: i.detail,
        sortText: i.sortText,
        filterText: i.filterText,
        textEdit: { range: i.range, newText: i.newText },
        data: { list, ...i.data } satisfies ItemData,
      })),
    };
  });

  connection.onCompletionResolve((item) => {
    const data = item.data as Partial<ItemData> | undefined;
    if (!data || data.list !== latestList || typeof data.key !== 'string') return item;
    const documentation = service.resolveCompletion(data as ItemData);
    return documentation === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value: documentation } };
  });
}
