/**
 * Fuzzers for everything Sourced reads that a writer or a workspace hands it: drafts (the whole pipeline:
 * check, completion, hover), Pandoc citations, BibTeX, CSL-JSON, YAML front matter and saved web pages.
 * Each case is made from a seed by a fixed generator (mutations of real inputs, plus hostile shapes:
 * deep nesting, huge tokens, odd Unicode), so any case can be made again alone:
 *
 *   npm run fuzz                                    every target, 100,000 cases each, seed 1
 *   npm run fuzz -- --cases 2000 --target bibtex    fewer, one target
 *   npm run fuzz -- --target html --seed 1 --case 4711   one case again (its input is also saved)
 *
 * A case fails when the code under test throws, or its answer breaks a rule it must keep (a range
 * outside the text, a paragraph outside the source). A failing case's input is written to
 * test-artifacts/fuzz/ with the command that replays it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSourcedService, parseCitations, type SourcedService } from '../../server/src/core';
import { parseBibtex } from '../../server/src/core/bibliography/bibtex';
import { parseCslJson } from '../../server/src/core/bibliography/cslJson';
import { metadataOfCsl } from '../../server/src/core/bibliography/model';
import { readFrontMatter } from '../../server/src/core/sources/plainText';
import { readSourceFile } from '../../server/src/core/sources/readSource';
import { draftBibliographies } from '../../server/src/core/bibliography/parse';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** A small fast generator (mulberry32): the same seed, the same numbers, on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seed of one case: target, run seed and case number mixed, so a case is made alone. */
export function caseSeed(target: string, seed: number, n: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (const c of `${target}:${n}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** Pieces hostile input is made of. */
const ODD = [
  '', ' ', '\n', '\n\n', '\r\n', '\t', '\u0000', '\uFEFF', '\u200B', '\u202E', '\uD800', '\uDC00', '😀', 'é', 'e\u0301', '世界', '\\', '"', "'", '`', '```', '~~~',
  '---', '...', '#', '>', '<', '>', '&', '&amp;', '&#x0;', '[', ']', '(', ')', '{', '}', '@', '[@', '@{', ';', ',', ':', '%', '$', '*', '_', '|', '<!--', '-->',
  '1', '0', '-1', '2.5', '1,000', '200,000', '3.2 million', '1e308', 'NaN', '2024-06-03', 'p. 2', 'para. 40', 'pp. 3-4', '¶ 2', 'see', 'not', 'never',
];

function oddPiece(r: Rng): string {
  if (r.chance(0.02)) return r.pick(ODD).repeat(1 + r.int(r.chance(0.1) ? 5000 : 20));
  if (r.chance(0.01)) return 'x'.repeat(100 + r.int(20_000)); // a very long "word"
  return r.pick(ODD);
}

/** Mutates a text: cuts, repeats, inserts hostile pieces, swaps spans. */
export function mutate(r: Rng, text: string, edits = 1 + r.int(8)): string {
  let t = text;
  for (let i = 0; i < edits; i++) {
    const at = r.int(t.length + 1);
    const len = r.int(Math.min(200, t.length - at) + 1);
    switch (r.int(6)) {
      case 0:
        t = t.slice(0, at) + t.slice(at + len);
        break;
      case 1:
        t = t.slice(0, at) + oddPiece(r) + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at) + t.slice(at, at + len).repeat(1 + r.int(r.chance(0.05) ? 200 : 3)) + t.slice(at + len);
        break;
      case 3: {
        const from = r.int(t.length + 1);
        t = t.slice(0, at) + t.slice(from, from + len) + t.slice(at);
        break;
      }
      case 4:
        t = t.slice(0, at) + String.fromCharCode(r.int(0x10000)) + t.slice(at + 1);
        break;
      default:
        t = t.slice(0, at) + oddPiece(r) + oddPiece(r) + t.slice(at + len);
    }
  }
  return t;
}

export interface FuzzTarget {
  readonly name: string;
  /** What the case's saved input file is called. */
  readonly ext: string;
  make(r: Rng): string;
  /** Runs the case; throws when it fails (what the code under test threw, or a broken rule). */
  run(input: string): Promise<void>;
}

function inRange(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 && p.line < Math.max(1, lines.length) + 1;
  if (!ok(range.start) || !ok(range.end)) throw new Error(`${what}: range outside the text: ${JSON.stringify(range)}`);
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) throw new Error(`${what}: range ends before it starts: ${JSON.stringify(range)}`);
}

const SEED_DRAFT = readFileSync(path.join(ROOT, 'examples', 'balloons', 'draft.md'), 'utf8');
const SEED_HTML = readFileSync(path.join(FIXTURES, 'formats', 'saved-news-page.html'), 'utf8');
const SEED_BIB = readFileSync(path.join(FIXTURES, 'bibliography', 'refs.bib'), 'utf8');
const SEED_CSL = readFileSync(path.join(FIXTURES, 'bibliography', 'zotero.json'), 'utf8');

let sharedService: Promise<SourcedService> | undefined;
/** One service over the example's sources, shared by the draft cases (checks do not change it). */
function exampleService(): Promise<SourcedService> {
  return (sharedService ??= (async () => {
    const service = createSourcedService();
    const dir = path.join(ROOT, 'examples', 'balloons', 'sources');
    for (const name of ['balloon-diplomacy-overview.txt', 'defectors-leaflets-usb.txt', 'inter-korean-impasse.txt']) {
      await service.updateSource({ uri: `file:///fuzz/sources/${name}`, name, bytes: readFileSync(path.join(dir, name)) });
    }
    return service;
  })());
}

/** A random JSON value, sometimes of a hostile shape. */
function jsonValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 3 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return r.int(1e6) - 5e5;
    case 2:
      return r.chance(0.5);
    case 3:
    case 4:
      return mutate(r, r.pick(['Roe', 'Jane', '2024', 'A title', 'https://example.org', 'files/1/x.pdf']), 1);
    case 5:
      return Array.from({ length: r.int(4) }, () => jsonValue(r, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: r.int(4) }, () => [r.pick(['family', 'given', 'literal', 'date-parts', 'raw', 'id', 'title', 'x']), jsonValue(r, depth + 1)]));
  }
}

export const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'draft pipeline',
    ext: 'md',
    make: (r) => mutate(r, SEED_DRAFT, 1 + r.int(12)),
    async run(text) {
      const service = await exampleService();
      const doc = { uri: 'file:///fuzz/draft.md', version: 1, getText: () => text };
      const diags = await service.getDiagnostics(doc);
      for (const d of diags) inRange(text, d.range, `diagnostic ${d.code}`);
      const lines = text.split('\n');
      const r = new Rng(text.length);
      for (let k = 0; k < 3; k++) {
        const line = r.int(lines.length);
        const position = { line, character: r.int(lines[line].length + 1) };
        for (const item of service.getCompletions(doc, position)) {
          inRange(text, item.range, 'completion');
          void item.documentation;
        }
        const h = service.getHover(doc, position);
        if (h) inRange(text, h.range, 'hover');
        service.getDefinition(doc, position);
      }
    },
  },
  {
    name: 'citations',
    ext: 'md',
    make: (r) => {
      const parts = ['[@a]', '[@a, para. 4]', '[see @a, p. 2; -@b]', '@key [para. 2]', '@{weird key}', 'mail@example.org', '[@a; @b, pp. 3-4, 7]', '[@a, para. 1-3, 5]', '[]', '[@]', '@@'];
      return mutate(r, Array.from({ length: 1 + r.int(10) }, () => r.pick(parts) + ' ' + oddPiece(r)).join(' '), r.int(6));
    },
    async run(text) {
      let last = -1;
      for (const c of parseCitations(text)) {
        if (c.span.start < 0 || c.span.end > text.length || c.span.end < c.span.start) throw new Error(`citation span ${JSON.stringify(c.span)} outside the text`);
        if (c.span.start < last) throw new Error('citations out of order');
        last = c.span.start;
        for (const item of c.items) {
          if (!item.key) throw new Error('an item without a key');
          if (item.span.start < c.span.start || item.span.end > c.span.end) throw new Error('an item outside its citation');
        }
      }
    },
  },
  {
    name: 'BibTeX',
    ext: 'bib',
    make: (r) => (r.chance(0.1) ? `@comment{${oddPiece(r)}\n${SEED_BIB}` : mutate(r, SEED_BIB, 1 + r.int(10))),
    async run(text) {
      const bib = await parseBibtex(text, 'file:///fuzz/refs.bib');
      const lines = text.split('\n').length;
      for (const e of bib.entries) {
        if (!(e.line >= 0 && e.line < lines)) throw new Error(`@${e.key} at line ${e.line} of ${lines}`);
        metadataOfCsl(e.csl);
      }
      for (const p of bib.problems) if (typeof p.message !== 'string' || p.message.length > 2000) throw new Error('a problem without a short message');
      createSourcedService().setBibliography(bib);
    },
  },
  {
    name: 'CSL-JSON',
    ext: 'json',
    make: (r) => {
      if (r.chance(0.3)) return mutate(r, SEED_CSL, 1 + r.int(6));
      const items = JSON.parse(SEED_CSL) as Array<Record<string, unknown>>;
      for (const item of items) for (let k = 0; k < 1 + r.int(4); k++) item[r.pick(['author', 'editor', 'title', 'issued', 'id', 'file', 'URL', 'type', 'DOI'])] = jsonValue(r);
      return JSON.stringify(items, null, r.int(3));
    },
    async run(text) {
      const bib = parseCslJson(text, 'file:///fuzz/refs.json');
      for (const e of bib.entries) metadataOfCsl(e.csl);
      const service = createSourcedService();
      service.setBibliography(bib);
      service.cslItems();
    },
  },
  {
    name: 'YAML front matter',
    ext: 'md',
    make: (r) => {
      const fields = ['title: &a [*a]', 'author: &b {name: *b}', 'title: !!binary aGVsbG8=', 'date: 2024-13-45', 'date: 2024-06-03', 'bibliography: [refs.bib, 3, null]', 'id: "x y"', 'author: [{family: Roe, given: Jane}, {literal: 5}]', 'title: ' + '['.repeat(60) + ']'.repeat(60), 'url: ~', 'a: &x [*x, *x, *x]\nb: &y [*x, *x, *x]\nc: [*y, *y, *y]', 'title: "unclosed'];
      const yaml = Array.from({ length: 1 + r.int(5) }, () => r.pick(fields)).join('\n');
      return `---\n${mutate(r, yaml, r.int(3))}\n---\n\nThe harbor wall cost 4.2 million euros.\n`;
    },
    async run(text) {
      readFrontMatter(text);
      draftBibliographies(text);
      const out = await readSourceFile({ uri: 'file:///fuzz/sources/front.md', name: 'front.md', bytes: new TextEncoder().encode(text) });
      if ('source' in out) for (const v of Object.values(out.source.metadata)) if (v !== undefined && typeof v !== 'string') throw new Error('metadata that is not text');
    },
  },
  {
    name: 'HTML reader',
    ext: 'html',
    make: (r) => {
      if (r.chance(0.05)) {
        const n = 1000 + r.int(30_000);
        return `<html><body>${'<div><span>'.repeat(n)}<p>Deep text.</p>${r.chance(0.5) ? '</span></div>'.repeat(n) : ''}</body></html>`;
      }
      return mutate(r, SEED_HTML, 1 + r.int(12));
    },
    async run(text) {
      const out = await readSourceFile({ uri: 'file:///fuzz/sources/page.html', name: 'page.html', bytes: new TextEncoder().encode(text) });
      if ('source' in out) {
        for (const p of out.source.paragraphs) {
          if (p.start < 0 || p.end > out.source.text.length || p.end <= p.start) throw new Error(`paragraph ${p.n} outside the text`);
          if (p.end - p.start > 5000) throw new Error(`paragraph ${p.n} of ${p.end - p.start} characters`);
        }
      } else if (!out.problem.reason) throw new Error('a problem without a reason');
    },
  },
];

export interface TargetResult {
  readonly name: string;
  readonly cases: number;
  readonly failures: number;
  readonly slowestMs: number;
  readonly slowestCase: number;
  /** The first failures: case number, message, where the input was saved. */
  readonly failed: ReadonlyArray<{ readonly n: number; readonly message: string; readonly saved: string }>;
}

/** Runs `cases` cases of a target from `seed`; failures are saved under test-artifacts/fuzz/. */
export async function fuzzTarget(target: FuzzTarget, seed: number, cases: number, only?: number): Promise<TargetResult> {
  let failures = 0;
  let slowestMs = 0;
  let slowestCase = -1;
  const failed: Array<{ n: number; message: string; saved: string }> = [];
  const first = only ?? 0;
  const last = only ?? cases - 1;
  for (let n = first; n <= last; n++) {
    const input = target.make(new Rng(caseSeed(target.name, seed, n)));
    const t0 = performance.now();
    try {
      await target.run(input);
    } catch (e) {
      failures++;
      if (failed.length < 20) {
        const dir = path.join(ROOT, 'test-artifacts', 'fuzz');
        mkdirSync(dir, { recursive: true });
        const slug = target.name.replace(/\W+/g, '-').toLowerCase();
        const saved = path.join(dir, `${slug}-seed${seed}-case${n}.${target.ext}`);
        writeFileSync(saved, input);
        writeFileSync(`${saved}.txt`, `${e instanceof Error ? e.stack : e}\n\nreplay: npm run fuzz -- --target "${target.name}" --seed ${seed} --case ${n}\n`);
        failed.push({ n, message: e instanceof Error ? e.message : String(e), saved: path.relative(ROOT, saved) });
      }
    }
    const ms = performance.now() - t0;
    if (ms > slowestMs) {
      slowestMs = ms;
      slowestCase = n;
    }
  }
  return { name: target.name, cases: last - first + 1, failures, slowestMs, slowestCase, failed };
}
