import type { Contact, PublicComplaint } from '../../shared/schemas/index.ts';
import type { ComplaintState } from '../views/complaints.ts';
import { toPublicComplaint } from '../services/complaints/public-complaint.ts';
import type { StoredEvent } from '../store/types.ts';
import type { WebhookEventType } from './types.ts';

/** The body every endpoint receives, in the Standard Webhooks shape `{ type, timestamp, data }` (docs/webhooks.md). */
export type WebhookPayload = {
  type: WebhookEventType;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  data: {
    /** This event as the complaint's public timeline shows it. */
    event: PublicComplaint['timeline'][number];
    /** The complaint as /lacak shows it when the message was queued: masked text, no contact data. */
    complaint: PublicComplaint;
    /** Only for an office's endpoint whose manager switched contact data on (marked in the console). */
    contact?: Contact;
  };
};

/**
 * The public form of a complaint event: its public timeline entry and the complaint's public view, exactly what
 * anyone with the tracking code sees; undefined for an event with no public entry (an internal note).
 */
export function webhookPayload(event: StoredEvent & { type: WebhookEventType }, complaint: ComplaintState, timeZone: string | undefined, includeContact: boolean): WebhookPayload | undefined {
  const view = toPublicComplaint(complaint, timeZone);
  const at = new Date(event.at).toISOString();
  const entry = view.timeline.filter((candidate) => candidate.type === event.type && candidate.at === at).at(-1);
  if (!entry) return undefined;
  return {
    type: event.type,
    timestamp: at,
    data: { event: entry, complaint: view, ...(includeContact && complaint.contact && { contact: complaint.contact }) }
  };
}
