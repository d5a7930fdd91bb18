import { WebhookEventType } from '../../shared/schemas/index.ts';
import type { ChainHead } from '../store/types.ts';

/** The complaint events an endpoint can ask for: every public step; internal notes never leave. */
export const WEBHOOK_EVENT_TYPES = WebhookEventType.options;
export type { WebhookEventType };

/** A signing secret; after a rotation the old one keeps an `expiresAt` 24 hours on and signs beside the new one until then. */
export type WebhookSecret = { secret: string; createdAt: number; expiresAt?: number };

/** Where an agency's or an office's events go. Exactly one of `officeId` and `agencyId` is set. */
export type WebhookEndpoint = {
  id: string;
  officeId?: string;
  agencyId?: string;
  url: string;
  events: WebhookEventType[];
  enabled: boolean;
  /** Contact data in the payload: only ever on an office's endpoint, switched on by its manager or an admin. */
  includeContact: boolean;
  /** Newest first. */
  secrets: WebhookSecret[];
  createdAt: number;
  createdBy: string;
  /** Why it was switched off by the system rather than by staff: the receiver answered 410 Gone. */
  disabledBy410At?: number;
};

/** One message to one endpoint, and how its attempts went. The body is fixed when it is queued, so retries send the same bytes. */
export type WebhookDelivery = {
  /** The message id (`webhook-id`): the same on every attempt, so receivers can drop repeats. */
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  trackingCode: string;
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  /** Every attempt so far, including those before a "send again". */
  attempts: number;
  /** Failed attempts since the message was last queued: the place in the retry schedule. */
  failuresInRow: number;
  nextAttemptAt?: number;
  lastAttempt?: { at: number; status?: number; error?: string };
  createdAt: number;
};

/** Everything the webhooks keep: DATA_DIR/webhooks.json (./state-file.ts). */
export type WebhookState = {
  /** The last event looked at: after a restart, events after it are queued (none lost, none twice). */
  cursor?: ChainHead;
  endpoints: WebhookEndpoint[];
  deliveries: WebhookDelivery[];
};
