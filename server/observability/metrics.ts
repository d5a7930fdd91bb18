import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the store counts as it writes (server/store/segment-log/writer.ts), read only when Prometheus scrapes. */
export type WriteCounters = { readonly events: number; readonly syncs: number; readonly syncSeconds: number };
/** The last views snapshot and the event the views stand at now (server/snapshot/keeper.ts). */
export type SnapshotState = { last(): { seq: number; at: number }; headSeq(): number; now(): number };

export type Metrics = {
  /** One finished request; the only per-request work (a counter and a histogram). */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** Answers GET /metrics (bearer token) and returns true, or returns false for any other path. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
};

export const METRICS_PATH = '/metrics';

/**
 * Prometheus metrics (docs/operations.md, "Metrics"). Made only when METRICS_TOKEN is set: without it nothing
 * is collected at all. Figures the store and the snapshot keeper already keep are read at scrape time, so the
 * write path pays nothing for them.
 */
export function createMetrics({ token, writes, snapshot }: { token: string; writes?: WriteCounters; snapshot?: SnapshotState }): Metrics {
  const registry = new Registry();
  // The process's CPU, memory, GC and event-loop delay (nodejs_eventloop_lag_* from monitorEventLoopDelay).
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'suara_http_requests_total', help: 'Requests answered, by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'suara_http_request_duration_seconds',
    help: 'Time to answer a request, by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry]
  });
  if (writes) {
    const fromWrites = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers: [registry],
        collect() {
          this.reset();
          this.inc(read());
        }
      });
    fromWrites('suara_events_appended_total', 'Events appended to the log since start', () => writes.events);
    fromWrites('suara_fsyncs_total', 'fsyncs of the log (one per group-committed batch)', () => writes.syncs);
    fromWrites('suara_fsync_seconds_total', 'Time spent in fsync of the log; divide by suara_fsyncs_total for the mean', () => writes.syncSeconds);
  }
  if (snapshot) {
    new Gauge({
      name: 'suara_views_snapshot_age_seconds',
      help: 'Seconds since the views snapshot was last written (or since start)',
      registers: [registry],
      collect() {
        this.set((snapshot.now() - snapshot.last().at) / 1000);
      }
    });
    new Gauge({
      name: 'suara_views_snapshot_behind_events',
      help: 'Events a restart would replay after the last snapshot',
      registers: [registry],
      collect() {
        this.set(snapshot.headSeq() - snapshot.last().seq);
      }
    });
  }

  const expected = digest(`Bearer ${token}`);
  return {
    observeRequest(method, route, status, seconds) {
      requests.inc({ method, route, status });
      latency.observe({ method, route }, seconds);
    },
    serve(req, res) {
      if (req.url !== METRICS_PATH && !req.url?.startsWith(`${METRICS_PATH}?`)) return false;
      if (!timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
        res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'text/plain; charset=utf-8' }).end('401: METRICS_TOKEN diperlukan / required\n');
        return true;
      }
      void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text));
      return true;
    }
  };
}

// Equal-length digests, so the comparison takes the same time whatever was sent.
const digest = (value: string) => createHash('sha256').update(value).digest();
