// One autocannon run, in its own process so the load generator never shares the server's core
// accounting. Input: a LoadSpec as JSON on stdin (or in argv[2]). Output: a LoadResult as JSON on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import PipelinedRequestsQueue from 'autocannon/lib/pipelinedRequestsQueue.js';

// autocannon appends every body chunk to a string (`body += chunk`) for hooks this bench never uses: for a
// gzipped answer that UTF-8 decoding of binary took 69% of the load generator's CPU and capped both the server
// and the static baseline near 1,600 req/s. Bodies are not needed here (only status, bytes and timing), so drop them.
PipelinedRequestsQueue.prototype.addBody = () => {};

export type LoadSpec = {
  url: string;
  method?: 'GET' | 'POST';
  connections: number;
  /** Seconds. */
  duration: number;
  /** A fixed number of requests instead of a duration (bench/cpu-per-request.ts). */
  amount?: number;
  /** POST bodies, sent in turn (one per request). */
  bodies?: string[];
  /** Paths (with query) on the url's origin, requested in turn instead of the url's own. */
  paths?: string[];
  headers?: Record<string, string>;
  /** Status every answer must have (default: any 2xx). */
  expectStatus?: number;
};

export type LoadResult = {
  requestsPerSec: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  timeouts: number;
  /** Answers with another status than expected. */
  unexpected: number;
  statuses: Record<string, number>;
};

const spec = JSON.parse(process.argv[2] ?? readFileSync(0, 'utf8')) as LoadSpec;
const bodies = spec.bodies ?? [];
const paths = spec.paths ?? [];
let next = 0;
let nextPath = 0;
const statuses = new Map<number, number>();

const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
      pipelining: 1,
      requests: [
        {
          method: spec.method ?? 'GET',
          headers: { ...spec.headers, ...(bodies.length > 0 && { 'content-type': 'application/json' }) },
          setupRequest: (request) => ({
            ...request,
            ...(bodies.length > 0 && { body: bodies[next++ % bodies.length] }),
            ...(paths.length > 0 && { path: paths[nextPath++ % paths.length] })
          })
        }
      ]
    },
    (error, result) => (error ? reject(error) : resolve(result))
  );
  instance.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
});
const expected = (status: number) => (spec.expectStatus === undefined ? status >= 200 && status < 300 : status === spec.expectStatus);
const output: LoadResult = {
  requestsPerSec: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  requests: result.requests.total,
  errors: result.errors,
  timeouts: result.timeouts,
  unexpected: [...statuses].reduce((sum, [status, count]) => sum + (expected(status) ? 0 : count), 0),
  statuses: Object.fromEntries(statuses)
};
process.stdout.write(JSON.stringify(output) + '\n');
