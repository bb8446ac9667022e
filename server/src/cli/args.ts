import { defaultSettings } from '../workspace/settings';

export const VERSION = '0.1.0';
export const STATUSES = ['unsupported', 'citation-mismatch', 'contradicted', 'unknown-key', 'bad-locator', 'wrong-locator', 'uncited', 'not-verbatim'] as const;
const DEFAULT_FAIL_ON = ['unsupported', 'citation-mismatch', 'contradicted', 'unknown-key', 'wrong-locator', 'not-verbatim'];

export const USAGE = `Usage:
  sourced check <draft.md…> [--sources <folder|glob>…] [--format text|json|sarif] [--fail-on <list>|none] [--no-ignore]
  sourced report <draft.md> [--sources <folder|glob>…] [--out report.html] [--format html|md] [--no-ignore]
  sourced explain "<sentence>"|<draft.md:line[:column]> [--sources <folder|glob>…]
  sourced bibliography [draft.md…] [--sources <folder|glob>…] [--bibliography <file>…] [--out refs.json]

Checks every claim of Markdown drafts against a folder of source documents.
\`report\` writes a fact-check report of one draft: every sentence, its status and its evidence.
\`bibliography\` writes CSL-JSON for every source, for \`pandoc --citeproc --bibliography refs.json\`.

Options:
  --sources   where the sources are (repeatable). Default: sources/ and references/ next to each draft.
  --format    check: text (default), one line per finding; json, every sentence with its verdict and
              evidence; sarif, a SARIF 2.1.0 log for code scanning (see docs/ci.md).
              report: html (default, one page to open in a browser) or md (Markdown).
  --no-ignore show the findings the writers chose to ignore too (see docs/suppressions.md): a
              <!-- sourced-ignore … --> comment in the draft, or an entry of .sourced/ignore.json
              (in the nearest folder above the draft that has a .sourced/ folder, else the current one).
  --fail-on   comma-separated findings that make the exit code 1: ${STATUSES.join(', ')}.
              Default: ${DEFAULT_FAIL_ON.join(',')}. "none" always exits 0.
  --threshold support needed to call a claim supported, 0–1 (default ${defaultSettings.supportThreshold}).
  --bibliography  a BibTeX or CSL-JSON file whose keys and linked files to use (repeatable); drafts'
              front matter (bibliography: refs.bib) is read too.
  --out       where \`report\` writes its page, or \`bibliography\` its CSL-JSON (default: standard output).
  --allow     a folder outside the current one whose files bibliographies may link (repeatable).
              Nothing outside the current folder, the drafts' folders and --sources is read otherwise.
  --max-file-size  skip source files larger than this many megabytes (default ${defaultSettings.maxFileSizeMB}).

Exit codes: 0 nothing to fix, 1 findings (see --fail-on), 2 bad usage or no sources.`;

export interface Args {
  command: string;
  positional: string[];
  sources: string[];
  format: Format;
  /** The format was given (report takes it from --out's extension otherwise). */
  formatGiven: boolean;
  /** Show the findings the writers ignored, too. */
  noIgnore: boolean;
  failOn: string[];
  threshold?: number;
  bibliography: string[];
  out?: string;
  allow: string[];
  maxFileSizeMB: number;
}

export type Format = 'text' | 'json' | 'sarif' | 'html' | 'md';

/** The formats each command writes (the first is its default). */
const FORMATS: Readonly<Record<string, readonly Format[]>> = { check: ['text', 'json', 'sarif'], report: ['html', 'md'] };

/** A command line that makes no sense: said with the usage, exit code 2. */
export class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: argv[0] ?? '', positional: [], sources: [], format: FORMATS[argv[0]]?.[0] ?? 'text', formatGiven: false, noIgnore: false, failOn: DEFAULT_FAIL_ON, bibliography: [], allow: [], maxFileSizeMB: defaultSettings.maxFileSizeMB };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--sources' || name === '-s') args.sources.push(value());
    else if (name === '--format' || name === '-f') {
      args.format = formatOf(args.command, value());
      args.formatGiven = true;
    } else if (a === '--no-ignore') args.noIgnore = true;
    else if (name === '--fail-on') args.failOn = failOnOf(value());
    else if (name === '--threshold') args.threshold = thresholdOf(value());
    else if (name === '--bibliography' || name === '-b') args.bibliography.push(value());
    else if (name === '--out' || name === '-o') args.out = value();
    else if (name === '--allow') args.allow.push(value());
    else if (name === '--max-file-size') args.maxFileSizeMB = megabytesOf(value());
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else args.positional.push(a);
  }
  return args;
}

function formatOf(command: string, f: string): Format {
  const known = FORMATS[command] ?? FORMATS.check;
  if (!(known as readonly string[]).includes(f)) throw new UsageError(`--format is ${known.slice(0, -1).join(', ')} or ${known[known.length - 1]}, not "${f}".`);
  return f as Format;
}

function failOnOf(v: string): string[] {
  const list = v === 'none' ? [] : v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (bad.length) throw new UsageError(`--fail-on does not know ${bad.join(', ')}; use ${STATUSES.join(', ')} or none.`);
  return list;
}

function thresholdOf(v: string): number {
  const t = Number(v);
  if (!(t >= 0 && t <= 1)) throw new UsageError('--threshold is a number from 0 to 1.');
  return t;
}

function megabytesOf(v: string): number {
  const mb = Number(v);
  if (!(mb > 0)) throw new UsageError('--max-file-size is a number of megabytes, more than 0.');
  return mb;
}
