import { assessHour, BURST_HISTORY_HOURS, BURST_MIN_RATINGS, hourlyBaseline, type HourlyBaseline } from '../../shared/metrics/burst.ts';
import { ChangeWatch } from '../snapshot/copy-on-write.ts';
import type { RatingsExcluded, RatingsExclusionUndone, StoredEvent } from '../store/events.ts';
import type { ScoreCounts } from './ratings.ts';

export const HOUR_MS = 3_600_000;

/** Who excluded a burst or took the exclusion back, when and why (the events, as the console shows them). */
export type BurstReview = { action: 'excluded' | 'restored'; at: number; actor: string; reason: string };

/** An hour of an office flagged by the burst rule (shared/metrics/burst.ts), and what was decided about it. */
export type Burst = {
  /** The clock hour, [from, to). */
  from: number;
  to: number;
  /** Every rating of the hour, including those after it was flagged. */
  scores: ScoreCounts;
  /** The office's normal busy hour and the threshold when the hour was flagged. */
  normal: number;
  threshold: number;
  skewed: boolean;
  excluded: boolean;
  reviews: BurstReview[];
};

/** One office's state of the rule: ratings per hour over the history, the current hour, its bursts. */
export type OfficeBursts = {
  officeId: string;
  /** Ratings per hour at hour number % BURST_HISTORY_HOURS, for the newest BURST_HISTORY_HOURS hours. */
  hours: Int32Array;
  /** Hour number (epoch hours) of the newest rating; -1 before the first. */
  lastHour: number;
  /** Score counts of lastHour. */
  current: ScoreCounts;
  /** lastHour's baseline, taken once its count reached the minimum (history does not change within the hour). */
  baseline?: HourlyBaseline & { usual: ScoreCounts };
  bursts: Burst[];
};

/**
 * Watches every office's ratings per hour against its own history, as ratings arrive: a rating is
 * a few array writes; the baseline is computed once for an hour that reaches BURST_MIN_RATINGS.
 * `usualMix` gives the office's published score counts of the 28 days before an instant.
 */
export class BurstWatch {
  readonly #offices = new Map<string, OfficeBursts>();
  /** Told before an office's state changes (a snapshot being written, ./snapshot/). */
  readonly changes = new ChangeWatch<OfficeBursts>();

  constructor(private readonly usualMix: (officeId: string, at: number) => ScoreCounts) {}

  apply(event: StoredEvent): void {
    if (event.type === 'rating.recorded') this.#rating(event.officeId, event.at, event.score);
    else if (event.type === 'ratings.excluded' || event.type === 'ratings.exclusion_undone') this.#review(event);
  }

  /** The office's bursts, oldest first (do not change them). */
  bursts(officeId: string): readonly Burst[] {
    return this.#offices.get(officeId)?.bursts ?? [];
  }

  /** The burst of the office whose window starts at `from`. */
  burst(officeId: string, from: number): Burst | undefined {
    return this.#offices.get(officeId)?.bursts.find((burst) => burst.from === from);
  }

  /** The office's normal busy hour now, from its history. */
  normalHour(officeId: string): HourlyBaseline {
    const office = this.#offices.get(officeId);
    return hourlyBaseline(office ? pastHours(office) : []);
  }

  /** Every office's state as it is (a snapshot's units: do not change them). */
  offices(): OfficeBursts[] {
    return [...this.#offices.values()];
  }

  /** Takes back offices' states read from a snapshot. */
  restore(offices: Iterable<OfficeBursts>): void {
    for (const office of offices) this.#offices.set(office.officeId, office);
  }

  #rating(officeId: string, at: number, score: number): void {
    if (score < 1 || score > 4) return;
    const office = this.#offices.get(officeId) ?? this.#add(officeId);
    this.changes.hooks?.changing(office);
    const hour = Math.floor(at / HOUR_MS);
    if (hour < office.lastHour) return late(office, hour, score);
    if (hour > office.lastHour) advance(office, hour);
    office.hours[hour % BURST_HISTORY_HOURS]!++;
    office.current[score - 1]!++;
    const count = office.hours[hour % BURST_HISTORY_HOURS]!;
    if (count < BURST_MIN_RATINGS) return;
    const last = office.bursts.at(-1);
    if (last?.from === hour * HOUR_MS) {
      last.scores[score - 1]!++;
      return;
    }
    office.baseline ??= { ...hourlyBaseline(pastHours(office)), usual: this.usualMix(officeId, hour * HOUR_MS) };
    const { burst, skewed, threshold } = assessHour(office.current, office.baseline, office.baseline.usual);
    if (!burst) return;
    const from = hour * HOUR_MS;
    office.bursts.push({ from, to: from + HOUR_MS, scores: [...office.current], normal: office.baseline.normal, threshold, skewed, excluded: false, reviews: [] });
  }

  #review(event: RatingsExcluded | RatingsExclusionUndone): void {
    const office = this.#offices.get(event.officeId);
    const burst = office?.bursts.find((candidate) => candidate.from === event.from);
    if (!office || !burst) return;
    this.changes.hooks?.changing(office);
    burst.excluded = event.type === 'ratings.excluded';
    burst.reviews.push({ action: burst.excluded ? 'excluded' : 'restored', at: event.at, actor: event.actor, reason: event.reason });
  }

  #add(officeId: string): OfficeBursts {
    const office: OfficeBursts = { officeId, hours: new Int32Array(BURST_HISTORY_HOURS), lastHour: -1, current: [0, 0, 0, 0], bursts: [] };
    this.#offices.set(officeId, office);
    this.changes.hooks?.created(office);
    return office;
  }
}

/** Moves the office on to a newer hour: the hours between had no ratings. */
function advance(office: OfficeBursts, hour: number): void {
  const gap = Math.min(hour - office.lastHour, BURST_HISTORY_HOURS);
  for (let h = hour - gap + 1; h <= hour; h++) office.hours[h % BURST_HISTORY_HOURS] = 0;
  office.lastHour = hour;
  office.current.fill(0);
  office.baseline = undefined;
}

/** A rating of an earlier hour (out of order): it counts in the history, and in that hour's burst if it has one. */
function late(office: OfficeBursts, hour: number, score: number): void {
  if (office.lastHour - hour >= BURST_HISTORY_HOURS) return;
  office.hours[hour % BURST_HISTORY_HOURS]!++;
  const burst = office.bursts.findLast((candidate) => candidate.from === hour * HOUR_MS);
  if (burst) burst.scores[score - 1]!++;
}

/** The hours before the office's newest, in any order (the baseline does not care). */
function pastHours(office: OfficeBursts): Int32Array {
  const past = office.hours.slice();
  if (office.lastHour >= 0) past[office.lastHour % BURST_HISTORY_HOURS] = 0;
  return past;
}
