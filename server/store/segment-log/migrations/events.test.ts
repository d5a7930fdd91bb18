import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTS_FORMAT_FILE, EVENTS_FORMAT_VERSION, EVENTS_MIGRATIONS, migrateEventLog } from './events.ts';
import { V2_LINES } from './public-chain.fixture.ts';
import { FormatTooNew } from './run.ts';

describe('event log migrations', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'suara-events-format-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const stamp = async () => JSON.parse(await readFile(join(dir, EVENTS_FORMAT_FILE), 'utf8'));

  it('1 → 2 → 3 stamps the log and rewrites its lines for the public chain', async () => {
    const segment = join(dir, '000000000001.jsonl');
    await writeFile(segment, `${V2_LINES.join('\n')}\n`);
    expect(await EVENTS_MIGRATIONS[0]!.up(dir)).toBe(dir);
    expect(await migrateEventLog(dir)).toEqual({ from: 1, to: EVENTS_FORMAT_VERSION });
    expect(await stamp()).toEqual({ format: 'suara-events', version: EVENTS_FORMAT_VERSION });
    expect(await migrateEventLog(dir)).toBeUndefined();
  });

  it('stamps a new log with the current version', async () => {
    expect(await migrateEventLog(dir)).toBeUndefined();
    expect((await stamp()).version).toBe(EVENTS_FORMAT_VERSION);
  });

  it('refuses a log written by a newer release', async () => {
    await writeFile(join(dir, EVENTS_FORMAT_FILE), JSON.stringify({ format: 'suara-events', version: EVENTS_FORMAT_VERSION + 1 }));
    await expect(migrateEventLog(dir)).rejects.toBeInstanceOf(FormatTooNew);
  });
});
