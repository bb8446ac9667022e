import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { SourcedService } from '../../../server/src/core';
import { parseDraft } from '../../../server/src/core/draft/draft';
import { buildReport, coverage, coverageLine, quoteParts, renderReportHtml, renderReportMarkdown, type Report, type ReportInput } from '../../../server/src/core/features/report';
import { reportHtml } from '../../../server/src/core/features/reportHtml';
import { reportMarkdown } from '../../../server/src/core/features/reportMarkdown';
import { applySuppressions, fingerprint } from '../../../server/src/core/features/suppressions';
import { doc, lines, makeService, TOWN_SOURCES, type MemorySource } from '../util';

/** A source whose metadata and text try to inject markup into whatever shows them. */
const HOSTILE: MemorySource = {
  name: 'lighthouse.md',
  text: lines(
    '---',
    'title: "<img src=x onerror=alert(1)>"',
    'author: "</cite><script>alert(2)</script>"',
    'url: "javascript:alert(3)"',
    '---',
    '',
    'The lighthouse keeper <b>Arne Dahl</b> counted 412 ships passing Millbrook in 2023 <img src=y onerror=alert(4)>.',
  ),
};

/** One sentence of each kind, in this order. */
const SENTENCES = {
  supported: 'The council approved 4.2 million euros for the harbor wall on March 3 [@harbor-report, para. 1].',
  uncited: 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
  unsupported: 'The council bought 300 electric buses from Sweden in 2021.',
  contradicted: 'The crossing had been suspended since 2015 after the old pier collapsed.',
  mismatch: 'Nordlys expects 85,000 passengers in the first year [@harbor-report].',
  locator: 'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 1].',
  hostile: 'The lighthouse keeper Arne Dahl counted 412 ships passing Millbrook in 2023 [@lighthouse].',
  opinion: 'The new wall is a triumph of civic will, I think.',
  question: 'Will the ferry run in winter?',
  unknownKey: 'The mayor visited Oster Island [@nowhere].',
};

const DRAFT = lines(
  '---',
  'title: Harbour <b>news</b> & more',
  '---',
  '',
  '# A heading is no claim',
  '',
  SENTENCES.supported,
  SENTENCES.uncited,
  '<!-- sourced-ignore claim.unsupported: called the council, who confirmed it -->',
  SENTENCES.unsupported,
  SENTENCES.contradicted,
  '',
  SENTENCES.mismatch,
  SENTENCES.locator,
  SENTENCES.hostile,
  SENTENCES.opinion,
  SENTENCES.question,
  SENTENCES.unknownKey,
);

let shared: Promise<SourcedService> | undefined;
const service = () => (shared ??= makeService([...TOWN_SOURCES, HOSTILE]));

async function input(text = DRAFT, recorded: Parameters<typeof applySuppressions>[2] = []): Promise<ReportInput> {
  const s = await service();
  const check = await s.check(doc(text));
  const draft = parseDraft('file:///workspace/drafts/harbour.md', 1, text);
  const suppressions = applySuppressions(draft, check.diagnostics, recorded, { file: 'drafts/harbour.md' });
  return { draft, check, suppressions, path: 'drafts/harbour.md', checkedAt: '5 December 2025, 11:40', sourceCount: s.sources().length, displayPath: (u) => `sources/${decodeURIComponent(u.slice(u.lastIndexOf('/') + 1))}` };
}

/** The sentences' texts as the page shows them: the sentence without its citations, escaped. */
const claimText = (s: string) => s.replace(/ \[[^\]]*\]/, '');
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

/** Every element the page may hold: anything else came from a source. */
const ALLOWED_TAGS = new Set('html head meta title style body main header p h1 h2 section ol ul li div span strong mark figure figcaption cite blockquote table thead tbody tr th td a footer'.split(' '));

/** Only the page's own elements and attributes: no handler, no source, no link but to a sentence or an http(s) page. */
function assertSafeHtml(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(ALLOWED_TAGS.has(m[1].toLowerCase()), `unexpected element <${m[1]}>`);
    const attrs = [...m[2].matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? '']);
    for (const [name, value] of attrs) {
      assert.ok(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'style', 'role', 'aria-label', 'href', 'rel'].includes(name), `unexpected attribute ${name} on <${m[1]}>`);
      if (name === 'href') assert.match(value, /^(#s\d+|https?:\/\/)/, `link ${value}`);
      if (name === 'style') assert.match(value, /^width:[\d.]+%$/, `style ${value}`);
    }
  }
  assert.doesNotMatch(html, /<[^>]*javascript:/i);
  assert.doesNotMatch(html.slice(html.indexOf('<style>'), html.indexOf('</style>')), /url\(|@import/i, 'nothing loaded from elsewhere');
}

describe('coverage', () => {
  test('counts the claims by status, apart from the sentences that are no claims', async () => {
    const { check, suppressions } = await input();
    const c = coverage(check.verdicts, suppressions!.ignored.length);
    assert.deepEqual(c, { claims: 8, supported: 4, uncited: 1, unsupported: 1, contradicted: 1, mismatched: 1, wrongLocator: 1, notClaims: 2, brokenCitations: 1, ignored: 1 });
    assert.equal(coverageLine(c), '4 of 8 claims supported (1 not cited) · 1 contradicted · 1 unsupported · 1 not backed by its citation · 1 cited at the wrong place · 1 with a citation to fix · 1 finding ignored');
    assert.equal(coverageLine(c, 'short'), '4 of 8 claims supported · 3 to check · 1 ignored', 'the claim whose finding was ignored is not left to check');
  });

  test('says so when there is nothing to count', () => {
    assert.equal(coverageLine(coverage([])), 'No claims to check');
    const one = { claims: 1, supported: 1, uncited: 0, unsupported: 0, contradicted: 0, mismatched: 0, wrongLocator: 0, notClaims: 0, brokenCitations: 0, ignored: 0 };
    assert.equal(coverageLine(one), '1 of 1 claim supported');
    assert.equal(coverageLine(one, 'short'), '1 of 1 claim supported');
    assert.equal(coverageLine({ ...one, claims: 0, supported: 0, notClaims: 3 }), 'No claims to check (3 sentences not checked)');
  });
});

describe('the report as data', () => {
  test('every sentence in order with its status in plain words', async () => {
    const r = buildReport(await input());
    assert.equal(r.title, 'Harbour <b>news</b> & more');
    assert.deepEqual(
      r.sentences.map((s) => [s.n, s.status, s.label]),
      [
        [1, 'supported', 'Supported'],
        [2, 'supported', 'Supported, but not cited'],
        [3, 'unsupported', 'No source supports this'],
        [4, 'contradicted', 'A source says otherwise'],
        [5, 'citation-mismatch', 'The cited source does not say this'],
        [6, 'wrong-locator', 'Supported, but at another place in the source'],
        [7, 'supported', 'Supported'],
        [8, 'not-a-claim', 'Not checked: an opinion'],
        [9, 'not-a-claim', 'Not checked: a question'],
        [10, 'supported', 'Cites a source Sourced does not have'],
      ],
    );
    assert.deepEqual(r.sentences.map((s) => s.line), [7, 8, 10, 11, 13, 14, 15, 16, 17, 18]);
    assert.deepEqual(r.sentences.map((s) => s.text), Object.values(SENTENCES).map(claimText));
  });

  test('what decided each: the evidence with the shared words, what is missing, what the source says instead', async () => {
    const [supported, uncited, unsupported, contradicted, mismatch, locator, , , , unknownKey] = buildReport(await input()).sentences;
    assert.deepEqual(supported.citations, [{ text: '@harbor-report, para. 1', known: true }]);
    assert.equal(supported.evidence[0].role, 'Supported by');
    assert.equal(supported.evidence[0].where, 'para. 1');
    const marked = supported.evidence[0].quote.filter((p) => p.shared).map((p) => p.text);
    assert.ok(marked.includes('4.2 million euros') && marked.includes('harbor wall'), marked.join(' | '));
    assert.equal(uncited.evidence[0].role, 'Supported by (not cited)');
    assert.deepEqual(unsupported.notInSources, ['Sweden']);
    assert.ok(unsupported.lacking.includes('300'), unsupported.lacking.join(', '));
    assert.deepEqual(contradicted.contradiction, { draft: '2015', source: '2019' });
    assert.deepEqual(contradicted.evidence[0].quote.filter((p) => p.conflict).map((p) => p.text), ['2019']);
    assert.equal(contradicted.evidence[0].role, 'The source says otherwise');
    assert.deepEqual(mismatch.evidence.map((e) => [e.role, e.key]).at(-1), ['Another source that says it', 'ferry-news']);
    assert.deepEqual(locator.evidence.map((e) => [e.role, e.where]), [['The source says it here instead', 'para. 2']]);
    assert.deepEqual(unknownKey.citations, [{ text: '@nowhere', known: false }]);
    assert.deepEqual(unknownKey.notes, ['No source has the key @nowhere.']);
  });

  test('the ignored finding is kept apart with its reason, and marked on its sentence', async () => {
    const r = buildReport(await input());
    assert.deepEqual(
      r.ignored.map((f) => [f.code, f.line, f.sentence, f.ignored?.by, f.ignored?.reason, f.excerpt]),
      [['claim.unsupported', 10, 3, 'inline', 'called the council, who confirmed it', claimText(SENTENCES.unsupported)]],
    );
    assert.deepEqual(r.sentences[2].findings.map((f) => [f.code, f.ignored?.by]), [['claim.unsupported', 'inline']]);
  });

  test('a suppression that no longer applies is a note at the top', async () => {
    const stale = { file: 'drafts/harbour.md', code: 'claim.unsupported', fingerprint: fingerprint('A sentence long gone.'), sentence: 'A sentence long gone.', reason: '' };
    const r = buildReport(await input(DRAFT, [stale]));
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0], /the sentence “A sentence long gone\.” is no longer in this draft/);
  });

  test('the sources quoted or cited, each once', async () => {
    const r = buildReport(await input());
    assert.deepEqual(r.sources.map((s) => [s.key, s.path]), [['ferry-news', 'sources/ferry-news.md'], ['harbor-report', 'sources/harbor-report.txt'], ['lighthouse', 'sources/lighthouse.md']]);
    assert.equal(r.sources[0].url, 'https://example.org/ferry');
    assert.equal(r.sources[2].url, undefined, 'a javascript: URL is no link');
  });
});

describe('quoteParts', () => {
  test('marks the words the sentence shares, runs of them as one, numbers by value', () => {
    const terms = new Set(['1200', 'home', 'storm', 'winter']);
    assert.deepEqual(quoteParts('It protects 1,200 homes from winter storms.', terms), [
      { text: 'It protects ', shared: false },
      { text: '1,200 homes', shared: true },
      { text: ' from ', shared: false },
      { text: 'winter storms', shared: true },
      { text: '.', shared: false },
    ]);
  });

  test('the figure a source says instead is a part of its own', () => {
    assert.deepEqual(quoteParts('It was suspended in 2019.', new Set(['suspend']), '“2019”'), [
      { text: 'It was ', shared: false },
      { text: 'suspended', shared: true },
      { text: ' in ', shared: false },
      { text: '2019', shared: false, conflict: true },
      { text: '.', shared: false },
    ]);
  });
});

describe('the HTML page', () => {
  test('self-contained: inline CSS, no script, nothing loaded from elsewhere, a policy that forbids it', async () => {
    const html = renderReportHtml(await input());
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html, /<style>[\s\S]+<\/style>/);
    assertSafeHtml(html);
  });

  test('the coverage summary at the top, then every sentence in order with its status', async () => {
    const html = renderReportHtml(await input());
    const summaryAt = html.indexOf('class="summary"');
    assert.ok(summaryAt > 0 && summaryAt < html.indexOf('class="sentences"'));
    assert.match(html, /<p class="headline"><strong>4<\/strong> of 8 claims supported <span class="sub">\(1 not cited\)<\/span><\/p>/);
    assert.match(html, /<li><span class="dot t-contradicted"><\/span>1 contradicted<\/li>/);
    const items = [...html.matchAll(/<li class="s t-([a-z]+)" id="s(\d+)">[\s\S]*?<span class="badge">([^<]*)<\/span>[\s\S]*?<p class="claim">([^<]*)<\/p>/g)];
    assert.deepEqual(items.map((m) => m[2]), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    assert.deepEqual(items.map((m) => m[4]), Object.values(SENTENCES).map((s) => escaped(claimText(s))));
    assert.deepEqual(items.map((m) => m[1]), ['supported', 'uncited', 'unsupported', 'contradicted', 'mismatch', 'locator', 'supported', 'none', 'none', 'citation']);
    assert.equal(items[3][3], 'A source says otherwise');
  });

  test('citations, evidence with shared words marked, what is missing, the two sides of a contradiction', async () => {
    const html = renderReportHtml(await input());
    assert.match(html, /<span class="cite">@harbor-report, para\. 1<\/span>/);
    assert.match(html, /<span class="cite unknown">@nowhere<\/span>/);
    assert.match(html, /<mark>4\.2 million euros<\/mark>/);
    assert.match(html, /<span class="label">Not in any source<\/span> <span class="chip absent">Sweden<\/span>/);
    assert.match(html, /<span class="label">The draft says<\/span> 2015<\/div><div><span class="label">The source says<\/span> 2019/);
    assert.match(html, /<mark class="conflict">2019<\/mark>/);
    assert.match(html, /<li>No source has the key @nowhere\.<\/li>/);
  });

  test('the ignored finding: marked on its sentence and listed apart with its reason', async () => {
    const html = renderReportHtml(await input());
    assert.match(html, /<span class="badge">No source supports this<\/span> <span class="badge ignored">Ignored by the writer<\/span>/);
    const section = html.slice(html.indexOf('<section class="ignored">'));
    assert.match(section, /<h2>Findings the writer chose to ignore<\/h2>/);
    assert.match(section, /<a href="#s3">10<\/a>/);
    assert.match(section, /called the council, who confirmed it<span class="by">a comment in the draft<\/span>/);
  });

  test('a hostile source title, author, URL and text are shown as text', async () => {
    const html = renderReportHtml(await input());
    assertSafeHtml(html);
    assert.match(html, /<cite>&lt;img src=x onerror=alert\(1\)&gt;<\/cite>/);
    assert.match(html, /&lt;\/cite&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    assert.match(html, /&lt;b&gt;<mark>Arne Dahl<\/mark>&lt;\/b&gt;/);
    assert.match(html, /<title>Fact-check report: Harbour &lt;b&gt;news&lt;\/b&gt; &amp; more<\/title>/);
  });

  test('every text of a report, hostile, is escaped wherever it goes', () => {
    const html = reportHtml(hostileReport());
    assertSafeHtml(html);
    assert.doesNotMatch(html, /<img|<script/);
    assert.equal((html.match(/<h1>/g) ?? []).length, 1, 'one title');
  });

  test('an empty draft', async () => {
    const html = renderReportHtml(await input(''));
    assert.match(html, /<p class="headline">No claims to check<\/p>/);
    assert.match(html, /This draft has no sentences to check\./);
  });
});

describe('the Markdown report', () => {
  const md = new MarkdownIt({ html: true, linkify: false });

  test('the summary, then every sentence in order with its status, citations and evidence', async () => {
    const text = renderReportMarkdown(await input());
    assert.match(text, /^# Fact-check report: Harbour \\<b\\>news\\<\/b\\> \\& more\n\n`drafts\/harbour\.md` · checked 5 December 2025, 11:40 · against 3 sources\n\n\*\*4 of 8 claims supported \(1 not cited\)\*\* · 1 contradicted/);
    const headings = [...text.matchAll(/^### (\d+)\. (.+) \(line (\d+)\)$/gm)].map((m) => [m[1], m[2], m[3]]);
    assert.deepEqual(headings, [
      ['1', 'Supported', '7'],
      ['2', 'Supported, but not cited', '8'],
      ['3', 'No source supports this', '10'],
      ['4', 'A source says otherwise', '11'],
      ['5', 'The cited source does not say this', '13'],
      ['6', 'Supported, but at another place in the source', '14'],
      ['7', 'Supported', '15'],
      ['10', 'Cites a source Sourced does not have', '18'],
    ]);
    assert.match(text, /^8\. _Not checked: an opinion_ \(line 16\): The new wall is a triumph of civic will, I think\.$/m);
    assert.match(text, /^Cites: `@harbor-report, para\. 1`$/m);
    assert.match(text, /\*\*4\.2 million euros\*\*/);
    assert.match(text, /^Not in any source: “Sweden”$/m);
    assert.match(text, /^The draft says \*\*2015\*\*; the source says \*\*2019\*\*\.$/m);
    assert.match(text, /^## Findings the writer chose to ignore\n\n\| Line \| Sentence \| Finding \| Reason \|\n\|---:\|---\|---\|---\|\n\| 10 \| The council bought .* \| called the council, who confirmed it \(a comment in the draft\) \|$/m);
  });

  test('rendered, a hostile source makes no element, link or heading of its own', async () => {
    const html = md.render(renderReportMarkdown(await input()));
    assert.doesNotMatch(html, /<img|<script|<b>/i);
    assert.doesNotMatch(html, /href="javascript/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    const rendered = md.render(reportMarkdown(hostileReport()));
    assert.doesNotMatch(rendered, /<img|<script|<b>|<h[1-6]>\s*pwned/i);
    assert.equal((rendered.match(/<h1>/g) ?? []).length, 1, 'one title; nothing else becomes a heading');
    for (const m of rendered.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^https?:\/\//);
  });
});

describe('evidence of an uncited sentence', () => {
  test('a passage Sourced would not cite is shown as the closest, never as what supports the sentence', async () => {
    const s = await makeService([
      { name: 'update.txt', text: lines('Trust update', '', 'Our electronic patient record system was restored at 21:00 on Saturday 8 March.') },
      { name: 'notes.txt', text: lines('Notes', '', 'The car park reopened on Friday with a new barrier.') },
    ]);
    const text = lines('Electronic prescribing was restored on 8 March, the same day as the patient record.', 'The electronic patient record system was restored on Saturday 8 March.');
    const check = await s.check(doc(text));
    const draft = parseDraft('file:///workspace/d.md', 1, text);
    const [prescribing, record] = buildReport({ draft, check, path: 'd.md', checkedAt: 'now', sourceCount: 2, displayPath: (u) => u }).sentences;
    assert.equal(prescribing.status, 'supported');
    // And why: the passage is about the record, not prescribing.
    assert.equal(prescribing.evidence[0]?.role, 'Closest passage (not safe to cite: it is not about “prescribing”)');
    assert.equal(record.evidence[0]?.role, 'Supported by (not cited)');
  });
});

/** A report whose every text is an attempt at markup. */
function hostileReport(): Report {
  const h = '<img src=x onerror=alert(1)>\n# pwned\n"><script>alert(2)</script>\'>|x|[a](javascript:alert(3))`';
  const finding = { code: h, severity: 'warning' as const, message: h, ignored: { by: 'file' as const, reason: h } };
  return {
    title: h,
    path: h,
    checkedAt: h,
    sourceCount: 1,
    coverage: { claims: 1, supported: 0, uncited: 0, unsupported: 1, contradicted: 0, mismatched: 0, wrongLocator: 0, notClaims: 1, brokenCitations: 0, ignored: 1 },
    summary: '0 of 1 claim supported · 1 unsupported',
    sentences: [
      { n: 1, line: 1, text: h, status: 'unsupported', label: 'No source supports this', tone: 'unsupported', citations: [{ text: h, known: false }], contradiction: { draft: h, source: h }, notInSources: [h], lacking: [h], evidence: [{ role: 'Closest passage', key: h, title: h, where: h, quote: [{ text: h, shared: true }, { text: h, shared: false }, { text: h, shared: false, conflict: true }] }], notes: [h], findings: [finding] },
      { n: 2, line: 2, text: h, status: 'not-a-claim', label: 'Not checked: an opinion', tone: 'none', citations: [], notInSources: [], lacking: [], evidence: [], notes: [], findings: [] },
    ],
    ignored: [{ ...finding, sentence: 1, line: 1, excerpt: h }],
    notes: [h],
    sources: [{ key: h, title: h, author: h, date: h, path: h }],
  };
}
