import { UnreadableSourceError } from './model';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a text file strictly: binary files and invalid UTF-8 are errors, not garbage passages. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableSourceError('the file is empty');
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) throw new UnreadableSourceError('it is a binary file, not text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableSourceError('it is not valid UTF-8 text (save it as UTF-8 to include it)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new UnreadableSourceError('the file has no text');
  return text;
}
