/**
 * What the editor's views of the sources ask for: a source's text by its `sourced-source:` URI (the
 * reader view), the list of sources and the citations of a key (the sources view); and a notification
 * when the sources change, so that both show what the index holds.
 */
import type { Connection } from 'vscode-languageserver';
import type { SourcedService } from '../core';
import { CitationsRequest, notify, onRequest, SourcesChangedNotification, SourcesRequest, SourceTextRequest } from './protocol';

/** How often the index's generation is looked at: at most one change notification per this many ms. */
const CHANGE_CHECK_MS = 1000;

export function registerSourceViews(connection: Connection, service: SourcedService): void {
  onRequest(connection, SourceTextRequest, (params) => {
    if (typeof params?.uri !== 'string') return null;
    const shown = service.getSourceText(params.uri);
    return shown ? { text: shown.text, fileUri: shown.source.uri } : null;
  });
  onRequest(connection, SourcesRequest, (params) => service.listSources(typeof params?.filter === 'string' ? params.filter.slice(0, 200) : ''));
  onRequest(connection, CitationsRequest, (params) => (typeof params?.key === 'string' ? service.getCitations(params.key) : []));

  // The sources change in several places (full runs, watched files, bibliographies), and every change
  // bumps the index's generation: looking at it once a second tells the client without any of them
  // knowing about views, and a run of a thousand files sends one notification a second, not a thousand.
  let seen = service.generation;
  const timer = setInterval(() => {
    if (service.generation === seen) return;
    seen = service.generation;
    notify(connection, SourcesChangedNotification, { generation: seen });
  }, CHANGE_CHECK_MS);
  timer.unref();
}
