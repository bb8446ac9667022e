/**
 * The fact-check report as Markdown (see report.ts for what it holds): the same content as the HTML
 * page, for a pull request, a wiki or an e-mail. Everything from the draft or a source is escaped, so
 * no link, image, HTML or heading can come from it; only http(s) URLs become links.
 */
import { escapeMarkdown, inlineText } from './format';
import type { QuotePart, Report, ReportSentence } from './report';
import { notInLabel } from './reportHtml';

/** The Markdown for a built report. */
export function reportMarkdown(r: Report): string {
  const out: string[] = [];
  out.push(`# Fact-check report: ${inlineText(r.title)}`, '');
  const meta = [`\`${code(r.path)}\``, r.checkedAt && `checked ${inlineText(r.checkedAt)}`, r.sourceCount !== undefined && `against ${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'}`].filter(Boolean);
  out.push(meta.join(' · '), '');
  // The summary, labels and roles are Sourced's own words; only what comes from the draft or a source is escaped.
  const [first, ...rest] = r.summary.split(' · ');
  out.push(`**${first}**${rest.length ? ' · ' + rest.join(' · ') : ''}`, '');
  if (r.coverage.notClaims) out.push(`${r.coverage.notClaims} sentence${r.coverage.notClaims === 1 ? '' : 's'} not checked (opinions, questions, nothing a source could confirm).`, '');
  for (const n of r.notes) out.push(`> **Note:** ${inlineText(n)}`, '');

  out.push('## The draft, sentence by sentence', '');
  if (r.sentences.length === 0) out.push('This draft has no sentences to check.', '');
  for (const s of r.sentences) out.push(...sentence(s));

  if (r.ignored.length) {
    out.push('## Findings the writer chose to ignore', '');
    out.push('| Line | Sentence | Finding | Reason |', '|---:|---|---|---|');
    for (const f of r.ignored) {
      const reason = f.ignored?.reason ? cell(f.ignored.reason) : '_no reason given_';
      out.push(`| ${f.line} | ${cell(f.excerpt)} | ${cell(f.message)} | ${reason} (${f.ignored?.by === 'inline' ? 'a comment in the draft' : 'recorded in the ignore file'}) |`);
    }
    out.push('');
  }

  if (r.sources.length) {
    out.push('## Sources quoted or cited', '');
    for (const s of r.sources) {
      const details = [s.author, s.date].filter(Boolean).map((x) => inlineText(x!));
      out.push(`- \`@${code(s.key)}\` _${inlineText(s.title)}_${details.length ? ' · ' + details.join(' · ') : ''} · ${inlineText(s.path)}${s.url ? ` · <${s.url}>` : ''}`);
    }
    out.push('');
  }
  out.push('---', '', '_Made by Sourced, which compares each sentence with the sources in the folder: it says whether a source states the same thing, not whether the source is right. **Bold** words in a quote are those the passage shares with the sentence._', '');
  return out.join('\n');
}

function sentence(s: ReportSentence): string[] {
  if (s.tone === 'none') return [`${s.n}. _${s.label}_ (line ${s.line}): ${inlineText(s.text)}`, ''];
  const out = [`### ${s.n}. ${s.label} (line ${s.line})`, '', `> ${inlineText(s.text)}`, ''];
  if (s.citations.length) out.push(`Cites: ${s.citations.map((c) => `\`${code(c.text)}\`${c.known ? '' : ' (no such source)'}`).join(', ')}`, '');
  if (s.contradiction) out.push(`The draft says **${inlineText(s.contradiction.draft)}**; the source says **${inlineText(s.contradiction.source)}**.`, '');
  if (s.notInSources.length) out.push(`${notInLabel(s)}: ${s.notInSources.map((m) => `“${inlineText(m)}”`).join(', ')}`, '');
  if (s.lacking.length) out.push(`The closest passage lacks: ${s.lacking.map((m) => `“${inlineText(m)}”`).join(', ')}`, '');
  for (const n of s.notes) out.push(`- ${inlineText(n)}`);
  if (out[out.length - 1] !== '') out.push('');
  for (const e of s.evidence) out.push(`${e.role}: _${inlineText(e.title)}_, \`@${code(e.key)}, ${code(e.where)}\``, '', `> ${quote(e.quote)}`, '');
  for (const f of s.findings.filter((x) => x.ignored)) out.push(`**Ignored by the writer** (${f.ignored!.by === 'inline' ? 'a comment in the draft' : 'recorded in the ignore file'}): ${f.ignored!.reason ? `“${inlineText(f.ignored!.reason)}”` : 'no reason given'}`, '');
  return out;
}

function quote(parts: readonly QuotePart[]): string {
  const flat = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  return flat
    .map((p) => (p.shared || p.conflict ? p.text.replace(/\S+(?:\s+\S+)*/g, (w) => `**${escapeMarkdown(w)}**`) : escapeMarkdown(p.text)))
    .join('')
    .trim();
}

/** Text inside a code span: on one line, and no backtick to close it early. */
function code(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/`/g, "'");
}

/** Text in a table cell: inline, and no pipe to end the cell (inlineText escapes it). */
function cell(text: string): string {
  return inlineText(text);
}
