// `npm run store:copy -- --from <DATA_DIR|postgres://…> --to <DATA_DIR|postgres://…>`: moves an installation between
// stores (a DATA_DIR to PostgreSQL and back): catalog, accounts, events with their seqs and hashes, the files
// complaints name, and the installation's keys (server key, chain key and daily heads, webhooks) so that links
// and tokens handed out before still work and the signed heads still verify. Stop the servers first.
// The target must be empty; the source's chain is checked first, the target's after, and their heads must match.
// See docs/scaling.md, "Moving an installation".
import { SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { CopyRefused, copyStore, type CopyProgress } from '../server/store/copy/copy-store.ts';
import { openLocation } from './store-location.ts';

const USAGE = 'Pakai / usage: npm run store:copy -- --from <DATA_DIR|postgres://…> --to <DATA_DIR|postgres://…>';
const { values: args } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!args.from || !args.to) {
  console.error(USAGE);
  process.exit(2);
}
if (args.from === args.to) {
  console.error(`Sumber dan tujuan sama / source and target are the same: ${args.from}`);
  process.exit(2);
}

const PHASES: Record<CopyProgress['phase'], string> = {
  'verifying source': 'memeriksa sumber / verifying the source',
  copying: 'menyalin / copying',
  'verifying target': 'memeriksa tujuan / verifying the target'
};
const bar = new SingleBar({
  format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
  hideCursor: true,
  // Without a terminal (CI, the bench), one line now and then instead of redrawing.
  noTTYOutput: !process.stderr.isTTY,
  notTTYSchedule: 5_000
});
let phase: CopyProgress['phase'] | undefined;
const progress = ({ phase: now, done, total }: CopyProgress) => {
  if (now !== phase) {
    if (phase) bar.stop();
    phase = now;
    bar.start(Math.max(total, 1), done, { phase: PHASES[now] });
  } else bar.update(done);
};

const started = performance.now();
const from = await openLocation(args.from, 'npm run store:copy (from)');
const to = await openLocation(args.to, 'npm run store:copy (to)').catch(async (error: unknown) => {
  await from.close();
  throw error;
});
let exitCode = 1;
try {
  const report = await copyStore(from.store, to.store, progress, { from: from.keys, to: to.keys });
  bar.stop();
  console.log(
    `ok: ${report.events} kejadian/events, ${report.files} berkas/files disalin / copied from ${from.name} to ${to.name}; ` +
      `rantai utuh di keduanya / chain intact on both, head seq ${report.head.seq} ${report.head.hash} (${((performance.now() - started) / 1000).toFixed(1)} s)`
  );
  console.log(`kunci / keys: ${report.keys.join(', ')}`);
  if (report.missingFiles.length > 0) {
    console.log(`catatan / note: ${report.missingFiles.length} berkas tidak ada di sumber / files missing at the source: ${report.missingFiles.join(', ')}`);
  }
  exitCode = 0;
} catch (error) {
  bar.stop();
  console.error(`Salin gagal / copy failed: ${error instanceof CopyRefused ? error.message : error}`);
} finally {
  await Promise.all([from.close(), to.close()]);
}
process.exit(exitCode);
