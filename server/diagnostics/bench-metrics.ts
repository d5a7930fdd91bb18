import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** What `npm run bench` reads from the server it measures. */
export type BenchMetrics = {
  startupMs: number;
  /** Event-loop delay since the last reset, in ms (monitorEventLoopDelay, 10 ms resolution). */
  eventLoopDelay: { max: number; p99: number; mean: number };
  /** Garbage collections since the last reset: how many, their total and longest pause (ms), the major ones. */
  gc: { count: number; totalMs: number; maxMs: number; major: number };
  rssBytes: number;
  maxRssBytes: number;
  heapUsedBytes: number;
  /** Memory outside V8's heap: Buffers and other ArrayBuffers (process.memoryUsage().arrayBuffers). */
  arrayBuffersBytes: number;
  /** The store's group-commit counters, when it keeps them. */
  store?: unknown;
};

/**
 * Internal figures for the benchmark, served only when SUARA_BENCH=1 and outside the public API
 * (no /api/ path, no OpenAPI entry): `GET /__bench/metrics`, and `POST /__bench/reset` to restart
 * the event-loop histogram before a load. Returns a handler that answers those paths and returns
 * true, or returns false for every other request.
 */
export function benchMetricsHandler(startupMs: number, storeStats?: unknown): (req: IncomingMessage, res: ServerResponse) => boolean {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  let gc = { count: 0, totalMs: 0, maxMs: 0, major: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    }
  }).observe({ entryTypes: ['gc'] });
  return (req, res) => {
    if (!req.url?.startsWith('/__bench/')) return false;
    if (req.method === 'POST' && req.url === '/__bench/reset') {
      delay.reset();
      gc = { count: 0, totalMs: 0, maxMs: 0, major: 0 };
      res.writeHead(204).end();
      return true;
    }
    if (req.method === 'GET' && req.url === '/__bench/metrics') {
      const memory = process.memoryUsage();
      const metrics: BenchMetrics = {
        startupMs,
        eventLoopDelay: { max: ms(delay.max), p99: ms(delay.percentile(99)), mean: ms(delay.mean) },
        gc: { count: gc.count, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs * 100) / 100, major: gc.major },
        rssBytes: memory.rss,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        heapUsedBytes: memory.heapUsed,
        arrayBuffersBytes: memory.arrayBuffers,
        store: storeStats
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(metrics));
      return true;
    }
    res.writeHead(404).end();
    return true;
  };
}
