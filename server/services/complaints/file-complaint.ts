import type { ComplaintCreated, ComplaintInput } from '../../../shared/schemas/index.ts';
import { ServiceUnavailableError } from '../../errors.ts';
import type { ComplaintAttached, DomainEvent } from '../../store/events.ts';
import type { PreparedFile } from '../attachments/prepare-uploads.ts';
import type { ServiceContext } from '../context.ts';
import { requireOpenOffice, requireServiceOf } from '../offices/find-office.ts';
import { hashSecret, newSecret, newTrackingCode, secretMatches } from './tracking-code.ts';

/**
 * Files a complaint without an account; the tracking code and secret are the citizen's handle on it.
 * `keyed` (a submission with an Idempotency-Key, server/idempotency): its key's hash goes into the event and its
 * secret is the one derived from the key, so that a repeat of the request can be answered with it again.
 * `channel`: set for a complaint another system filed for the citizen (Open311, docs/open311.md).
 * `files`: photos and documents already checked and re-encoded (../attachments/prepare-uploads.ts); they are stored
 * before the events that name them, and the complaint and its files are appended together or not at all.
 */
export async function fileComplaint({
  ctx,
  input,
  keyed,
  channel,
  files = []
}: {
  ctx: ServiceContext;
  input: ComplaintInput;
  keyed?: { keyHash: string; secret: string };
  channel?: 'open311';
  files?: readonly PreparedFile[];
}): Promise<ComplaintCreated> {
  requireOpenOffice(ctx, input.officeId);
  requireServiceOf(ctx, input.officeId, input.serviceId);
  let trackingCode = newTrackingCode();
  while (ctx.views.complaints.get(trackingCode)) trackingCode = newTrackingCode();
  const { secret, secretHash } = keyed ? { secret: keyed.secret, secretHash: hashSecret(keyed.secret) } : newSecret();
  const contact = input.contact && Object.values(input.contact).some(Boolean) ? input.contact : undefined;
  // An opt-in without an address to send to means nothing: it is not kept.
  const notify = input.notify === true && !!(contact?.email || contact?.phone);
  const at = ctx.clock.now();
  const attached = await storeFiles(ctx, files, trackingCode, at);
  // Version 0: a new stream; tracking codes are random, so only a collision with one filed elsewhere meanwhile fails.
  await ctx.store.append(
    [
      {
        type: 'complaint.submitted',
        at,
        trackingCode,
        secretHash,
        officeId: input.officeId,
        ...(input.serviceId && { serviceId: input.serviceId }),
        category: input.category,
        description: input.description,
        visibility: input.visibility,
        ...(contact && { contact }),
        ...(keyed && { idempotencyKey: keyed.keyHash }),
        ...(channel && { channel }),
        ...(notify && { notify: true as const }),
        ...(input.locale && { locale: input.locale })
      },
      ...attached
    ],
    { expectedVersions: { [trackingCode]: 0 } }
  );
  return { trackingCode, secret };
}

async function storeFiles(ctx: ServiceContext, files: readonly PreparedFile[], trackingCode: string, at: number): Promise<DomainEvent[]> {
  if (files.length === 0) return [];
  if (!ctx.store.files) throw new ServiceUnavailableError('Lampiran tidak dapat disimpan / attachments cannot be stored here', 60);
  const events: ComplaintAttached[] = [];
  for (const { bytes, mediaType, width, height } of files) {
    const file = await ctx.store.files.put(bytes);
    events.push({ type: 'complaint.attached', at, trackingCode, actor: 'citizen', file, mediaType, bytes: bytes.length, ...(width && { width }), ...(height && { height }) });
  }
  return events;
}

/**
 * The secret to answer a repeat of a keyed submission with: the one its key derives, or, for a complaint filed
 * before secrets were in the code alphabet, the older form its stored hash was made of.
 */
export function replayedSecret(ctx: ServiceContext, key: string, trackingCode: string): string {
  const secret = ctx.idempotency.complaintSecret(key);
  const state = ctx.views.complaints.get(trackingCode);
  const legacy = ctx.idempotency.legacyComplaintSecret(key);
  return state && !secretMatches(secret, state.secretHash) && secretMatches(legacy, state.secretHash) ? legacy : secret;
}
