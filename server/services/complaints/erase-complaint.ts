import { DomainError, NotFoundError } from '../../errors.ts';
import type { DomainEvent } from '../../store/events.ts';
import type { ServiceContext } from '../context.ts';
import { appendToComplaint } from './append-to-complaint.ts';

/** What an erasure did: the events whose private parts were blanked. */
export type ErasureReport = { trackingCode: string; erased: number[] };

/**
 * Erases a complaint's personal data at the citizen's request (UU 27/2022; docs/public-record.md, "Erasure"):
 * the private parts of its submission (contact, text, secret) and of the citizen's own actions are blanked
 * in the log, a `complaint.erased` event records who did it and when, the views drop the same data, and
 * the admin journal notes it. The office's replies and notes stay: they are the office's record. The chain
 * still verifies: public forms and commitments are untouched.
 */
export async function eraseComplaint({ ctx, trackingCode, actor }: { ctx: ServiceContext; trackingCode: string; actor: string }): Promise<ErasureReport> {
  const state = ctx.views.complaints.get(trackingCode);
  if (!state) throw new NotFoundError(`Pengaduan / complaint ${trackingCode}`);
  if (!ctx.store.erasePrivate) throw new DomainError(409, 'Conflict', 'Penyimpanan ini tidak dapat menghapus / this store cannot erase');
  const erasePrivate = ctx.store.erasePrivate.bind(ctx.store);
  // Blanking is idempotent: if another action was written meanwhile (a citizen's info), it is blanked again, with it.
  const at = ctx.clock.now();
  let erased: number[] = [];
  await appendToComplaint(ctx, trackingCode, async () => {
    erased = await erasePrivate((event) => isCitizenData(event, trackingCode));
    return [{ type: 'complaint.erased', at, trackingCode, actor }];
  });
  await ctx.store.catalog.update((draft) => {
    (draft.audit ??= []).push({ at, staffId: actor, kind: 'complaint', objectId: trackingCode, action: 'erase', changes: [{ field: 'private', from: `${erased.length} events` }] });
  });
  return { trackingCode, erased };
}

/** The complaint's submission, and what its citizen added after (info, confirmation, reopening). */
function isCitizenData(event: DomainEvent, trackingCode: string): boolean {
  if (!('trackingCode' in event) || event.trackingCode !== trackingCode) return false;
  return event.type === 'complaint.submitted' || ('actor' in event && event.actor === 'citizen');
}
