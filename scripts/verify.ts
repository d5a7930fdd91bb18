// `npm run verify -- URL` checks a server's public record (scripts/verify-public.ts).
// `npm run verify`: recomputes the hash chain of DATA_DIR's event log and prints "ok" or the first break
// (segment file, line, seq). Exit code 0 when intact, 1 when not (or when it cannot run). It takes the
// DATA_DIR lock, so run it with the server stopped; it changes nothing (a torn tail is only reported:
// the server cuts it off when it starts). See docs/operations.md, "Storage integrity".
import { join } from 'node:path';
import { main as verifyPublic } from './verify-public.ts';
import { parseEnv } from '../server/env.ts';
import { openStore } from '../server/store/open-store.ts';
import { DataDirLocked, lockDataDir } from '../server/store/segment-log/lock.ts';
import { listSegments } from '../server/store/segment-log/segments.ts';
import { describeBreak, verifySegments } from '../server/store/segment-log/verify-chain.ts';

// With a URL: the public record of a running server, as anyone can check it (docs/public-record.md).
if (process.argv.slice(2).some((arg) => /^https?:\/\//.test(arg))) process.exit(await verifyPublic(process.argv.slice(2)));

const config = parseEnv(process.env);
const started = performance.now();
if (config.databaseUrl) process.exit(await verifyDatabase(config.databaseUrl));
const lock = await lockDataDir(config.dataDir, 'npm run verify').catch((error: unknown) => {
  console.error(error instanceof DataDirLocked ? error.message : `verify: ${(error as Error).message}`);
  process.exit(1);
});
let exitCode = 1;
try {
  const segments = await listSegments(join(config.dataDir, 'events')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const report = await verifySegments(segments);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.ok) {
    console.log(`ok: ${report.events} kejadian/events, rantai utuh / chain intact, head seq ${report.head.seq} ${report.head.hash} (${seconds} s)`);
    if (report.tornTailBytes > 0)
      console.log(`catatan / note: ${report.tornTailBytes} byte robek di ujung / torn bytes at the tail after event ${report.events}; the server cuts them off when it starts`);
    exitCode = 0;
  } else {
    console.log(`RUSAK / BROKEN: ${describeBreak(report.break)}`);
    console.log(`${report.events} kejadian/events read; restore DATA_DIR from a backup (docs/operations.md, "Storage integrity")`);
  }
} catch (error) {
  console.error(`verify: ${(error as Error).message}`);
} finally {
  await lock.release();
}
process.exit(exitCode);

/** On PostgreSQL: the chain recomputed over the events table, through the store (docs/architecture.md). */
async function verifyDatabase(databaseUrl: string): Promise<number> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl, command: 'npm run verify' });
  try {
    const report = await store.verify();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.ok) console.log(`ok: ${report.events} kejadian/events, rantai utuh / chain intact, head seq ${store.head().seq} ${store.head().hash} (${seconds} s)`);
    else console.log(`RUSAK / BROKEN: kejadian / event ${report.firstBadSeq}; ${report.events} kejadian/events read`);
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
