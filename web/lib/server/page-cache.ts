import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { RENDER_ANEW_FOR_BENCH, type FiguresVersion } from '$shared/api-bridge.ts';
import { negotiateEncoding, type Encoding } from '$shared/http/accept-encoding.ts';

type Entry = {
  version: string;
  status: number;
  headers: [string, string][];
  /** The page's bytes as rendered: kept as bytes, never decoded to a string and encoded again. */
  body: Uint8Array<ArrayBuffer>;
  /** The body compressed once per encoding a visitor asked for, with the headers that say so. */
  encoded: Partial<Record<Encoding, { bytes: Uint8Array<ArrayBuffer>; headers: [string, string][] }>>;
  /** What the entry holds: its body and every compressed copy. */
  bytes: number;
};

type Scope = {
  /** Whose figures the page shows: one office's, or (undefined) every office's. */
  figuresOf: (params: Record<string, string>) => string | undefined;
  /** The query parameters the page reads; any other parameter leaves the page as it is. */
  reads: readonly string[];
};

/**
 * Pages that show only public figures, whose figures they show, and what of their URL they read. A busy office
 * page is rendered once per change of its figures (or per minute), not once per visitor.
 */
const SCOPES: Record<string, Scope> = {
  '/': { figuresOf: () => undefined, reads: ['lang', 'from', 'to', 'q', 'sort', 'dir'] },
  '/kantor/[office]': { figuresOf: (params) => params.office, reads: ['lang', 'from', 'to'] }
};

// An office page is ~70 kB, ~85 kB with its compressed copies: 32 MB keeps every office of a large installation
// in both languages, and bounds the cache whatever a page weighs (docs/bench.md, "Peak memory").
const DEFAULT_CAPACITY_BYTES = 32 * 1024 * 1024;

// Below this, compressing costs more than it saves (as for every other answer, server/pages/compress.ts).
const MIN_BYTES = 1024;
// A page served again is compressed once per version of its figures and sent many times: brotli's ratio is worth
// it, but a busy office's figures change often, so not its slowest levels. A page's first answer (often its only
// one, for a period nobody else asks for) is compressed at the quickest setting of the visitor's encoding: brotli
// at quality 1 takes a half to a third of gzip level 1's CPU for about the same bytes (docs/bench.md, "A page's
// first answer").
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;
const QUICK = { br: 1, gzip: 1 } as const satisfies Record<Encoding, number>;

/**
 * Rendered pages kept until the figures they were built from change; the least recently stored go first once the
 * pages and their compressed copies together pass `capacityBytes`.
 */
export class PageCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(private readonly capacityBytes = DEFAULT_CAPACITY_BYTES) {}

  /** The bytes the cached pages hold, compressed copies included. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Answers a cached copy of the page while its figures are unchanged, else renders it (and keeps it when it is a
   * plain 200 that sets no cookie). Only full-page GETs of the pages in SCOPES; anything else just renders.
   * A cached page goes out already compressed for the visitor's `Accept-Encoding`, so it is compressed once per
   * version and encoding, not once per request.
   */
  async serve(event: RequestEvent, render: () => Response | Promise<Response>, figuresVersion: FiguresVersion | undefined): Promise<Response> {
    const scope = event.route.id ? SCOPES[event.route.id] : undefined;
    if (!scope || !figuresVersion || event.request.method !== 'GET' || event.isDataRequest) return render();
    const version = figuresVersion(scope.figuresOf(event.params as Record<string, string>));
    if (version === undefined) return render();
    // A page asked with parameters it does not read is the same page: it is rendered without them (the language
    // links keep the query, and must not hand one visitor's parameters to the next), and kept as that page.
    for (const name of [...event.url.searchParams.keys()]) if (!scope.reads.includes(name)) event.url.searchParams.delete(name);
    const key = `${event.locals.lang}|${event.url.pathname}?${pageQuery(event.url.searchParams, scope.reads)}`;
    // The bench's renderings take the path of a page not in the cache, and are not kept (docs/bench.md).
    const forBench = event.request.headers.has(RENDER_ANEW_FOR_BENCH);
    const hit = forBench ? undefined : this.#entries.get(key);
    if (hit?.version === version) return this.#answerAgain(hit, event.request);

    const response = await render();
    if (response.status !== 200 || response.headers.has('set-cookie') || response.headers.has('content-encoding')) return response;
    const body = new Uint8Array(await response.arrayBuffer());
    const entry: Entry = { version, status: response.status, headers: [...response.headers], body, encoded: {}, bytes: body.byteLength };
    if (!forBench) this.#keep(key, entry);
    return answerFirst(entry, event.request);
  }

  #keep(key: string, entry: Entry): void {
    this.#forget(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.capacityBytes) break;
      this.#forget(oldest);
    }
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  /** A cached page asked for again: compressed well, once per encoding, and kept with the page. */
  #answerAgain(entry: Entry, request: Request): Response {
    const encoding = encodingFor(entry, request);
    if (!encoding) return new Response(entry.body, { status: entry.status, headers: entry.headers });
    let encoded = entry.encoded[encoding];
    if (!encoded) {
      encoded = entry.encoded[encoding] = encode(entry, encoding);
      entry.bytes += encoded.bytes.byteLength;
      this.#bytes += encoded.bytes.byteLength;
    }
    return new Response(encoded.bytes, { status: entry.status, headers: encoded.headers });
  }
}

/** The parameters the page reads, in a fixed order: the same page whatever order the URL gives them in. */
function pageQuery(params: URLSearchParams, reads: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const name of reads) for (const value of params.getAll(name)) kept.append(name, value);
  return kept.toString();
}

/** A page just rendered: compressed quickly, and that copy is not kept. */
function answerFirst(entry: Entry, request: Request): Response {
  const encoding = encodingFor(entry, request);
  if (!encoding) return new Response(entry.body, { status: entry.status, headers: entry.headers });
  const quick = encode(entry, encoding, QUICK[encoding]);
  return new Response(quick.bytes, { status: entry.status, headers: quick.headers });
}

function encodingFor(entry: Entry, request: Request): Encoding | undefined {
  return entry.body.byteLength >= MIN_BYTES ? negotiateEncoding(request.headers.get('accept-encoding') ?? undefined) : undefined;
}

/** `level`: brotli's quality or gzip's level; by default the well-compressed copy a cached page keeps. */
function encode(entry: Entry, encoding: Encoding, level = encoding === 'br' ? BROTLI_QUALITY : GZIP_LEVEL): NonNullable<Entry['encoded'][Encoding]> {
  const bytes = encoding === 'br' ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: level } }) : gzipSync(entry.body, { level });
  const kept = entry.headers.filter(([name]) => name !== 'content-length' && name !== 'vary');
  const vary = entry.headers.find(([name]) => name === 'vary')?.[1];
  const headers: [string, string][] = [...kept, ['content-encoding', encoding], ['content-length', String(bytes.byteLength)], ['vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding']];
  return { bytes: new Uint8Array(bytes), headers };
}
