import { dateFromDayNumber, localDayNumber } from '../../../shared/metrics/index.ts';
import type { RatingRecorded } from '../../store/events.ts';
import type { Cell, RowProducer } from './rows.ts';

// Days still open for late ratings: the log is in time order, and offices' local days start up to two hours apart.
const OPEN_DAYS = 2;
// Events read between two looks at the reader: big enough that re-reading the start of a segment costs little.
const EVENTS_PER_READ = 50_000;

/**
 * Rating counts per local day, office, service, channel and score, read from the log itself (the views
 * keep counts per office and day only), skipping every other event unread. Days are written as soon as the log has moved two days past them,
 * so memory holds a few days' keys, never the whole log: a million ratings export within a few megabytes.
 * Ratings in an excluded window (a reviewed burst) are rows of their own with dikecualikan = 1.
 */
export const ratingRows: RowProducer = async ({ ctx, period, sink }) => {
  const index = ctx.catalog();
  const zones = new Map(index.catalog.offices.map((office) => [office.id, office.timeZone]));
  const windows = new Map(index.catalog.offices.map((office) => [office.id, ctx.views.ratings.exclusions(office.id, -Infinity, Infinity)]));
  const upTo = ctx.views.head().seq;
  const open = new Map<number, Map<string, number>>();
  let newestDay = -Infinity;

  const flush = (before: number) => {
    for (const day of [...open.keys()].sort((a, b) => a - b)) {
      if (day >= before) break;
      const date = dateFromDayNumber(day);
      for (const [key, count] of [...open.get(day)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const [office, service, channel, score, excluded] = key.split('\u0000');
        const row: Cell[] = [date, office!, service || null, channel!, Number(score), count, Number(excluded)];
        sink.push(row);
      }
      open.delete(day);
    }
  };

  const onRating = (event: RatingRecorded) => {
    const zone = zones.get(event.officeId) ?? 'Asia/Jakarta';
    const day = localDayNumber(event.at, zone);
    if (day > newestDay) {
      newestDay = day;
      flush(day - OPEN_DAYS + 1);
    }
    if (day < period.fromDay || day > period.toDay) return;
    const excluded = windows.get(event.officeId)?.some((w) => event.at >= w.from && event.at < w.to) ? 1 : 0;
    const key = `${event.officeId}\u0000${event.serviceId ?? ''}\u0000${event.channel}\u0000${event.score}\u0000${excluded}`;
    let counts = open.get(day);
    if (!counts) open.set(day, (counts = new Map()));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  if (ctx.store.readRatings) {
    // A range at a time, waiting for the reader between them: a slow download holds back the reading.
    for (let after = 0; after < upTo; after += EVENTS_PER_READ) {
      await ctx.store.readRatings({ after, upTo: Math.min(upTo, after + EVENTS_PER_READ) }, onRating);
      await sink.ready();
    }
  } else {
    const unsubscribe = await ctx.store.subscribe((event) => event.type === 'rating.recorded' && event.seq <= upTo && onRating(event));
    unsubscribe();
  }
  flush(Infinity);
};
