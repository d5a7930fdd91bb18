import { randomBytes } from 'node:crypto';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import type { Notifier } from '../../server/notifications/index.ts';
import { SOLE_LEADER, type Leadership } from '../../server/shared-state/leadership.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import type { Store } from '../../server/store/types.ts';
import { PASSWORD, testStaff } from './console-fixtures.ts';
import { NOW, testCatalog } from './fixtures.ts';

export const ORIGIN = 'https://suara.uji';
export const EMAIL = 'siti.rahayu@contoh.id';
export const OPTED_IN = {
  officeId: 'disdukcapil-uji',
  category: 'pelayanan_lambat',
  description: 'Akta kelahiran anak saya belum jadi setelah tiga minggu.',
  contact: { name: 'Siti Rahayu', email: EMAIL },
  notify: true
};

export const newStore = () => testStore({ ...structuredClone(testCatalog), staff: Object.values(testStaff) });

/** Sends only when a test calls `runDue`: what a commit owes waits, on any engine, until the test says. */
const SENDS_WHEN_ASKED: Leadership = { ...SOLE_LEADER, isLeader: () => false };

/**
 * An API app whose notifications go through `notifiers`, on a manual clock; `logs` collects what the outbox logs.
 * With `sendsWhenAsked`, nothing is sent on its own after a commit, only by `runDue` (and `act`, which calls it).
 */
export async function notifyingApp(
  notifiers: Notifier[],
  { store: given, clock = manualClock(NOW), key = randomBytes(32), sendsWhenAsked = false }: { store?: Store; clock?: ReturnType<typeof manualClock>; key?: Buffer; sendsWhenAsked?: boolean } = {}
) {
  const store = given ?? (await newStore());
  const logs: string[] = [];
  const app = await createApp({
    store,
    clock,
    config: {
      bodyLimitBytes: 16 * 1024,
      ...withSharedState(store, {
        log: () => {},
        notifications: { notifiers, origin: ORIGIN, key, log: (line) => logs.push(line), tickMs: 3_600_000, ...(sendsWhenAsked && { leadership: SENDS_WHEN_ASKED }) }
      })
    }
  });
  const notifications = app.notifications!;
  const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  async function file(body: Record<string, unknown>): Promise<{ trackingCode: string; secret: string }> {
    const res = await json('/api/v1/complaints', body);
    if (res.status !== 201) throw new Error(`filing: ${res.status} ${await res.text()}`);
    return res.json();
  }
  async function login(persona: keyof typeof testStaff = 'manager'): Promise<string> {
    const res = await json('/api/v1/console/session', { email: testStaff[persona].email, password: PASSWORD }, { 'X-Suara-Console': '1' });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }
  /** One staff action, then whatever the outbox owes is sent. */
  async function act(cookie: string, trackingCode: string, body: Record<string, unknown>): Promise<void> {
    const res = await json(`/api/v1/console/complaints/${trackingCode}/actions`, body, { 'X-Suara-Console': '1', cookie });
    if (res.status !== 200) throw new Error(`${String(body.action)}: ${res.status} ${await res.text()}`);
    await notifications.runDue();
  }
  return { app, store, clock, key, logs, notifications, json, file, login, act };
}

/** The token of the unsubscribe link in a message's text. */
export function unsubscribeTokenIn(text: string): string {
  const match = text.match(/\/berhenti-kabar\?token=([^\s]+)/);
  if (!match) throw new Error('no unsubscribe link');
  return decodeURIComponent(match[1]!);
}
