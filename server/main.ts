import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { systemClock } from './clock.ts';
import { parseEnv } from './env.ts';
import { boot, refuseToStart } from './boot.ts';
import { benchMetricsHandler } from './diagnostics/bench-metrics.ts';
import { CLIENT_ADDRESS_HEADER } from '../shared/schemas/index.ts';
import { providePageErrorLog, RENDER_ANEW_FOR_BENCH, REQUEST_ID_FOR_PAGES } from '../shared/api-bridge.ts';
import { FALLBACK_CSP, securityHeaderValues } from './middleware/security-headers/index.ts';
import { compressPages } from './pages/compress.ts';
import { complaintFormLimit } from './routes/complaint-form.ts';
import { explainOriginMismatch } from './pages/origin-help.ts';
import { removeCliToken } from './security/cli-token.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { observeRequests, REQUEST_ID_HEADER } from './observability/observe-requests.ts';
import { requestSummary, type RequestSummary } from './observability/request-summary.ts';
import type { HotRoutes, Lane } from './hot-routes/index.ts';
import { answerWhileStarting } from './observability/starting.ts';
import { limitHeapGrowth } from './heap-growth.ts';

const started = performance.now();
limitHeapGrowth();
const config = parseEnv(process.env);
// Compiled (npm start), this file is build/server/main.js; run from source, server/main.ts.
const buildDir = fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '..' : '../build', import.meta.url));
// adapter-node reads ORIGIN when its handler is imported; without it every form action answers 403.
process.env.ORIGIN = config.origin;
// The pages' getClientAddress() reads this header, which the server below sets on every page request by the
// API's own TRUST_PROXY rule, so form posts are limited per visitor, not per proxy (docs/operations.md).
process.env.ADDRESS_HEADER = CLIENT_ADDRESS_HEADER;
// The complaint form posts its photos to the page first (adapter-node's default limit is 512 KB): the same limit
// as the API's for a complaint with files (server/routes/complaint-form.ts).
process.env.BODY_SIZE_LIMIT = String(complaintFormLimit(config.bodyLimitBytes));

const logger = createLogger(config.logLevel);

// Listening starts at once: while the store opens (snapshot, log replay) every request, /api/v1/ready
// included, is answered 503 "starting" (docs/operations.md, "Readiness").
let serve: RequestListener = answerWhileStarting;
let observe: ReturnType<typeof observeRequests> = observeRequests({ logger });
// The busiest public routes answer on their own (server/hot-routes), once the store is open.
let hot: HotRoutes = () => false;
let summary: RequestSummary | undefined = undefined;
const ordinary = (req: IncomingMessage, res: ServerResponse) => {
  observe(req, res);
  serve(req, res);
};
const lane: Lane = { fallThrough: ordinary, answered: (...answer) => summary!.record(...answer) };
const server = createServer((req, res) => {
  if (hot(req, res, lane)) return;
  ordinary(req, res);
});
server.listen(config.port, config.host, () => logger.info({ event: 'listening', port: config.port }, 'listening, starting'));

// The pages' handler loads while the store replays its log: the two wait on different things.
const pagesLoaded = import(`${buildDir}/web/handler.js`);
const { app, store, shared } = await boot(config, systemClock, `${buildDir}/widgets`, logger).catch(refuseToStart(logger));
const api = getRequestListener(app.fetch);
providePageErrorLog((error, reqId) => logger.error({ event: 'unhandled-error', reqId, err: error }, 'unhandled error in a page'));
const pages = compressPages(explainOriginMismatch((await pagesLoaded).handler, config));

const startupMs = Math.round(performance.now() - started);
const benchMetrics = config.bench ? benchMetricsHandler(startupMs, store.stats) : undefined;

// Every answer, static files and SvelteKit's own error page included; a page's own CSP replaces the fallback one.
const everyAnswer = Object.entries(securityHeaderValues(config));

const metrics =
  config.metricsToken === undefined
    ? undefined
    : createMetrics({
        token: config.metricsToken,
        writes: store.engine === 'segment-log' ? store.stats : undefined,
        snapshot: app.snapshots && { last: app.snapshots.last, headSeq: () => app.context.views.head().seq, now: () => systemClock.now() }
      });
observe = observeRequests({ logger, metrics });
summary = requestSummary({ logger, metrics });

/** One port: the API and widgets go to Hono, everything else to the SvelteKit pages. */
serve = (req, res) => {
  if (benchMetrics?.(req, res)) return;
  if (metrics?.serve(req, res)) return;
  for (const [name, value] of everyAnswer) res.setHeader(name, value);
  const path = req.url ?? '/';
  if (path.startsWith('/api/') || path.startsWith('/embed/') || path.startsWith('/open311/')) return api(req, res);
  // Always overwritten: a visitor's own copy of the header must not name another client.
  req.headers[CLIENT_ADDRESS_HEADER] = app.context.security.clientAddress(req.socket.remoteAddress ?? 'unknown', () => req.headers['x-forwarded-for'] as string | undefined);
  req.headers[REQUEST_ID_FOR_PAGES] = String(res.getHeader(REQUEST_ID_HEADER));
  if (!config.bench) delete req.headers[RENDER_ANEW_FOR_BENCH];
  res.setHeader('Content-Security-Policy', FALLBACK_CSP);
  pages(req, res, () => api(req, res));
};
hot = app.hotRoutes;
logger.info({ event: 'ready', origin: config.origin, startupMs, metrics: metrics !== undefined }, 'Suara Layanan siap / ready');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  summary?.flush();
  logger.info({ event: 'stopping', signal }, 'stopping');
  server.close();
  app.notifications?.stop();
  // A last snapshot, so the next start replays nothing; bounded, so a stop is never held up for long.
  await app.snapshots?.close();
  await app.webhooks.close();
  await removeCliToken(config.dataDir);
  // Gives up the lead (if held) at once, so another process takes over the scheduler and the outboxes.
  await shared.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
