import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** How often the hot routes' answers are summed up in one log line. */
export const SUMMARY_INTERVAL_MS = 10_000;

type Tally = { method: string; route: string; status: number; count: number; totalMs: number; maxMs: number };

export type RequestSummary = {
  /** One answer of a hot route (server/hot-routes), `started` from performance.now(). */
  record(method: string, route: string, status: number, started: number, reqId: string): void;
  /** Writes the summary line now (at shutdown), if anything was answered since the last one. */
  flush(): void;
};

/**
 * The request log of the hot routes (docs/operations.md, "Logs"): their successful answers, thousands a second
 * at a busy time, are counted per route and status and written as one `requests` line every ten seconds, with
 * the mean and the longest time; a line per answer cost a tenth of a rating's CPU. An error answer still gets
 * its own `request` line with its request id, as every answer of the other routes does. Metrics count them all.
 */
export function requestSummary({ logger, metrics, intervalMs = SUMMARY_INTERVAL_MS }: { logger: Logger; metrics?: Metrics; intervalMs?: number }): RequestSummary {
  let tallies = new Map<string, Tally>();
  let since = Date.now();
  const flush = () => {
    if (tallies.size === 0) return;
    const lines = [...tallies.values()].map(({ method, route, status, count, totalMs, maxMs }) => ({ method, route, status, count, meanMs: round(totalMs / count), maxMs: round(maxMs) }));
    logger.info({ event: 'requests', seconds: round((Date.now() - since) / 1000), requests: lines }, 'requests');
    tallies = new Map();
    since = Date.now();
  };
  setInterval(flush, intervalMs).unref();
  return {
    record(method, route, status, started, reqId) {
      const ms = performance.now() - started;
      metrics?.observeRequest(method, route, status, ms / 1000);
      if (status >= 400) {
        logger.info({ reqId, method, route, status, ms: round(ms) }, 'request');
        return;
      }
      const key = `${method} ${route} ${status}`;
      const tally = tallies.get(key);
      if (tally === undefined) tallies.set(key, { method, route, status, count: 1, totalMs: ms, maxMs: ms });
      else {
        tally.count++;
        tally.totalMs += ms;
        if (ms > tally.maxMs) tally.maxMs = ms;
      }
    },
    flush
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
