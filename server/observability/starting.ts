import type { IncomingMessage, ServerResponse } from 'node:http';

const STARTING = JSON.stringify({ status: 'starting', ready: false });

/**
 * What the server answers while it opens the store (restoring the views snapshot, replaying the log): it
 * already listens, so a load balancer sees "not ready" rather than a refused connection. Every request gets
 * 503 with Retry-After; /api/v1/health and /api/v1/ready say `starting` (docs/operations.md, "Readiness").
 */
export function answerWhileStarting(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0];
  const headers = { 'retry-after': '5', 'cache-control': 'no-store' };
  if (path === '/api/v1/ready' || path === '/api/v1/health') {
    res.writeHead(503, { ...headers, 'content-type': 'application/json' }).end(STARTING);
    return;
  }
  res
    .writeHead(503, { ...headers, 'content-type': 'application/problem+json' })
    .end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Server sedang memulai, coba lagi sebentar / the server is starting, try again shortly' }));
}
