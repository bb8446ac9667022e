/**
 * Lists the longest functions (and files) of the code base, to keep them small (ARCHITECTURE.md: "no
 * function over ~80 lines outside tests and generated data").
 *
 *   node --import tsx scripts/function-sizes.ts [--top N] [--over LINES] [folders…]
 *
 * Folders default to server/src and client/src. A function's length is the lines from its first to
 * its last, comments inside included; a function nested in another counts within its parent too.
 * Generated data (`*.data.ts`) is left out. With --over, exits 1 when a function is longer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const top = Number(option('--top') ?? 25);
const over = option('--over');
const roots = argv.length ? argv : ['server/src', 'client/src'];

function filesUnder(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return p.endsWith('.ts') && !p.endsWith('.data.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

interface Found {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly lines: number;
}

/** A readable name for a function-like node: its own, or what it is assigned to. */
function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(sf);
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(sf).slice(0, 40)})`;
  return '(anonymous)';
}

const found: Found[] = [];
const fileSizes: Array<{ file: string; lines: number }> = [];
for (const file of roots.flatMap(filesUnder)) {
  const text = readFileSync(file, 'utf8');
  fileSizes.push({ file, lines: text.split('\n').length });
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node, sf), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

found.sort((a, b) => b.lines - a.lines);
process.stdout.write(`Longest functions (of ${found.length}):\n`);
for (const f of found.slice(0, top)) process.stdout.write(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}\n`);
fileSizes.sort((a, b) => b.lines - a.lines);
process.stdout.write(`\nLongest files (of ${fileSizes.length}):\n`);
for (const f of fileSizes.slice(0, Math.min(top, 15))) process.stdout.write(`${String(f.lines).padStart(5)}  ${f.file}\n`);
if (over !== undefined) {
  const long = found.filter((f) => f.lines > Number(over));
  process.stdout.write(`\n${long.length} function${long.length === 1 ? '' : 's'} over ${over} lines.\n`);
  if (long.length) process.exitCode = 1;
}
