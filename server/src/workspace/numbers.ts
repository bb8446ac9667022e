/**
 * 12345 → "12,345", as progress and messages show counts. Not toLocaleString: its first call loads
 * the locale's number data, 5–10 ms on the server's thread just as indexing starts.
 */
export function thousands(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
