import { ConflictError, NotFoundError } from '../../errors.ts';
import { StreamVersionConflict } from '../../store/conflicts.ts';
import type { DomainEvent } from '../../store/events.ts';
import type { ComplaintState, Views } from '../../views/index.ts';
import type { ServiceContext } from '../context.ts';

/** Decisions made again after losing a race, before the client gets a 409. */
const ATTEMPTS = 3;
/** How long to wait for the views to show the write that won, if it never comes (it failed): then decide anyway. */
const CATCH_UP_MS = 2_000;

/**
 * Appends what `decide` makes of the complaint as the views hold it, at the version it had then
 * (docs/architecture.md, "Concurrency"): if another action was written first, by this process or another,
 * the store refuses with StreamVersionConflict, and the decision is made again on the views once they show
 * that action: it may now be refused (a ConflictError from `decide`), or still hold and be appended after it.
 * `decide` may wait (erasure blanks the log first): the version is the one before it ran.
 * Resolves, once the views show the append, with the complaint's state.
 */
export async function appendToComplaint(ctx: ServiceContext, trackingCode: string, decide: (state: ComplaintState) => DomainEvent[] | Promise<DomainEvent[]>): Promise<ComplaintState> {
  for (let attempt = 1; ; attempt++) {
    const state = ctx.views.complaints.get(trackingCode);
    if (!state) throw new NotFoundError(`Pengaduan/complaint '${trackingCode}'`);
    const version = state.version;
    const events = await decide(state);
    try {
      if (events.length > 0) await ctx.store.append(events, { expectedVersions: { [trackingCode]: version } });
    } catch (error) {
      if (!(error instanceof StreamVersionConflict) || error.stream !== trackingCode) throw error;
      if (attempt >= ATTEMPTS) {
        throw new ConflictError('Pengaduan ini baru saja diubah; muat ulang lalu coba lagi / this complaint was just changed; reload and try again');
      }
      await complaintReached(ctx.views, trackingCode, error.actual);
      continue;
    }
    await complaintReached(ctx.views, trackingCode, version + events.length);
    return ctx.views.complaints.get(trackingCode) ?? state;
  }
}

/**
 * Resolves once the views have applied `version` events of the complaint. With one process they have by the time
 * an append resolves; a process following a shared database sees its own and others' writes a moment later.
 */
export function complaintReached(views: Views, trackingCode: string, version: number): Promise<void> {
  const reached = () => (views.complaints.get(trackingCode)?.version ?? 0) >= version;
  if (reached()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unwatch();
      resolve();
    };
    const unwatch = views.watchComplaint(trackingCode, () => reached() && done());
    const timer = setTimeout(done, CATCH_UP_MS);
    timer.unref();
  });
}
