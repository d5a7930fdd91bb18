import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import type { FiguresVersion } from '$shared/api-bridge.ts';
import { acceptedEncodings, negotiateEncoding, type Encoding } from '$shared/http/accept-encoding.ts';

type Entry = {
  version: string;
  status: number;
  headers: [string, string][];
  /** The page's bytes as rendered: kept as bytes, never decoded to a string and encoded again. */
  body: Uint8Array<ArrayBuffer>;
  /** The body compressed once per encoding a visitor asked for, with the headers that say so. */
  encoded: Partial<Record<Encoding, { bytes: Uint8Array<ArrayBuffer>; headers: [string, string][] }>>;
};

/**
 * Pages that show only public figures, and whose figures they show: one office's, or (undefined) every office's.
 * A busy office page is rendered once per change of its figures (or per minute), not once per visitor.
 */
const SCOPES: Record<string, (params: Record<string, string>) => string | undefined> = {
  '/': () => undefined,
  '/kantor/[office]': (params) => params.office
};

// Below this, compressing costs more than it saves (as for every other answer, server/pages/compress.ts).
const MIN_BYTES = 1024;
// A page served again is compressed once per version of its figures and sent many times: brotli's ratio is worth
// it, but a busy office's figures change often, so not its slowest levels. A page's first answer (often its only
// one, for a period nobody else asks for) takes the quickest encoding the visitor accepts: gzip at level 1 costs a
// quarter of brotli's CPU for about a quarter more bytes (docs/bench.md, "Office page").
const BROTLI_QUALITY = 6;
const QUICK_GZIP_LEVEL = 1;

/** Rendered pages kept until the figures they were built from change; the oldest go first. */
export class PageCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly capacity = 300) {}

  /**
   * Answers a cached copy of the page while its figures are unchanged, else renders it (and keeps it when it is a
   * plain 200 that sets no cookie). Only full-page GETs of the pages in SCOPES; anything else just renders.
   * A cached page goes out already compressed for the visitor's `Accept-Encoding`, so it is compressed once per
   * version and encoding, not once per request.
   */
  async serve(event: RequestEvent, render: () => Response | Promise<Response>, figuresVersion: FiguresVersion | undefined): Promise<Response> {
    const scope = event.route.id ? SCOPES[event.route.id] : undefined;
    if (!scope || !figuresVersion || event.request.method !== 'GET' || event.isDataRequest) return render();
    const version = figuresVersion(scope(event.params as Record<string, string>));
    if (version === undefined) return render();
    const key = `${event.locals.lang}|${event.url.pathname}${event.url.search}`;
    const hit = this.#entries.get(key);
    if (hit?.version === version) return answerAgain(hit, event.request);

    const response = await render();
    if (response.status !== 200 || response.headers.has('set-cookie') || response.headers.has('content-encoding')) return response;
    const entry: Entry = { version, status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()), encoded: {} };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return answerFirst(entry, event.request);
  }
}

/** A page just rendered: compressed quickly, and that copy is not kept. */
function answerFirst(entry: Entry, request: Request): Response {
  const encoding = encodingFor(entry, request);
  if (!encoding) return new Response(entry.body, { status: entry.status, headers: entry.headers });
  const quick = encoding === 'br' && acceptsGzip(request) ? encode(entry, 'gzip', QUICK_GZIP_LEVEL) : encode(entry, encoding);
  return new Response(quick.bytes, { status: entry.status, headers: quick.headers });
}

/** A page asked for again: compressed well, once per encoding, and kept with the page. */
function answerAgain(entry: Entry, request: Request): Response {
  const encoding = encodingFor(entry, request);
  if (!encoding) return new Response(entry.body, { status: entry.status, headers: entry.headers });
  const encoded = (entry.encoded[encoding] ??= encode(entry, encoding));
  return new Response(encoded.bytes, { status: entry.status, headers: encoded.headers });
}

function encodingFor(entry: Entry, request: Request): Encoding | undefined {
  return entry.body.byteLength >= MIN_BYTES ? negotiateEncoding(request.headers.get('accept-encoding') ?? undefined) : undefined;
}

function acceptsGzip(request: Request): boolean {
  return acceptedEncodings(request.headers.get('accept-encoding') ?? undefined).includes('gzip');
}

function encode(entry: Entry, encoding: Encoding, gzipLevel = 6): NonNullable<Entry['encoded'][Encoding]> {
  const bytes = encoding === 'br' ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : gzipSync(entry.body, { level: gzipLevel });
  const kept = entry.headers.filter(([name]) => name !== 'content-length' && name !== 'vary');
  const vary = entry.headers.find(([name]) => name === 'vary')?.[1];
  const headers: [string, string][] = [...kept, ['content-encoding', encoding], ['content-length', String(bytes.byteLength)], ['vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding']];
  return { bytes: new Uint8Array(bytes), headers };
}
