import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { systemClock } from './clock.ts';
import { parseEnv } from './env.ts';
import { boot } from './boot.ts';
import { benchMetricsHandler } from './diagnostics/bench-metrics.ts';

const started = performance.now();
const config = parseEnv(process.env);
// Compiled (npm start), this file is build/server/main.js; run from source, server/main.ts.
const buildDir = fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '..' : '../build', import.meta.url));
// adapter-node reads ORIGIN when its handler is imported; without it every form action answers 403.
process.env.ORIGIN = config.origin;

// The pages' handler loads while the store replays its log: the two wait on different things.
const pagesLoaded = import(`${buildDir}/web/handler.js`);
const { app, store } = await boot(config, systemClock, `${buildDir}/widgets`);
const api = getRequestListener(app.fetch);
const { handler: pages } = await pagesLoaded;

const startupMs = Math.round(performance.now() - started);
const benchMetrics = config.bench ? benchMetricsHandler(startupMs, 'stats' in store ? store.stats : undefined) : undefined;

/** One port: the API and widgets go to Hono, everything else to the SvelteKit pages. */
const server = createServer((req, res) => {
  if (benchMetrics?.(req, res)) return;
  const path = req.url ?? '/';
  if (path.startsWith('/api/') || path.startsWith('/embed/')) return api(req, res);
  pages(req, res, () => api(req, res));
});

server.listen(config.port, config.host, () => {
  console.log(`Suara Layanan siap di ${config.origin} (${startupMs} ms)`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: berhenti…`);
  server.close();
  // A last snapshot, so the next start replays nothing; bounded, so a stop is never held up for long.
  await app.snapshots?.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
