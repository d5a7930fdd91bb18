/**
 * An element file, fetched once however many elements need it. After a failure (offline) the next call tries
 * again: the element keeps showing its light-DOM fallback link meanwhile.
 */
export function loader<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
