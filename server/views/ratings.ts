import { localDayNumber } from '../../shared/metrics/index.ts';
import { ChangeWatch } from '../snapshot/copy-on-write.ts';
import type { RatingDetailed } from '../store/events.ts';
import type { StoredEvent } from '../store/types.ts';

export type ScoreCounts = [number, number, number, number];

/** A comment shown publicly (already masked), newest first. */
export type RecentComment = { at: number; score: number; text: string };

const RECENT_COMMENTS = 20;

/**
 * A window of an office's ratings a manager or admin left out of the figures (ratings.excluded):
 * `withheld` counts its ratings, taken out of their day's counters, until the exclusion is undone.
 */
export type ExcludedWindow = { from: number; to: number; day: number; withheld: ScoreCounts; reason: string };

/** One office's ratings: four counters per local day from `firstDay` on, in one typed array. */
export type OfficeRatings = {
  officeId: string;
  /** Fixed at the office's first rating: its days are counted in this zone (docs/architecture.md). */
  timeZone: string;
  firstDay: number;
  counts: Int32Array;
  /** Newest last, unmasked; masked when read (most comments are pushed out before anyone reads them). */
  comments: { at: number; score: number; raw: string; masked?: string }[];
  mask: (text: string) => string;
  /** Ratings applied so far: changes exactly when the office's rating figures may. */
  applied: number;
  /** Excluded windows, oldest first; their ratings are not in `counts`. */
  excluded: ExcludedWindow[];
};

/**
 * Rating counts per office per local day, kept up to date per event, so that any period's
 * satisfaction is a sum over at most a few hundred day buckets, never a scan of the ratings.
 * A million ratings are replayed at every start, so applying one is two map-free array writes.
 */
export class RatingTally {
  readonly #offices = new Map<string, OfficeRatings>();
  /** Told before an office's ratings change (a snapshot being written, ./snapshot/). */
  readonly changes = new ChangeWatch<OfficeRatings>();

  constructor(private readonly timeZoneOf: (officeId: string) => string) {}

  apply(event: StoredEvent, mask: (text: string) => string): void {
    if (event.type !== 'rating.recorded') return;
    const score = event.score;
    if (score !== 1 && score !== 2 && score !== 3 && score !== 4) return; // the API only stores 1–4
    const office = this.#offices.get(event.officeId) ?? this.#add(event.officeId, mask);
    this.changes.hooks?.changing(office);
    office.applied++;
    if (event.comment) {
      office.comments.push({ at: event.at, score, raw: event.comment });
      if (office.comments.length > 2 * RECENT_COMMENTS) office.comments.splice(0, RECENT_COMMENTS);
    }
    if (office.excluded.length > 0 && withhold(office, event.at, score)) return;
    const day = localDayNumber(event.at, office.timeZone);
    let index = (day - office.firstDay) * 4;
    if (index < 0 || index >= office.counts.length) index = cover(office, day);
    office.counts[index + score - 1]!++;
  }

  /** A comment added to a rating already counted: shown with the others, counted nowhere. */
  applyDetail(event: RatingDetailed): void {
    const office = this.#offices.get(event.officeId);
    if (!office || !event.comment) return;
    this.changes.hooks?.changing(office);
    office.comments.push({ at: event.at, score: event.score, raw: event.comment });
    if (office.comments.length > 2 * RECENT_COMMENTS) office.comments.splice(0, RECENT_COMMENTS);
  }

  /** Score counts of one office between two day numbers, inclusive. */
  counts(officeId: string, fromDay: number, toDay: number): ScoreCounts {
    const total: ScoreCounts = [0, 0, 0, 0];
    const office = this.#offices.get(officeId);
    if (!office) return total;
    const days = office.counts.length / 4;
    const from = Math.max(0, fromDay - office.firstDay);
    const to = Math.min(days - 1, toDay - office.firstDay);
    const c = office.counts;
    for (let i = from * 4; i <= to * 4; i += 4) {
      total[0] += c[i]!;
      total[1] += c[i + 1]!;
      total[2] += c[i + 2]!;
      total[3] += c[i + 3]!;
    }
    return total;
  }

  /**
   * Leaves the window's ratings out of the figures: `scores` (those applied so far) come out of the
   * counters of the window's day, later ones are withheld as they arrive. The window lies within one
   * local day: it is a clock hour, and the offices' zones are whole hours from UTC.
   */
  exclude(officeId: string, window: { from: number; to: number; scores: ScoreCounts; reason: string }): void {
    const office = this.#offices.get(officeId);
    if (!office || office.excluded.some((excluded) => excluded.from === window.from)) return;
    this.changes.hooks?.changing(office);
    const day = localDayNumber(window.from, office.timeZone);
    const index = (day - office.firstDay) * 4;
    const withheld: ScoreCounts = [0, 0, 0, 0];
    for (let score = 0; score < 4; score++) {
      const counter = index + score;
      // Never below zero, whatever an event says: what is taken out is what is given back.
      withheld[score] = counter >= 0 && counter < office.counts.length ? Math.min(window.scores[score]!, office.counts[counter]!) : 0;
      if (withheld[score]! > 0) office.counts[counter]! -= withheld[score]!;
    }
    office.excluded.push({ from: window.from, to: window.to, day, withheld, reason: window.reason });
  }

  /** Puts the excluded window starting at `from` back into the figures. */
  include(officeId: string, from: number): void {
    const office = this.#offices.get(officeId);
    const position = office?.excluded.findIndex((excluded) => excluded.from === from) ?? -1;
    if (!office || position < 0) return;
    this.changes.hooks?.changing(office);
    const [window] = office.excluded.splice(position, 1);
    const index = (window!.day - office.firstDay) * 4;
    for (let score = 0; score < 4; score++) office.counts[index + score]! += window!.withheld[score]!;
  }

  /** The office's excluded windows whose day lies between two day numbers, inclusive. */
  exclusions(officeId: string, fromDay: number, toDay: number): readonly ExcludedWindow[] {
    return this.#offices.get(officeId)?.excluded.filter((window) => window.day >= fromDay && window.day <= toDay) ?? [];
  }

  /** How many ratings of the office were applied: a cache token for figures built on them. */
  applied(officeId: string): number {
    return this.#offices.get(officeId)?.applied ?? 0;
  }

  /** The newest comments of an office, masked (docs/architecture.md), newest first. */
  recentComments(officeId: string): readonly RecentComment[] {
    const office = this.#offices.get(officeId);
    if (!office) return [];
    const shown = office.excluded.length === 0 ? office.comments : office.comments.filter((c) => !office.excluded.some((window) => c.at >= window.from && c.at < window.to));
    return shown
      .slice(-RECENT_COMMENTS)
      .reverse()
      .map((c) => ({ at: c.at, score: c.score, text: (c.masked ??= office.mask(c.raw)) }));
  }

  /** Every office's ratings as they are (a snapshot's units: do not change them). */
  offices(): OfficeRatings[] {
    return [...this.#offices.values()];
  }

  /** Takes back offices' ratings read from a snapshot. */
  restore(offices: Iterable<OfficeRatings>): void {
    for (const office of offices) this.#offices.set(office.officeId, office);
  }

  #add(officeId: string, mask: (text: string) => string): OfficeRatings {
    const office: OfficeRatings = { officeId, timeZone: this.timeZoneOf(officeId), firstDay: 0, counts: new Int32Array(0), comments: [], mask, applied: 0, excluded: [] };
    this.#offices.set(officeId, office);
    this.changes.hooks?.created(office);
    return office;
  }
}

/** Counts a rating of an excluded window as withheld; false when it falls in none. */
function withhold(office: OfficeRatings, at: number, score: number): boolean {
  const window = office.excluded.find((excluded) => at >= excluded.from && at < excluded.to);
  if (window) window.withheld[score - 1]!++;
  return window !== undefined;
}

/** Grows (and re-bases) an office's day array so it covers `day`; returns the day's index. */
function cover(office: OfficeRatings, day: number): number {
  const days = office.counts.length / 4;
  const first = days === 0 ? day - 31 : Math.min(office.firstDay, day);
  const last = days === 0 ? day + 31 : Math.max(office.firstDay + days - 1, day);
  // Double on growth, so a replay of years of ratings copies each counter a handful of times.
  const span = Math.max(last - first + 1, 2 * days);
  const grown = new Int32Array(span * 4);
  const firstDay = day < office.firstDay || days === 0 ? last - span + 1 : first;
  if (days > 0) grown.set(office.counts, (office.firstDay - firstDay) * 4);
  office.counts = grown;
  office.firstDay = firstDay;
  return (day - firstDay) * 4;
}
