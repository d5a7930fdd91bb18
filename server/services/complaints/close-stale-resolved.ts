import { addWorkingDays } from '../../../shared/metrics/index.ts';
import type { ComplaintAction } from '../../store/events.ts';
import type { ComplaintState } from '../../views/index.ts';
import { AUTO_CLOSE_WORKING_DAYS } from '../../complaints/lifecycle.ts';
import { ConflictError } from '../../errors.ts';
import { StreamVersionConflict } from '../../store/conflicts.ts';
import type { ServiceContext } from '../context.ts';
import { appendToComplaint } from './append-to-complaint.ts';

/** The pass walks every complaint (100k take 30–90 ms): it gives the event loop back this often. */
const SLICE_MS = 5;

/**
 * Closes, as actor `system`, every resolved complaint whose citizen has not answered (confirmed)
 * for 10 full working days since the resolution or their last word after it. Run by the server's
 * scheduler; tests call it directly after moving the clock. Returns how many it closed.
 */
export async function closeStaleResolved({ ctx }: { ctx: ServiceContext }): Promise<number> {
  const now = ctx.clock.now();
  const { catalog, holidays } = ctx.catalog();
  // By code: a complaint forwarded while the pass yields may be met again under its new office.
  const stale = new Map<string, { state: ComplaintState; word: number }>();
  let sliceStart = performance.now();
  for (const office of catalog.offices) {
    for (const state of ctx.views.complaints.submittedBetween(office.id, -Infinity, Infinity)) {
      if (!awaitingCitizen(state)) continue;
      const word = lastWord(state);
      if (now > addWorkingDays(word, AUTO_CLOSE_WORKING_DAYS, office.timeZone, holidays)) stale.set(state.trackingCode, { state, word });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  // The citizen may have answered while the pass yielded: decide again, in the same step as the append, and append
  // at the versions decided on, so an answer written meanwhile (here or by another process) is not closed over.
  const closing = [...stale.values()].filter(({ state, word }) => awaitingCitizen(state) && lastWord(state) === word).map(({ state }) => state);
  if (closing.length === 0) return 0;
  const events: ComplaintAction[] = closing.map((state) => ({ type: 'complaint.closed', at: now, trackingCode: state.trackingCode, actor: 'system' }));
  const expectedVersions = Object.fromEntries(closing.map((state) => [state.trackingCode, state.version]));
  try {
    await ctx.store.append(events, { expectedVersions });
    return events.length;
  } catch (error) {
    if (!(error instanceof StreamVersionConflict)) throw error;
  }
  // One of them changed: each is decided again on its own (rare; the next pass would also catch them).
  let closed = 0;
  for (const { trackingCode } of closing) {
    let closes = false;
    await appendToComplaint(ctx, trackingCode, (state) => {
      closes = awaitingCitizen(state) && lastWord(state) === stale.get(trackingCode)!.word;
      return closes ? [{ type: 'complaint.closed', at: now, trackingCode, actor: 'system' }] : [];
    }).catch((error: unknown) => {
      closes = false;
      if (!(error instanceof ConflictError)) throw error;
    });
    if (closes) closed++;
  }
  return closed;
}

function awaitingCitizen(state: ComplaintState): state is ComplaintState & { resolvedAt: number } {
  return state.status === 'resolved' && state.confirmation === undefined && state.resolvedAt !== undefined;
}

function lastWord(state: ComplaintState & { resolvedAt: number }): number {
  return state.history.reduce((latest, entry) => (entry.actor === 'citizen' && entry.at > latest ? entry.at : latest), state.resolvedAt);
}
