/**
 * The language server's entry point (dist/server.js): it turns on V8's compile cache before loading the
 * server itself (dist/serverMain.js), so that from the second start on the bundle's code is read from
 * the cache instead of compiled again (about a third of loading it: docs/performance.md, "First
 * feedback"). Node keeps the cache in its own folder under the system's temporary folder and checks
 * it against the file; a Node without the cache (before 22.1) or a cache it cannot write just compiles.
 */
import * as nodeModule from 'node:module';

const withCache = nodeModule as typeof nodeModule & { enableCompileCache?: () => unknown };
try {
  withCache.enableCompileCache?.();
} catch {
  /* no cache: the bundle is compiled as it always was */
}
require('./serverMain.js');
