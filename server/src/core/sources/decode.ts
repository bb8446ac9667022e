import { UnreadableSourceError } from './model';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-16 saved without a byte order mark, told by where its zero bytes are: text in a Latin script has
 * a zero in every other byte (the high byte of each character), on the odd bytes little-endian, on the
 * even ones big-endian. A binary file has its zeros anywhere.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a text file strictly: binary files and invalid UTF-8 are errors, not garbage passages.
 * UTF-16 with a byte order mark (what Windows editors save as "Unicode"), or without one, is text too.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableSourceError('the file is empty');
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutMark(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableSourceError('it is not valid UTF-16 text (save it as UTF-8 to include it)');
    }
    if (text.includes('\u0000')) throw new UnreadableSourceError('it is a binary file, not text');
  } else {
    const probe = Math.min(bytes.length, 8192);
    for (let i = 0; i < probe; i++) {
      if (bytes[i] === 0) throw new UnreadableSourceError('it is a binary file, not text');
    }
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new UnreadableSourceError('it is not valid UTF-8 text (save it as UTF-8 to include it)');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new UnreadableSourceError('the file has no text');
  return text;
}
