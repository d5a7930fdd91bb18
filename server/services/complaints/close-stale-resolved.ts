import { addWorkingDays } from '../../../shared/metrics/index.ts';
import type { ComplaintAction } from '../../store/events.ts';
import type { ServiceContext } from '../context.ts';

/** DESIGN §3: without the citizen's reply within 10 working days a resolved complaint closes. */
export const AUTO_CLOSE_WORKING_DAYS = 10;

/**
 * Closes, as actor `system`, every resolved complaint whose citizen has not answered (confirmed)
 * for 10 full working days since the resolution or their last word after it. Run by the server's
 * scheduler; tests call it directly after moving the clock. Returns how many it closed.
 */
export async function closeStaleResolved({ ctx }: { ctx: ServiceContext }): Promise<number> {
  const now = ctx.clock.now();
  const { catalog, holidays } = ctx.catalog();
  const events: ComplaintAction[] = [];
  for (const office of catalog.offices) {
    for (const state of ctx.views.complaints.submittedBetween(office.id, -Infinity, Infinity)) {
      if (state.status !== 'resolved' || state.confirmation !== undefined || state.resolvedAt === undefined) continue;
      const lastWord = state.history.reduce((latest, entry) => (entry.actor === 'citizen' && entry.at > latest ? entry.at : latest), state.resolvedAt);
      if (now > addWorkingDays(lastWord, AUTO_CLOSE_WORKING_DAYS, office.timeZone, holidays)) {
        events.push({ type: 'complaint.closed', at: now, trackingCode: state.trackingCode, actor: 'system' });
      }
    }
  }
  if (events.length > 0) await ctx.store.append(events);
  return events.length;
}
