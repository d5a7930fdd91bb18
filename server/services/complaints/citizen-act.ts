import type { CitizenActionInput, PublicComplaint } from '../../../shared/schemas/index.ts';
import { decideAction } from '../../complaints/lifecycle.ts';
import { DomainError, NotFoundError, TooManyRequestsError } from '../../errors.ts';
import { pairKey } from '../../security/index.ts';
import type { ServiceContext } from '../context.ts';
import { appendToComplaint } from './append-to-complaint.ts';
import { publicPhotos } from '../attachments/attachment-views.ts';
import { toPublicComplaint } from './public-complaint.ts';
import { secretMatches } from './tracking-code.ts';
import { normaliseTrackingCode } from '../../../shared/codes/codes.ts';

/**
 * What the citizen does with code and secret: add information, confirm a resolution, reopen it.
 * The code alone changes nothing; wrong secrets slow down the client that sends them (backoff per code and
 * client, and a cap per client), never the owner elsewhere: a 128-bit secret needs no per-code lockout.
 */
export async function citizenAct({ ctx, trackingCode, input, client }: { ctx: ServiceContext; trackingCode: string; input: CitizenActionInput; client: string | undefined }): Promise<PublicComplaint> {
  const state = ctx.views.complaints.get(normaliseTrackingCode(trackingCode));
  if (!state) throw new NotFoundError(`Pengaduan/complaint '${trackingCode}'`);
  const { secretBackoff, secretPerClient } = ctx.security;
  const pair = pairKey(state.trackingCode, client);
  const wait = Math.max(secretBackoff.blockedFor(pair), secretPerClient.blockedFor(client));
  if (wait > 0) throw new TooManyRequestsError(wait / 1000);
  if (!secretMatches(input.secret, state.secretHash)) {
    secretBackoff.fail(pair);
    secretPerClient.fail(client);
    throw new DomainError(403, 'Forbidden', 'Kode rahasia salah / wrong secret', [{ field: 'secret', message: 'kode rahasia salah / wrong secret' }]);
  }
  secretBackoff.reset(pair);
  const after = await appendToComplaint(ctx, state.trackingCode, (current) => [
    decideAction(
      current,
      { by: 'citizen', name: input.action },
      {
        at: ctx.clock.now(),
        actor: 'citizen',
        ...(input.message && { message: input.message }),
        ...(input.action === 'confirm' && { confirmation: input.confirmation })
      }
    )
  ]);
  return toPublicComplaint(after, ctx.catalog().office(after.officeId)?.timeZone, publicPhotos(after.trackingCode, ctx.views.attachments.of(after.trackingCode)));
}
