#!/usr/bin/env node
// `npm run test:e2e:electron`: the same suite as `npm run test:e2e`, in a desktop VS Code, through
// @vscode/test-electron. Point VSCODE_EXECUTABLE at the VS Code binary (e.g. the `code` executable of
// an installed VS Code, not the shell script on PATH): nothing is downloaded. Without it, this skips.
// Needs `npm run build` first (dist/test/e2e/index.js).
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = path.join(root, 'dist', 'test', 'e2e', 'index.js');
const executable = process.env.VSCODE_EXECUTABLE;

if (!executable) {
  console.log('[e2e:electron] skipped: set VSCODE_EXECUTABLE to a desktop VS Code binary to run the suite in it');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
if (!existsSync(executable)) {
  console.log(`[e2e:electron] VSCODE_EXECUTABLE does not exist: ${executable}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!existsSync(suite)) {
  console.log('[e2e:electron] dist/test/e2e/index.js is missing: run `npm run build` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const { runTests } = await import('@vscode/test-electron');

// Remember the suite's closing line as it streams past, to repeat it last.
let summary;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  for (const l of String(chunk).split('\n')) if (/^\d+ passed, \d+ failed$/.test(l.trim())) summary = l.trim();
  return write(chunk, ...rest);
};

const scratch = await fs.mkdtemp(path.join(tmpdir(), 'sourced-e2e-electron-'));
const workspace = path.join(scratch, 'balloons');
await fs.cp(path.join(root, 'examples', 'balloons'), workspace, { recursive: true });
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    // (@vscode/test-electron adds --disable-workspace-trust, --skip-welcome and the like itself.)
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out of the way (the one under test still loads)
      `--user-data-dir=${path.join(scratch, 'user')}`,
      `--extensions-dir=${path.join(scratch, 'ext')}`,
    ],
  });
} catch (e) {
  console.log(`[e2e:electron] ${e instanceof Error ? e.message : e}`);
} finally {
  if (!process.env.E2E_KEEP) await fs.rm(scratch, { recursive: true, force: true }).catch(() => {});
}
process.stdout.write = write;
if (!summary) console.log(`[e2e:electron] the suite's closing line never appeared (VS Code exit code ${code})`);
console.log(summary ?? '0 passed, 1 failed');
process.exit(code === 0 && summary && / 0 failed$/.test(summary) ? 0 : 1);
