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

/**
 * The libraries that read PDF and Word files are two thirds of the code (PDF.js alone 2.3 MB), and
 * most workspaces hold neither. Each is bundled on its own (dist/vendor-<name>.js) and loaded the
 * first time a file needs it: the server, the CLI and every indexing worker start without compiling it.
 */
const vendors = ['unpdf', 'mammoth', 'jszip'];
const vendorFile = (name) => `./vendor-${name}.js`;
const lazyVendors = {
  name: 'lazy-vendors',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${vendors.join('|')})$`) }, (args) => {
      if (args.kind !== 'dynamic-import') throw new Error(`${args.path} must be imported with await import() (it is loaded on first use), in ${args.importer}`);
      return { path: vendorFile(args.path), external: true };
    });
  },
};
const server = { ...common, plugins: [lazyVendors] };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...server, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...server, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // The indexing worker thread: the server and the CLI load it from beside themselves (dist/).
  esbuild.build({ ...server, entryPoints: ['server/src/indexing/worker.ts'], outfile: 'dist/indexWorker.js' }),
  // Bibliographies are parsed in a worker thread too (a large BibTeX file takes seconds).
  esbuild.build({ ...server, entryPoints: ['server/src/workspace/bibliographyWorker.ts'], outfile: 'dist/bibliographyWorker.js' }),
  ...vendors.map((name) =>
    // Re-exported as ES exports: esbuild then names them for Node, so import() finds them (`.default` is the whole module).
    esbuild.build({ ...common, stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: '.', loader: 'js' }, outfile: `dist/${vendorFile(name)}` }),
  ),
  // The suite a real VS Code runs (see test/e2e/): bundled beside the extension so the editor can load it.
  existsSync('test/e2e/suite/index.ts') &&
    esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/index.js', external: ['vscode'] }),
]);
