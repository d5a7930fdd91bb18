import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ifMissing, writeDurably } from '../fsync.ts';
import { listSegments } from '../segments.ts';
import { migrateToPublicChain } from './public-chain.ts';
import { migrate, type Migration } from './run.ts';

/** The event log's format stamp, beside its segments (segment names never match it). */
export const EVENTS_FORMAT_FILE = 'format.json';

/**
 * The event log's formats, oldest first: entry i takes version i + 1 to i + 2, given the events folder.
 * The lines are hashed into the chain, so a step that rewrites them must verify the old chain, build a new
 * one and record both heads (./public-chain.ts, 2 → 3); anything else is a new kind of line the readers
 * also accept, plus a step here for what lies beside the lines. Each has a test in events.test.ts.
 */
export const EVENTS_MIGRATIONS: readonly Migration<string>[] = [
  { from: 1, why: 'the log carries its format version in events/format.json', up: (eventsDir) => eventsDir },
  { from: 2, why: 'private fields behind salted commitments, the chain over public forms (docs/public-record.md)', up: (eventsDir) => migrateToPublicChain(eventsDir) }
];

/** The version this release writes into events/format.json. */
export const EVENTS_FORMAT_VERSION = EVENTS_MIGRATIONS.length + 1;

/**
 * Brings the log in `eventsDir` to this release's format. A log with segments but no stamp was written
 * before versions were (version 1); a log without either is new and gets this release's stamp.
 */
export async function migrateEventLog(eventsDir: string): Promise<{ from: number; to: number } | undefined> {
  const path = join(eventsDir, EVENTS_FORMAT_FILE);
  const from = await eventLogFormatOf(eventsDir);
  if (from === undefined) {
    await writeStamp(path);
    return undefined;
  }
  const { ran } = await migrate('events/ (event log)', EVENTS_MIGRATIONS, eventsDir, from);
  if (ran.length === 0) return undefined;
  await writeStamp(path);
  return { from, to: EVENTS_FORMAT_VERSION };
}

/** The format version of the log in `eventsDir`, undefined for a new log (no stamp, no segments), without changing it. */
export async function eventLogFormatOf(eventsDir: string): Promise<number | undefined> {
  const text = await readFile(join(eventsDir, EVENTS_FORMAT_FILE), 'utf8').catch(ifMissing(undefined));
  if (text !== undefined) return (JSON.parse(text) as { version: number }).version;
  return (await listSegments(eventsDir)).length === 0 ? undefined : 1;
}

async function writeStamp(path: string): Promise<void> {
  await writeDurably(path, `${JSON.stringify({ format: 'suara-events', version: EVENTS_FORMAT_VERSION })}\n`);
}
