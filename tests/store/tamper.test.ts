// docs/public-record.md: `npm run verify` on a DATA_DIR names the event a tamperer touched — one byte of a
// public form edited, an event deleted, two swapped, a private part edited — and does not flag a private part erased.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import { sampleEvents } from './fixtures/events.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/** `npm run verify` on `dataDir` (the script itself, without npm's banner): its output and exit code. */
async function npmRunVerify(dataDir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('tampering with a DATA_DIR', () => {
  let dir: string;
  const segment = () => join(dir, 'events', '000000000001.jsonl');
  const lines = async () => (await readFile(segment(), 'utf8')).trimEnd().split('\n');
  const rewrite = (changed: string[]) => writeFile(segment(), changed.join('\n') + '\n');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-tamper-'));
    const store = await openSegmentLogStore({ dir, command: 'tamper test', log: () => {} });
    await store.append([...sampleEvents, ...sampleEvents.map((event) => ({ ...event, at: event.at + 1000 }))]);
    await store.close();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reports one byte edited in a public form, a deleted event and two swapped at the right seq, and accepts an erasure', async () => {
    const original = await lines();
    expect(original.length).toBeGreaterThan(8);
    const cases: [name: string, change: (stored: string[]) => string[], expected: RegExp][] = [
      ['intact', (stored) => stored, /^ok: \d+ kejadian/],
      ['byte of event 3 edited', (stored) => stored.map((line, i) => (i === 2 ? line.replace(/"a":(\d+)/, (_, at) => `"a":${Number(at) + 1}`) : line)), /seq 3:/],
      ['event 4 deleted', (stored) => stored.filter((_, i) => i !== 3), /seq 4:/],
      ['events 5 and 6 swapped', (stored) => [...stored.slice(0, 4), stored[5]!, stored[4]!, ...stored.slice(6)], /seq 5:/],
      ['event 1 deleted', (stored) => stored.slice(1), /seq 1:/],
      [
        'a private part edited',
        (stored) => stored.map((line) => line.replace('"Siti"', '"Sita"')),
        new RegExp(`seq ${original.findIndex((line) => line.includes('"Siti"')) + 1}: its private part was changed`)
      ]
      // (The last event has no successor to vouch for it: offline, only a signed head can; the URL verifier checks one.)
    ];
    for (const [name, change, expected] of cases) {
      await rewrite(change([...original]));
      const { code, out } = await npmRunVerify(dir);
      expect(out, name).toMatch(expected);
      expect(code, name).toBe(name === 'intact' ? 0 : 1);
    }

    // An erasure blanks private parts in place: nothing to report.
    await rewrite(original);
    const store = await openSegmentLogStore({ dir, command: 'tamper test', log: () => {} });
    const erased = await store.erasePrivate!((event) => event.type === 'complaint.submitted' || event.type === 'rating.recorded');
    await store.close();
    expect(erased.length).toBeGreaterThan(2);
    expect(await lines()).not.toEqual(original);
    expect(await npmRunVerify(dir)).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: /) });
  }, 240_000); // seven runs of the script, each a Node start with the TypeScript loader
});
