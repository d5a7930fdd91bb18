import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { scanLines } from '../server/store/segment-log/lines.ts';

export type DataSetOptions = { ratings: number; complaints: number; offices: number; seed: number; reseed: boolean };
export type DataSet = { key: string; pristine: string; summary: Record<string, unknown> };

/**
 * The seeded store for these parameters under bench/data/<key>/store, made with `npm run seed` the
 * first time and reused after (a run writes into a copy, so every run starts from the same data).
 */
export async function dataSet(benchDir: string, options: DataSetOptions): Promise<DataSet> {
  const key = `r${options.ratings}-c${options.complaints}-o${options.offices}-s${options.seed}`;
  const base = join(benchDir, 'data', key);
  const pristine = join(base, 'store');
  const summaryPath = join(base, 'seed.json');
  const ready = await stat(summaryPath).then(
    () => true,
    () => false
  );
  if (!ready || options.reseed) {
    await rm(base, { recursive: true, force: true });
    await mkdir(base, { recursive: true });
    console.log(`Data set ${key}: seeding (once; reused by later runs)…`);
    const args = ['--ratings', options.ratings, '--complaints', options.complaints, '--offices', options.offices, '--seed', options.seed];
    await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args.map(String), '--dir', pristine, '--summary', summaryPath]);
  } else {
    console.log(`Data set ${key}: reusing ${pristine}`);
  }
  return { key, pristine, summary: JSON.parse(await readFile(summaryPath, 'utf8')) };
}

/** A fresh working copy of the pristine store, for one run to write into. */
export async function workingCopy(pristine: string, target: string): Promise<string> {
  await rm(target, { recursive: true, force: true });
  await cp(pristine, target, { recursive: true });
  return target;
}

/** Bytes of the rating lines (newline included) and of the whole store, and the number of ratings. */
export async function diskUse(storeDir: string): Promise<{ ratingBytes: number; ratings: number; storeBytes: number }> {
  let ratingBytes = 0;
  let ratings = 0;
  let storeBytes = (await stat(join(storeDir, 'catalog.json'))).size;
  const eventsDir = join(storeDir, 'events');
  for (const name of (await readdir(eventsDir)).sort()) {
    storeBytes += (await stat(join(eventsDir, name))).size;
    await scanLines(join(eventsDir, name), (buffer, start, end) => {
      // `,"t":"r",` right after the 22 characters of "p": a rating (the codec's fixed prefix).
      if (buffer.toString('latin1', start + 28, start + 37) === '","t":"r"') {
        ratings++;
        ratingBytes += end - start + 1;
      }
    });
  }
  return { ratingBytes, ratings, storeBytes };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
