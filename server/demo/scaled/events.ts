import type { DomainEvent } from '../../store/events.ts';
import { DAY_MS, localDay, workCalendar } from '../calendar.ts';
import { officeComplaints, trackingCodes } from '../complaints.ts';
import { createRng, deriveSeed } from '../random.ts';
import { dayWeight, ratingOnDay, satisfiedShareAt, type RatingPlan } from '../ratings.ts';
import type { ScaledCatalog } from './catalog.ts';

/** What to generate: exact totals, spread over `months` before `now` (injected, docs/architecture.md). */
export type ScaledEventOptions = {
  scaled: ScaledCatalog;
  ratings: number;
  complaints: number;
  now: number;
  months: number;
  seed: number;
  /** Called after each office, for a progress bar. */
  onOffice?: (done: number, total: number) => void;
};

/** Adoption grows: the last day of the period sees this many times the ratings of the first. */
const GROWTH = 2.5;

/**
 * Exactly `ratings` ratings and `complaints` complaints (each followed by its life so far) over the
 * offices of a scaled catalog, in proportion to each office's volume, sorted by time.
 * Deterministic for its options.
 */
export function scaledEvents(options: ScaledEventOptions): DomainEvent[] {
  const { scaled, now, seed } = options;
  const { catalog, profiles } = scaled;
  const calendar = workCalendar(catalog.holidays);
  const from = now - Math.round(options.months * (365.25 / 12) * DAY_MS);
  const days = dayTable(from, now, (day, progress) => dayWeight(calendar, day) * (1 + (GROWTH - 1) * progress));
  const profileOf = (officeId: string) => profiles.get(officeId) ?? fail(`no quality profile for office ${officeId}`);
  const ratingCounts = apportion(
    options.ratings,
    catalog.offices.map((o) => profileOf(o.id).ratingsPerMonth)
  );
  const complaintCounts = apportion(
    options.complaints,
    catalog.offices.map((o) => profileOf(o.id).ratingsPerMonth * profileOf(o.id).complaintRatio)
  );
  const nextCode = trackingCodes(createRng(deriveSeed(seed, 'tracking-codes')));
  const events: DomainEvent[] = [];
  catalog.offices.forEach((office, index) => {
    const profile = profileOf(office.id);
    const services = catalog.services.filter((service) => service.officeId === office.id);
    const plan: RatingPlan = { officeId: office.id, serviceIds: services.map((s) => s.id), profile, from, now };
    const rng = createRng(deriveSeed(seed, `ratings:${office.id}`));
    for (let n = 0; n < ratingCounts[index]!;) {
      const rating = ratingOnDay(rng, calendar, plan, days.draw(rng.next()));
      if (rating) {
        events.push(rating);
        n++;
      }
    }
    const complaintPlan = {
      officeId: office.id,
      kind: office.kind,
      services,
      profile,
      satisfiedAt: (at: number) => satisfiedShareAt(plan, at),
      from,
      now,
      count: complaintCounts[index]!
    };
    const complaintRng = createRng(deriveSeed(seed, `complaints:${office.id}`));
    for (const event of officeComplaints(complaintRng, calendar, complaintPlan, nextCode)) events.push(event);
    options.onOffice?.(index + 1, catalog.offices.length);
  });
  // Stable: same-instant events keep generation order (a submission before its actions).
  return events.sort((a, b) => a.at - b.at);
}

/** Local days of [from, now) with cumulative weights, to draw a day in proportion to its weight. */
function dayTable(from: number, now: number, weight: (day: number, progress: number) => number) {
  const first = localDay(from);
  const last = localDay(now);
  const cumulative = new Float64Array(last - first + 1);
  let total = 0;
  for (let day = first; day <= last; day++) {
    total += weight(day, (day - first) / Math.max(1, last - first));
    cumulative[day - first] = total;
  }
  return {
    /** The day at quantile `u` in [0, 1). */
    draw(u: number): number {
      const target = u * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! <= target) lo = mid + 1;
        else hi = mid;
      }
      return first + lo;
    }
  };
}

/** Splits `total` into integers proportional to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError('weights must have a positive sum');
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

function fail(message: string): never {
  throw new Error(message);
}
