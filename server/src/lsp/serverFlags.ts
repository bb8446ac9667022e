/**
 * Node flags the language server runs with: the VS Code client starts it with them, and the benchmark
 * does too, so it measures the server as an editor runs it.
 *
 * Semi-spaces of 8 MB (V8's default is 16): while the server indexes it keeps most of what it
 * allocates (sources, keys, URIs), and a young-generation collection copies whatever survives, so a
 * smaller young generation bounds those pauses. Measured on a 100 MB warm start (longest collection,
 * median of five or six runs): 16 MB 41 ms (up to 73), 8 MB 26 ms, 4 MB 16 ms; checking a draft, which
 * makes short-lived garbage, took 2% longer at 8 MB and 12% longer at 4 MB. Indexing workers keep the
 * default (see indexing/run.ts).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
