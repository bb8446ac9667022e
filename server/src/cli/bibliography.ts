/** `sourced bibliography`: CSL-JSON for every indexed source, for Pandoc's citeproc. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createSourcedService } from '../core';
import type { Args } from './args';
import { coreOptions, displayPath, indexSources, useBibliographies } from './workspace';

export async function bibliography(args: Args): Promise<number> {
  const service = createSourcedService({ options: coreOptions(args) });
  const drafts = args.positional.map((p) => path.resolve(p));
  const count = await indexSources(service, args.sources, drafts.length ? [...new Set(drafts.map((d) => path.dirname(d)))] : [process.cwd()], args);
  await useBibliographies(service, args, drafts);
  for (const p of service.problems()) process.stderr.write(`skipped ${displayPath(p.uri)}: ${p.reason}\n`);
  const items = service.cslItems();
  if (count === 0 && items.length === 0) {
    process.stderr.write('No sources or bibliography entries found. Use --sources <folder> or --bibliography <file>.\n');
    return 2;
  }
  const json = JSON.stringify(items, null, 2) + '\n';
  if (args.out) {
    await fs.mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await fs.writeFile(args.out, json);
    process.stderr.write(`Wrote ${items.length} item${items.length === 1 ? '' : 's'} to ${args.out}.\n`);
  } else process.stdout.write(json);
  return 0;
}
