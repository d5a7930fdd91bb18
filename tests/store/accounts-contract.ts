import { describe, expect, it } from 'vitest';
import { manualClock } from '../../server/clock.ts';
import { AlreadySetUp, EmailTaken, type AccountStores } from '../../server/store/accounts/types.ts';
import type { StaffAccount } from '../../server/store/types.ts';

const MINUTE = 60_000;
const T0 = 1_800_000_000_000;

/** An engine's account stores, opened on `place` (a folder or a database): the same place again is a restart. */
export type OpenAccounts = (place: string) => Promise<AccountStores & { close(): Promise<void> }>;

const account = (id: string, email = `${id}@kantor.go.id`): StaffAccount => ({ id, name: id.toUpperCase(), email, role: 'officer', officeIds: ['kantor-a'], passwordHash: `scrypt$${id}` });
const session = (tokenHash: string, staffId: string, at = T0) => ({ tokenHash, staffId, openedAt: at, lastSeenAt: at });

/**
 * What every engine's StaffStore, SessionStore and ThrottleStore keep, whatever holds them. `place` gives a new
 * place per test; with `persistent`, what was written is there again after closing and reopening it.
 */
export function accountsContract(name: string, open: OpenAccounts, { place, persistent }: { place: () => Promise<string>; persistent: boolean }) {
  describe(`account stores: ${name}`, () => {
    const withStores = async (run: (stores: Awaited<ReturnType<OpenAccounts>>, where: string) => Promise<void>) => {
      const where = await place();
      const stores = await open(where);
      try {
        await run(stores, where);
      } finally {
        await stores.close();
      }
    };

    it('keeps accounts by id and by email, oldest first, and holds an email unique', () =>
      withStores(async ({ staff }) => {
        await staff.create(account('ani'));
        await staff.create(account('budi'));
        expect(staff.all().map((a) => a.id)).toEqual(['ani', 'budi']);
        expect(staff.byId('budi')?.email).toBe('budi@kantor.go.id');
        expect(staff.byEmail('ani@kantor.go.id')?.id).toBe('ani');
        expect(staff.byId('nobody')).toBeUndefined();
        await expect(staff.create(account('ani-2', 'ani@kantor.go.id'))).rejects.toBeInstanceOf(EmailTaken);
        expect(staff.all()).toHaveLength(2);
      }));

    it('creates the first account only once with onlyFirst', () =>
      withStores(async ({ staff }) => {
        const race = await Promise.allSettled([staff.create(account('admin-a'), { onlyFirst: true }), staff.create(account('admin-b'), { onlyFirst: true })]);
        expect(race.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        expect(race.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')?.reason).toBeInstanceOf(AlreadySetUp);
        expect(staff.all()).toHaveLength(1);
      }));

    it('updates from the stored account, and a change that throws writes nothing', () =>
      withStores(async ({ staff }) => {
        await staff.create(account('citra'));
        const changed = await staff.update('citra', (current) => ({ ...current, role: 'manager', active: false }));
        expect(changed).toMatchObject({ id: 'citra', role: 'manager', active: false });
        expect(staff.byId('citra')).toEqual(changed);
        await expect(
          staff.update('citra', () => {
            throw new Error('refused');
          })
        ).rejects.toThrow('refused');
        expect(staff.byId('citra')).toEqual(changed);
        // Concurrent updates each see the other's result: none is lost.
        await Promise.all(['a', 'b', 'c'].map((office) => staff.update('citra', (current) => ({ ...current, officeIds: [...current.officeIds, office] }))));
        expect([...staff.byId('citra')!.officeIds].sort()).toEqual(['a', 'b', 'c', 'kantor-a']);
      }));

    it('finds, touches and ends sessions: one, or all of an account but one', () =>
      withStores(async ({ sessions }) => {
        await sessions.open(session('h1', 'ani'));
        await sessions.open(session('h2', 'ani'));
        await sessions.open(session('h3', 'ani'));
        await sessions.open(session('h4', 'budi'));
        expect(await sessions.find('h1', T0)).toEqual(session('h1', 'ani'));
        await sessions.touch('h1', T0 + MINUTE);
        expect((await sessions.find('h1', T0 + MINUTE))?.lastSeenAt).toBe(T0 + MINUTE);
        expect(await sessions.end({ tokenHash: 'h1' })).toBe(1);
        expect(await sessions.find('h1', T0 + MINUTE)).toBeUndefined();
        expect(await sessions.end({ staffId: 'ani', exceptTokenHash: 'h3' })).toBe(1);
        expect(await sessions.find('h2', T0 + MINUTE)).toBeUndefined();
        expect(await sessions.find('h3', T0 + MINUTE)).toBeDefined();
        expect(await sessions.find('h4', T0 + MINUTE)).toBeDefined();
        expect(await sessions.end({ tokenHash: 'unknown' })).toBe(0);
      }));

    it('sweeps sessions idle or open for too long', () =>
      withStores(async ({ sessions }) => {
        await sessions.open(session('old', 'ani', T0));
        await sessions.open({ tokenHash: 'idle', staffId: 'ani', openedAt: T0 + 10 * MINUTE, lastSeenAt: T0 + 10 * MINUTE });
        await sessions.open({ tokenHash: 'busy', staffId: 'ani', openedAt: T0 + 10 * MINUTE, lastSeenAt: T0 + 50 * MINUTE });
        await sessions.sweep({ idleBefore: T0 + 30 * MINUTE, openedBefore: T0 + 5 * MINUTE });
        const now = T0 + 60 * MINUTE;
        expect([await sessions.find('old', now), await sessions.find('idle', now), (await sessions.find('busy', now))?.tokenHash]).toEqual([undefined, undefined, 'busy']);
      }));

    it('counts failures in a window and backs off exponentially, per throttle name and key', () =>
      withStores(async ({ throttles }) => {
        const clock = manualClock(T0);
        const window = throttles.window('contract-window', { limit: 3, windowMs: 10 * MINUTE }, clock);
        const other = throttles.window('contract-other', { limit: 3, windowMs: 10 * MINUTE }, clock);
        for (let i = 0; i < 3; i++) {
          expect(await window.blockedFor('a')).toBe(0);
          await window.fail('a');
          clock.advance(MINUTE);
        }
        expect(await window.blockedFor('a')).toBe(7 * MINUTE);
        expect(await window.blockedFor('b')).toBe(0);
        expect(await other.blockedFor('a')).toBe(0);
        await window.reset('a');
        expect(await window.blockedFor('a')).toBe(0);

        const backoff = throttles.backoff('contract-backoff', { free: 2, firstWaitMs: 1_000, maxWaitMs: 4_000, forgetMs: 10 * MINUTE }, clock);
        const waits: number[] = [];
        for (let i = 0; i < 5; i++) {
          await backoff.fail('k');
          waits.push(await backoff.blockedFor('k'));
        }
        expect(waits).toEqual([0, 0, 1_000, 2_000, 4_000]);
        clock.advance(11 * MINUTE);
        expect(await backoff.blockedFor('k')).toBe(0);
        await backoff.fail('k');
        expect(await backoff.blockedFor('k')).toBe(0);
        expect(await backoff.blockedFor(undefined)).toBe(0);
      }));

    if (persistent)
      it('keeps accounts and sessions across a restart', async () => {
        const where = await place();
        const first = await open(where);
        await first.staff.create(account('dewi'));
        await first.staff.update('dewi', (current) => ({ ...current, name: 'Dewi Lestari' }));
        await first.sessions.open(session('hd', 'dewi'));
        await first.close();
        const again = await open(where);
        try {
          expect(again.staff.byEmail('dewi@kantor.go.id')?.name).toBe('Dewi Lestari');
          expect((await again.sessions.find('hd', T0))?.staffId).toBe('dewi');
        } finally {
          await again.close();
        }
      });
  });
}
