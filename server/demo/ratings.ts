import type { RatingRecorded } from '../store/events.ts';
import { dayStart, HOUR_MS, localDay, type WorkCalendar } from './calendar.ts';
import type { QualityProfile } from './profiles.ts';
import type { Rng } from './random.ts';
import { RATING_COMMENTS } from './texts.ts';

/** The window and office a rating generator works on. */
export type RatingPlan = {
  officeId: string;
  serviceIds: readonly string[];
  profile: QualityProfile;
  from: number;
  now: number;
};

// An average month has ~21.5 working days; Monday queues are the longest, Friday (Jumatan) the shortest.
const WORKING_DAYS_PER_MONTH = 21.5;
const WEEKDAY_FACTOR = [0, 1.25, 1.05, 1, 0.95, 0.75, 0];
const COMMENT_RATE = [0.2, 0.14, 0.07, 0.09];
/** Share of ratings given afterwards from home (web/widget), outside counter hours. */
const AFTER_HOURS_SHARE = 0.04;

/** Share of ratings 3–4 at an instant, following the profile's linear trend. */
export function satisfiedShareAt(plan: RatingPlan, at: number): number {
  const progress = (at - plan.from) / (plan.now - plan.from);
  const [start, end] = plan.profile.satisfied;
  return start + (end - start) * progress;
}

/** Earlier services in an office's list are the common ones (KTP-el before Akta Kematian). */
export function pickService(rng: Rng, serviceIds: readonly string[]): string {
  const total = serviceIds.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
  let roll = rng.next() * total;
  for (let i = 0; i < serviceIds.length; i++) {
    roll -= 1 / (i + 1);
    if (roll < 0) return serviceIds[i];
  }
  return serviceIds[serviceIds.length - 1];
}

function score(rng: Rng, satisfiedShare: number): 1 | 2 | 3 | 4 {
  // Happier offices also get more "Sangat Baik" among the satisfied, and fewer "Tidak Baik" among the rest.
  if (rng.chance(satisfiedShare)) return rng.chance(0.25 + 0.55 * satisfiedShare) ? 4 : 3;
  return rng.chance(0.15 + 0.5 * (1 - satisfiedShare)) ? 1 : 2;
}

/** How busy a local day is, relative to an average working day: Mondays most, weekends and holidays barely. */
export function dayWeight(calendar: WorkCalendar, day: number): number {
  return calendar.isWorkingDay(day) ? WEEKDAY_FACTOR[(day + 4) % 7] : AFTER_HOURS_SHARE;
}

/** Quick ratings for one office over [from, now), mostly at the counter during office hours. */
export function officeRatings(rng: Rng, calendar: WorkCalendar, plan: RatingPlan): RatingRecorded[] {
  const ratings: RatingRecorded[] = [];
  const perDay = plan.profile.ratingsPerMonth / WORKING_DAYS_PER_MONTH;
  for (let day = localDay(plan.from); day <= localDay(plan.now); day++) {
    const count = Math.round(perDay * dayWeight(calendar, day) * rng.between(0.6, 1.4));
    for (let i = 0; i < count; i++) {
      const rating = ratingOnDay(rng, calendar, plan, day);
      if (rating) ratings.push(rating);
    }
  }
  return ratings;
}

/** One rating given on a local day, or undefined when the drawn moment falls outside [from, now). */
export function ratingOnDay(rng: Rng, calendar: WorkCalendar, plan: RatingPlan, day: number): RatingRecorded | undefined {
  const open = calendar.isWorkingDay(day);
  const afterHours = !open || rng.chance(AFTER_HOURS_SHARE);
  // Counter 08:00–15:00 with a morning peak; from home 16:00–22:00.
  const hour = afterHours ? rng.between(16, 22) : 8 + 7 * rng.next() ** 1.4;
  const at = Math.round(dayStart(day) + hour * HOUR_MS);
  if (at < plan.from || at >= plan.now) return undefined;
  const value = score(rng, satisfiedShareAt(plan, at));
  const rating: RatingRecorded = {
    type: 'rating.recorded',
    at,
    officeId: plan.officeId,
    score: value,
    channel: afterHours ? (rng.chance(0.6) ? 'web' : 'widget') : rng.weighted(plan.profile.channels)
  };
  if (rng.chance(0.85)) rating.serviceId = pickService(rng, plan.serviceIds);
  if (rng.chance(COMMENT_RATE[value - 1])) rating.comment = rng.pick(RATING_COMMENTS[value - 1]);
  return rating;
}
