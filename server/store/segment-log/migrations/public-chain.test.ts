import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeLine } from '../../codec.ts';
import { publicForm } from '../../public-chain/public-form.ts';
import { verifySegments } from '../verify-chain.ts';
import { listSegments } from '../segments.ts';
import { V2_HEAD, V2_LINES } from './public-chain.fixture.ts';
import { CHAIN_MIGRATION_FILE, migrateToPublicChain, readChainMigration, recoverInterruptedMigration } from './public-chain.ts';

describe('migration 2 → 3: the chain over public forms', () => {
  let dataDir: string;
  let eventsDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'suara-public-chain-'));
    eventsDir = join(dataDir, 'events');
    await mkdir(eventsDir);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('verifies the old chain, builds the new one with the same events, and records both heads', async () => {
    await writeFile(join(eventsDir, '000000000001.jsonl'), V2_LINES.slice(0, 2).join('\n') + '\n');
    await writeFile(join(eventsDir, '000000000003.jsonl'), V2_LINES.slice(2).join('\n') + '\n');
    await migrateToPublicChain(eventsDir, { now: Date.parse('2026-12-01T00:00:00Z') });

    const segments = await listSegments(eventsDir);
    expect(segments.map((segment) => segment.base)).toEqual([1, 3]);
    const report = await verifySegments(segments);
    expect(report.ok).toBe(true);
    const record = await readChainMigration(dataDir);
    expect(record).toEqual({ at: '2026-12-01T00:00:00.000Z', from: { format: 2, ...V2_HEAD }, to: { format: 3, seq: 4, hash: report.ok && report.head.hash } });

    const lines = (await Promise.all(segments.map((segment) => readFile(segment.path, 'utf8')))).join('').trim().split('\n');
    expect(lines.map((line) => decodeLine(line).event)).toEqual(V2_LINES.map((line) => decodeLine(line).event));
    // Nothing private is left in a public form: not the comment, the contact, the text, nor who replied.
    for (const line of lines) expect(publicForm(line)).not.toMatch(/0812|3201234567890123|Siti|siti@|petugas|c2VjcmV0/);
    expect(await readdir(dataDir)).toEqual(expect.arrayContaining([CHAIN_MIGRATION_FILE, 'events']));
    expect(await readdir(dataDir)).toHaveLength(2);
  });

  it('refuses a log whose old chain is broken, and leaves it as it was', async () => {
    const tampered = [V2_LINES[0]!, V2_LINES[1]!.replace('"s":2', '"s":3'), ...V2_LINES.slice(2)];
    await writeFile(join(eventsDir, '000000000001.jsonl'), tampered.join('\n') + '\n');
    await expect(migrateToPublicChain(eventsDir)).rejects.toThrow(/event 3 .*does not continue the chain/);
    expect(await readFile(join(eventsDir, '000000000001.jsonl'), 'utf8')).toBe(tampered.join('\n') + '\n');
  });

  it('after a crash between the renames, keeps the finished new log or brings the old one back', async () => {
    await mkdir(join(dataDir, 'events.v2-old'));
    await writeFile(join(dataDir, 'events.v2-old', '000000000001.jsonl'), V2_LINES.join('\n') + '\n');
    await recoverInterruptedMigration(eventsDir); // events/ is the empty folder a start makes: the old log comes back
    expect(await readFile(join(eventsDir, '000000000001.jsonl'), 'utf8')).toBe(V2_LINES.join('\n') + '\n');
    await mkdir(join(dataDir, 'events.v2-old'));
    await writeFile(join(eventsDir, 'format.json'), '{"format":"suara-events","version":3}\n');
    await recoverInterruptedMigration(eventsDir); // the new log was in place: the old one goes
    expect(await readdir(dataDir)).toEqual(['events']);
  });
});
