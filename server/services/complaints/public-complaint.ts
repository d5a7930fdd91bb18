import type { PublicComplaint, PublicPhoto } from '../../../shared/schemas/index.ts';
import { maskPersonalData } from '../../../shared/privacy/mask.ts';
import { NotFoundError } from '../../errors.ts';
import type { ComplaintState } from '../../views/index.ts';
import type { ServiceContext } from '../context.ts';
import { publicPhotos } from '../attachments/attachment-views.ts';
import { normaliseTrackingCode } from '../../../shared/codes/codes.ts';

/** What anyone holding the tracking code sees: status, deadlines, public replies; never contact data. */
export function getPublicComplaint({ ctx, trackingCode }: { ctx: ServiceContext; trackingCode: string }): PublicComplaint {
  const state = ctx.views.complaints.get(normaliseTrackingCode(trackingCode));
  if (!state) throw new NotFoundError(`Pengaduan/complaint '${trackingCode}'`);
  return toPublicComplaint(state, ctx.catalog().office(state.officeId)?.timeZone, publicPhotos(state.trackingCode, ctx.views.attachments.of(state.trackingCode)));
}

/** The public face of a complaint; confidential complaints show status only (and the images staff chose to publish). */
export function toPublicComplaint(state: ComplaintState, timeZone = 'Asia/Jakarta', photos: readonly PublicPhoto[] = []): PublicComplaint {
  const confidential = state.visibility === 'confidential';
  return {
    trackingCode: state.trackingCode,
    officeId: state.officeId,
    timeZone,
    ...(state.serviceId && { serviceId: state.serviceId }),
    category: state.category,
    visibility: state.visibility,
    ...(!confidential && { description: maskPersonalData(state.description) }),
    status: state.status,
    submittedAt: new Date(state.submittedAt).toISOString(),
    deadlines: {
      firstResponse: new Date(state.deadlines.firstResponse).toISOString(),
      resolution: new Date(state.deadlines.resolution).toISOString()
    },
    timeline: state.history
      .filter((entry) => !entry.internal)
      .map((entry) => ({
        type: entry.type,
        at: new Date(entry.at).toISOString(),
        status: entry.status,
        ...(entry.message && !confidential && { message: maskPersonalData(entry.message) }),
        ...(entry.reason && { reason: entry.reason }),
        ...(entry.confirmation && { confirmation: entry.confirmation })
      })),
    ...(photos.length > 0 && { photos: [...photos] })
  };
}
