import { localDayNumber } from '../../shared/metrics/index.ts';
import { DEFAULT_RESOLUTION_WORKING_DAYS, deadlinesOf, FIRST_RESPONSE_WORKING_DAYS } from '../complaints/lifecycle.ts';
import { maskPersonalData } from '../../shared/privacy/mask.ts';
import { catalogIndex, type CatalogIndex } from '../catalog-index.ts';
import type { SnapshotPart } from '../snapshot/types.ts';
import { GENESIS_HASH } from '../store/chain.ts';
import { isNotificationEvent } from '../store/events.ts';
import type { ChainHead, Store } from '../store/types.ts';
import { AttachmentBook } from './attachments.ts';
import { BurstWatch } from './bursts.ts';
import { ComplaintBook } from './complaints.ts';
import { RatingTally } from './ratings.ts';
import { captureViews, type ViewsState } from './serialisation/index.ts';
import { SurveyTally } from './surveys.ts';

export type { ComplaintState, ComplaintHistoryEntry } from './complaints.ts';
export type { ExcludedWindow, ScoreCounts } from './ratings.ts';
export type { Burst, BurstReview } from './bursts.ts';
export type { AttachmentRecord, AttachmentFileRef } from './attachments.ts';

export type Views = {
  ratings: RatingTally;
  /** Hours of unusually many ratings per office, for review in the console. */
  bursts: BurstWatch;
  complaints: ComplaintBook;
  /** Photos and documents of complaints, and which are published. */
  attachments: AttachmentBook;
  surveys: SurveyTally;
  /** Increments with every applied event; caches key on it. */
  version(): number;
  /** Increments with every event about one office. */
  officeVersion(officeId: string): number;
  /** Calls `listener` after every event about one complaint (live tracking); returns the unwatch. */
  watchComplaint(trackingCode: string, listener: () => void): () => void;
  /** The last event applied: what a snapshot captured now is as of. */
  head(): ChainHead;
  /** The views' parts of a snapshot as of head(), encoded while it is written (./snapshot/). */
  capture(): SnapshotPart[];
  stop(): void;
};

/**
 * Builds the in-memory views from the store's events and keeps them current: from all of them, or
 * from `restored` (a snapshot's state as of its head) and the events after it.
 */
export async function createViews(store: Store, restored?: { head: ChainHead; state: ViewsState }): Promise<Views> {
  const catalog = catalogIndex(store.catalog);
  const timeZoneOf = (officeId: string) => catalog().office(officeId)?.timeZone ?? 'Asia/Jakarta';

  const ratings = new RatingTally(timeZoneOf);
  // The office's usual score mix: its published ratings of the 28 local days before the hour.
  const bursts = new BurstWatch((officeId, at) => {
    const today = localDayNumber(at, timeZoneOf(officeId));
    return ratings.counts(officeId, today - 28, today - 1);
  });
  const surveys = new SurveyTally(timeZoneOf);
  const attachments = new AttachmentBook();
  // A deadline depends on the local day of submission, not its hour (addWorkingDays), so a replay of
  // 100k complaints computes a few thousand of them; forgotten whenever the catalog (holidays) changes.
  const deadlines = new Map<string, { firstResponse: number; resolution: number }>();
  let deadlinesFrom: CatalogIndex | undefined;
  const complaints = new ComplaintBook((officeId, serviceId, submittedAt) => {
    const zone = timeZoneOf(officeId);
    const index = catalog();
    if (index !== deadlinesFrom) {
      deadlinesFrom = index;
      deadlines.clear();
    }
    const service = serviceId ? index.service(serviceId) : undefined;
    const target = service?.targetWorkingDays || DEFAULT_RESOLUTION_WORKING_DAYS;
    const firstTarget = service?.firstResponseWorkingDays || FIRST_RESPONSE_WORKING_DAYS;
    const key = `${zone}|${firstTarget}|${target}|${localDayNumber(submittedAt, zone)}`;
    let due = deadlines.get(key);
    if (!due) {
      due = deadlinesOf(submittedAt, { firstResponseWorkingDays: firstTarget, targetWorkingDays: target }, zone, index.holidays);
      deadlines.set(key, due);
    }
    return { firstResponse: due.firstResponse, resolution: due.resolution };
  });
  let version = restored?.state.version ?? 0;
  const officeVersions = new Map<string, number>(restored?.state.officeVersions);
  let head: ChainHead = restored?.head ?? { seq: 0, hash: GENESIS_HASH };
  if (restored) {
    ratings.restore(restored.state.ratings);
    bursts.restore(restored.state.bursts);
    surveys.restore(restored.state.surveys, restored.state.importKeys);
    complaints.restore(restored.state.complaints);
    attachments.restore(restored.state.attachments);
  }
  const bump = (officeId: string) => officeVersions.set(officeId, (officeVersions.get(officeId) ?? 0) + 1);
  const watchers = new Map<string, Set<() => void>>();
  const stop = await store.subscribe(
    (event) => {
      version++;
      head = event;
      // Two thirds of every replay: a rating touches only its tally, which counts them per office itself.
      if (event.type === 'rating.recorded') {
        bursts.apply(event);
        return ratings.apply(event, maskPersonalData);
      }
      if (event.type === 'ratings.excluded' || event.type === 'ratings.exclusion_undone') {
        if (event.type === 'ratings.excluded') ratings.exclude(event.officeId, event);
        else ratings.include(event.officeId, event.from);
        bursts.apply(event);
        bump(event.officeId);
        return;
      }
      if (event.type === 'rating.detailed') return ratings.applyDetail(event);
      if (isNotificationEvent(event)) return; // the outbox's bookkeeping (server/notifications/): no view changes
      if (event.type === 'complaint.attached' || event.type === 'complaint.attachment_published') {
        attachments.apply(event);
        complaints.apply(event); // counts it in the complaint's version
        for (const listener of watchers.get(event.trackingCode) ?? []) listener();
        return;
      }
      if (event.type === 'complaint.erased') attachments.erase(event.trackingCode);
      const forwardedFrom = event.type === 'complaint.forwarded' ? complaints.get(event.trackingCode)?.officeId : undefined;
      complaints.apply(event);
      surveys.apply(event, maskPersonalData);
      const officeId = 'officeId' in event ? event.officeId : complaints.get(event.trackingCode)?.officeId;
      if (officeId) bump(officeId);
      if (forwardedFrom && forwardedFrom !== officeId) bump(forwardedFrom);
      if (watchers.size > 0 && 'trackingCode' in event) for (const listener of watchers.get(event.trackingCode) ?? []) listener();
    },
    restored && { after: restored.head }
  );
  const watchComplaint = (trackingCode: string, listener: () => void) => {
    const set = watchers.get(trackingCode) ?? new Set();
    watchers.set(trackingCode, set.add(listener));
    return () => {
      set.delete(listener);
      if (set.size === 0 && watchers.get(trackingCode) === set) watchers.delete(trackingCode);
    };
  };
  return {
    ratings,
    bursts,
    complaints,
    attachments,
    surveys,
    version: () => version,
    officeVersion: (id) => (officeVersions.get(id) ?? 0) + ratings.applied(id),
    watchComplaint,
    head: () => ({ seq: head.seq, hash: head.hash }),
    capture: () => captureViews({ version, officeVersions, ratings, bursts, surveys, complaints, attachments }),
    stop
  };
}
