import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { fileSessions } from './session-file.ts';
import { SessionBook } from './sessions.ts';

const MINUTE = 60_000;
let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'suara-sessions-'));
  path = join(dir, 'sessions.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A book on the sessions file, as a (re)started server makes it. */
const bookOn = (clock: ReturnType<typeof manualClock>) => new SessionBook(clock, fileSessions(path));

describe('sessions stored in DATA_DIR', () => {
  it('outlive a restart, and the file holds only hashes of the tokens, for the owner alone', async () => {
    const clock = manualClock(1_800_000_000_000);
    const token = await bookOn(clock).open('petugas');
    const restarted = bookOn(clock);
    expect((await restarted.find(token))?.staffId).toBe('petugas');
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(token);
    expect(text).toContain('petugas');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('keep the idle and the absolute expiry across a restart', async () => {
    const clock = manualClock(1_800_000_000_000);
    const book = bookOn(clock);
    const idle = await book.open('a');
    const busy = await book.open('b');
    // "b" keeps working every 30 minutes; "a" walks away.
    for (let i = 0; i < 4; i++) {
      clock.advance(30 * MINUTE);
      expect(await book.find(busy)).toBeDefined();
    }
    clock.advance(1 * MINUTE);
    const restarted = bookOn(clock);
    expect(await restarted.find(idle)).toBeUndefined();
    expect(await restarted.find(busy)).toBeDefined();
    // Twelve hours after logging in (here 12 h 1 min), even a busy session ends, restart or not.
    for (let i = 0; i < 19; i++) {
      clock.advance(30 * MINUTE);
      expect(await bookOn(clock).find(busy), `${i}`).toBeDefined();
    }
    clock.advance(30 * MINUTE);
    expect(await bookOn(clock).find(busy)).toBeUndefined();
  });

  it('ends every session of one account, and only of that one, for good (endAllFor)', async () => {
    const clock = manualClock(1_800_000_000_000);
    const book = bookOn(clock);
    const phone = await book.open('petugas');
    const laptop = await book.open('petugas');
    const colleague = await book.open('manajer');
    expect(await book.endAllFor('petugas')).toBe(2);
    expect(await book.find(phone)).toBeUndefined();
    expect(await book.find(laptop)).toBeUndefined();
    const restarted = bookOn(clock);
    expect(await restarted.find(laptop)).toBeUndefined();
    expect((await restarted.find(colleague))?.staffId).toBe('manajer');
  });

  it('starts with nobody logged in when the file is damaged, rather than not at all', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, '{"version":1,"sessions":[{"tok');
    expect(await bookOn(manualClock(0)).find('anything')).toBeUndefined();
  });
});
