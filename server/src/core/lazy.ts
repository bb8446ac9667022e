/**
 * A value made on first use and kept. For lookup tables built from constant data (the word vectors,
 * the opposites): the same for every service and never changed once made, so one per process is
 * enough, and the first request need not build it if the host warmed up (SourceLoading.warmUp).
 */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
