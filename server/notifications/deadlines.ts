import type { ComplaintState } from '../views/index.ts';
import type { NotificationDeadlineReached } from '../store/events.ts';
import type { ServiceContext } from '../services/context.ts';
import type { NotificationLedger } from './ledger.ts';

/**
 * A deadline that passed longer ago than this when first noticed (the server was off, or notifications were just
 * configured) is not announced: a reminder days late, or hundreds for an old log, helps nobody.
 */
export const DEADLINE_NOTICE_WINDOW_MS = 3 * 86_400_000;
const SLICE_MS = 5;

const OVER = new Set(['resolved', 'closed', 'rejected']);

/**
 * Records `notification.deadline_reached` for every complaint whose first response or resolution deadline
 * (docs/methodology.md) has passed without it, once per complaint and deadline; the ledger turns each into
 * messages to the citizen (if they asked) and to the office's managers. Run by the notifier's timer.
 */
export async function recordMissedDeadlines({ ctx, ledger }: { ctx: ServiceContext; ledger: NotificationLedger }): Promise<number> {
  const now = ctx.clock.now();
  const events: NotificationDeadlineReached[] = [];
  let sliceStart = performance.now();
  for (const office of ctx.catalog().catalog.offices) {
    for (const state of ctx.views.complaints.submittedBetween(office.id, -Infinity, Infinity)) {
      for (const deadline of missed(state, now)) {
        if (!ledger.deadlineRecorded(state.trackingCode, deadline)) events.push({ type: 'notification.deadline_reached', at: now, trackingCode: state.trackingCode, deadline });
      }
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  if (events.length > 0) await ctx.store.append(events);
  return events.length;
}

function missed(state: ComplaintState, now: number): ('firstResponse' | 'resolution')[] {
  if (OVER.has(state.status)) return [];
  const passed = (at: number) => at <= now && at > now - DEADLINE_NOTICE_WINDOW_MS;
  const found: ('firstResponse' | 'resolution')[] = [];
  if (state.firstResponseAt === undefined && passed(state.deadlines.firstResponse)) found.push('firstResponse');
  if (state.resolvedAt === undefined && passed(state.deadlines.resolution)) found.push('resolution');
  return found;
}
