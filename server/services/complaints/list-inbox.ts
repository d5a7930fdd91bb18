import type { Inbox, InboxItem, InboxQuery } from '../../../shared/schemas/index.ts';
import type { ComplaintState } from '../../views/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { officeIdsOf, requireOfficeAccess } from '../staff/access.ts';
import { deadlineClock, isOpen, runningDeadline } from '../../complaints/lifecycle.ts';

const EXCERPT = 160;

/**
 * The complaints of the account's offices, most urgent first: open ones by the deadline that runs
 * now (overdue at the top), then the rest newest first.
 */
export function listInbox({ ctx, staff, query }: { ctx: ServiceContext; staff: StaffAccount; query: InboxQuery }): Inbox {
  if (query.officeId) requireOfficeAccess(staff, query.officeId);
  const index = ctx.catalog();
  const now = ctx.clock.now();
  const officeIds = query.officeId ? [query.officeId] : officeIdsOf(ctx, staff);
  const matches = matcher(query);
  const rows: Row[] = [];
  for (const officeId of officeIds) {
    const timeZone = index.office(officeId)?.timeZone ?? 'Asia/Jakarta';
    for (const state of ctx.views.complaints.submittedBetween(officeId, -Infinity, Infinity)) {
      if (!matches(state)) continue;
      const deadline = runningDeadline(state);
      if (query.status === 'overdue' && !(deadline !== undefined && now > deadline)) continue;
      rows.push({ state, deadline, timeZone });
    }
  }
  rows.sort(byUrgency);
  // Only the page shown gets its clock and excerpt computed: an admin's inbox holds thousands.
  return {
    items: rows.slice(query.offset, query.offset + query.limit).map((row) => toItem(row.state, deadlineClock(row.state, now, row.timeZone, index.holidays))),
    total: rows.length,
    offset: query.offset,
    limit: query.limit
  };
}

function matcher(query: InboxQuery): (state: ComplaintState) => boolean {
  const text = query.q?.toLowerCase();
  return (state) => {
    if (query.status === 'open' || query.status === 'overdue') {
      if (!isOpen(state.status)) return false;
    } else if (query.status !== 'all' && state.status !== query.status) return false;
    if (query.serviceId && state.serviceId !== query.serviceId) return false;
    if (query.category && state.category !== query.category) return false;
    if (text && !state.trackingCode.toLowerCase().includes(text) && !state.description.toLowerCase().includes(text)) return false;
    return true;
  };
}

type Row = { state: ComplaintState; deadline: number | undefined; timeZone: string };

function byUrgency(a: Row, b: Row): number {
  if (a.deadline !== undefined && b.deadline !== undefined) return a.deadline - b.deadline || a.state.submittedAt - b.state.submittedAt;
  if (a.deadline !== undefined || b.deadline !== undefined) return a.deadline !== undefined ? -1 : 1;
  return b.state.submittedAt - a.state.submittedAt;
}

function toItem(state: ComplaintState, clock: InboxItem['clock']): InboxItem {
  const text = state.description.replace(/\s+/g, ' ').trim();
  return {
    trackingCode: state.trackingCode,
    officeId: state.officeId,
    ...(state.serviceId && { serviceId: state.serviceId }),
    category: state.category,
    visibility: state.visibility,
    status: state.status,
    submittedAt: new Date(state.submittedAt).toISOString(),
    excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
    ...citizenAnswerOf(state),
    clock
  };
}

/** What the citizen answered to the latest resolution; only the citizen reopens a complaint. */
function citizenAnswerOf(state: ComplaintState): Pick<InboxItem, 'citizenAnswer'> {
  if (state.status === 'reopened') return { citizenAnswer: 'not_resolved' };
  if (state.confirmation) return { citizenAnswer: state.confirmation === 'satisfied' ? 'resolved' : 'not_satisfied' };
  return {};
}
