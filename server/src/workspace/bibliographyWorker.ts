/**
 * Worker-thread entry (bundled to dist/bibliographyWorker.js): parses one bibliography off the language
 * server's main thread. A BibTeX file of 10,000 entries takes seconds to parse; the host waits for the
 * answer without blocking, and gives up on a parse that takes too long (see bibliography.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
// The parser alone, not the core's public entry: a worker that starts per bibliography loads only what it runs.
import { parseBibliography } from '../core/bibliography/parse';
import type { BibliographyWorkerData, FromBibliographyWorker } from '../indexing/messages';

/** Entries per message. */
const PART = 500;

const port = parentPort;
if (port) {
  const { name, text, uri } = workerData as BibliographyWorkerData;
  const say = (m: FromBibliographyWorker) => port.postMessage(m);
  // The entries go in parts, each once the receiver asks for the next: it unpacks each part in a turn of
  // its own (all at once would hold its thread; parts sent unasked arrive, and are
  // unpacked, together).
  const next = () => new Promise<void>((resolve) => port.once('message', () => resolve()));
  parseBibliography(name, text, uri).then(
    async (bibliography) => {
      for (let i = 0; i < bibliography.entries.length; i += PART) {
        say({ entries: bibliography.entries.slice(i, i + PART) });
        await next();
      }
      say({ problems: bibliography.problems });
    },
    (e) => say({ error: e instanceof Error ? e.message : String(e) }),
  );
}
