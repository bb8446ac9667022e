/**
 * A junk folder: a workspace whose sources folder holds every kind of bad file the adversarial trial
 * used (a zip bomb, empty and binary files, UTF-16 without a mark, a symlink loop and a link out of the
 * workspace, a 5 MB one-line file, HTML nested 100,000 deep, a giant "word", a PDF with no pages, a
 * name with a line break, broken bibliographies and front matter), next to a few good sources and a
 * draft. `junkFolder` writes it; `checkJunk*` run it through the CLI and the server and say what went
 * wrong, if anything: a crash, a stack trace, a good source not indexed, a bad file without a message,
 * a source modified.
 */
import { execFile } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createDeflateRaw } from 'node:zlib';
import { ensureBuilt, hashTree, ROOT, startClient, uriOf } from '../lsp/harness';

export const GOOD = ['harbor.txt', 'ferry.md', 'council.html'];
const HARBOR = 'Harbor Report\n\nThe town council approved a budget of 4.2 million euros for the new harbor wall on March 3.\n\nMayor Ingrid Solberg said the wall would protect 1,200 homes.\n';

/** Files that must be skipped with a message (by name), and files that may be read or skipped but never crash. */
export interface JunkFolder {
  readonly dir: string;
  readonly draft: string;
  /** Bad files a message must name. */
  readonly reported: readonly string[];
  readonly good: readonly string[];
  remove(): Promise<void>;
}

/**
 * A zip that unpacks to `mb` megabytes: a Word file's parts, its document a run of one byte deflated
 * in a stream (made in a second or two, never held in memory).
 */
async function zipBomb(file: string, mb: number): Promise<void> {
  const chunks = (function* () {
    const chunk = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < mb; i++) yield chunk;
  })();
  const deflated: Buffer[] = [];
  const sink = new (require('node:stream').Writable)({
    write(c: Buffer, _e: string, cb: () => void) {
      deflated.push(c);
      cb();
    },
  });
  await pipeline(Readable.from(chunks), createDeflateRaw({ level: 9 }), sink);
  const data = Buffer.concat(deflated);
  const name = Buffer.from('word/document.xml');
  const size = mb * (1 << 20);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(0, 14); // crc (not checked while counting)
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  const out = createWriteStream(file);
  await pipeline(Readable.from([local, name, data, central, name, end]), out);
}

/** Writes a junk folder. `bombMB`: what the zip bomb unpacks to (the trial's was 500). */
export async function junkFolder(options: { bombMB?: number } = {}): Promise<JunkFolder> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-junk-'));
  const dir = path.join(root, 'ws');
  const src = path.join(dir, 'sources');
  await fs.mkdir(src, { recursive: true });
  await fs.mkdir(path.join(root, 'outside'));
  await fs.writeFile(path.join(root, 'outside', 'secret.txt'), 'SECRET-TOKEN the harbor wall cost 4.2 million euros');
  const w = (name: string, data: string | Uint8Array) => fs.writeFile(path.join(src, name), data);

  await w('harbor.txt', HARBOR);
  await w('ferry.md', '---\ntitle: Ferry returns\nauthor: Tomas Berg\n---\n\nThe ferry company Nordlys restarted the crossing on May 1.\n');
  await w('council.html', '<html><head><title>Council</title></head><body><article><p>The council met on Monday and approved the harbor budget of 4.2 million euros.</p></article></body></html>');

  await zipBomb(path.join(src, 'bomb.docx'), options.bombMB ?? 500);
  await w('empty.txt', '');
  await w('binary.txt', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
  await w('unicode-no-bom.txt', Buffer.from('The harbor wall cost 4.2 million euros.\n\nIt took three years.\n', 'utf16le'));
  await fs.symlink('loop.txt', path.join(src, 'loop.txt'));
  await fs.symlink(path.join(root, 'outside', 'secret.txt'), path.join(src, 'secret-link.txt'));
  await w('one-line.txt', 'The harbor wall cost millions of euros and took years to build. '.repeat(80_000));
  await w('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>The harbor wall is deep.</p>${'</div>'.repeat(100_000)}</body></html>`);
  await w('giant-word.txt', `Harbor\n\n${'a'.repeat(3_000_000)} harbor wall\n`);
  await w('no-pages.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await w('not-a.pdf', 'this is not a PDF at all');
  await w('new\nline.txt', HARBOR.replace('Harbor Report', 'Line break in the name'));
  await w('self-ref.md', '---\ntitle: &a [*a]\nauthor: &b {name: *b}\n---\n\nThe harbor wall cost 4.2 million euros.\n');
  await fs.writeFile(path.join(dir, 'refs.bib'), `@article{good, title={Good}, file={sources/harbor.txt}}\n@article{leak, title={Leak}, file={../outside/secret.txt}}\n@article{${'k'.repeat(200_000)}, title={Long key}}\n@comment{ never closed\n`);
  await fs.writeFile(path.join(dir, 'refs.json'), JSON.stringify([{ id: 'cgood', title: 'Good' }, { id: 'cbad', author: 'Smith' }, { id: 'cnull', author: [null] }, { id: 'clit', author: [{ literal: 5 }] }]));
  const draft = path.join(dir, 'draft.md');
  await fs.writeFile(draft, '---\nbibliography: [refs.bib, refs.json]\ntitle: &t [*t]\n---\n\nThe town council approved a budget of 4.2 million euros for the new harbor wall [@harbor].\nThe ferry restarted the crossing on May 1 [@ferry]. It cites [@leak] and [@cgood].\n');
  return {
    dir,
    draft,
    reported: ['bomb.docx', 'empty.txt', 'binary.txt', 'loop.txt', 'secret-link.txt', 'no-pages.pdf', 'not-a.pdf'],
    good: [...GOOD, 'unicode-no-bom.txt', 'one-line.txt', 'deep.html', 'giant-word.txt', 'new\nline.txt', 'self-ref.md'],
    remove: () => fs.rm(root, { recursive: true, force: true }),
  };
}

/** What went wrong running `sourced check` on the junk folder (an empty list: nothing). */
export async function checkJunkCli(junk: JunkFolder): Promise<string[]> {
  ensureBuilt();
  const wrong: string[] = [];
  const before = await hashTree(junk.dir);
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [path.join(ROOT, 'bin', 'sourced.js'), 'check', 'draft.md', '--format', 'json', '--fail-on', 'none'], { cwd: junk.dir, timeout: 240_000, maxBuffer: 64 << 20, env: { ...process.env, SOURCED_CACHE_DIR: path.join(junk.dir, '..', 'cache') } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
  if (r.code !== 0) wrong.push(`exit code ${r.code}: ${r.stderr.slice(-1000)}`);
  if (/\n\s+at |TypeError|RangeError|ENOSPC|ELOOP/.test(r.stderr)) wrong.push(`a stack trace or raw error code in the output: ${r.stderr.slice(0, 1000)}`);
  if (/SECRET-TOKEN/.test(r.stdout + r.stderr)) wrong.push('a file outside the workspace was read');
  for (const name of junk.reported) if (!r.stderr.includes(`skipped sources/${name}:`)) wrong.push(`no message for ${name}`);
  try {
    const json = JSON.parse(r.stdout) as { files: Array<{ sentences: unknown[] }> };
    if (!json.files[0]?.sentences.length) wrong.push('the draft was not checked');
  } catch {
    wrong.push(`the output is not JSON: ${r.stdout.slice(0, 300)}`);
  }
  const after = await hashTree(junk.dir);
  if (JSON.stringify(after) !== JSON.stringify(before)) wrong.push('a file in the workspace changed');
  return wrong;
}

/** What went wrong opening the junk folder in the language server. */
export async function checkJunkServer(junk: JunkFolder): Promise<string[]> {
  ensureBuilt();
  const wrong: string[] = [];
  const client = await startClient(junk.dir, { env: { SOURCED_CACHE_DIR: path.join(junk.dir, '..', 'server-cache') } }).catch((e: Error) => {
    wrong.push(`the server did not get ready: ${e.message}`);
    return undefined;
  });
  if (!client) return wrong;
  try {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    if ((ready.sources as number) < junk.good.length) wrong.push(`only ${ready.sources} sources indexed (at least ${junk.good.length} good ones)`);
    for (const name of junk.reported) {
      const uri = uriOf(path.join(junk.dir, 'sources', name));
      await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0).catch(() => wrong.push(`no message on ${name}`));
    }
    const uri = uriOf(junk.draft);
    const text = await fs.readFile(junk.draft, 'utf8');
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.diagnosticsFor(uri).catch((e: Error) => wrong.push(`the draft was not checked: ${e.message}`));
    const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 90 } }).catch((e: Error) => wrong.push(`hover failed: ${e.message}`));
    if (JSON.stringify(hover ?? '').includes('SECRET-TOKEN')) wrong.push('a file outside the workspace was read');
    if (/\n\s+at \S+ \(/.test(client.logs.join('\n'))) wrong.push(`a stack trace in the log: ${client.logs.find((l) => /\n\s+at /.test(l))?.slice(0, 500)}`);
    if (client.proc.exitCode !== null) wrong.push(`the server exited (${client.proc.exitCode})`);
  } finally {
    await client.stop();
  }
  return wrong;
}
