/**
 * Text as UTF-16 code units in a typed array, for passes that blank or replace characters in place
 * without moving offsets (an array of one-character strings is a slow way to edit a long draft).
 */

export function codesOf(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

export function textOf(codes: Uint16Array): string {
  let out = '';
  for (let at = 0; at < codes.length; at += 8192) out += String.fromCharCode.apply(null, codes.subarray(at, at + 8192) as unknown as number[]);
  return out;
}

/** Whether a code unit is white space as a regular expression's `\s` reads it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
