import type { DomainEvent } from '../store/events.ts';
import { DAY_MS, workCalendar } from './calendar.ts';
import { demoCatalog } from './catalog.ts';
import { officeComplaints, trackingCodes } from './complaints.ts';
import { PROFILES } from './profiles.ts';
import { createRng, deriveSeed } from './random.ts';
import { officeRatings, satisfiedShareAt, type RatingPlan } from './ratings.ts';

/** Options of demoEvents; `now` is injected (docs/architecture.md: time is a clock, never Date.now here). */
export type DemoEventOptions = { now: number; months?: number; seed?: number };

/** The seed the server uses, so every fresh demo install shows the same regency. */
export const DEFAULT_DEMO_SEED = 20_250_817;

/** Twelve months (by default) of ratings and complaints for the demo catalog, sorted by time, all before `now`. */
export function demoEvents({ now, months = 12, seed = DEFAULT_DEMO_SEED }: DemoEventOptions): DomainEvent[] {
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite instant: ${now}`);
  if (!(months > 0)) throw new RangeError(`months must be positive: ${months}`);
  const catalog = demoCatalog();
  const calendar = workCalendar(catalog.holidays);
  const from = now - Math.round(months * (365.25 / 12) * DAY_MS);
  // Codes come from their own stream, so adding an office does not change every other office's codes.
  const nextCode = trackingCodes(createRng(deriveSeed(seed, 'tracking-codes')));
  const events: DomainEvent[] = [];
  for (const office of catalog.offices) {
    const profile = PROFILES[office.id];
    if (!profile) throw new Error(`No demo quality profile for office ${office.id}`);
    const services = catalog.services.filter((service) => service.officeId === office.id);
    const plan: RatingPlan = { officeId: office.id, serviceIds: services.map((s) => s.id), profile, from, now };
    events.push(...officeRatings(createRng(deriveSeed(seed, `ratings:${office.id}`)), calendar, plan));
    const complaintPlan = { officeId: office.id, kind: office.kind, services, profile, satisfiedAt: (at: number) => satisfiedShareAt(plan, at), from, now };
    events.push(...officeComplaints(createRng(deriveSeed(seed, `complaints:${office.id}`)), calendar, complaintPlan, nextCode));
  }
  // Array.prototype.sort is stable, so same-instant events keep generation order (submission before its actions).
  return events.sort((a, b) => a.at - b.at);
}
