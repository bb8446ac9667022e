/**
 * The host side of bibliographies: which files to read (the `sourced.bibliography` setting and the
 * drafts' front matter), reading them, and resolving each entry's linked files to URIs. The core
 * parses and links; this file only touches the disk. Used by the language server and the CLI.
 */
import { existsSync, promises as fs, watch, type FSWatcher } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { draftBibliographies, parseBibliography, shown, type BibEntry, type BibProblem, type Bibliography, type SourcedService } from '../core';
import { loadSourceFile, ReadableFolders } from './files';
import type { BibliographyWorkerData, FromBibliographyWorker, ToBibliographyWorker } from '../indexing/messages';
import { nextTurn } from '../indexing/turns';

/**
 * Where a host lets bibliographies and their linked files be read from: the workspace folders (the
 * CLI: the current folder, its drafts' and --sources folders) and the folders the user names. A
 * bibliography named by the user's own setting or command line (`named`) is read wherever it is.
 */
export interface BibliographyAccess {
  readonly folders: ReadableFolders;
  readonly named: ReadonlySet<string>;
  /** How the user names another folder: "the setting sourced.allowedFolders", "--allow <folder>". */
  readonly howToAllow: string;
}

/**
 * The bibliography files in force, as absolute paths: the setting's (relative to each workspace
 * folder) and those each draft's front matter names (relative to the draft, as Pandoc reads them):
 * `names` when the host has them already, else read from `text`.
 */
export function bibliographyPaths(setting: readonly string[], folders: readonly string[], drafts: ReadonlyArray<{ readonly path: string; readonly text?: string; readonly names?: readonly string[] }>): string[] {
  const out = new Set<string>();
  for (const p of setting) {
    const expanded = expandHome(p);
    if (path.isAbsolute(expanded)) out.add(path.normalize(expanded));
    else for (const folder of folders) out.add(path.resolve(folder, expanded));
  }
  for (const d of drafts) for (const p of d.names ?? draftBibliographies(d.text ?? '')) out.add(path.resolve(path.dirname(d.path), expandHome(p)));
  return [...out].sort();
}

/** `~/…` as a path in the home folder. */
export function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** A linked file's path: absolute, `~/…`, a `file:` URI, or relative to the bibliography file. */
function filePath(file: string, bibDir: string): string | undefined {
  if (/^[A-Za-z]:[\\/]/.test(file) && process.platform !== 'win32') return undefined; // a Windows path on another system
  if (/^file:/i.test(file)) {
    try {
      return fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return undefined; // http:, zotero: … : not a file here
  return path.resolve(bibDir, expandHome(file));
}

/**
 * Reads and parses the bibliographies; a file that cannot be read is one problem, the others still
 * count. With `access`, a bibliography outside the readable folders (unless the user named it) is not
 * read, and an entry's linked file outside them is dropped with a message at the entry: a draft or a
 * bibliography in the workspace never makes Sourced read (and quote) a file elsewhere.
 */
export async function loadBibliographies(paths: readonly string[], access?: BibliographyAccess): Promise<Bibliography> {
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const outside = (what: string) => `${what} is outside the workspace folders, and Sourced reads no file outside them (to read it, add its folder to ${access?.howToAllow})`;
  for (const p of paths) {
    const uri = pathToFileURL(p).href;
    if (access && !access.named.has(p) && !(await access.folders.contains(p))) {
      problems.push({ uri, line: 0, message: outside(`the bibliography ${p}`) });
      continue;
    }
    let text: string;
    try {
      text = await fs.readFile(p, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ uri, line: 0, message: code === 'ENOENT' ? `the bibliography ${p} does not exist` : `the bibliography ${p} cannot be read (${code ?? String(e)})` });
      continue;
    }
    const parsed = await parseOffThread(path.basename(p), text.replace(/^\uFEFF/, ''), uri);
    if ('problem' in parsed) {
      problems.push({ uri, line: 0, message: parsed.problem });
      continue;
    }
    const bib = parsed.bibliography;
    const dir = path.dirname(p);
    for (const e of bib.entries) {
      const fileUris: string[] = [];
      for (const f of e.files) {
        const fp = filePath(f, dir);
        if (!fp) continue;
        if (access && !(await access.folders.contains(fp))) problems.push({ uri, line: e.line, message: `@${shown(e.key)}: ${outside(`its file ${shown(f, 200)}`)}; the entry is used without its text` });
        else fileUris.push(pathToFileURL(fp).href);
      }
      entries.push({ ...e, fileUris });
    }
    problems.push(...bib.problems);
  }
  return { entries, problems };
}

/** How long a bibliography may take to parse before it is given up ($SOURCED_BIBLIOGRAPHY_TIMEOUT_MS). */
function parseTimeoutMs(): number {
  const ms = Number(process.env.SOURCED_BIBLIOGRAPHY_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 60_000;
}

/**
 * Parses a bibliography in a worker thread (dist/bibliographyWorker.js, beside this bundle), so the
 * server's thread answers requests meanwhile; one that takes longer than the time limit is stopped and
 * reported. Running from source (tests), it parses here.
 */
async function parseOffThread(name: string, text: string, uri: string): Promise<{ bibliography: Bibliography } | { problem: string }> {
  const script = path.join(__dirname, 'bibliographyWorker.js');
  if (!existsSync(script)) return { bibliography: await parseBibliography(name, text, uri) };
  const limit = parseTimeoutMs();
  return new Promise((resolve) => {
    const workerData: BibliographyWorkerData = { name, text, uri };
    const worker = new Worker(script, { workerData });
    let settled = false;
    const done = (r: { bibliography: Bibliography } | { problem: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const seconds = Math.max(1, Math.round(limit / 1000));
    const timer = setTimeout(() => done({ problem: `reading the bibliography took longer than ${seconds} second${seconds === 1 ? '' : 's'}, so it is not used (an unclosed brace can make the rest of a file one long entry)` }), limit);
    const entries: BibEntry[] = [];
    worker.on('message', (m: FromBibliographyWorker) => {
      if ('entries' in m) {
        for (const e of m.entries) entries.push(e);
        setImmediate(() => settled || worker.postMessage('next' satisfies ToBibliographyWorker));
      } else if ('problems' in m) done({ bibliography: { entries, problems: m.problems } });
      else done({ problem: `the bibliography could not be read (${m.error})` });
    });
    worker.once('error', (e) => done({ problem: `the bibliography could not be read (${e.message})` }));
    worker.once('exit', (code) => done({ problem: `the bibliography could not be read (the reader stopped, exit code ${code})` }));
  });
}

/**
 * Gives the service the bibliographies, then indexes the linked files it does not have yet (a Zotero
 * storage folder outside the sources folders, say). Files that do not exist are left alone: their
 * entries stay metadata-only. Returns how many files were added.
 */
export async function applyBibliographies(service: SourcedService, paths: readonly string[], access?: BibliographyAccess): Promise<number> {
  // In steps, a turn of the event loop between them: a large bibliography at once would hold the server's thread.
  const steps = service.setBibliographySteps(await loadBibliographies(paths, access));
  while (!steps.next().done) await nextTurn();
  const indexed = new Set(service.sources().filter((s) => s.paragraphs.length > 0).map((s) => s.uri));
  let added = 0;
  for (const uri of service.linkedFiles()) {
    if (indexed.has(uri)) continue;
    let p: string;
    try {
      p = fileURLToPath(uri);
    } catch {
      continue;
    }
    const loaded = await loadSourceFile(p);
    if (!('file' in loaded)) continue;
    const result = await service.updateSource(loaded.file);
    if (result.source) added++;
  }
  return added;
}

/**
 * Calls `onChange` (debounced) when one of the bibliography files is written, created or replaced:
 * Zotero's auto-export rewrites its file whenever the library changes. Watches the folders, since an
 * editor or exporter that replaces a file by renaming would end a watch on the file itself.
 */
export function watchBibliographies(paths: readonly string[], onChange: () => void, delayMs = 300): { close(): void } {
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const dir = path.dirname(p);
    byDir.set(dir, (byDir.get(dir) ?? new Set()).add(path.basename(p)));
  }
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];
  for (const [dir, names] of byDir) {
    try {
      const w = watch(dir, { persistent: false }, (_event, name) => {
        if (name && !names.has(name.toString())) return;
        clearTimeout(timer);
        timer = setTimeout(onChange, delayMs);
      });
      w.on('error', () => w.close());
      watchers.push(w);
    } catch {
      /* a folder that does not exist yet: nothing to watch */
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
