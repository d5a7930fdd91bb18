import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sent } from './api.ts';
import { backoff, MAX_AGE_MS, Outbox, STORAGE_KEY, type Parcel } from './outbox.ts';

/** A localStorage stand-in; `broken` makes every access throw, as some privacy modes do. */
function memoryStorage() {
  const items = new Map<string, string>();
  let broken = false;
  const guard = () => {
    if (broken) throw new DOMException('denied', 'SecurityError');
  };
  return {
    storage: {
      getItem: (key: string) => (guard(), items.get(key) ?? null),
      setItem: (key: string, value: string) => (guard(), void items.set(key, value)),
      removeItem: (key: string) => (guard(), void items.delete(key))
    } as unknown as Storage,
    items,
    break: () => (broken = true)
  };
}

function setup({ answers = [] as Sent<unknown>[], online = true } = {}) {
  const device = memoryStorage();
  const state = { online, answers: [...answers] };
  const sent: Parcel[] = [];
  const send = vi.fn(async (parcel: Parcel) => {
    sent.push(parcel);
    return state.answers.shift() ?? { ok: true as const, body: { id: `r${sent.length}` } };
  });
  const make = () => new Outbox({ send, storage: () => device.storage, online: () => state.online, random: () => 0.5 });
  return { outbox: make(), make, device, state, sent, send };
}

const parcel = { key: 'k'.repeat(22), url: 'https://s.example/api/v1/ratings', body: '{"score":4}' };
const lost = { ok: false as const, reason: 'network' as const };

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-25T03:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('Outbox', () => {
  it('sends at once when online and keeps nothing afterwards', async () => {
    const { outbox, device, sent } = setup();
    expect(await outbox.submit(parcel, true)).toEqual({ state: 'sent', body: { id: 'r1' } });
    expect(sent).toHaveLength(1);
    expect(device.items.has(STORAGE_KEY)).toBe(false);
    expect(outbox.pending()).toEqual([]);
  });

  it('queues offline on the device, then sends it once, with the same key, when back online', async () => {
    const { outbox, device, state, sent } = setup({ online: false });
    const settled = vi.fn();
    expect(await outbox.submit(parcel, true)).toEqual({ state: 'queued' });
    outbox.onSettled(parcel.key, settled);
    expect(sent).toHaveLength(0);
    expect(JSON.parse(device.items.get(STORAGE_KEY)!)).toMatchObject([{ key: parcel.key, body: parcel.body }]);

    state.online = true;
    await outbox.flush();
    await outbox.flush();
    expect(sent.map((p) => p.key)).toEqual([parcel.key]);
    expect(settled).toHaveBeenCalledExactlyOnceWith({ ok: true, body: { id: 'r1' } });
    expect(device.items.has(STORAGE_KEY)).toBe(false);
  });

  it('retries a lost request after a growing delay, with the same key each time', async () => {
    const { outbox, sent } = setup({ answers: [lost, lost] });
    expect(await outbox.submit(parcel, true)).toEqual({ state: 'queued' });
    await outbox.flush(); // not due yet
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(backoff(1, () => 0.5));
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(backoff(1, () => 0.5));
    expect(sent).toHaveLength(2); // the second delay is twice as long
    await vi.advanceTimersByTimeAsync(backoff(2, () => 0.5));
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((p) => p.key))).toEqual(new Set([parcel.key]));
    expect(outbox.pending()).toEqual([]);
  });

  it('drops a refused submission at once: trying again would not change the answer', async () => {
    const refused = { ok: false as const, reason: 'rejected' as const, status: 422, detail: 'score: Too big' };
    const { outbox, device, sent } = setup({ answers: [refused] });
    expect(await outbox.submit(parcel, true)).toEqual({ state: 'rejected', failure: refused });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sent).toHaveLength(1);
    expect(device.items.has(STORAGE_KEY)).toBe(false);
  });

  it('sends what an earlier visit left on the device when a page starts', async () => {
    const first = setup({ online: false });
    await first.outbox.submit(parcel, true);
    const later = first.make();
    first.state.online = true;
    await later.flush();
    expect(first.sent.map((p) => p.key)).toEqual([parcel.key]);
    expect(later.pending()).toEqual([]);
  });

  it('keeps complaints (keep = false) in memory only', async () => {
    const { outbox, device, state, sent } = setup({ online: false });
    await outbox.submit(parcel, false);
    expect(device.items.has(STORAGE_KEY)).toBe(false);
    state.online = true;
    await outbox.flush();
    expect(sent).toHaveLength(1);
  });

  it('still queues in memory where storage throws, and never throws itself', async () => {
    const { outbox, device, state, sent } = setup({ online: false });
    device.break();
    expect(await outbox.submit(parcel, true)).toEqual({ state: 'queued' });
    state.online = true;
    await outbox.flush();
    expect(sent).toHaveLength(1);
  });

  it('ignores what it cannot read, and parcels older than a month', async () => {
    const { outbox, device, sent } = setup();
    device.items.set(STORAGE_KEY, '{not json');
    await outbox.flush();
    const old = { ...parcel, keep: true, at: Date.now() - MAX_AGE_MS - 1, tries: 0, next: 0 };
    device.items.set(STORAGE_KEY, JSON.stringify([old, { nonsense: true }]));
    await outbox.flush();
    expect(sent).toEqual([]);
  });

  it('does not send one parcel twice when flushes overlap', async () => {
    const { outbox, state, sent } = setup({ online: false });
    await outbox.submit(parcel, true);
    state.online = true;
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(sent).toHaveLength(1);
  });

  it('sends a rating queued offline once when the device comes back online, however many signals arrive together', async () => {
    const { device, state, sent, make } = setup({ online: false });
    const outbox = make();
    const page = Object.assign(new EventTarget(), { document: new EventTarget() }) as unknown as Window;
    outbox.start(page);
    outbox.start(page); // a second start adds no second set of listeners
    await outbox.submit(parcel, true);
    const settled = vi.fn();
    outbox.onSettled(parcel.key, settled);

    state.online = true;
    // Back online: the browser's event, the page shown again and made visible, a second `online`, all at once.
    page.dispatchEvent(new Event('online'));
    page.dispatchEvent(new Event('pageshow'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    page.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(600_000); // and every timer the outbox set
    expect(sent.map((p) => p.key)).toEqual([parcel.key]);
    expect(settled).toHaveBeenCalledOnce();
    expect(device.items.has(STORAGE_KEY)).toBe(false);
  });

  it('does not send again what a send that finished first delivered, when flushes overlap with several parcels', async () => {
    const device = memoryStorage();
    let online = false;
    const sent: string[] = [];
    const slow: (() => void)[] = [];
    // The first parcel's answer is slow, the second's immediate.
    const send = async (p: Parcel): Promise<Sent<unknown>> => {
      sent.push(p.key);
      if (p.key === 'first') await new Promise<void>((resolve) => slow.push(resolve));
      return { ok: true, body: {} };
    };
    const outbox = new Outbox({ send, storage: () => device.storage, online: () => online });
    await outbox.submit({ ...parcel, key: 'first' }, true);
    vi.advanceTimersByTime(1);
    await outbox.submit({ ...parcel, key: 'second' }, true);
    online = true;
    const one = outbox.flush(); // sends 'first' and waits for its answer
    const two = outbox.flush(); // meanwhile: must not go on to 'second' by itself…
    const three = outbox.submit({ ...parcel, key: 'third' }, true); // …nor re-send what this sends
    await three;
    await vi.waitFor(() => expect(slow).toHaveLength(1));
    slow[0]!();
    await Promise.all([one, two]);
    expect(sent.sort()).toEqual(['first', 'second', 'third']);
    expect(outbox.pending()).toEqual([]);
  });

  it('backs off from 2 s, doubling, to at most 5 min, with ±20 % jitter', () => {
    expect([1, 2, 3, 4].map((tries) => backoff(tries, () => 0.5))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoff(20, () => 0.5)).toBe(300_000);
    expect(backoff(1, () => 0)).toBe(1600);
    expect(backoff(1, () => 1)).toBeCloseTo(2400);
  });
});
