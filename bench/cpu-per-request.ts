// `node --import tsx bench/cpu-per-request.ts [--requests N] [--command tsx|built] [--entry build/server/main.js]
//   [--dir DATA_DIR] [--prof DIR] [--only post,officeStats,league] [--baseline] [--port 3390]`:
// CPU time (user + system, from /proc) the server spends per request for a fixed number of requests, on
// POST /api/v1/ratings, GET an office's stats and GET /api/v1/stats. Unlike requests per second this barely
// moves with other load on the machine, so it compares two versions of the server on a busy machine.
// `--baseline` measures bench/baseline.ts the same way after the server (its POST, and its constant GET for the
// office stats): the ratio of the two is about what `npm run bench` finds on a quiet machine, where both are CPU-bound.
// At the end: the server's peak memory, and its group commit (events per fsync, the mean fsync) when it wrote to a log.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchMetrics } from '../server/diagnostics/bench-metrics.ts';
import type { WriterStats } from '../server/store/segment-log/writer.ts';
import { cpuMicros } from './cpu.ts';
import { compileBaseline, load, SERVER_COMMAND, startProcess, type Running } from './processes.ts';
import type { LoadSpec } from './load.ts';
import { ratingBodies } from './requests.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    command: { type: 'string', default: 'built' },
    entry: { type: 'string' },
    dir: { type: 'string' },
    prof: { type: 'string' },
    only: { type: 'string' },
    baseline: { type: 'boolean', default: false },
    // Another port when another copy of the bench runs on the machine; the baseline takes this one plus two.
    port: { type: 'string', default: '3390' }
  }
});
const requests = Number(args.requests);
const dataDir = args.dir ?? (await mkdtemp(join(tmpdir(), 'suara-cpu-')));
const entry = args.command === 'tsx' ? ['--import', 'tsx', 'server/main.ts'] : args.entry ? ['--enable-source-maps', args.entry] : SERVER_COMMAND;
const port = Number(args.port);
const profile = args.prof ? ['--cpu-prof', `--cpu-prof-dir=${args.prof}`] : [];
const server = await startProcess([...profile, ...entry], port, { DATA_DIR: dataDir, SUARA_BENCH: '1', ...(args.dir && { SUARA_DEMO: '0' }) }, '/api/v1/health');
try {
  const table = (await (await fetch(`${server.origin}/api/v1/stats`)).json()) as { offices: { officeId: string }[] };
  const officeId = table.offices[0]!.officeId;
  const bodies = await ratingBodies(server.origin);
  const specs = {
    post: { url: `${server.origin}/api/v1/ratings`, method: 'POST' as const, bodies, expectStatus: 201 },
    officeStats: { url: `${server.origin}/api/v1/offices/${officeId}/stats`, expectStatus: 200 },
    league: { url: `${server.origin}/api/v1/stats`, expectStatus: 200, headers: { 'accept-encoding': 'gzip' } }
  };
  const measure = async (on: Running, name: string, spec: Omit<LoadSpec, 'connections' | 'duration'>) => {
    await load({ ...spec, connections: 50, duration: 0, amount: Math.min(5000, requests) }); // warm-up
    const before = cpuMicros(on.child.pid)!;
    const result = await load({ ...spec, connections: 50, duration: 0, amount: requests });
    const micros = (cpuMicros(on.child.pid)! - before) / result.requests;
    console.log(`${name}: ${micros.toFixed(1)} µs CPU per request (${result.requests} requests, ${result.errors + result.unexpected} bad)`);
    return micros;
  };
  const measured: Record<string, number> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (args.only && !args.only.split(',').includes(name)) continue;
    measured[name] = await measure(server, name, spec);
  }
  if (args.baseline) {
    const baseline = await startProcess([...profile, ...(await compileBaseline(fileURLToPath(new URL('data/baseline-cpu.js', import.meta.url))))], port + 2, {}, '/hello');
    try {
      const base = {
        post: { ...specs.post, url: `${baseline.origin}/api/v1/ratings` },
        officeStats: { url: `${baseline.origin}/hello`, expectStatus: 200 }
      };
      for (const [name, spec] of Object.entries(base)) {
        if (measured[name] === undefined) continue;
        const micros = await measure(baseline, `baseline ${name}`, spec);
        console.log(`  ${name}: server/baseline CPU ${(measured[name] / micros).toFixed(2)}× (a throughput ratio of about ${(micros / measured[name]).toFixed(2)})`);
      }
    } finally {
      await baseline.stop();
    }
  }
  const memory = (await (await fetch(`${server.origin}/__bench/metrics`)).json()) as BenchMetrics;
  const writes = memory.store as Partial<WriterStats> | undefined;
  if (writes?.syncs) {
    const perSync = (writes.events! / writes.syncs).toFixed(1);
    console.log(`group commit: ${writes.events} events in ${writes.syncs} fsyncs (${perSync} per fsync), fsync mean ${((writes.syncSeconds! / writes.syncs) * 1000).toFixed(2)} ms`);
  }
  console.log(`RSS ${Math.round(memory.rssBytes / 1024 ** 2)} MB, peak ${Math.round(memory.maxRssBytes / 1024 ** 2)} MB`);
} finally {
  await server.stop();
  if (!args.dir) await rm(dataDir, { recursive: true, force: true });
}
