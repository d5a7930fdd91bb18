// `node --import tsx bench/export-memory.ts [--store DIR] [--entry build/server/main.js] [--slow] [--file penilaian.csv]
// [--encoding gzip]` (both repeatable; by default both files, plain and gzip): the server's
// memory and time while it exports the whole period's daily ratings (/api/v1/open-data/penilaian.*), as CSV and
// JSON, plain and gzip. It copies the store (by default the bench's million ratings, made by `npm run bench`) into a
// temporary DATA_DIR, starts the compiled server on it with SUARA_DEMO=0, waits for its views snapshot (start-up
// work, not the export's) and then downloads each file once, reading the server's resident size from /proc: before,
// and its peak during the download (VmHWM, reset first through clear_refs). `--slow` reads each body at about
// 2 MB/s, as a far-away client does: the server must hold back, not buffer the file. Linux only (/proc).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SERVER_COMMAND, startProcess, type Running } from './processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    store: { type: 'string', default: join(ROOT, 'bench/data/r1000000-c100000-o200-s20250817/store') },
    entry: { type: 'string' },
    slow: { type: 'boolean', default: false },
    file: { type: 'string', multiple: true, default: ['penilaian.csv', 'penilaian.json'] },
    encoding: { type: 'string', multiple: true, default: ['identity', 'gzip'] }
  }
});
const SLOW_BYTES_PER_SECOND = 2_000_000;
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A field of /proc/PID/status in bytes (VmRSS, VmHWM). */
async function procBytes(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
}

/** Downloads one file, reading as fast as it comes or at SLOW_BYTES_PER_SECOND; its bytes on the wire and seconds. */
async function download(url: string, encoding: string): Promise<{ bytes: number; seconds: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': encoding } });
  let bytes = 0;
  // undici decodes gzip itself: the count is of the decoded bytes, which the server produced either way.
  for await (const chunk of response.body! as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (args.slow) {
      const due = started + (bytes / SLOW_BYTES_PER_SECOND) * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return { bytes, seconds: (performance.now() - started) / 1000, status: response.status };
}

const dataDir = await mkdtemp(join(tmpdir(), 'suara-export-memory-'));
const command = args.entry ? ['--enable-source-maps', args.entry] : SERVER_COMMAND;
let server: Running | undefined;
try {
  console.log(`copying ${args.store} → ${dataDir} …`);
  await cp(args.store, dataDir, { recursive: true });
  server = await startProcess(command, await freePort(), { DATA_DIR: dataDir, SUARA_DEMO: '0' }, '/api/v1/ready');
  const pid = server.child.pid!;
  console.log(`ready after ${server.readyMs} ms; waiting for the views snapshot …`);
  const deadline = Date.now() + 300_000;
  while (!server.output().includes('Snapshot ditulis') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
  // The background check of the whole chain runs after start-up too: let it finish.
  while (!server.output().includes('hash chain intact') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const rows: string[] = [];
  for (const file of args.file) {
    for (const encoding of args.encoding) {
      await writeFile(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current resident size
      const before = await procBytes(pid, 'VmRSS');
      const { bytes, seconds, status } = await download(`${server.origin}/api/v1/open-data/${file}`, encoding);
      if (status !== 200) throw new Error(`${file} (${encoding}): ${status}`);
      const peak = await procBytes(pid, 'VmHWM');
      rows.push(`| ${file} | ${encoding} | ${mb(bytes)} | ${seconds.toFixed(1)} | ${mb(before)} | ${mb(peak)} | **${mb(peak - before)}** |`);
      console.log(rows.at(-1));
    }
  }
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(`\nWhole-period daily ratings export${args.slow ? `, read at ${mb(SLOW_BYTES_PER_SECOND)} MB/s` : ''}; load average ${load}\n`);
  console.log('| file | encoding | MB decoded | seconds | RSS before MB | peak RSS MB | rise MB |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
