/**
 * Bibliographies: the setting's and the open drafts' front matter. Read again after indexing, on
 * settings changes and on reindex; an edit reads them again only when it changes which files a draft
 * names; a bibliography file that changes on disk is read again (Zotero's auto-export rewrites it).
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { draftBibliographies, type ILogger, type SourcedService } from '../core';
import { applyBibliographies, bibliographyPaths, expandHome, watchBibliographies } from '../workspace/bibliography';
import { ReadableFolders } from '../workspace/files';
import type { DraftChecks } from './diagnostics';
import { SerialQueue } from './serialQueue';
import type { ServerWorkspace } from './workspace';

export class Bibliographies {
  /** The bibliography files in force, as last read. */
  private key = '';
  /** Reading them, one reading at a time. */
  private readonly reads = new SerialQueue();
  private watch: { close(): void } | undefined;
  /** What each open draft's front matter names, by version: an edit re-reads its own draft's only. */
  private readonly draftNames = new Map<string, { version: number; names: readonly string[] }>();

  constructor(
    private readonly ws: ServerWorkspace,
    private readonly service: SourcedService,
    private readonly checks: DraftChecks,
    private readonly log: ILogger,
  ) {}

  /** Reads the bibliographies again if the files in force changed (or `force`); settles once read. */
  refresh(force: boolean): Promise<void> {
    const { ws } = this;
    const drafts = ws.documents
      .all()
      .filter((d) => ws.isDraft(d) && d.uri.startsWith('file:'))
      .map((d) => ({ path: fileURLToPath(d.uri), names: this.namesOf(d) }));
    const paths = bibliographyPaths(ws.settings.bibliography, ws.folders, drafts);
    const named = new Set(bibliographyPaths(ws.settings.bibliography, ws.folders, []));
    const key = JSON.stringify(paths);
    if (!force && key === this.key) return this.reads.idle();
    if (key !== this.key) {
      this.watch?.close();
      this.watch = paths.length ? watchBibliographies(paths, () => void this.refresh(true)) : undefined;
    }
    this.key = key;
    return this.reads.run(
      () => this.read(paths, named),
      (e) => this.log.error(`Reading the bibliography failed: ${e instanceof Error ? e.stack : e}`),
    );
  }

  /** A draft was closed: what it named no longer counts. */
  forget(uri: string): void {
    this.draftNames.delete(uri);
  }

  private namesOf(d: TextDocument): readonly string[] {
    const known = this.draftNames.get(d.uri);
    if (known?.version === d.version) return known.names;
    const names = draftBibliographies(d.getText());
    this.draftNames.set(d.uri, { version: d.version, names });
    return names;
  }

  private async read(paths: readonly string[], named: ReadonlySet<string>): Promise<void> {
    const { ws, service } = this;
    if (paths.length === 0 && service.bibliography().entries.length === 0 && service.bibliography().problems.length === 0) return;
    const readable = await ReadableFolders.of([...ws.folders, ...ws.settings.allowedFolders.map(expandHome)]);
    const added = await applyBibliographies(service, paths, { folders: readable, named, howToAllow: 'the setting sourced.allowedFolders' });
    const { entries, problems } = service.bibliography();
    this.log.info(`Bibliography: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} from ${paths.length} file${paths.length === 1 ? '' : 's'}${problems.length ? `, ${problems.length} skipped` : ''}; ${added} linked file${added === 1 ? '' : 's'} indexed.`);
    this.checks.publishSourceProblems();
    this.checks.revalidateAll();
  }
}

/** Reads the bibliographies a draft names as it is opened or edited. */
export function registerBibliography(ws: ServerWorkspace, service: SourcedService, checks: DraftChecks, log: ILogger): Bibliographies {
  const bibliographies = new Bibliographies(ws, service, checks, log);
  ws.documents.onDidClose((e) => bibliographies.forget(e.document.uri));
  ws.documents.onDidOpen(() => void bibliographies.refresh(false));
  ws.documents.onDidChangeContent(() => void bibliographies.refresh(false));
  return bibliographies;
}
