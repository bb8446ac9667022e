/**
 * What every part of the end-to-end suite shares: the example's names, polling waits, the runner's
 * screenshots and clicks, and readers of what the editor shows. See index.ts for how a part runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourced.sourced';
export const DRAFT = 'draft.md';
export const SOURCES = 'sources';

/** What the example draft must show (see examples/balloons/draft.md and `sourced check` on it). */
export const EXPECTED_CODES = [
  'claim.uncited',
  'claim.contradicted',
  'citation.bad-locator',
  'claim.citation-mismatch',
  'claim.unsupported',
  'citation.unknown-key',
];

/** A sentence the writer adds; only @defectors-leaflets-usb reports these figures. */
export const NEW_SENTENCE = 'The defectors said they would send 200,000 leaflets and 5,000 USB drives with K-pop songs [@';
export const SUPPORTING_KEY = 'defectors-leaflets-usb';

/** Polls `probe` until it returns something truthy; fails with `what` after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20000, every = 50): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : last})` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''));
export const sourcedDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Sourced');
export const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
export const hoverText = (hs: vscode.Hover[]) =>
  hs
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    // Markdown emphasis the hover adds around matching words.
    .replace(/\*\*|__/g, '');
/** The text of Pandoc citations: [@key], [@key, para. 3], [see @a, p. 4; @b]. */
export const PANDOC_CITATION = /\[(?:[^\[\]@;]*?-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*(?:,[^\[\];]*)?;?\s*)+\]/u;

export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) for (const [k, v] of await readTree(p)) out.set(k, v);
    else if (e.isFile()) out.set(p, await fs.readFile(p));
  }
  return out;
}

/**
 * The citations Pandoc itself reads in a line of Markdown, as "key" or "key|suffix" (undefined when
 * pandoc is not installed): the judge of "valid Pandoc syntax".
 */
export function pandocCitations(markdown: string): string[] | undefined {
  const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: markdown, encoding: 'utf8', timeout: 20000 });
  if (r.error || r.status !== 0) return undefined;
  const out: string[] = [];
  const text = (inlines: { t: string; c?: unknown }[]) => inlines.map((i) => (i.t === 'Str' ? String(i.c) : i.t === 'Space' ? ' ' : '')).join('');
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as { t?: string; c?: unknown };
      if (n.t === 'Cite' && Array.isArray(n.c)) {
        for (const c of n.c[0] as { citationId: string; citationSuffix: { t: string; c?: unknown }[] }[]) {
          const suffix = text(c.citationSuffix).trim();
          out.push(suffix ? `${c.citationId}|${suffix}` : c.citationId);
        }
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(JSON.parse(r.stdout));
  return out;
}

/** Opens the suggest widget at the cursor and accepts its first item, as Enter would; returns once the text changed. */
export async function acceptFirstSuggestion(doc: vscode.TextDocument): Promise<void> {
  const before = doc.getText();
  for (let attempt = 1; doc.getText() === before; attempt++) {
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    try {
      // The widget fills asynchronously; accepting before it shows does nothing, so keep trying.
      await until('the suggest widget to accept an item', async () => {
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return doc.getText() !== before;
      }, 4000);
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`  (the suggest widget accepted nothing within 4 s: trying again)`);
    }
  }
}

/**
 * Asks the runner for a screenshot of the editor as it is now, kept as test-artifacts/e2e-<name>.png
 * (the runner writes a signal file when it is taken); without a runner (desktop VS Code), nothing.
 */
export async function screenshot(name: string): Promise<void> {
  const base = process.env.SOURCED_E2E_SCREENSHOT;
  if (!base) return;
  const signal = `${base}-${name}`;
  console.log(`screenshot please: ${name} ${signal}`);
  await until(`the runner to take the ${name} screenshot`, () => existsSync(signal), 20000).catch((e) => console.log(`(${e.message})`));
}

/** Asks the runner for a click the extension API cannot make (see uiActions in test/e2e/run.mjs); false when it could not. */
export async function ui(action: string): Promise<boolean> {
  const base = process.env.SOURCED_E2E_SCREENSHOT;
  if (!base) return true;
  const signal = `${base}-ui-${action}-${Date.now()}`;
  console.log(`ui please: ${action} ${signal}`);
  await until(`the runner to ${action}`, () => existsSync(signal), 60000);
  // The runner writes "failed" when it could not make the click.
  return readFileSync(signal, 'utf8').trim() === '';
}


/** What a part of the suite gets: the test runner's `test` and the workspace it runs in. */
export interface SuiteContext {
  test: (name: string, body: () => Promise<void>) => Promise<void>;
  folder: vscode.WorkspaceFolder;
  /** The workspace folder on disk (a scratch copy of examples/balloons). */
  root: string;
  draftUri: vscode.Uri;
}
