import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { explainOriginMismatch } from './origin-help.ts';
import type { NodeHandler } from './compress.ts';

let server: Server | undefined;
afterEach(() => server?.close());

const pages: NodeHandler = (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('halaman');

async function serve(originIsDefault: boolean): Promise<number> {
  const handler = explainOriginMismatch(pages, { origin: 'http://localhost:3000', originIsDefault });
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function post(port: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', method: 'POST', path: '/nilai/x', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }, async (res) => {
      let body = '';
      for await (const chunk of res) body += chunk;
      resolve({ status: res.statusCode!, body });
    });
    req.on('error', reject);
    req.end('score=4');
  });
}

describe('explainOriginMismatch', () => {
  it('tells a visitor posting from another address which ORIGIN to set, in Indonesian by default', async () => {
    const port = await serve(true);
    const answer = await post(port, { origin: 'http://192.168.1.5:3000' });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('<html lang="id">');
    expect(answer.body).toContain('Alamat situs belum diatur');
    expect(answer.body).toContain('ORIGIN=http://192.168.1.5:3000 npm start');
  });

  it('speaks English to a visitor who chose it', async () => {
    const port = await serve(true);
    const answer = await post(port, { origin: 'http://127.0.0.1:3000', cookie: 'lang=en' });
    expect(answer.body).toContain('The site&#39;s address is not set');
    expect(answer.body).toContain('ORIGIN=http://127.0.0.1:3000 npm start');
  });

  it('lets same-origin posts through, and leaves every post to SvelteKit once ORIGIN is set', async () => {
    expect(await post(await serve(true), { origin: 'http://localhost:3000' })).toEqual({ status: 200, body: 'halaman' });
    server!.close();
    expect(await post(await serve(false), { origin: 'http://192.168.1.5:3000' })).toEqual({ status: 200, body: 'halaman' });
  });
});
