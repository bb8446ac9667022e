/**
 * `sourced report <draft.md>`: the fact-check report of one draft, as one self-contained HTML page
 * (default) or Markdown, to --out or standard output. The findings the writers ignored are listed
 * apart with their reasons (all shown as findings under --no-ignore).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDraft } from '../core/draft/draft';
import { renderReportHtml, renderReportMarkdown } from '../core/features/report';
import { checkedAt } from '../workspace/checkDate';
import { UsageError, type Args } from './args';
import { serviceFor } from './check';
import { CliSuppressions, relativeDraft } from './suppressions';
import { displayPath, readDraft } from './workspace';

export async function report(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('Name one draft: sourced report draft.md --out report.html');
  const draftPath = path.resolve(args.positional[0]);
  const format = args.formatGiven ? args.format : args.out && /\.(md|markdown)$/i.test(args.out) ? 'md' : 'html';
  const text = await readDraft(draftPath);
  if (text === undefined) return 2;
  const service = await serviceFor(args, [draftPath]);
  if (typeof service === 'number') return service;
  const uri = pathToFileURL(draftPath).href;
  const check = await service.check({ uri, version: 1, getText: () => text });
  const draft = parseDraft(uri, 1, text);
  const suppressions = await new CliSuppressions(args.noIgnore).apply(draftPath, draft, check.diagnostics);
  const input = { draft, check, suppressions, path: relativeDraft(draftPath), checkedAt: checkedAt(), sourceCount: service.sources().length, displayPath };
  const page = format === 'md' ? renderReportMarkdown(input) : renderReportHtml(input);
  if (!args.out) {
    process.stdout.write(page);
    return 0;
  }
  // Sourced never writes over a draft or a source.
  const out = pathToFileURL(path.resolve(args.out)).href;
  if (out === uri || service.sources().some((x) => x.uri === out) || service.problems().some((x) => x.uri === out)) {
    process.stderr.write(`${args.out} is ${out === uri ? 'the draft itself' : 'a source'}: Sourced does not write over it. Choose another file for --out.\n`);
    return 2;
  }
  await fs.writeFile(args.out, page);
  process.stderr.write(`Wrote the fact-check report of ${relativeDraft(draftPath)} to ${args.out}.\n`);
  return 0;
}
