import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressPages, negotiateEncoding, type NodeHandler } from './compress.ts';

const PAGE = `<!doctype html><html><body>${'<p>Indeks Kepuasan Masyarakat</p>'.repeat(200)}</body></html>`;
let server: Server | undefined;

afterEach(() => server?.close());

async function serve(handler: NodeHandler): Promise<string> {
  server = createServer((req, res) => compressPages(handler)(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function request(url: string, acceptEncoding?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, resolve).on('error', reject));
}

async function body(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// The way SvelteKit's adapter answers: headers set one by one, then writeHead(status), then write/end.
const html: NodeHandler = (_req, res) => {
  res.setHeader('Content-Type', 'text/html');
  res.writeHead(200);
  res.end(PAGE);
};

describe('negotiateEncoding', () => {
  it('prefers brotli, honours q-values and q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('compressPages', () => {
  it('answers brotli or gzip as the client asks, with Vary', async () => {
    const origin = await serve(html);
    const br = await request(`${origin}/`, 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(await body(br)).toString()).toBe(PAGE);

    const gzip = await request(`${origin}/`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const compressed = await body(gzip);
    expect(compressed.length).toBeLessThan(PAGE.length / 5);
    expect(gunzipSync(compressed).toString()).toBe(PAGE);
  });

  it('sends plain bytes to a client that accepts no encoding', async () => {
    const origin = await serve(html);
    const plain = await request(`${origin}/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((await body(plain)).toString()).toBe(PAGE);
  });

  it('leaves alone what is small, already encoded or not text', async () => {
    const origin = await serve((req, res) => {
      if (req.url === '/small') return res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '9' }).end('<p>ok</p>');
      // As the page cache answers: compressed already, and saying it varies by encoding (once is enough).
      if (req.url === '/encoded') return res.writeHead(200, { 'Content-Type': 'text/css', 'Content-Encoding': 'br', Vary: 'Accept-Encoding' }).end('already');
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(4096));
    });
    for (const path of ['/small', '/encoded', '/png']) {
      const response = await request(`${origin}${path}`, 'gzip');
      expect(response.headers['content-encoding'], path).toBe(path === '/encoded' ? 'br' : undefined);
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      await body(response);
    }
  });

  it('keeps backpressure: a handler that waits for drain, as SvelteKit does, sends a large page to the end', async () => {
    const big = Buffer.from('<tr><td>Kantor</td><td>83,8 %</td></tr>'.repeat(20_000));
    const origin = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.writeHead(200);
      let offset = 0;
      const next = () => {
        while (offset < big.length) {
          const chunk = big.subarray(offset, (offset += 64 * 1024));
          if (!res.write(chunk)) return void res.once('drain', next);
        }
        res.end();
      };
      next();
    });
    const response = await request(`${origin}/`, 'br');
    expect(brotliDecompressSync(await body(response)).equals(big)).toBe(true);
  });

  it('streams: the first part of a page arrives decoded before the handler writes the rest', async () => {
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const origin = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.writeHead(200);
      res.write('<p>bagian pertama</p>');
      void rest.then(() => res.end('<p>bagian kedua</p>'));
    });
    const response = await request(`${origin}/`, 'gzip');
    const decoded = response.pipe(createGunzip());
    const first = await new Promise<string>((resolve) => decoded.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    expect(first).toBe('<p>bagian pertama</p>');
    sendRest();
    expect((await body(decoded as unknown as IncomingMessage)).toString()).toBe('<p>bagian kedua</p>');
  });
});
