/** Growable Int32Array helpers (grow by 1.5×: the arrays are large, doubling would waste too much). */
export function grownInt32(a: Int32Array, min: number, fill = 0): Int32Array {
  let n = Math.max(16, a.length);
  while (n < min) n = Math.ceil(n * 1.5);
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
