/**
 * Node flags the language server runs with: the VS Code client starts it with them, and the benchmark
 * does too, so it measures the server as an editor runs it.
 *
 * Semi-spaces of 4 MB (instead of V8's 16): the server keeps most of what it allocates while it
 * indexes (sources, keys, URIs), and a young-generation collection copies whatever survives, so a
 * smaller young generation bounds those pauses (at 100 MB of sources: ~15–30 ms instead of ~30–45).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
