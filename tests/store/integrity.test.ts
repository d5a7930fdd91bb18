import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { fileSnapshotStore } from '../../server/snapshot/file.ts';
import type { RatingRecorded } from '../../server/store/events.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { NOW, testCatalog } from '../api/fixtures.ts';

// A log that proves itself (docs/operations.md, "Storage integrity"): an edit made while the server was
// stopped is found at start-up (in the part the views replay) or by the whole-chain check after it, and
// writes are refused from then on with a message naming the segment file, line and seq.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OFFICE = 'disdukcapil-uji';
const EVENTS = 25;
const SNAPSHOT_AT = 20; // the snapshot covers 1..20; 21..25 are replayed at start-up

const rating = (n: number): RatingRecorded => ({ type: 'rating.recorded', at: NOW - (EVENTS - n) * 60_000, officeId: OFFICE, score: 4, channel: 'web' });

type Started = { store: SegmentLogStore; app: Awaited<ReturnType<typeof createApp>>; lines: string[] };

describe('a log that proves itself', () => {
  let dir: string;
  let started: Started[] = [];
  const segment = () => join(dir, 'events', '000000000001.jsonl');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-integrity-'));
  });
  afterEach(async () => {
    for (const { store, app } of started) {
      app.context.views.stop();
      await store.close();
    }
    started = [];
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens the store and builds the app as boot does: views from the snapshot when there is one. */
  async function start(): Promise<Started> {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const store = await openSegmentLogStore({ dir, log });
    try {
      const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16_384, log: () => {} }, snapshots: fileSnapshotStore(join(dir, 'views.snapshot'), { log }) });
      const running = { store, app, lines };
      started.push(running);
      return running;
    } catch (error) {
      await store.close();
      throw Object.assign(error as Error, { logged: lines });
    }
  }

  async function stop({ store, app }: Started) {
    started = started.filter((s) => s.store !== store);
    app.context.views.stop();
    await store.close();
  }

  /** 25 ratings of 4; with `snapshot`, a views snapshot as of event 20. */
  async function prepare({ snapshot }: { snapshot: boolean }) {
    const first = await start();
    await first.store.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await stop(first);
    const second = await start(); // views under the catalog's key
    await second.store.append(Array.from({ length: SNAPSHOT_AT }, (_, n) => rating(n + 1)));
    if (snapshot) await second.app.snapshots!.write();
    await second.store.append(Array.from({ length: EVENTS - SNAPSHOT_AT }, (_, n) => rating(SNAPSHOT_AT + n + 1)));
    await stop(second);
  }

  async function editLine(seq: number, edit: (line: string) => string) {
    const lines = (await readFile(segment(), 'utf8')).split('\n');
    const edited = edit(lines[seq - 1]!);
    expect(edited).not.toBe(lines[seq - 1]);
    lines[seq - 1] = edited;
    await writeFile(segment(), lines.join('\n'));
  }
  const scoreToOne = (line: string) => line.replace('"s":4', '"s":1');
  const onePrevChar = (line: string) => line.slice(0, 10) + (line[10] === 'x' ? 'y' : 'x') + line.slice(11);

  const post = (app: Started['app']) =>
    app.request('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ officeId: OFFICE, score: 3, channel: 'web' }) });
  const health = async (app: Started['app']) => (await app.request('/api/v1/health')).json();

  /** Writes refused with 503 problem+json in both languages, reads still served, the operator told the place. */
  async function expectRefused(running: Started, seq: number) {
    const refused = await post(running.app);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(refused.headers.get('Retry-After')).toBe('3600');
    expect((await refused.json()).detail).toMatch(/Log kejadian rusak.*event log is damaged/);
    expect((await running.app.request(`/api/v1/offices/${OFFICE}/stats`)).status).toBe(200);
    expect(await health(running.app)).toMatchObject({
      status: 'degraded',
      ready: false,
      storage: { writable: false, chain: { state: 'broken', break: { seq, line: seq, file: segment() } } }
    });
    expect((await running.app.request('/api/v1/ready')).status).toBe(503);
    expect(running.lines.join('\n')).toContain(`EVENT LOG DAMAGED: ${segment()}, baris/line ${seq}, kejadian/event seq ${seq}`);
  }

  it.each([
    ['"s":4 → "s":1', scoreToOne],
    ['one character of "p"', onePrevChar]
  ])('edited byte (%s) without the snapshot: found at start-up, before any write', async (_name, edit) => {
    await prepare({ snapshot: false });
    await editLine(4, edit);
    const running = await start();
    await expectRefused(running, 4);
  });

  it.each([
    ['"s":4 → "s":1', scoreToOne],
    ['one character of "p"', onePrevChar]
  ])('edited byte (%s) after the snapshot: found at start-up in the tail the views replay', async (_name, edit) => {
    await prepare({ snapshot: true });
    await editLine(22, edit);
    await expectRefused(await start(), 22);
  });

  it.each([
    ['"s":4 → "s":1', scoreToOne],
    ['one character of "p"', onePrevChar]
  ])('edited byte (%s) before the snapshot: found by the whole-chain check in the background', async (_name, edit) => {
    await prepare({ snapshot: true });
    await editLine(4, edit);
    const running = await start();
    expect((await post(running.app)).status).toBe(201); // the start-up replay read only 21..25
    expect((await health(running.app)).storage.chain.state).toBe('verifying');
    const report = await running.store.verifyInBackground();
    expect(report).toMatchObject({ ok: false, break: { seq: 4, line: 4 } });
    await expectRefused(running, 4);
  });

  it('reports an intact chain after the background check', async () => {
    await prepare({ snapshot: true });
    const running = await start();
    await running.store.verifyInBackground();
    expect(await health(running.app)).toEqual({ status: 'ok', ready: true, storage: { writable: true, chain: { state: 'ok', events: EVENTS }, writes: { state: 'ok' } } });
    expect(running.lines.join('\n')).toContain(`hash chain intact: ${EVENTS} kejadian/events verified`);
  });

  it('a broken line (not JSON) without the snapshot stops start-up with the operator message, not a raw SyntaxError', async () => {
    await prepare({ snapshot: false });
    await editLine(7, (line) => line.replace('"s":4', '"s"4'));
    const failed = await start().then(
      () => undefined,
      (error: Error) => error
    );
    expect(failed?.name).toBe('DamagedLogError');
    expect(failed?.message).toContain(`${segment()}, baris/line 7, kejadian/event seq 7: it is not a valid event line`);
  });

  it('a broken line before the snapshot: the server starts, the background check refuses writes naming it', async () => {
    await prepare({ snapshot: true });
    await editLine(7, (line) => line.replace('"s":4', '"s"4'));
    const running = await start();
    await running.store.verifyInBackground();
    await expectRefused(running, 7);
  });

  it('a torn tail is cut off, saying how many bytes after which event', async () => {
    await prepare({ snapshot: false });
    const intact = await readFile(segment());
    await appendFile(segment(), '{"p":"AAAAAAAA');
    const running = await start();
    expect(running.lines.join('\n')).toContain(`torn tail truncated: 14 byte setelah kejadian / bytes after event ${EVENTS} (${segment()})`);
    expect(await readFile(segment())).toEqual(intact);
    expect((await post(running.app)).status).toBe(201);
  });

  describe('npm run verify', () => {
    const verify = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', (code) => resolve({ code, output }));
      });

    it('prints ok and exits 0 on an intact log; the first break (file, line, seq) and exits 1 on an edited one; stops beside a running server', { timeout: 60_000 }, async () => {
      await prepare({ snapshot: false });
      const intact = await verify();
      expect(intact).toMatchObject({ code: 0, output: expect.stringMatching(new RegExp(`^ok: ${EVENTS} kejadian/events`)) });

      await editLine(9, scoreToOne);
      const broken = await verify();
      expect(broken.code).toBe(1);
      expect(broken.output).toContain(`RUSAK / BROKEN: ${segment()}, baris/line 9, kejadian/event seq 9`);

      const running = await start().catch(() => undefined); // the edit is in the replayed part: writes refused, but it runs
      expect(running).toBeDefined();
      const locked = await verify();
      expect(locked.code).toBe(1);
      expect(locked.output).toContain(`is in use by pid ${process.pid}`);
    });
  });
});
