/**
 * The fact-check report of a draft (`sourced/report`): the draft checked once its sources are indexed,
 * its findings put through its suppressions (the ignored ones listed apart), laid out by the core as
 * one HTML page or Markdown. The client saves it where the writer says.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { IDocument, SourcedService } from '../core';
import { parseDraft } from '../core/draft/draft';
import { renderReportHtml, renderReportMarkdown, buildReport } from '../core/features/report';
import { checkedAt } from '../workspace/checkDate';
import { onRequest, ReportRequest } from './protocol';
import type { Suppressions } from './suppressions';
import { asIDocument, type ServerWorkspace } from './workspace';

export function registerReport(connection: Connection, ws: ServerWorkspace, service: SourcedService, suppressions: Suppressions, indexingDone: () => Promise<unknown>): void {
  onRequest(connection, ReportRequest, async (params) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return { error: 'No draft named.' };
    const doc = await draftAt(ws, uri);
    if (!doc) return { error: 'This draft cannot be read.' };
    // Checked against the whole folder: a report made half-way through indexing would flag claims whose sources are not read yet.
    await indexingDone();
    const text = doc.getText();
    const check = await service.check(doc);
    const s = await suppressions.apply(doc.uri, text, doc.version, check.diagnostics);
    const folder = folderOf(ws, uri);
    const shown = (u: string) => {
      const p = pathOf(u);
      return p && folder ? path.relative(folder, p).split(path.sep).join('/') : decodeURIComponent(u.replace(/^.*\//, ''));
    };
    const input = { draft: parseDraft(doc.uri, doc.version, text), check, suppressions: s, path: shown(uri), checkedAt: checkedAt(), sourceCount: service.sources().length, displayPath: shown };
    return { content: params.format === 'md' ? renderReportMarkdown(input) : renderReportHtml(input), summary: buildReport(input).summary };
  });
}

/** The open draft, else the Markdown file on disk. */
async function draftAt(ws: ServerWorkspace, uri: string): Promise<IDocument | undefined> {
  const open = ws.documents.get(uri);
  if (open) return asIDocument(open);
  const p = pathOf(uri);
  if (!p || !/\.(md|markdown)$/i.test(p)) return undefined;
  const text = await fs.readFile(p, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { uri, version: 0, getText: () => text };
}

function folderOf(ws: ServerWorkspace, uri: string): string | undefined {
  const p = pathOf(uri);
  if (!p) return undefined;
  return ws.folders.filter((f) => !path.relative(f, p).startsWith('..')).sort((a, b) => b.length - a.length)[0] ?? path.dirname(p);
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
