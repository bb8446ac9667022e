/**
 * Hostile and malformed input to the core: each case is a defect an adversarial trial found (a crash,
 * a freeze, an injection). Every one must end in a message for that input and leave the rest working.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { draftBibliographies, parseBibliography } from '../../server/src/core/bibliography/parse';
import { parseBibtex } from '../../server/src/core/bibliography/bibtex';
import { lineFinder, metadataOfCsl } from '../../server/src/core/bibliography/model';
import { flattenDeepNesting } from '../../server/src/core/sources/html';
import { readFrontMatter } from '../../server/src/core/sources/plainText';
import { MAX_PARAGRAPH_CHARS, readSourceFile } from '../../server/src/core/sources/readSource';
import { MAX_TOKEN_CHARS, tokenize } from '../../server/src/core/text/tokenize';
import { doc, DRAFT_URI, makeService, TOWN_SOURCES } from './util';
import { analyzeClaim, MAX_CLAIM_CHARS } from '../../server/src/core/claims/claim';
import { claimParts, MAX_PARTS } from '../../server/src/core/claims/coverage';

describe('malformed CSL-JSON entries', () => {
  const json = JSON.stringify([
    { id: 'good', title: 'Good', author: [{ family: 'Roe', given: 'Jane' }] },
    { id: 'string-author', title: 'Bad', author: 'Smith' },
    { id: 'null-name', title: 'Bad', author: [null] },
    { id: 'number-literal', title: 'Bad', author: [{ literal: 5 }] },
    { id: 'object-title', title: { x: 1 }, editor: 'Smith' },
    { id: 'odd-date', title: 'Odd date', issued: 'last year' },
  ], null, 1);

  it('skips each broken entry with a message at its line and keeps the valid ones', async () => {
    const bib = await parseBibliography('refs.json', json, 'file:///w/refs.json');
    assert.deepEqual(bib.entries.map((e) => e.key), ['good', 'odd-date']);
    assert.equal(bib.problems.length, 4);
    for (const p of bib.problems) assert.match(p.message, /^@[\w-]+: .* skipped/);
    assert.match(bib.problems[0].message, /@string-author: its author is not a list of names/);
    assert.ok(bib.problems.every((p, i) => i === 0 || p.line > bib.problems[i - 1].line), 'each at its own line');
  });

  it('a service given them still knows the valid keys', async () => {
    const service = await makeService([]);
    const bib = await parseBibliography('refs.json', json, 'file:///w/refs.json');
    service.setBibliography(bib);
    const diags = await service.getDiagnostics(doc('The harbor cost 4 million euros [@good]. It rained [@odd-date].'));
    assert.deepEqual(diags.filter((d) => d.code === 'citation.unknown-key'), []);
  });

  it('metadata of an item never throws on odd shapes', () => {
    const odd = { id: 'x', type: 'book', author: 'Smith', editor: [null, 3, { literal: 5 }], title: 7, issued: 'soon' } as never;
    assert.doesNotThrow(() => metadataOfCsl(odd));
  });
});

describe('YAML front matter that refers to itself', () => {
  it('an alias inside its own anchor is read without a stack overflow', () => {
    const text = '---\ntitle: &a [*a]\nauthor: &b { name: *b }\nbibliography: &c [*c]\n---\nBody.\n';
    assert.doesNotThrow(() => readFrontMatter(text));
    assert.doesNotThrow(() => draftBibliographies(text));
  });

  it("odd YAML prints nothing (the server's stderr is the editor's log), and broken YAML still counts as none", async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      readFrontMatter('---\ntitle: !!binar aGVsbG8=\nauthor: [*y, *name: *b]\n---\nBody.\n');
      assert.deepEqual(readFrontMatter('---\ntitle: [unclosed\n---\nBody.\n').metadata, {});
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('a source with such front matter is indexed, and a draft with it is checked', async () => {
    const service = await makeService([{ name: 'loop.md', text: '---\ntitle: &a [*a]\n---\n\nThe harbor cost 4.2 million euros in 2021.\n' }]);
    assert.equal(service.sources().length, 1);
    const diags = await service.getDiagnostics(doc('---\ntitle: &a [*a]\n---\nThe harbor cost 4.2 million euros in 2021 [@loop].\n'));
    assert.ok(Array.isArray(diags));
  });
});

describe('Markdown from a source is escaped in hover and completion', () => {
  const hostile = [
    '---',
    'title: "Click [here](command:workbench.action.terminal.new) <script>alert(1)</script>"',
    'author: "<img src=x onerror=alert(1)>"',
    'date: "[d](javascript:alert(1))"',
    'url: "command:workbench.action.files.delete"',
    '---',
    '',
    'The harbor wall cost 4.2 million euros in 2021, the council said.',
  ].join('\n');
  // Unescaped (no backslash before): a link to a command or script, HTML, an autolink to a command.
  const dangerous = [/(?<!\\)\]\((?:command|javascript):/, /(?<!\\)<script/i, /(?<!\\)<img/i, /(?<!\\)<command:/];

  const check = (markdown: string) => {
    for (const re of dangerous) assert.doesNotMatch(markdown, re, `unescaped ${re} in:\n${markdown}`);
  };

  it('hover', async () => {
    const service = await makeService([{ name: 'evil](command:x).md', text: hostile }]);
    const key = service.sources()[0].key;
    const text = `The harbor wall cost 4.2 million euros [@${key}, para. 1].`;
    const h = service.getHover(doc(text), { line: 0, character: text.indexOf('@') + 2 });
    assert.ok(h, 'a hover');
    check(h.contents);
    // The one link it has opens the source: one target, not cut short by the file name's "](".
    const links = [...h.contents.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.equal(links.length, 1, h.contents);
    assert.match(links[0], /^file:\/\/\/workspace\/sources\/evil.*#L\d+$/);
    assert.match(h.contents, /Click \\\[here\\\]\\\(command:/, 'the title shows as written, escaped');
  });

  it('completion documentation', async () => {
    const service = await makeService([{ name: 'evil.md', text: hostile }]);
    const line = 'The harbor wall cost 4.2 million euros [@';
    const items = service.getCompletions(doc(line), { line: 0, character: line.length });
    assert.ok(items.length > 0);
    for (const i of items) check(i.documentation);
  });
});

describe('what a reader may produce is capped', () => {
  const uri = (name: string) => `file:///workspace/sources/${name}`;

  it('a Word file that unpacks past the limit (a zip bomb) is skipped with a message; a normal one is read', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${'harbor '.repeat(600_000)}</w:t></w:r></w:p></w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    assert.ok(bytes.length < 100_000, `a small file (${bytes.length} bytes)`);
    const out = await readSourceFile({ uri: uri('bomb.docx'), name: 'bomb.docx', bytes, limits: { unpackedBytes: 1024 * 1024 } });
    assert.ok('problem' in out);
    assert.match(out.problem.reason, /unpacks to more than 1 MB/);
    const report = await readSourceFile({ uri: uri('report.docx'), name: 'report.docx', bytes: readFileSync(path.join(__dirname, '../fixtures/formats/report.docx')) });
    assert.ok('source' in report, 'the fixture is still read');
  });

  it('text past the limit is skipped with a message', async () => {
    const out = await readSourceFile({ uri: uri('long.txt'), name: 'long.txt', bytes: new TextEncoder().encode('The harbor wall. '.repeat(100_000)), limits: { textChars: 1_000_000 } });
    assert.ok('problem' in out);
    assert.match(out.problem.reason, /more text than Sourced reads from one file/);
  });

  it('a run of letters longer than any word is no term', () => {
    assert.deepEqual(tokenize(`${'x'.repeat(1_000_000)} harbor ${'b'.repeat(MAX_TOKEN_CHARS)}`).map((t) => t.raw.length), [6, MAX_TOKEN_CHARS]);
  });

  it('a source that is one line of megabytes becomes paragraphs of bounded size, every word kept', async () => {
    const words = 'the harbor wall cost millions of euros and took years to build as the mayor said'.split(' ');
    let text = '';
    for (let i = 0; text.length < 2_000_000; i++) text += words[i % words.length] + (i % 40 === 39 ? '. ' : ' ');
    text += 'x'.repeat(20_000); // and no space at all for a while
    const out = await readSourceFile({ uri: uri('one-line.txt'), name: 'one-line.txt', bytes: new TextEncoder().encode(text) });
    assert.ok('source' in out);
    const paras = out.source.paragraphs;
    assert.ok(paras.length >= 2_000_000 / MAX_PARAGRAPH_CHARS, `${paras.length} paragraphs`);
    for (const p of paras) assert.ok(p.end - p.start <= MAX_PARAGRAPH_CHARS);
    // Every character is in a paragraph, in order (white space aside: a cut drops the space it is at).
    const joined = paras.map((p) => out.source.text.slice(p.start, p.end)).join('');
    assert.equal(joined.replace(/\s+/g, ''), text.replace(/\s+/g, ''));
    assert.ok(paras.slice(0, -5).every((p) => /[.]$/.test(out.source.text.slice(p.start, p.end))), 'cut after a sentence where there is one');
  });
});

describe('HTML nested far deeper than any page', () => {
  it('100,000 levels: read without a stack overflow, the text kept, at its place in the file', async () => {
    const n = 100_000;
    const html = `<html><body>\n${'<div><span>'.repeat(n)}\n<p>The harbor wall cost 4.2 million euros.</p>\n${'</span></div>'.repeat(n)}\n</body></html>`;
    const out = await readSourceFile({ uri: 'file:///workspace/sources/deep.html', name: 'deep.html', bytes: new TextEncoder().encode(html) });
    assert.ok('source' in out, 'problem' in out ? out.problem.reason : '');
    assert.equal(out.source.paragraphs.length, 1);
    assert.equal(out.source.text, 'The harbor wall cost 4.2 million euros.');
    assert.equal(out.source.paragraphs[0].fileRange.start.line, 2);
  });

  it('nesting past the limit loses tags, not text; a page within it is untouched', () => {
    assert.equal(flattenDeepNesting('<div><div><div>a</div></div></div>', 2), '<div><div>     a      </div></div>');
    const page = '<html><body><p>One<p>Two<ul><li>x<li>y</ul><br><img src=a><script>"<div>"</script><!-- <div> --></body></html>';
    assert.equal(flattenDeepNesting(page, 3), page);
  });
});

describe('large and malformed BibTeX', () => {
  const entry = (i: number) => `@article{key${i},\n  title = {Harbor walls ${i}},\n  author = {Roe, Jane},\n  year = {2020}\n}\n\n`;

  it('every entry of a large file is at its own line (lines found by a table, not a scan from the top per entry)', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => entry(i)).join('');
    const bib = await parseBibtex(text, 'file:///w/refs.bib');
    assert.equal(bib.entries.length, 3000);
    bib.entries.forEach((e, i) => assert.equal(e.line, i * 6, e.key));
  });

  it('line lookups agree with counting line breaks', () => {
    const text = 'a\nbb\n\nccc\r\nd';
    const find = lineFinder(text);
    for (let i = 0; i <= text.length; i++) assert.equal(find(i), text.slice(0, i).split('\n').length - 1, `offset ${i}`);
  });

  it('a key of megabytes is no regular expression: read or reported, never thrown', async () => {
    const key = 'k'.repeat(3_000_000);
    const bib = await parseBibtex(`${entry(1)}@article{${key}, title={T}}\n`, 'file:///w/refs.bib');
    assert.equal(bib.entries.length + bib.problems.length, 2);
    for (const p of bib.problems) assert.ok(p.message.length < 1000, 'a message of reasonable length');
  });

  it('an unclosed @comment{ costs the entries it swallows, not the file', async () => {
    const text = `@comment{ never closed\n${Array.from({ length: 200 }, (_, i) => entry(i)).join('')}`;
    const bib = await parseBibtex(text, 'file:///w/refs.bib');
    assert.ok(bib.entries.length + bib.problems.length > 0);
  });
});

describe('caches stay bounded through a long session', () => {
  it('verdicts of sentences no draft holds any more are forgotten past the limit; a re-check stays incremental', async () => {
    const service = await makeService(TOWN_SOURCES, { maxRememberedVerdicts: 20 });
    const base = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes [@harbor-report].';
    for (let i = 0; i < 300; i++) await service.getDiagnostics(doc(`${base} The council approved ${1000 + i} euros on March 3.`, DRAFT_URI, i + 1));
    const { rememberedVerdicts } = service.loading.stats();
    assert.ok(rememberedVerdicts <= 20 + 2, `${rememberedVerdicts} verdicts remembered`);
    const before = service.loading.stats().sentenceChecks;
    await service.getDiagnostics(doc(`${base} The council approved 1299 euros on March 3. A new sentence about 7 ferries.`, DRAFT_URI, 400));
    assert.equal(service.loading.stats().sentenceChecks - before, 1, 'only the new sentence was judged');
  });

  it('parsed drafts are held for a bounded number of documents', async () => {
    const service = await makeService(TOWN_SOURCES);
    for (let i = 0; i < 200; i++) await service.getDiagnostics(doc('The ferry restarted on May 1.', `file:///workspace/d${i}.md`));
    assert.ok(service.loading.stats().parsedDrafts <= 64);
  });
});

describe('drafts far longer than any article', () => {
  const paragraph = 'The ferry company Nordlys restarted the crossing between Millbrook and Oster Island on May 1 [@ferry-news].';
  const huge = (paragraphs: number, tail: string) => `${Array.from({ length: paragraphs }, () => paragraph).join('\n\n')}\n\n${tail}\n`;

  it('hover and completion near the end of a 3 MB draft answer with positions in the draft', async () => {
    const service = await makeService(TOWN_SOURCES);
    const tail = 'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 2]. More [@';
    const text = huge(30_000, tail);
    assert.ok(text.length > 3_000_000);
    const line = text.split('\n').length - 2;
    const col = tail.indexOf('@ferry-news') + 2;
    const h = service.getHover(doc(text), { line, character: col });
    assert.ok(h, 'a hover');
    assert.equal(h.range.start.line, line);
    assert.equal(h.range.start.character, tail.indexOf('@ferry-news'));
    assert.match(h.contents, /85,000/);
    const items = service.getCompletions(doc(text), { line, character: tail.length });
    assert.ok(items.length > 0);
    for (const i of items) assert.deepEqual(i.range, { start: { line, character: tail.length }, end: { line, character: tail.length } });
    const early = service.getHover(doc(text), { line: 2, character: paragraph.indexOf('@ferry') + 2 });
    assert.equal(early?.range.start.line, 2);
  });

  it('a draft past the check limit gets one note instead of a check; findings past 1,000 are summed up in one', async () => {
    const service = await makeService(TOWN_SOURCES);
    const diags = await service.getDiagnostics(doc(huge(6_000, '')));
    assert.deepEqual(diags.map((d) => d.code), ['draft.too-large']);
    assert.match(diags[0].message, /too long to check/);
    const many = Array.from({ length: 1_500 }, (_, i) => `Sentence ${i} cites a missing key [@nowhere${i % 7}].`).join('\n\n');
    const all = await service.getDiagnostics(doc(many));
    assert.equal(all.length, 1_001);
    assert.match(all[1_000].message, /first 1,000 findings in this draft; 500 more are not shown/);
  });
});

describe('files named in plain words', () => {
  const read = (name: string, bytes: Uint8Array) => readSourceFile({ uri: `file:///workspace/sources/${name}`, name, bytes });

  it('UTF-16 without a byte order mark is text, either way round', async () => {
    const text = 'The harbor wall cost 4.2 million euros in 2021.\n\nIt took three years.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const out = await read('unicode.txt', bytes);
      assert.ok('source' in out, 'problem' in out ? out.problem.reason : '');
      assert.equal(out.source.paragraphs.length, 2);
    }
    const binary = await read('data.txt', Uint8Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256)));
    assert.ok('problem' in binary && /binary/.test(binary.problem.reason));
  });

  it('a PDF with no pages is said to have none, not called a scan', async () => {
    const empty = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    const out = await read('empty.pdf', new TextEncoder().encode(empty));
    assert.ok('problem' in out);
    assert.doesNotMatch(out.problem.reason, /scan/);
    assert.match(out.problem.reason, /no pages|not a readable PDF/);
  });
});

describe('messages stay short whatever the input', () => {
  it('a key of thousands of characters is cut in the message that names it (found by the BibTeX fuzzer)', async () => {
    const key = `roe${'x'.repeat(10_000)}`;
    const bib = await parseBibtex(`@article{${key}, title={A}}\n@article{${key}, title={B}}\n`, 'file:///w/refs.bib');
    assert.equal(bib.problems.length, 1);
    assert.ok(bib.problems[0].message.length < 200, bib.problems[0].message.slice(0, 200));
    assert.match(bib.problems[0].message, /^@roex+… is defined twice/);
  });
});

describe('one sentence with thousands of figures', () => {
  it('the judge reads a bounded part of it, whatever its length', async () => {
    const sentence = `The council approved ${Array.from({ length: 8000 }, (_, i) => `${1000 + i} euros`).join(', ')} in 2021.`;
    const claim = analyzeClaim(sentence);
    assert.ok(claim.text.length <= MAX_CLAIM_CHARS, `${claim.text.length} characters read`);
    assert.ok(claim.quantities.length < 200, `${claim.quantities.length} figures read`);
    assert.ok(claimParts(claim).length <= MAX_PARTS);
    // And the sentence still gets a verdict.
    const service = await makeService([{ name: 's.txt', text: 'Harbor\n\nThe council approved 4.2 million euros for the wall in 2021.\n' }]);
    const report = await service.check(doc(sentence + ' [@s]\n'));
    assert.equal(report.verdicts.length, 1);
    assert.notEqual(report.verdicts[0].status, 'supported');
  });
});
