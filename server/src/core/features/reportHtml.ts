/**
 * The fact-check report as one self-contained HTML page (see report.ts for what it holds). Inline CSS
 * only: no script, no font, image or style loaded from anywhere, and a Content-Security-Policy that
 * forbids them, so the page is safe to open and to mail. Everything from the draft or a source is
 * escaped, and only http(s) URLs become links.
 */
import type { QuotePart, Report, ReportFinding, ReportSentence, Tone } from './report';

/** The page for a built report. */
export function reportHtml(r: Report): string {
  const meta = [r.path, r.checkedAt && `checked ${r.checkedAt}`, r.sourceCount !== undefined && `against ${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'}`].filter(Boolean) as string[];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sourced">
<title>Fact-check report: ${esc(r.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header class="top">
<p class="kicker">Fact-check report</p>
<h1>${esc(r.title)}</h1>
<p class="meta">${meta.map(esc).join(' · ')}</p>
</header>
${summary(r)}
${r.notes.length ? `<section class="notes" aria-label="Notes on this check">${r.notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}</section>` : ''}
<section>
<h2>The draft, sentence by sentence</h2>
${r.sentences.length ? `<ol class="sentences">\n${r.sentences.map(sentence).join('\n')}\n</ol>` : '<p class="empty">This draft has no sentences to check.</p>'}
</section>
${ignored(r)}
${sources(r)}
<footer>
<p>Made by Sourced, which compares each sentence with the sources in the folder: it says whether a source states the same thing, not whether the source is right. <mark>Highlighted</mark> words are those a passage shares with the sentence.</p>
</footer>
</main>
</body>
</html>
`;
}

/** The order and names of the bar's parts. */
const BAR: ReadonlyArray<{ tone: Tone; key: keyof Report['coverage']; label: string }> = [
  { tone: 'supported', key: 'supported', label: 'supported' },
  { tone: 'locator', key: 'wrongLocator', label: 'cited at the wrong place' },
  { tone: 'mismatch', key: 'mismatched', label: 'not backed by the citation' },
  { tone: 'unsupported', key: 'unsupported', label: 'unsupported' },
  { tone: 'contradicted', key: 'contradicted', label: 'contradicted' },
];

function summary(r: Report): string {
  const c = r.coverage;
  if (c.claims === 0) return `<section class="summary"><p class="headline">${esc(r.summary)}</p></section>`;
  const parts = BAR.map((b) => ({ ...b, n: b.key === 'supported' ? c.supported - c.uncited : c[b.key] })).filter((b) => b.n > 0);
  if (c.uncited) parts.splice(1, 0, { tone: 'uncited', key: 'uncited', label: 'supported, not cited', n: c.uncited });
  const pct = (n: number) => `${Math.round((n / c.claims) * 10000) / 100}%`;
  const extra = [c.brokenCitations && `${c.brokenCitations} sentence${c.brokenCitations === 1 ? '' : 's'} with a citation to fix`, c.ignored && `${c.ignored} finding${c.ignored === 1 ? '' : 's'} ignored by the writer`, c.notClaims && `${c.notClaims} sentence${c.notClaims === 1 ? '' : 's'} not checked (opinions, questions, nothing a source could confirm)`].filter(Boolean) as string[];
  return `<section class="summary" aria-label="Coverage">
<p class="headline"><strong>${c.supported}</strong> of ${c.claims} claim${c.claims === 1 ? '' : 's'} supported${c.uncited ? ` <span class="sub">(${c.uncited} not cited)</span>` : ''}</p>
<div class="bar" role="img" aria-label="${esc(r.summary)}">${parts.map((p) => `<span class="t-${p.tone}" style="width:${pct(p.n)}"></span>`).join('')}</div>
<ul class="legend">${parts.map((p) => `<li><span class="dot t-${p.tone}"></span>${p.n} ${esc(p.label)}</li>`).join('')}</ul>
${extra.length ? `<p class="extra">${extra.map(esc).join(' · ')}</p>` : ''}
</section>`;
}

function sentence(s: ReportSentence): string {
  const where = `<span class="where">Sentence ${s.n} · line ${s.line}</span>`;
  if (s.tone === 'none') return `<li class="s t-none" id="s${s.n}"><div class="s-head"><span class="badge">${esc(s.label)}</span>${where}</div><p class="claim">${esc(s.text)}</p></li>`;
  const ignoredHere = s.findings.filter((f) => f.ignored);
  const body = [
    `<div class="s-head"><span><span class="badge">${esc(s.label)}</span>${ignoredHere.length ? ' <span class="badge ignored">Ignored by the writer</span>' : ''}</span>${where}</div>`,
    `<p class="claim">${esc(s.text)}</p>`,
    s.citations.length ? `<p class="cites"><span class="label">Cites</span> ${s.citations.map((c) => `<span class="cite${c.known ? '' : ' unknown'}">${esc(c.text)}</span>`).join(' ')}</p>` : '',
    s.contradiction ? `<div class="contra"><div><span class="label">The draft says</span> ${esc(s.contradiction.draft)}</div><div><span class="label">The source says</span> ${esc(s.contradiction.source)}</div></div>` : '',
    chips(notInLabel(s), s.notInSources, 'absent'),
    chips('The closest passage lacks', s.lacking, 'lacking'),
    s.notes.length ? `<ul class="findings">${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '',
    ...s.evidence.map((e) => `<figure class="evidence"><figcaption><span class="role">${esc(e.role)}</span> <cite>${esc(e.title)}</cite> <span class="loc">@${esc(e.key)}, ${esc(e.where)}</span></figcaption><blockquote>${quote(e.quote)}</blockquote></figure>`),
    ...ignoredHere.map((f) => `<p class="ignored-here"><span class="label">Why it is ignored</span> ${f.ignored!.reason ? `“${esc(f.ignored!.reason)}”` : 'no reason given'} <span class="by">(${byWhat(f)})</span></p>`),
  ];
  return `<li class="s t-${s.tone}" id="s${s.n}">${body.filter(Boolean).join('\n')}</li>`;
}

function chips(label: string, words: readonly string[], kind: string): string {
  return words.length ? `<p class="missing"><span class="label">${esc(label)}</span> ${words.map((m) => `<span class="chip ${kind}">${esc(m)}</span>`).join(' ')}</p>` : '';
}

/** "Not in any source", or for a sentence judged against what it cites, "Not in the cited source". */
export function notInLabel(s: ReportSentence): string {
  const cited = s.citations.filter((c) => c.known).length;
  return cited === 0 ? 'Not in any source' : cited === 1 ? 'Not in the cited source' : 'Not in the cited sources';
}

/** Where the writer said to ignore a finding. */
function byWhat(f: ReportFinding): string {
  return f.ignored?.by === 'inline' ? 'a comment in the draft' : 'recorded in the ignore file';
}

function quote(parts: readonly QuotePart[]): string {
  return parts.map((p) => (p.conflict ? `<mark class="conflict">${esc(p.text)}</mark>` : p.shared ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join('');
}

function ignored(r: Report): string {
  if (r.ignored.length === 0) return '';
  const rows = r.ignored.map(
    (f) =>
      `<tr><td class="num">${f.sentence ? `<a href="#s${f.sentence}">${f.line}</a>` : f.line}</td><td><span class="excerpt">${esc(f.excerpt)}</span><span class="msg">${esc(f.message)}</span></td><td>${f.ignored?.reason ? esc(f.ignored.reason) : '<span class="none">no reason given</span>'}<span class="by">${byWhat(f)}</span></td></tr>`,
  );
  return `<section class="ignored">
<h2>Findings the writer chose to ignore</h2>
<table><thead><tr><th>Line</th><th>Sentence and finding</th><th>Reason</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

function sources(r: Report): string {
  if (r.sources.length === 0) return '';
  const items = r.sources.map((s) => {
    const details = [s.author, s.date].filter(Boolean).map((x) => esc(x!));
    const url = s.url ? `<a href="${esc(s.url)}" rel="noreferrer noopener">${esc(s.url)}</a>` : '';
    return `<li><span class="key">@${esc(s.key)}</span> <cite>${esc(s.title)}</cite>${details.length ? ` · ${details.join(' · ')}` : ''}<span class="file">${esc(s.path)}${url ? ` · ${url}` : ''}</span></li>`;
  });
  return `<section class="sources">
<h2>Sources quoted or cited</h2>
<ul>
${items.join('\n')}
</ul>
</section>`;
}

/** Text as HTML: safe in element content and in double- or single-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--bg:#f6f8fa;
--supported:#1a7f37;--supported-bg:#dafbe1;--uncited:#0969da;--uncited-bg:#ddf4ff;--unsupported:#9a6700;--unsupported-bg:#fff8c5;
--contradicted:#cf222e;--contradicted-bg:#ffebe9;--mismatch:#bc4c00;--mismatch-bg:#fff1e5;--locator:#8250df;--locator-bg:#fbefff;
--citation:#cf222e;--citation-bg:#ffebe9;--none:#818b98;--none-bg:#f6f8fa}
*{box-sizing:border-box}
html{background:var(--bg)}
body{margin:0;color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:860px;margin:0 auto;padding:40px 28px 56px}
h1{font:600 30px/1.25 Georgia,"Times New Roman",serif;margin:4px 0 6px}
h2{font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:36px 0 12px;font-weight:600}
.kicker{margin:0;font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);font-weight:600}
.meta{margin:0;color:var(--muted);font-size:14px}
.summary{margin-top:24px;background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:20px 22px}
.headline{margin:0;font-size:20px}
.headline strong{font-size:34px;line-height:1;margin-right:2px}
.headline .sub{font-size:15px;color:var(--muted)}
.bar{margin-top:14px;display:flex;height:12px;border-radius:6px;overflow:hidden;background:var(--none-bg);gap:2px}
.bar span{display:block;height:100%;min-width:4px}
.legend{list-style:none;padding:0;margin:12px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:14px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;vertical-align:-1px}
.extra{margin:10px 0 0;color:var(--muted);font-size:13px}
.notes{margin-top:16px;border-left:4px solid var(--uncited);background:var(--uncited-bg);padding:8px 14px;border-radius:0 8px 8px 0;font-size:14px}
.notes p{margin:4px 0}
.sentences{list-style:none;padding:0;margin:0;display:flex;flex-direction:column;gap:12px}
.s{background:var(--paper);border:1px solid var(--line);border-left:5px solid var(--tone);border-radius:8px;padding:14px 18px}
.s.t-none{background:transparent;border-style:dashed;border-left-style:solid;padding:8px 18px}
.s-head{display:flex;justify-content:space-between;align-items:baseline;gap:12px}
.badge{display:inline-block;font-size:12.5px;font-weight:600;color:var(--tone);background:var(--tone-bg);border-radius:999px;padding:2px 10px}
.where{font-size:12px;color:var(--muted);white-space:nowrap}
.claim{font:17px/1.5 Georgia,"Times New Roman",serif;margin:8px 0 4px}
.t-none .claim{font-size:15px;color:var(--muted);margin:4px 0 0}
.t-none .badge{background:none;padding:0;color:var(--muted);font-weight:500}
.label{font-size:12px;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;margin-right:6px}
.cites{margin:6px 0;font-size:13.5px}
.cite{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:1px 6px;white-space:nowrap}
.cite.unknown{color:var(--citation);border-color:var(--citation);text-decoration:line-through}
.contra{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:10px 0}
.contra div{background:var(--contradicted-bg);border-radius:6px;padding:8px 12px;font-weight:600}
.contra div:last-child{background:var(--supported-bg)}
.contra .label{display:block;margin-bottom:2px}
.missing{margin:8px 0;font-size:14px}
.chip{display:inline-block;border-radius:4px;padding:0 7px;margin:2px 2px 2px 0;font-size:13.5px}
.chip.absent{background:var(--contradicted-bg);color:#a40e26}
.chip.lacking{background:var(--unsupported-bg);color:#6b4a00}
.findings{margin:8px 0;padding-left:18px;font-size:14px;color:#30363d;list-style:disc}
.findings li{margin:2px 0}
.evidence{margin:10px 0 2px;border:1px solid var(--line);border-radius:6px;background:#fbfcfd}
.evidence figcaption{font-size:13px;padding:6px 12px;border-bottom:1px solid var(--line);color:var(--muted)}
.evidence .role{font-weight:600;color:var(--ink);margin-right:4px}
.evidence cite{font-style:italic;color:var(--ink)}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;margin-left:4px}
blockquote{margin:0;padding:8px 12px;font:15px/1.55 Georgia,"Times New Roman",serif}
mark{background:#fff3b0;color:inherit;border-radius:2px;padding:0 1px}
mark.conflict{background:var(--contradicted-bg);color:#a40e26;font-weight:600;box-shadow:inset 0 -2px 0 var(--contradicted)}
.ignored-here{margin:8px 0 0;font-size:14px}
.ignored-here .by{display:inline;margin:0}
.badge.ignored{color:var(--muted);background:var(--none-bg);border:1px solid var(--line)}
table{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid var(--line);border-radius:8px;font-size:14px}
th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);padding:8px 12px;border-bottom:1px solid var(--line)}
td{padding:10px 12px;border-bottom:1px solid var(--line);vertical-align:top}
tr:last-child td{border-bottom:none}
td.num{width:56px;font-variant-numeric:tabular-nums}
.excerpt{display:block;font-family:Georgia,"Times New Roman",serif}
.msg,.by{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.none{color:var(--muted);font-style:italic}
.sources ul{list-style:none;padding:0;margin:0;background:var(--paper);border:1px solid var(--line);border-radius:8px}
.sources li{padding:10px 14px;border-bottom:1px solid var(--line);font-size:14px}
.sources li:last-child{border-bottom:none}
.key{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;margin-right:6px}
.file{display:block;color:var(--muted);font-size:13px;overflow-wrap:anywhere}
a{color:var(--uncited)}
footer{margin-top:40px;color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:12px}
.t-supported{--tone:var(--supported);--tone-bg:var(--supported-bg)}
.t-uncited{--tone:var(--uncited);--tone-bg:var(--uncited-bg)}
.t-unsupported{--tone:var(--unsupported);--tone-bg:var(--unsupported-bg)}
.t-contradicted{--tone:var(--contradicted);--tone-bg:var(--contradicted-bg)}
.t-mismatch{--tone:var(--mismatch);--tone-bg:var(--mismatch-bg)}
.t-locator{--tone:var(--locator);--tone-bg:var(--locator-bg)}
.t-citation{--tone:var(--citation);--tone-bg:var(--citation-bg)}
.t-none{--tone:var(--none);--tone-bg:var(--none-bg)}
.bar .t-supported,.dot.t-supported{background:var(--supported)}.bar .t-uncited,.dot.t-uncited{background:var(--uncited)}
.bar .t-unsupported,.dot.t-unsupported{background:#d4a72c}.bar .t-contradicted,.dot.t-contradicted{background:var(--contradicted)}
.bar .t-mismatch,.dot.t-mismatch{background:var(--mismatch)}.bar .t-locator,.dot.t-locator{background:var(--locator)}
@media print{html{background:#fff}main{padding:0}.s,.summary,.evidence{break-inside:avoid}}
`;
