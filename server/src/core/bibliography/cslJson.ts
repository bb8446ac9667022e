import { filePaths, lineAt, shown, type BibEntry, type BibProblem, type Bibliography, type CslItem } from './model';

/**
 * CSL-JSON as Zotero (and Better BibTeX's "Better CSL JSON") exports it: an array of items with `id`,
 * `type`, `title`, `author`, `issued`… An item without a usable id is reported at its line and left
 * out. A `file` field (a path, or Zotero's `description:path:mime` list) links the item to its file.
 */
export function parseCslJson(text: string, uri: string): Bibliography {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return { entries: [], problems: [{ uri, line: pos ? lineAt(text, Number(pos[1])) : 0, message: `the bibliography is not valid JSON (${e instanceof Error ? e.message : String(e)})` }] };
  }
  const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : undefined;
  if (!items) return { entries: [], problems: [{ uri, line: 0, message: 'a CSL-JSON bibliography is an array of items' }] };

  const starts = itemStarts(text);
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const seen = new Set<string>();
  items.forEach((raw, i) => {
    const line = starts[i] ?? 0;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ uri, line, message: `item ${i + 1} is not an object and is skipped` });
      return;
    }
    const r = raw as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id).trim() : '';
    const key = id || (typeof r['citation-key'] === 'string' ? (r['citation-key'] as string).trim() : '');
    if (!key) {
      problems.push({ uri, line, message: `item ${i + 1}${typeof r.title === 'string' ? ` (“${r.title}”)` : ''} has no id and is skipped` });
      return;
    }
    if (!/^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?$/u.test(key)) {
      problems.push({ uri, line, message: `@${shown(key)} is not a key Pandoc can cite and is skipped` });
      return;
    }
    if (seen.has(key)) {
      problems.push({ uri, line, message: `@${shown(key)} is defined twice; the first item is used` });
      return;
    }
    const broken = shapeProblem(r);
    if (broken) {
      problems.push({ uri, line, message: `@${shown(key)}: ${broken}; the entry is skipped` });
      return;
    }
    seen.add(key);
    const files: string[] = [];
    for (const f of [r.file, r.files, r.attachments].flat()) {
      if (typeof f === 'string') files.push(...filePaths(f));
      else if (f && typeof f === 'object' && typeof (f as { path?: unknown }).path === 'string') files.push((f as { path: string }).path);
    }
    const csl: Record<string, unknown> = { ...r, id: key, type: typeof r.type === 'string' ? r.type : 'document' };
    delete csl.file;
    delete csl.files;
    delete csl.attachments;
    entries.push({ key, csl: csl as CslItem, files, uri, line });
  });
  return { entries, problems };
}

/** CSL-JSON name fields Sourced reads (for hovers, completion and Pandoc's bibliography). */
const NAME_FIELDS = ['author', 'editor'];
const NAME_PARTS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'];

/**
 * Why an item's fields Sourced reads cannot be used as they are (a name written as a plain string, a
 * null name, a title that is not text), or undefined when they can. Such an item is skipped whole:
 * a half-read entry would hover and export wrong.
 */
function shapeProblem(r: Record<string, unknown>): string | undefined {
  if (r.title !== undefined && typeof r.title !== 'string') return 'its title is not text';
  for (const field of NAME_FIELDS) {
    const v = r[field];
    if (v === undefined) continue;
    const ok =
      Array.isArray(v) &&
      v.every((n) => n !== null && typeof n === 'object' && !Array.isArray(n) && NAME_PARTS.every((k) => (n as Record<string, unknown>)[k] === undefined || typeof (n as Record<string, unknown>)[k] === 'string'));
    if (!ok) return `its ${field} is not a list of names (CSL-JSON writes each name as {"family": "Roe", "given": "Jane"} or {"literal": "Reuters"})`;
  }
  return undefined;
}

/** 0-based lines where each top-level item of the array starts, by a scan that respects strings. */
function itemStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectItem = false;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (expectItem && depth === 1 && c !== ']') starts.push(line);
    expectItem = false;
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectItem = true;
  }
  return starts;
}
