import { describe, expect, it } from 'vitest';
import { demoCatalog, demoEvents } from '../demo/index.ts';
import { createMemoryStore } from '../store/memory/index.ts';
import type { RatingRecorded } from '../store/events.ts';
import { BurstWatch, HOUR_MS } from './bursts.ts';
import { createViews } from './index.ts';

const NOW = Date.parse('2026-11-25T03:00:00Z');
const DAY = 24 * HOUR_MS;
const rating = (at: number, score: 1 | 2 | 3 | 4, officeId = 'kantor-uji'): RatingRecorded & { seq: number; hash: string } => ({
  type: 'rating.recorded',
  at,
  officeId,
  score,
  channel: 'web',
  seq: 0,
  hash: ''
});

/** 28 days of an office's usual traffic: 6 ratings an hour from 08:00 to 14:00 UTC+7, mostly 3s and 4s. */
function history(watch: BurstWatch, officeId = 'kantor-uji'): void {
  for (let day = 28; day >= 1; day--) {
    for (let hour = 1; hour <= 7; hour++) {
      for (let i = 0; i < 6; i++) watch.apply(rating(NOW - day * DAY + hour * HOUR_MS + i * 60_000, i === 0 ? 2 : i < 3 ? 3 : 4, officeId));
    }
  }
}

const usual = () => [0, 28, 56, 84] as [number, number, number, number];

describe('BurstWatch', () => {
  it('flags 1,500 score-1 ratings in one second for an office with history, and counts the rest of the hour in', () => {
    const watch = new BurstWatch(usual);
    history(watch);
    for (let i = 0; i < 1500; i++) watch.apply(rating(NOW + 10 * 60_000 + Math.floor(i / 1.5), 1));
    watch.apply(rating(NOW + 50 * 60_000, 4));
    expect(watch.bursts('kantor-uji')).toEqual([{ from: NOW, to: NOW + HOUR_MS, scores: [1500, 0, 0, 1], normal: 6, threshold: 30, skewed: true, excluded: false, reviews: [] }]);
  });

  it('does not flag an hour under the minimum, nor a hot hour of the usual mix within 6 spreads', () => {
    const watch = new BurstWatch(usual);
    history(watch);
    for (let i = 0; i < 29; i++) watch.apply(rating(NOW + i * 60_000, 1));
    expect(watch.bursts('kantor-uji')).toEqual([]);
    // 6 ± √6 normally: 6 + 6 × 2.449 → 21, so the minimum of 30 rules; 30 in the usual mix is a burst, 29 is not.
    for (let i = 0; i < 29; i++) watch.apply(rating(NOW + HOUR_MS + i * 60_000, (1 + (i % 4)) as 1 | 2 | 3 | 4));
    expect(watch.bursts('kantor-uji')).toEqual([]);
    watch.apply(rating(NOW + HOUR_MS + 59 * 60_000, 3));
    expect(watch.bursts('kantor-uji').map((burst) => [burst.from, burst.skewed])).toEqual([[NOW + HOUR_MS, false]]);
  });

  it('records reviews of a flagged hour, and ignores them for an hour it never flagged', () => {
    const watch = new BurstWatch(usual);
    for (let i = 0; i < 40; i++) watch.apply(rating(NOW + i, 1));
    const review = { at: NOW + 2 * HOUR_MS, officeId: 'kantor-uji', from: NOW, actor: 'manajer', reason: 'Satu jaringan', seq: 0, hash: '' };
    watch.apply({ ...review, type: 'ratings.excluded', to: NOW + HOUR_MS, scores: [40, 0, 0, 0] });
    watch.apply({ ...review, type: 'ratings.exclusion_undone', at: review.at + 1, reason: 'Sah' });
    watch.apply({ ...review, type: 'ratings.excluded', from: NOW - HOUR_MS, to: NOW, scores: [1, 0, 0, 0] });
    const [burst] = watch.bursts('kantor-uji');
    expect(burst!.excluded).toBe(false);
    expect(burst!.reviews.map((r) => [r.action, r.actor, r.reason])).toEqual([
      ['excluded', 'manajer', 'Satu jaringan'],
      ['restored', 'manajer', 'Sah']
    ]);
  });

  it('flags nothing in the demo region: a year of realistic daily and weekly patterns', async () => {
    const store = createMemoryStore(demoCatalog());
    await store.append(demoEvents({ now: NOW }));
    const views = await createViews(store);
    const flagged = demoCatalog().offices.flatMap((office) => views.bursts.bursts(office.id).map((burst) => `${office.id} ${new Date(burst.from).toISOString()}`));
    expect(flagged).toEqual([]);
    // The busiest office's normal busy hour, for the methodology page's example.
    expect(views.bursts.normalHour('disdukcapil-sukamaju').normal).toBeGreaterThan(1);
    views.stop();
  }, 120_000);
});
