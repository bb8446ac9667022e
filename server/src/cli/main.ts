/**
 * `sourced`: the command-line front end over the same core as the language server.
 *   sourced check <draft.md…> [--sources <glob|dir>…] [--format text|json|sarif] [--fail-on <list>|none] [--no-ignore]
 *   sourced report <draft.md> [--sources <glob|dir>…] [--out report.html] [--format html|md] [--no-ignore]
 *   sourced explain "<sentence>" [--sources <glob|dir>…]
 *   sourced bibliography [draft.md…] [--sources <glob|dir>…] [--bibliography <file>…] [--out refs.json]
 */
import { useWordVectorData } from '../core';
import { readWordVectorFile } from '../workspace/wordVectors';
import { parseArgs, UsageError, USAGE, VERSION } from './args';
import { bibliography } from './bibliography';
import { check } from './check';
import { explain } from './explain';
import { report } from './report';

/** Plain words for an error nobody expected: what happened and what to try, the stack only on request. */
function plainError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const where = (e as NodeJS.ErrnoException | undefined)?.path ? ` (${(e as NodeJS.ErrnoException).path})` : '';
  if (code === 'ENOSPC') return `sourced: the disk is full${where}; free some space and run it again.`;
  if (code === 'EACCES' || code === 'EPERM') return `sourced: permission denied${where}.`;
  if (code === 'EMFILE' || code === 'ENFILE') return 'sourced: too many files are open at once; run it again.';
  if (e instanceof RangeError && /allocation|memory|heap/i.test(e.message)) return 'sourced: ran out of memory; check fewer drafts at once, or fewer or smaller sources.';
  const detail = e instanceof Error ? e.message : String(e);
  return `sourced: something went wrong that should not have (${detail}). Please report it with the command you ran; set SOURCED_DEBUG=1 to see where it happened.`;
}

export async function main(argv: string[]): Promise<number> {
  useWordVectorData(readWordVectorFile);
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'check':
        return await check(args);
      case 'report':
        return await report(args);
      case 'explain':
        return await explain(args);
      case 'bibliography':
        return await bibliography(args);
      case '--version':
      case '-v':
        process.stdout.write(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `Unknown command "${args.command}".` : 'No command given.');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

/** Runs the CLI on this process's arguments and exits with its code. */
export function run(): void {
  // A reader that stops early (`sourced check draft.md | head`) closes the pipe: stop writing, as
  // command-line tools do, instead of failing with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${plainError(e)}\n`);
      if (process.env.SOURCED_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();
