// `npm run bench`: the real server (compiled, as `npm start` runs it) on a million ratings against a minimal
// Hono baseline, loaded with autocannon from a separate process, baseline and server in turn (bench/pairs.ts);
// prints a table and writes bench/results.json. `--ratings 20000 --complaints 2000` makes a quick smoke run.
// Not a test: numbers depend on the machine (and on whatever else runs on it — see `loadAverage`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchMetrics } from '../server/diagnostics/bench-metrics.ts';
import { RENDER_ANEW_FOR_BENCH } from '../shared/api-bridge.ts';
import { SNAPSHOT_FILE } from '../server/boot.ts';
import { SNAPSHOT_POLICY, SNAPSHOT_WRITTEN } from '../server/snapshot/keeper.ts';
import { dataSet, diskUse, workingCopy } from './data.ts';
import { lighthouse, type LighthouseScores } from './lighthouse.ts';
import type { LoadResult, LoadSpec } from './load.ts';
import { seedPostgres } from './postgres.ts';
import { pageWeight } from './page-weight.ts';
import { cpuMicros } from './cpu.ts';
import { alternate, cpuMedians, type Measured } from './pairs.ts';
import { compileBaseline, load, SERVER_COMMAND, startProcess, waitUntilIdle, type Running } from './processes.ts';
import { formatTable, loadRow, pairsRows, type Row } from './report.ts';
import { ratingBodies } from './requests.ts';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const { values: args } = parseArgs({
  options: {
    ratings: { type: 'string', default: '1000000' },
    complaints: { type: 'string', default: '100000' },
    offices: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20250817' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    pairs: { type: 'string', default: '3' },
    reseed: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    /** `file` (DATA_DIR, the default) or `postgres`: the data set copied into a throwaway cluster (bench/postgres.ts). */
    store: { type: 'string', default: 'file' }
  }
});
if (!['file', 'postgres'].includes(args.store)) {
  console.error(`--store file|postgres, not ${args.store}`);
  process.exit(2);
}
const onPostgres = args.store === 'postgres';
const resultsFile = onPostgres ? 'results-postgres.json' : 'results.json';
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const pairs = Math.max(1, Number(args.pairs));
const environment = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)) };
/** Above this 1-minute load average at the start, the machine was not quiet: ratios then flatter the server. */
const QUIET_LOAD = 0.5;

if (args.build || !['build/web/handler.js', 'build/widgets/suara.js', 'build/server/main.js'].every((path) => existsSync(path))) {
  console.log('Building pages, widgets and server…');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const data = await dataSet(BENCH_DIR, {
  ratings: Number(args.ratings),
  complaints: Number(args.complaints),
  offices: Number(args.offices),
  seed: Number(args.seed),
  reseed: args.reseed
});
const disk = await diskUse(data.pristine);
const dataDir = await workingCopy(data.pristine, join(BENCH_DIR, 'data', data.key, 'run'));
// On PostgreSQL the data lives in the database; each server's DATA_DIR holds only its own views snapshot.
const database = onPostgres ? await seedPostgres(dataDir) : undefined;
const processDir = async (name: string) => {
  const dir = join(BENCH_DIR, 'data', data.key, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
};

// A first start replays the whole log and snapshots the views (right after start-up, and again when
// stopped); every later start restores them and replays only what came after. Both are measured,
// the restart is the one that counts: it is what a deployment or a crash costs.
console.log('Starting the server on the data set: first start, a full replay…');
const serverEnv: Record<string, string> = database
  ? { DATA_DIR: await processDir('run-postgres-1'), DATABASE_URL: database.url, SUARA_DEMO: '0', SUARA_BENCH: '1' }
  : { DATA_DIR: dataDir, SUARA_DEMO: '0', SUARA_BENCH: '1' };
const firstStart = await startProcess(SERVER_COMMAND, 3300, serverEnv, '/api/v1/health');
// After a long replay the server writes the snapshot at its first check (server/snapshot/keeper.ts); stopped before that,
// its last write on the way out may not finish in its few seconds on a busy machine, and the restart replays everything.
if (Number(args.ratings) + Number(args.complaints) > SNAPSHOT_POLICY.afterStartupTail) {
  const deadline = Date.now() + 300_000;
  while (!firstStart.output().includes(SNAPSHOT_WRITTEN) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
}
await firstStart.stop();
console.log(`First start ready after ${firstStart.readyMs} ms. Restarting from the views snapshot…`);
const server = await startProcess(SERVER_COMMAND, 3300, serverEnv, '/api/v1/health');
/** The restart from the views snapshot: a million events' worth of views; on PostgreSQL the tail comes over the network. */
const startupTarget = database ? 10_000 : 5_000;
let second: Running | undefined;
/** POST /api/v1/ratings spread over two servers sharing the database, 25 connections each, at once: one summed result. */
const twoProcesses = async (post: (origin: string) => LoadSpec): Promise<LoadResult> => {
  // The second process starts from a copy of the first one's views snapshot, as a new process would from its own.
  const dir = await processDir('run-postgres-2');
  await cp(join(serverEnv.DATA_DIR, SNAPSHOT_FILE), join(dir, SNAPSHOT_FILE)).catch(() => {});
  second = await startProcess(SERVER_COMMAND, 3302, { ...serverEnv, DATA_DIR: dir }, '/api/v1/health');
  console.log(`Second process on the same database ready after ${second.readyMs} ms.`);
  const both = (seconds: number) => Promise.all([server, second!].map((on) => load({ ...post(on.origin), connections: 25, duration: seconds })));
  process.stdout.write(`two processes POST /api/v1/ratings: warm-up ${warmup} s, load ${duration} s… `);
  if (warmup > 0) await both(warmup);
  const summed = sumLoads(await both(duration));
  console.log(`${Math.round(summed.requestsPerSec)} req/s, p99 ${summed.p99} ms`);
  return summed;
};
// The baseline also serves the league table's exact bytes as a static answer: the cost of moving them.
const leagueFile = join(BENCH_DIR, 'data', data.key, 'league.json');
await writeFile(leagueFile, Buffer.from(await (await fetch(`${server.origin}/api/v1/stats`)).arrayBuffer()));
const baseline = await startProcess(await compileBaseline(join(BENCH_DIR, 'data', 'baseline.js')), 3301, { BASELINE_JSON: leagueFile }, '/hello');
const metrics = async () => (await (await fetch(`${server.origin}/__bench/metrics`)).json()) as BenchMetrics;
// The whole hash chain is checked in the background after start-up (server/boot.ts): a few seconds of one core at a
// million events. That is start-up work, not any request's, so the loads begin once it is done.
const chainState = async () => ((await (await fetch(`${server.origin}/api/v1/health`)).json()) as { storage?: { chain?: { state?: string } } }).storage?.chain?.state;
while ((await chainState()) === 'verifying') await new Promise((resolve) => setTimeout(resolve, 500));
const startup = await metrics();
console.log(`Server ready after ${server.readyMs} ms (${startup.startupMs} ms in main.ts).`);

try {
  const table = (await (await fetch(`${server.origin}/api/v1/stats`)).json()) as { offices: { officeId: string; complaints: { received: number } }[] };
  // The office with the most complaints: the most work behind its figures.
  const officeId = table.offices.reduce((a, b) => (b.complaints.received > a.complaints.received ? b : a)).officeId;
  const bodies = await ratingBodies(server.origin);

  // Each server run also records the event-loop delay and GC of the server during it (its last run of a label), and the
  // views snapshots it wrote while loaded (all runs of a label): background work the writes made due, which weighs on
  // whichever run it falls in.
  const during: Record<string, Pick<BenchMetrics, 'eventLoopDelay' | 'gc'> & { snapshots: number }> = {};
  // Each run also measures the CPU time its process spent per request: far steadier than req/s on a busy machine.
  const run = async (label: string, spec: LoadSpec, on: Running = spec.url.startsWith(server.origin) ? server : baseline): Promise<Measured> => {
    process.stdout.write(`${label}: warm-up ${warmup} s, load ${duration} s… `);
    const outputBefore = on.output().length;
    if (warmup > 0) await load({ ...spec, duration: warmup });
    const onServer = on === server;
    if (onServer) await fetch(`${server.origin}/__bench/reset`, { method: 'POST' });
    const cpuBefore = cpuMicros(on.child.pid);
    const result: Measured = await load({ ...spec, duration });
    const cpuAfter = cpuMicros(on.child.pid);
    if (cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0) result.cpuMicrosPerRequest = Math.round((cpuAfter - cpuBefore) / result.requests);
    if (onServer) {
      const { eventLoopDelay, gc } = await metrics();
      const snapshots = on.output().slice(outputBefore).split(SNAPSHOT_WRITTEN).length - 1;
      during[label] = { eventLoopDelay, gc, snapshots: (during[label]?.snapshots ?? 0) + snapshots };
    }
    console.log(`${Math.round(result.requestsPerSec)} req/s, p99 ${result.p99} ms${result.cpuMicrosPerRequest === undefined ? '' : `, ${result.cpuMicrosPerRequest} µs CPU per request`}`);
    return result;
  };
  const post = (origin: string): LoadSpec => ({ url: `${origin}/api/v1/ratings`, method: 'POST', connections: 50, duration, bodies, expectStatus: 201 });
  // GETs ask for gzip as every browser does; POSTs send JSON as the widgets do.
  const get = (url: string, connections: number): LoadSpec => ({ url, connections, duration, expectStatus: 200, headers: { 'accept-encoding': 'gzip, deflate, br' } });

  // Baseline and server in turn, `pairs` times each: load from elsewhere weighs on both sides of every pair.
  const postPairs = await alternate(
    pairs,
    () => run('baseline POST', post(baseline.origin)),
    () => run('server POST /api/v1/ratings', post(server.origin))
  );
  const afterPost = during['server POST /api/v1/ratings']!;
  // Each kind of request is measured on a server at rest: a snapshot the writes made due is finished first.
  await waitUntilIdle(server);
  const officeStatsPairs = await alternate(
    pairs,
    () => run('baseline GET', get(`${baseline.origin}/hello`, 50)),
    () => run('server GET office stats', get(`${server.origin}/api/v1/offices/${officeId}/stats`, 50))
  );
  await waitUntilIdle(server);
  const leaguePairs = await alternate(
    pairs,
    () => run('baseline GET (the same JSON, static)', get(`${baseline.origin}/static-json`, 50)),
    () => run('server GET /api/v1/stats', get(`${server.origin}/api/v1/stats`, 50))
  );
  const [basePost, serverPost, baseGet, officeStats, baseStatic, league] = [
    postPairs.baseline,
    postPairs.server,
    officeStatsPairs.baseline,
    officeStatsPairs.server,
    leaguePairs.baseline,
    leaguePairs.server
  ];
  const together = database ? await twoProcesses(post) : undefined;
  await waitUntilIdle(server);
  const page = await run('server GET /kantor/{id}', get(`${server.origin}/kantor/${officeId}`, 10));
  // The same page past the page cache (a header the server heeds only with SUARA_BENCH=1): every request renders anew.
  const pageGet = get(`${server.origin}/kantor/${officeId}`, 10);
  const pageRendered = await run('server GET /kantor/{id}, rendered every time', { ...pageGet, headers: { ...pageGet.headers, [RENDER_ANEW_FOR_BENCH]: '1' } });
  const final = await metrics();
  const weight = await pageWeight(server.origin, `/kantor/${officeId}`);

  let scores: Record<string, LighthouseScores | string> = {};
  if (!args['skip-lighthouse']) {
    for (const path of ['/', `/kantor/${officeId}`]) {
      console.log(`Lighthouse (mobile) ${path}…`);
      scores[path] = await lighthouse(server.origin + path).catch((error: Error) => `failed: ${error.message.split('\n')[0]}`);
    }
  } else scores = { skipped: 'skipped' };

  const perRating = disk.ratingBytes / disk.ratings;
  const loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
  const quiet = environment.loadAverageAtStart[0]! <= QUIET_LOAD;
  const warning = quiet
    ? undefined
    : `WARNING: load average ${environment.loadAverageAtStart[0]} at the start (above ${QUIET_LOAD}): the machine was not quiet, so the ratios are not the machine's (other work slows the one-line baselines more than the server); run again on a quiet machine.`;
  const rows: Row[] = [
    {
      name: 'load average (1, 5, 15 min) at start → end',
      value: `${environment.loadAverageAtStart.join(' ')} → ${loadAverageAtEnd.join(' ')}`,
      target: `start ≤ ${QUIET_LOAD} (a quiet machine)`,
      pass: quiet
    },
    ...pairsRows(`POST /api/v1/ratings (50 conn, ${database ? 'PostgreSQL commit' : 'fsync'})`, postPairs, { minRatio: database ? 0.3 : 0.7, maxP99: 50 }, '  baseline POST (JSON, zod, in memory)'),
    ...pairsRows(`GET /api/v1/offices/{id}/stats (50 conn)`, officeStatsPairs, { minRatio: 0.8, maxP99: 20 }, '  baseline GET (hello world)'),
    ...pairsRows(`GET /api/v1/stats, ${table.offices.length} offices (50 conn)`, leaguePairs, { maxP99: 50 }, '  baseline GET (the same bytes, static)'),
    loadRow('GET /kantor/{id} page (10 conn)', page, { maxP99: 100 }),
    loadRow('  the same, rendered every time (no page cache)', pageRendered, { maxP99: 50 }),
    ...(together ? [loadRow('POST /api/v1/ratings, two processes sharing the database (25 conn each)', together, { minRatio: 0.3, maxP99: 100 }, postPairs.baseline)] : []),
    { name: 'start-up on the data (spawn → health), views snapshot', value: `${server.readyMs} ms`, target: `≤ ${startupTarget} ms`, pass: server.readyMs <= startupTarget },
    ...(database ? [{ name: '  copying the data set into PostgreSQL (npm run store:copy)', value: `${database.copyMs} ms`, target: '(reported)', pass: undefined }] : []),
    { name: '  first start: full replay of the log', value: `${firstStart.readyMs} ms`, target: '(reported)', pass: undefined },
    { name: 'max event-loop delay during POST load', value: `${afterPost.eventLoopDelay.max} ms`, target: '≤ 50 ms', pass: afterPost.eventLoopDelay.max <= 50 },
    ...Object.entries(during).map(([label, d]) => ({
      name: `  ${label.replace('server ', '')}: event-loop max, GCs (major), longest GC; snapshots written`,
      value: `${d.eventLoopDelay.max} ms, ${d.gc.count} (${d.gc.major}), ${d.gc.maxMs} ms; ${d.snapshots}`,
      target: '(reported)',
      pass: undefined
    })),
    { name: 'resident memory (peak)', value: `${mb(final.maxRssBytes)} MB`, target: '≤ 600 MB', pass: final.maxRssBytes <= 600 * 1024 ** 2 },
    { name: database ? 'bytes on disk per rating (in the segment log copied from)' : 'bytes on disk per rating', value: `${perRating.toFixed(1)} B`, target: '≤ 150 B', pass: perRating <= 150 },
    // kB as build tools count them: 1,000 bytes.
    { name: 'office page JS, gzipped', value: `${(weight.gzipBytes / 1000).toFixed(1)} kB`, target: '≤ 100 kB', pass: weight.gzipBytes <= 100_000 },
    ...Object.entries(scores).map(([path, s]) => ({
      name: `Lighthouse mobile ${path}`,
      value: typeof s === 'string' ? s : `perf ${s.performance} a11y ${s.accessibility} bp ${s.bestPractices} seo ${s.seo}`,
      target: '(reported)',
      pass: undefined
    }))
  ];
  console.log(`\n${formatTable(rows)}\n`);
  if (warning) console.log(`${warning}\n`);
  console.log(
    `Data: ${data.key}; ${(disk.storeBytes / 1e6).toFixed(0)} MB on disk (${(disk.storeBytes / disk.ratings).toFixed(0)} B per rating with complaints). ` +
      `Load average ${environment.loadAverageAtStart.join(' ')} → ${loadAverageAtEnd.join(' ')} on ${environment.cpus} cores.`
  );
  const results = {
    at: new Date().toISOString(),
    engine: args.store,
    environment: { ...environment, loadAverageAtEnd, quiet },
    ...(warning && { warning }),
    pairs,
    ratios: { post: postPairs.ratio, officeStats: officeStatsPairs.ratio, league: leaguePairs.ratio },
    cpuMicrosPerRequest: {
      post: cpuMedians(postPairs),
      officeStats: cpuMedians(officeStatsPairs),
      league: cpuMedians(leaguePairs)
    },
    runs: { post: postPairs.runs, officeStats: officeStatsPairs.runs, league: leaguePairs.runs },
    data: { key: data.key, summary: data.summary, disk, bytesPerRating: perRating },
    officeId,
    startup: { readyMs: server.readyMs, mainMs: startup.startupMs, firstStartReadyMs: firstStart.readyMs, ...(database && { copyMs: database.copyMs }) },
    loads: { basePost, serverPost, baseGet, officeStats, baseStatic, league, page, pageRendered, ...(together && { twoProcessesPost: together }) },
    eventLoopDelayDuringPost: afterPost.eventLoopDelay,
    serverDuringLoads: during,
    memory: { rssBytes: final.rssBytes, maxRssBytes: final.maxRssBytes, heapUsedBytes: final.heapUsedBytes },
    store: final.store,
    pageWeight: weight,
    lighthouse: scores,
    table: rows
  };
  await writeFile(join(BENCH_DIR, resultsFile), JSON.stringify(results, null, 2) + '\n');
  console.log(`Written: bench/${resultsFile}`);
} finally {
  await Promise.all([server.stop(), baseline.stop(), second?.stop()]);
  await database?.stop();
}

/** Loads run at once on several servers as one: requests summed, the worst latencies. */
function sumLoads(results: LoadResult[]): LoadResult {
  const statuses: Record<string, number> = {};
  for (const result of results) for (const [status, count] of Object.entries(result.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const total = (key: 'requestsPerSec' | 'requests' | 'errors' | 'timeouts' | 'unexpected') => results.reduce((sum, result) => sum + result[key], 0);
  const worst = (key: 'p50' | 'p99' | 'max') => Math.max(...results.map((result) => result[key]));
  return {
    requestsPerSec: total('requestsPerSec'),
    requests: total('requests'),
    errors: total('errors'),
    timeouts: total('timeouts'),
    unexpected: total('unexpected'),
    p50: worst('p50'),
    p99: worst('p99'),
    max: worst('max'),
    statuses
  };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 ** 2);
}
