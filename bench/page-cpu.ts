// `node --import tsx bench/page-cpu.ts --dir DATA_DIR [--entry build/server/main.js] [--requests N] [--prof DIR] [--only cached|rendered]
//   [--junk-query] [--page '/kantor/{office}'] [--connections 10] [--accept-encoding 'gzip, deflate, br'] [--trace-gc] [--node-flag=--max-semi-space-size=64 …]`:
// CPU time (user + system, from /proc) the server spends per office page, served from the page cache and rendered
// every time (a header the server heeds with SUARA_BENCH=1 takes each request past the cache), with the rendered page's p99 at 10
// connections. `--trace-gc` adds what the collector did during each measure: its pauses, and how much the young
// generation promoted to the old one per page (docs/bench.md, "What survives a render"); `--node-flag` passes V8 or
// Node flags to the server. Run it on a copy of the bench's store (`cp -r bench/data/<set>/store`), which it writes to.
import { parseArgs } from 'node:util';
import { RENDER_ANEW_FOR_BENCH } from '../shared/api-bridge.ts';
import { cpuMicros } from './cpu.ts';
import { load, startProcess, waitUntilIdle, type Running } from './processes.ts';
import type { LoadSpec } from './load.ts';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    entry: { type: 'string', default: 'build/server/main.js' },
    requests: { type: 'string', default: '2000' },
    prof: { type: 'string' },
    port: { type: 'string', default: '3394' },
    only: { type: 'string' },
    'junk-query': { type: 'boolean', default: false },
    /** The page to load; `{office}` is the first office of the league table. Only the office page is ever cached. */
    page: { type: 'string', default: '/kantor/{office}' },
    connections: { type: 'string', default: '10' },
    'accept-encoding': { type: 'string', default: 'gzip, deflate, br' },
    'trace-gc': { type: 'boolean', default: false },
    'node-flag': { type: 'string', multiple: true, default: [] }
  }
});
if (!args.dir) throw new Error('--dir DATA_DIR is required (a copy of the bench store)');
const requests = Number(args.requests);
const connections = Number(args.connections);
const profile = args.prof ? ['--cpu-prof', `--cpu-prof-dir=${args.prof}`] : [];
const traceGc = args['trace-gc'] ? ['--trace-gc-nvp'] : [];
const server = await startProcess(
  [...profile, ...traceGc, ...args['node-flag'], '--enable-source-maps', args.entry],
  Number(args.port),
  { DATA_DIR: args.dir, SUARA_BENCH: '1', SUARA_DEMO: '0' },
  '/api/v1/health'
);
try {
  const table = (await (await fetch(`${server.origin}/api/v1/stats`)).json()) as { offices: { officeId: string }[] };
  const officeId = table.offices[0]!.officeId;
  const page = args.page.replace('{office}', officeId);
  // What a browser sends: the cached page is answered compressed, as it is to a visitor.
  const headers = { 'accept-encoding': args['accept-encoding'] };
  // The store may still be busy after it answers (a first snapshot, the background check of the whole hash chain:
  // ~25 s at the million on a slow host): wait until the server is idle, or a measure would include that work.
  await waitUntilIdle(server);
  /** `--trace-gc-nvp` lines ("… pause=7.5 … gc=s … promoted=2842184 …"): scavenges and full collections, their pauses, and promotion. */
  const collections = (trace: string, pages: number) => {
    const lines = trace.split('\n').filter((line) => line.includes(' gc='));
    const field = (line: string, name: string) => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
    const summary = (kind: string, gc: string[]) => {
      const pauses = lines.filter((line) => gc.includes(/ gc=(\S+)/.exec(line)![1]!)).map((line) => field(line, 'pause'));
      return `${kind} ${pauses.length}, ${Math.round(pauses.reduce((sum, ms) => sum + ms, 0))} ms in all, longest ${Math.max(0, ...pauses).toFixed(1)} ms`;
    };
    const promoted = lines.reduce((sum, line) => sum + (line.includes(' gc=s ') ? field(line, 'promoted') : 0), 0);
    return `${summary('scavenges', ['s'])}; ${summary('full collections', ['mc', 'mmc', 'ms'])}; promoted ${Math.round(promoted / pages / 1024)} kB a page`;
  };
  const measure = async (on: Running, name: string, spec: Omit<LoadSpec, 'duration' | 'amount'>) => {
    await load({ ...spec, duration: 0, amount: 200 }); // warm-up
    const before = cpuMicros(on.child.pid)!;
    const outputBefore = on.output().length;
    const result = await load({ ...spec, duration: 0, amount: requests });
    const micros = (cpuMicros(on.child.pid)! - before) / result.requests;
    console.log(
      `${name}: ${(micros / 1000).toFixed(2)} ms CPU per page, p50 ${result.p50} ms, p99 ${result.p99} ms at ${spec.connections} connections (${result.requests} requests, ${result.errors + result.unexpected} bad)`
    );
    if (traceGc.length > 0) console.log(`  ${collections(on.output().slice(outputBefore), result.requests)}`);
  };
  if (args.only !== 'rendered') await measure(server, 'cached', { url: `${server.origin}${page}`, connections, headers, expectStatus: 200 });
  // Every request with a query parameter of its own that the page does not read: the page cache answers the page
  // it has, and keeps nothing per URL (a build before that rendered and kept each one: how it was measured then).
  if (args['junk-query']) {
    const paths = Array.from({ length: requests }, (_, i) => `${page}?bench=${i}`);
    await measure(server, 'unknown parameters', { url: `${server.origin}${page}`, connections, headers, expectStatus: 200, paths });
  }
  const renderAnew = { ...headers, [RENDER_ANEW_FOR_BENCH]: '1' };
  if (args.only !== 'cached') await measure(server, 'rendered', { url: `${server.origin}${page}`, connections, headers: renderAnew, expectStatus: 200 });
  const memory = (await (await fetch(`${server.origin}/__bench/metrics`)).json()) as { rssBytes: number; maxRssBytes: number };
  console.log(`RSS ${Math.round(memory.rssBytes / 1024 ** 2)} MB, peak ${Math.round(memory.maxRssBytes / 1024 ** 2)} MB`);
} finally {
  await server.stop();
}
