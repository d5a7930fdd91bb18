import { addWorkingDays } from '../../shared/metrics/index.ts';
import { maskPersonalData } from '../../shared/privacy/mask.ts';
import { catalogIndex } from '../catalog-index.ts';
import type { Store } from '../store/types.ts';
import { ComplaintBook } from './complaints.ts';
import { RatingTally } from './ratings.ts';

export type { ComplaintState, ComplaintHistoryEntry } from './complaints.ts';
export type { ScoreCounts } from './ratings.ts';

/** DESIGN §3, as in SP4N-LAPOR!: verification (first response) within 3 working days. */
export const FIRST_RESPONSE_WORKING_DAYS = 3;
/** Resolution target for a complaint that names no service. */
export const DEFAULT_RESOLUTION_WORKING_DAYS = 14;

export type Projections = {
  ratings: RatingTally;
  complaints: ComplaintBook;
  /** Increments with every applied event; caches key on it. */
  version(): number;
  /** Increments with every event about one office. */
  officeVersion(officeId: string): number;
  stop(): void;
};

/** Builds the in-memory views from the store's events and keeps them current. */
export async function createProjections(store: Store): Promise<Projections> {
  const catalog = catalogIndex(store.catalog);
  const timeZoneOf = (officeId: string) => catalog().office(officeId)?.timeZone ?? 'Asia/Jakarta';

  const ratings = new RatingTally(timeZoneOf);
  const complaints = new ComplaintBook((officeId, serviceId, submittedAt) => {
    const zone = timeZoneOf(officeId);
    const { holidays, service } = catalog();
    const target = (serviceId && service(serviceId)?.targetWorkingDays) || DEFAULT_RESOLUTION_WORKING_DAYS;
    return {
      firstResponse: addWorkingDays(submittedAt, FIRST_RESPONSE_WORKING_DAYS, zone, holidays),
      resolution: addWorkingDays(submittedAt, target, zone, holidays)
    };
  });
  let version = 0;
  const officeVersions = new Map<string, number>();
  const stop = await store.subscribe((event) => {
    ratings.apply(event, maskPersonalData);
    complaints.apply(event);
    version++;
    const officeId = 'officeId' in event ? event.officeId : complaints.get(event.trackingCode)?.officeId;
    if (officeId) officeVersions.set(officeId, (officeVersions.get(officeId) ?? 0) + 1);
  });
  return { ratings, complaints, version: () => version, officeVersion: (id) => officeVersions.get(id) ?? 0, stop };
}
