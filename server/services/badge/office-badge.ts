import type { OfficeBadge } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { getOfficeStats } from '../stats/office-stats.ts';
import { getOfficeIkm } from '../surveys/office-ikm.ts';

/** The headline figures `<suara-score>` shows, for the same default period (the current month and the 11 before it) as the office page. */
export function getOfficeBadge({ ctx, officeId }: { ctx: ServiceContext; officeId: string }): OfficeBadge {
  const stats = getOfficeStats({ ctx, officeId, query: {} });
  const ikm = getOfficeIkm({ ctx, officeId, query: {} });
  const median = stats.complaints.firstResponseHours.median;
  return {
    officeId: stats.officeId,
    officeName: stats.officeName,
    period: stats.period,
    satisfaction: { responses: stats.satisfaction.responses, satisfiedShare: stats.satisfaction.satisfiedShare },
    ikm: ikm.responses > 0 ? { value: ikm.ikm, mutu: ikm.mutu, responses: ikm.responses, requiredSample: ikm.requiredSample } : null,
    firstResponseHours: median ? { value: median.value, moreThan: median.moreThan } : null
  };
}
