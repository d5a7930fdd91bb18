// `node --import tsx bench/memory.ts --dir DATA_DIR [--entry build/server/main.js]`: the server's memory on a
// data set, by phase: after start-up (views from the snapshot, or a full replay when there is none), after the
// first reads of every office and the league table, and the peak resident size of the process (maxRSS).
import { parseArgs } from 'node:util';
import type { BenchMetrics } from '../server/diagnostics/bench-metrics.ts';
import { SERVER_COMMAND, startProcess } from './processes.ts';

const { values: args } = parseArgs({ options: { dir: { type: 'string' }, entry: { type: 'string' } } });
if (!args.dir) throw new Error('usage: bench/memory.ts --dir DATA_DIR [--entry build/server/main.js]');
const command = args.entry ? ['--enable-source-maps', args.entry] : SERVER_COMMAND;
const server = await startProcess(command, 3391, { DATA_DIR: args.dir, SUARA_DEMO: '0', SUARA_BENCH: '1' }, '/api/v1/health');
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const show = async (phase: string) => {
  const m = (await (await fetch(`${server.origin}/__bench/metrics`)).json()) as BenchMetrics;
  console.log(`${phase}: rss ${mb(m.rssBytes)}, heap used ${mb(m.heapUsedBytes)}, array buffers ${mb(m.arrayBuffersBytes)}, peak rss ${mb(m.maxRssBytes)}`);
};
try {
  console.log(`ready after ${server.readyMs} ms`);
  await show('after start-up');
  const table = (await (await fetch(`${server.origin}/api/v1/stats`)).json()) as { offices: { officeId: string }[] };
  for (const { officeId } of table.offices) await (await fetch(`${server.origin}/api/v1/offices/${officeId}/stats`)).arrayBuffer();
  await (await fetch(`${server.origin}/kantor/${table.offices[0]!.officeId}`)).arrayBuffer();
  await show('after reading every office');
} finally {
  await server.stop();
}
