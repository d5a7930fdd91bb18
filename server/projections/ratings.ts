import { localDayNumber } from '../../shared/metrics/index.ts';
import type { StoredEvent } from '../store/types.ts';

export type ScoreCounts = [number, number, number, number];

/** A comment shown publicly (already masked), newest first. */
export type RecentComment = { at: number; score: number; text: string };

const RECENT_COMMENTS = 20;

/**
 * Rating counts per office per local day, kept up to date per event, so that any period's
 * satisfaction is a sum over at most a few hundred day buckets, never a scan of the ratings.
 */
export class RatingTally {
  readonly #days = new Map<string, Map<number, ScoreCounts>>();
  readonly #comments = new Map<string, RecentComment[]>();

  constructor(private readonly timeZoneOf: (officeId: string) => string) {}

  apply(event: StoredEvent, mask: (text: string) => string): void {
    if (event.type !== 'rating.recorded') return;
    const day = localDayNumber(event.at, this.timeZoneOf(event.officeId));
    let days = this.#days.get(event.officeId);
    if (!days) this.#days.set(event.officeId, (days = new Map()));
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = [0, 0, 0, 0]));
    counts[event.score - 1]++;
    if (event.comment) {
      const list = this.#comments.get(event.officeId) ?? [];
      list.unshift({ at: event.at, score: event.score, text: mask(event.comment) });
      if (list.length > RECENT_COMMENTS) list.pop();
      this.#comments.set(event.officeId, list);
    }
  }

  /** Score counts of one office between two day numbers, inclusive. */
  counts(officeId: string, fromDay: number, toDay: number): ScoreCounts {
    const total: ScoreCounts = [0, 0, 0, 0];
    for (const [day, c] of this.#days.get(officeId) ?? []) {
      if (day < fromDay || day > toDay) continue;
      total[0] += c[0];
      total[1] += c[1];
      total[2] += c[2];
      total[3] += c[3];
    }
    return total;
  }

  /** Score counts per day number, for callers that bucket by month. */
  days(officeId: string): ReadonlyMap<number, ScoreCounts> {
    return this.#days.get(officeId) ?? new Map();
  }

  recentComments(officeId: string): readonly RecentComment[] {
    return this.#comments.get(officeId) ?? [];
  }
}
