import type { ComplaintCreated, ComplaintInput } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice, requireServiceOf } from '../offices/find-office.ts';
import { newSecret, newTrackingCode } from './tracking-code.ts';

/** Files a complaint without an account; the tracking code and secret are the citizen's handle on it. */
export async function fileComplaint({ ctx, input }: { ctx: ServiceContext; input: ComplaintInput }): Promise<ComplaintCreated> {
  requireOffice(ctx, input.officeId);
  requireServiceOf(ctx, input.officeId, input.serviceId);
  let trackingCode = newTrackingCode();
  while (ctx.views.complaints.get(trackingCode)) trackingCode = newTrackingCode();
  const { secret, secretHash } = newSecret();
  const contact = input.contact && Object.values(input.contact).some(Boolean) ? input.contact : undefined;
  await ctx.store.append([
    {
      type: 'complaint.submitted',
      at: ctx.clock.now(),
      trackingCode,
      secretHash,
      officeId: input.officeId,
      ...(input.serviceId && { serviceId: input.serviceId }),
      category: input.category,
      description: input.description,
      visibility: input.visibility,
      ...(contact && { contact })
    }
  ]);
  return { trackingCode, secret };
}
