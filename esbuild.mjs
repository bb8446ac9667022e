// Bundles the extension client, the language server and the CLI (and the e2e test suite) into dist/.
import * as esbuild from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
 * most workspaces hold neither; the BibTeX parser (1.1 MB with its LaTeX tables) is needed only for a
 * bibliography, the HTML parser (with its entity tables) only for a web page or a Word file. Each is bundled on its own (dist/vendor-<name>.js) and loaded the
 * first time a file needs it: the server, the CLI and every indexing worker start without compiling it.
 */
const vendors = ['unpdf', 'mammoth', 'jszip', '@retorquere/bibtex-parser', 'htmlparser2'];
const vendorFile = (name) => `./vendor-${name.replace(/^@/, '').replace(/\//g, '-')}.js`;
const lazyVendors = {
  name: 'lazy-vendors',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${vendors.join('|')})$`) }, (args) => {
      if (args.kind !== 'dynamic-import') throw new Error(`${args.path} must be imported with await import() (it is loaded on first use), in ${args.importer}`);
      return { path: vendorFile(args.path), external: true };
    });
  },
};
/**
 * The word table (2.8 MB of generated code) is not bundled: it is written beside the bundles as
 * dist/wordVectors.bin, which the server and the CLI read in a few milliseconds where parsing and
 * decoding the module took a large part of a start (docs/performance.md, "First feedback"), and as
 * dist/wordVectors.data.js, which the core loads on first use when no host gave it the file.
 */
const wordVectors = {
  name: 'word-vectors',
  setup(build) {
    build.onResolve({ filter: /^\.\/wordVectors\.data$/ }, () => ({ path: './wordVectors.data.js', external: true }));
  },
};
const server = { ...common, plugins: [lazyVendors, wordVectors] };

/** dist/wordVectors.bin: "SWV1", the dimensions and the stems' length (uint32 LE), the stems (UTF-8), one signed byte per dimension per stem. */
function writeWordVectors() {
  const { DIMENSIONS, STEMS, VECTORS } = createRequire(import.meta.url)('./dist/wordVectors.data.js');
  const stems = Buffer.from(STEMS, 'utf8');
  const head = Buffer.alloc(12);
  head.write('SWV1', 0, 'ascii');
  head.writeUInt32LE(DIMENSIONS, 4);
  head.writeUInt32LE(stems.length, 8);
  writeFileSync('dist/wordVectors.bin', Buffer.concat([head, stems, Buffer.from(VECTORS, 'base64')]));
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The server, loaded by a few lines that turn on V8's compile cache first (server/src/launch.ts).
  esbuild.build({ ...server, entryPoints: ['server/src/main.ts'], outfile: 'dist/serverMain.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', external: ['./serverMain.js'] }),
  esbuild.build({ ...server, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // The indexing worker thread: the server and the CLI load it from beside themselves (dist/).
  esbuild.build({ ...server, entryPoints: ['server/src/indexing/worker.ts'], outfile: 'dist/indexWorker.js' }),
  // Bibliographies are parsed in a worker thread too (a large BibTeX file takes seconds).
  esbuild.build({ ...server, entryPoints: ['server/src/workspace/bibliographyWorker.ts'], outfile: 'dist/bibliographyWorker.js' }),
  ...vendors.map((name) =>
    // Re-exported as ES exports: esbuild then names them for Node, so import() finds them (`.default` is the whole module).
    esbuild.build({ ...common, stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: '.', loader: 'js' }, outfile: `dist/${vendorFile(name)}` }),
  ),
  esbuild.build({ ...common, entryPoints: ['server/src/core/claims/wordVectors.data.ts'], outfile: 'dist/wordVectors.data.js' }).then(writeWordVectors),
  // The suite a real VS Code runs (see test/e2e/): bundled beside the extension so the editor can load it.
  existsSync('test/e2e/suite/index.ts') &&
    esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/index.js', external: ['vscode'] }),
]);
