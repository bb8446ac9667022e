// Bundles the extension client, the language server and the CLI (and the e2e test suite) into dist/.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  // The indexing worker thread: the server and the CLI load it from beside themselves (dist/).
  esbuild.build({ ...common, entryPoints: ['server/src/host/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  // The suite a real VS Code runs (see test/e2e/): bundled beside the extension so the editor can load it.
  existsSync('test/e2e/suite/index.ts') &&
    esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/index.js', external: ['vscode'] }),
]);
