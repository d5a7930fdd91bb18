import { localDayNumber } from '../../../shared/metrics/index.ts';
import { maskPersonalData } from '../../../shared/privacy/mask.ts';
import type { ComplaintState } from '../../views/index.ts';
import { RestoredComplaint } from '../../views/serialisation/restored-complaint.ts';
import { isoOrNull, type Cell, type RowProducer } from './rows.ts';

/** Every complaint filed in the period (the office's local dates), in its public form, office by office. */
export const complaintRows: RowProducer = async ({ ctx, period, sink }) => {
  const index = ctx.catalog();
  let sinceReady = 0;
  for (const office of index.catalog.offices) {
    for (const complaint of ctx.views.complaints.submittedBetween(office.id, -Infinity, Infinity)) {
      const day = localDayNumber(complaint.submittedAt, office.timeZone);
      if (day < period.fromDay || day > period.toDay) continue;
      sink.push(publicComplaintRow(complaint));
      if (++sinceReady === 1000) {
        sinceReady = 0;
        await sink.ready();
      }
    }
  }
};

/**
 * Only what the tracking page shows anyone: never contact data, never internal notes nor staff replies,
 * and the description only of a public complaint, masked (docs/open-data.md).
 */
export function publicComplaintRow(c: ComplaintState): Cell[] {
  const { description, history } = c instanceof RestoredComplaint ? c.peekDetails() : c;
  const times = (type: string) => history.filter((entry) => entry.type === type).map((entry) => entry.at);
  const last = (type: string) => times(type).at(-1);
  return [
    c.trackingCode,
    c.officeId,
    c.serviceId ?? null,
    c.category,
    c.visibility,
    c.visibility === 'public' ? maskPersonalData(description) : null,
    c.status,
    isoOrNull(c.submittedAt),
    isoOrNull(times('complaint.verified')[0]),
    isoOrNull(c.firstResponseAt),
    isoOrNull(c.deadlines.firstResponse),
    isoOrNull(c.deadlines.resolution),
    isoOrNull(c.resolvedAt),
    isoOrNull(last('complaint.rejected')),
    c.rejectReason ?? null,
    isoOrNull(last('complaint.closed')),
    isoOrNull(last('complaint.reopened')),
    c.confirmation ?? null
  ];
}
