import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

const TOKEN = 'token-uji-0123456789';

/** Asks the metrics handler for `url` and collects its answer. */
async function scrape(metrics: ReturnType<typeof createMetrics>, url: string, authorization?: string) {
  let answer: { status: number; body: string } | undefined;
  const done = new Promise<void>((resolve) => {
    const res = {
      writeHead(status: number) {
        return {
          end(body: string) {
            answer = { status, body };
            resolve();
          }
        };
      }
    } as unknown as ServerResponse;
    const handled = metrics.serve({ url, headers: { authorization } } as IncomingMessage, res);
    if (!handled) resolve();
  });
  await done;
  return answer;
}

describe('Prometheus metrics', () => {
  it('answer only /metrics, and only with the bearer token', async () => {
    const metrics = createMetrics({ token: TOKEN });
    expect(await scrape(metrics, '/api/v1/health', `Bearer ${TOKEN}`)).toBeUndefined();
    expect((await scrape(metrics, '/metrics'))?.status).toBe(401);
    expect((await scrape(metrics, '/metrics', `Bearer ${TOKEN}x`))?.status).toBe(401);
    expect((await scrape(metrics, '/metrics', `Bearer ${TOKEN}`))?.status).toBe(200);
  });

  it('count requests by route pattern, and read the store and snapshot figures when scraped', async () => {
    const writes = { events: 0, syncs: 0, syncSeconds: 0 };
    let now = 1_000_000;
    const metrics = createMetrics({ token: TOKEN, writes, snapshot: { last: () => ({ seq: 10, at: 1_000_000 }), headSeq: () => 25, now: () => now } });
    metrics.observeRequest('POST', '/api/v1/ratings', 201, 0.003);
    metrics.observeRequest('POST', '/api/v1/ratings', 201, 0.004);
    Object.assign(writes, { events: 2, syncs: 1, syncSeconds: 0.002 });
    now += 90_000;
    const { body } = (await scrape(metrics, '/metrics', `Bearer ${TOKEN}`))!;
    expect(body).toContain('suara_http_requests_total{method="POST",route="/api/v1/ratings",status="201"} 2');
    expect(body).toContain('suara_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/api/v1/ratings"} 2');
    expect(body).toContain('suara_events_appended_total 2');
    expect(body).toContain('suara_fsyncs_total 1');
    expect(body).toContain('suara_fsync_seconds_total 0.002');
    expect(body).toContain('suara_views_snapshot_age_seconds 90');
    expect(body).toContain('suara_views_snapshot_behind_events 15');
    expect(body).toContain('nodejs_eventloop_lag_seconds');
  });
});
