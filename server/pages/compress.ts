import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';
import { negotiateEncoding } from '../../shared/http/accept-encoding.ts';

export { negotiateEncoding, type Encoding } from '../../shared/http/accept-encoding.ts';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

// Text worth compressing; images, fonts and already-encoded bodies are left alone.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|problem\+json)|image\/svg\+xml)/i;
// Below this, the encoding costs more than it saves (a redirect, an empty answer).
const MIN_BYTES = 1024;

/**
 * Compresses the pages' answers (server-rendered HTML, and anything else sent uncompressed) as the
 * API's figures are: negotiated from `Accept-Encoding`, with `Vary: Accept-Encoding`. Streaming-safe:
 * every chunk the page handler writes is flushed at once, so a streamed page arrives piece by piece.
 */
export function compressPages(handler: NodeHandler): NodeHandler {
  return function compressed(req, res, next) {
    const encoding = req.method === 'HEAD' ? undefined : negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding) return handler(req, res, next);

    const write = res.write.bind(res) as (chunk: unknown) => boolean;
    const end = res.end.bind(res) as () => ServerResponse;
    const writeHead = res.writeHead.bind(res) as (status: number, message?: string) => ServerResponse;
    let stream: Gzip | BrotliCompress | undefined;

    res.writeHead = function (status: number, ...rest: unknown[]) {
      const message = typeof rest[0] === 'string' ? rest[0] : undefined;
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
      if (worthCompressing(res, status)) {
        stream = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip({ level: 6 });
        res.removeHeader('Content-Length');
        res.setHeader('Content-Encoding', encoding);
        stream.on('data', (chunk: Buffer) => {
          if (!write(chunk)) stream!.pause();
        });
        stream.on('end', () => end());
        // Backpressure both ways: the page handler waits for 'drain' when our write said "full"
        // (SvelteKit's adapter does), and the encoder waits while the socket is full.
        stream.on('drain', () => res.emit('drain'));
        res.on('drain', () => stream!.resume());
      }
      // A page from the page cache arrives already encoded, and says so itself.
      if (!/accept-encoding/i.test(String(res.getHeader('Vary') ?? ''))) res.appendHeader('Vary', 'Accept-Encoding');
      return writeHead(status, message);
    } as typeof res.writeHead;

    res.write = function (chunk: unknown, ...rest: unknown[]) {
      if (!res.headersSent) res.writeHead(res.statusCode);
      if (!stream) return write.apply(res, [chunk, ...rest] as [unknown]);
      const accepted = stream.write(chunk as Buffer);
      stream.flush();
      return accepted;
    } as typeof res.write;

    res.end = function (...args: unknown[]) {
      const chunk = typeof args[0] === 'function' ? undefined : args[0];
      if (!res.headersSent) {
        if (chunk !== undefined && !res.hasHeader('Content-Length')) res.setHeader('Content-Length', Buffer.byteLength(chunk as string));
        res.writeHead(res.statusCode);
      }
      if (!stream) return end.apply(res, args as []);
      if (chunk !== undefined) stream.write(chunk as Buffer);
      stream.end();
      return res;
    } as typeof res.end;

    handler(req, res, next);
  };
}

function worthCompressing(res: ServerResponse, status: number): boolean {
  if (status < 200 || status === 204 || status === 304) return false;
  if (res.hasHeader('Content-Encoding')) return false;
  if (!COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''))) return false;
  const length = Number(res.getHeader('Content-Length'));
  return Number.isNaN(length) || length >= MIN_BYTES;
}
