/**
 * Writes the fact-check report of examples/balloons/draft.md as a person sees it: the HTML page
 * (test-artifacts/report.html), the Markdown (test-artifacts/report.md) and a full-page screenshot of
 * the page in headless Chromium (test-artifacts/report.png). One finding is ignored through a recorded
 * entry, so the list of ignored findings shows too.
 *
 *   node --import tsx test/e2e/report-screenshot.ts [--out <folder>]
 *
 * Chromium: $CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSourcedService } from '../../server/src/core';
import { parseDraft } from '../../server/src/core/draft/draft';
import { renderReportHtml, renderReportMarkdown } from '../../server/src/core/features/report';
import { applySuppressions, ignoreEntryFor } from '../../server/src/core/features/suppressions';
import { checkedAt } from '../../server/src/workspace/checkDate';

const root = path.resolve(__dirname, '..', '..');

function findChromium(): string | undefined {
  for (const c of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter((x): x is string => !!x)) {
    if (path.isAbsolute(c) && existsSync(c)) return c;
    const r = spawnSync('sh', ['-c', `command -v "${c}"`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** The report of the example draft, as HTML and Markdown. */
export async function exampleReport(): Promise<{ html: string; markdown: string }> {
  const folder = path.join(root, 'examples', 'balloons');
  const service = createSourcedService();
  const sourcesDir = path.join(folder, 'sources');
  for (const name of readdirSync(sourcesDir).sort()) {
    const file = path.join(sourcesDir, name);
    await service.updateSource({ uri: pathToFileURL(file).href, name, bytes: readFileSync(file) });
  }
  const draftFile = path.join(folder, 'draft.md');
  const text = readFileSync(draftFile, 'utf8');
  const uri = pathToFileURL(draftFile).href;
  const check = await service.check({ uri, version: 1, getText: () => text });
  const checkedAtText = checkedAt();
  const draft = parseDraft(uri, 1, text);
  // The writer has looked at the compensation figure and recorded that they stand by it.
  const target = check.diagnostics.find((d) => d.code === 'claim.unsupported' && /\$40 million/.test(text.slice(draft.lines.offsetAt(d.range.start), draft.lines.offsetAt(d.range.end))));
  const entry = target && ignoreEntryFor(draft, target, { file: 'draft.md', reason: 'Unification ministry figure, confirmed by phone on 3 December' });
  const suppressions = applySuppressions(draft, check.diagnostics, entry ? [entry] : [], { file: 'draft.md' });
  const input = { draft, check, suppressions, path: 'examples/balloons/draft.md', checkedAt: checkedAtText, sourceCount: service.sources().length, displayPath: (u: string) => path.relative(folder, new URL(u).pathname) };
  return { html: renderReportHtml(input), markdown: renderReportMarkdown(input) };
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(root, 'test-artifacts');
  mkdirSync(out, { recursive: true });
  const { html, markdown } = await exampleReport();
  const htmlFile = path.join(out, 'report.html');
  writeFileSync(htmlFile, html);
  writeFileSync(path.join(out, 'report.md'), markdown);
  const executablePath = findChromium();
  if (!executablePath) {
    process.stderr.write('No Chromium found (apt-get install chromium, or set CHROMIUM): wrote report.html and report.md only.\n');
    return 1;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const blocked: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) blocked.push(r.url());
    });
    await page.goto(pathToFileURL(htmlFile).href);
    await page.screenshot({ path: path.join(out, 'report.png'), fullPage: true });
    if (blocked.length) {
      process.stderr.write(`The report asked for resources from elsewhere: ${blocked.join(', ')}\n`);
      return 1;
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`Wrote ${path.relative(process.cwd(), path.join(out, 'report.png'))} (and report.html, report.md).\n`);
  return 0;
}

if (require.main === module) main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
