import type { ComplaintCategory, Service, Visibility } from '../../shared/schemas/index.ts';
import type { ComplaintSubmitted, DomainEvent } from '../store/events.ts';
import { DAY_MS, dayStart, HOUR_MS, localDay, type WorkCalendar } from './calendar.ts';
import { complaintDescription } from './complaint-texts.ts';
import { demoContact } from './contacts.ts';
import { complaintLife } from './lifecycle.ts';
import type { QualityProfile } from './profiles.ts';
import type { Rng } from './random.ts';
import { pickService } from './ratings.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Demo complaints have no usable secret: nobody can act on them as the citizen. */
export const DEMO_SECRET_HASH = 'demo';

/** A generator of unique tracking codes `SL-XXXX-XXXX-XX` (Crockford base32) from a seeded Rng. */
export function trackingCodes(rng: Rng): () => string {
  const used = new Set<string>();
  const chars = (n: number) => Array.from({ length: n }, () => CROCKFORD[Math.floor(rng.next() * 32)]).join('');
  return () => {
    for (;;) {
      const code = `SL-${chars(4)}-${chars(4)}-${chars(2)}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

const BASE_CATEGORIES: Record<ComplaintCategory, number> = {
  pelayanan_lambat: 28,
  petugas: 14,
  biaya: 8,
  prosedur: 14,
  fasilitas: 12,
  informasi: 14,
  pungli: 4,
  lainnya: 6
};
// What people complain about depends on the office: calo at Samsat, crowded waiting rooms at clinics.
const CATEGORIES_BY_KIND: Record<string, Partial<Record<ComplaintCategory, number>>> = {
  Samsat: { pungli: 14, biaya: 14 },
  'Satpas SIM': { pungli: 12, prosedur: 20 },
  Puskesmas: { fasilitas: 20, petugas: 18, pungli: 1 },
  RSUD: { fasilitas: 18, petugas: 20, pungli: 1 },
  Disdukcapil: { prosedur: 20, pungli: 6 },
  'Kantor Pertanahan (BPN)': { pelayanan_lambat: 40, pungli: 8 },
  PDAM: { biaya: 20, informasi: 18 }
};
const VISIBILITY: Record<Visibility, number> = { public: 78, anonymous: 14, confidential: 8 };

/** What the complaint generator needs to know about one office. */
export type ComplaintPlan = {
  officeId: string;
  kind: string;
  services: readonly Service[];
  profile: QualityProfile;
  satisfiedAt: (at: number) => number;
  from: number;
  now: number;
  /** Exactly this many complaints; by default as many as the profile's volume gives over the period. */
  count?: number;
};

/** A moment someone files a complaint: any day (online), mostly in the daytime, more often on working days. */
function filingTime(rng: Rng, calendar: WorkCalendar, plan: ComplaintPlan): number {
  for (;;) {
    const day = localDay(plan.from + rng.next() * (plan.now - plan.from));
    if (!calendar.isWorkingDay(day) && rng.chance(0.6)) continue;
    const hour = rng.chance(0.7) ? rng.between(8, 16) : rng.between(6, 23);
    const at = Math.round(dayStart(day) + hour * HOUR_MS);
    if (at >= plan.from && at < plan.now - 60_000) return at;
  }
}

/** Complaints for one office over [from, now), each followed by the actions it has had so far. */
export function officeComplaints(rng: Rng, calendar: WorkCalendar, plan: ComplaintPlan, nextCode: () => string): DomainEvent[] {
  const months = (plan.now - plan.from) / (30.44 * DAY_MS);
  const count = plan.count ?? Math.round(plan.profile.ratingsPerMonth * plan.profile.complaintRatio * months * rng.between(0.85, 1.15));
  const categories = { ...BASE_CATEGORIES, ...CATEGORIES_BY_KIND[plan.kind] };
  const serviceIds = plan.services.map((service) => service.id);
  const worst = Math.min(...plan.profile.satisfied);
  const events: DomainEvent[] = [];
  for (let i = 0; i < count; i++) {
    let at = filingTime(rng, calendar, plan);
    // More complaints while the office is worse: keep a draw in proportion to its dissatisfaction.
    while (!rng.chance((1 - plan.satisfiedAt(at)) / (1 - worst))) at = filingTime(rng, calendar, plan);
    const service = rng.chance(0.9) ? plan.services.find((s) => s.id === pickService(rng, serviceIds)) : undefined;
    const category = rng.weighted(categories);
    const submitted: ComplaintSubmitted = {
      type: 'complaint.submitted',
      at,
      trackingCode: nextCode(),
      secretHash: DEMO_SECRET_HASH,
      officeId: plan.officeId,
      category,
      // Service names carry a parenthesised gloss for the catalog; a citizen would not type it.
      description: complaintDescription(rng, category, service?.name.replace(/ \(.*\)$/, '')),
      visibility: rng.weighted(VISIBILITY)
    };
    if (service) submitted.serviceId = service.id;
    const contact = demoContact(rng);
    if (contact) submitted.contact = contact;
    // Complaints without a service fall back to a 5-working-day target (SP4N-LAPOR follow-up).
    const targetWorkingDays = service?.targetWorkingDays ?? 5;
    const life = complaintLife(rng, calendar, { trackingCode: submitted.trackingCode, at, officeId: plan.officeId, targetWorkingDays, handling: plan.profile.handling }, plan.now);
    events.push(submitted, ...life);
  }
  return events;
}
