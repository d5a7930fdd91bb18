import { createServer, type Server } from 'node:http';
import { freePort } from './server.ts';

export type HostFile = { body: string; type: string; headers?: Record<string, string> };

/** A stand-in for an agency's own website: serves fixed files from another port (so another origin). */
export async function serveHostSite(files: Record<string, HostFile>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-store', ...file.headers });
    response.end(file.body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // close() also ends the connections a browser still keeps alive: waiting for it to drop them takes minutes.
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { origin: `http://127.0.0.1:${port}`, close };
}
