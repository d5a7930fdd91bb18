import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { routeLabel } from './route-label.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The id `observeRequests` gave the request Hono is answering, so its other log lines can name it; none in-process. */
export function requestIdOf(c: Context): string | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  const id = outgoing?.getHeader?.(REQUEST_ID_HEADER);
  return typeof id === 'string' ? id : undefined;
}

/**
 * Gives each request an id (answered as X-Request-Id, so a user's report can be matched to its log line) and,
 * when it ends, writes one log line and feeds the metrics. The line holds the method, the route pattern, the
 * status and the time: never the path, query, body or a header, which may carry what a citizen typed.
 * A caller's own X-Request-Id is not reused for the same reason: it could hold anything.
 */
export function observeRequests({ logger, metrics }: { logger: Logger; metrics?: Metrics }): (req: IncomingMessage, res: ServerResponse) => void {
  return function observeRequest(req, res) {
    const started = performance.now();
    const reqId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, reqId);
    res.once('close', () => {
      const ms = performance.now() - started;
      const route = routeLabel(req);
      const method = req.method ?? 'GET';
      metrics?.observeRequest(method, route, res.statusCode, ms / 1000);
      logger.info({ reqId, method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10, ...(!res.writableFinished && { aborted: true }) }, 'request');
    });
  };
}
