import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { DomainEvent, StoredEvent } from '../../server/store/types.ts';
import { rating } from './fixtures/events.ts';

const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));
const SEGMENT_SIZE = 500; // small enough that kills also land around rollovers

/** Runs the writer until ~300 ms after its first acknowledgement, then SIGKILLs it. */
function runAndKill(dir: string): Promise<Map<number, DomainEvent>> {
  const acknowledged = new Map<number, DomainEvent>();
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(SEGMENT_SIZE)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit']
  });
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!; // a line cut by the kill was never fully printed
    for (const line of lines) {
      const tab = line.indexOf('\t');
      acknowledged.set(Number(line.slice(0, tab)), JSON.parse(line.slice(tab + 1)));
    }
    timer ??= setTimeout(() => child.kill('SIGKILL'), 300);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`writer exited early with ${code ?? signal}`))));
  });
}

describe('segment-log store under SIGKILL', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-crash-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps every acknowledged event, a verifiable chain, and continues it — three kills in a row', { timeout: 15_000 }, async () => {
    const everAcknowledged = new Map<number, DomainEvent>();
    for (let round = 1; round <= 3; round++) {
      const acknowledged = await runAndKill(dir);
      expect(acknowledged.size, `round ${round} acknowledged something`).toBeGreaterThan(0);
      for (const [seq, event] of acknowledged) everAcknowledged.set(seq, event);

      const store = await openSegmentLogStore({ dir, segmentSize: SEGMENT_SIZE });
      try {
        const stored: StoredEvent[] = [];
        (await store.subscribe((event) => stored.push(event)))();
        expect(stored.length).toBe(store.head().seq);
        expect(store.head().seq).toBeGreaterThanOrEqual(Math.max(...everAcknowledged.keys()));
        const seqs = [...everAcknowledged.keys()];
        // One comparison for all of them: thousands of single expects would take seconds.
        expect(seqs.map((seq) => stored[seq - 1])).toStrictEqual(seqs.map((seq) => ({ ...everAcknowledged.get(seq), seq, hash: stored[seq - 1]?.hash })));
        expect(await store.verify()).toEqual({ ok: true, events: stored.length });
        const [next] = await store.append([rating(round)]);
        expect(next!.seq).toBe(stored.length + 1);
        expect(await store.verify()).toEqual({ ok: true, events: stored.length + 1 });
      } finally {
        await store.close();
      }
    }
  });
});
