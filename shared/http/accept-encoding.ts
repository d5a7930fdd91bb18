/** The encodings the server compresses with. */
export type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer with, from `Accept-Encoding` and its q-values: brotli before gzip when the
 * client ranks them equally, nothing when it accepts neither (or forbids both with q=0).
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  return acceptedEncodings(acceptEncoding)[0];
}

/** Every encoding the client accepts, best first (see negotiateEncoding). */
export function acceptedEncodings(acceptEncoding: string | undefined): Encoding[] {
  if (!acceptEncoding) return [];
  const ranks = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    ranks.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const rank = (name: Encoding) => ranks.get(name) ?? ranks.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((name) => rank(name) > 0).sort((a, b) => rank(b) - rank(a));
}
