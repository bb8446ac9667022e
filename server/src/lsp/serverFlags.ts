/**
 * Node flags the language server runs with: the VS Code client starts it with them, and the benchmark
 * does too, so it measures the server as an editor runs it.
 *
 * Semi-spaces of 8 MB, half V8's default: while the server indexes it keeps most of what it allocates
 * (sources, keys, URIs), and a young-generation collection copies whatever survives, so a smaller young
 * generation bounds those pauses; smaller still slows checking (docs/performance.md has the figures).
 * Indexing workers keep the default (see indexing/workerPool.ts).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
