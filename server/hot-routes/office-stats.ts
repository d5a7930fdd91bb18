import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context.ts';
import { getOfficeStatsSerialised } from '../services/stats/office-stats.ts';
import { apiHeaders, send, type Lane } from './answer.ts';
import { serialisedAnswer } from '../routes/serialised.ts';

export const OFFICE_STATS_ROUTE = '/api/v1/offices/:officeId/stats';
const PREFIX = '/api/v1/offices/';
const SUFFIX = '/stats';

/**
 * GET /api/v1/offices/{officeId}/stats without a query, on Node's request and response: the bytes the figures
 * were serialised to (and gzipped) once per version of them (services/stats/office-stats.ts), with the same
 * headers and ETag as the ordinary route (routes/serialised.ts). Anything else (a query, an id that is not a
 * slug, an unknown office) goes on to the ordinary path, which answers it as documented.
 */
export function officeStatsGet({ ctx, origin }: { ctx: ServiceContext; origin?: string }) {
  const common = apiHeaders(origin);
  return function getOfficeStats(req: IncomingMessage, res: ServerResponse, lane: Lane): boolean {
    const url = req.url!;
    if (!url.endsWith(SUFFIX) || url.length <= PREFIX.length + SUFFIX.length) return false;
    // An office of the catalog has a slug for its id, so finding it there is the route's id check too: whatever
    // is not found (a bad id, an encoded one, a path with more segments) goes on to the ordinary path.
    const officeId = url.slice(PREFIX.length, -SUFFIX.length);
    if (!ctx.catalog().office(officeId)) return false;
    const started = performance.now();
    const serialised = getOfficeStatsSerialised({ ctx, officeId, query: {} });
    const { status, headers, body } = serialisedAnswer(serialised, req.headers['accept-encoding'], req.headers['if-none-match']);
    const reqId = randomUUID();
    const flat = ['X-Request-Id', reqId, ...common];
    for (const name in headers) flat.push(name, headers[name]!);
    send(res, status, flat, body);
    lane.answered('GET', OFFICE_STATS_ROUTE, status, started, reqId);
    return true;
  };
}
