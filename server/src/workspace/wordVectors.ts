/**
 * The word table from dist/wordVectors.bin, beside the bundle (esbuild.mjs writes it): read in a few
 * milliseconds, where loading the generated module took a good part of a server's start.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { WordVectorData } from '../core';

/** The table in the file beside this bundle; undefined when there is none (running from source) or it is not whole. */
export function readWordVectorFile(file = path.join(__dirname, 'wordVectors.bin')): WordVectorData | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'SWV1') return undefined;
  const dimensions = buf.readUInt32LE(4);
  const stemBytes = buf.readUInt32LE(8);
  if (12 + stemBytes > buf.length) return undefined;
  const stems = buf.toString('utf8', 12, 12 + stemBytes);
  const bytes = new Int8Array(buf.buffer, buf.byteOffset + 12 + stemBytes, buf.length - 12 - stemBytes);
  if (bytes.length !== stems.split(' ').length * dimensions) return undefined;
  return { dimensions, stems, bytes };
}
