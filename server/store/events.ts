import type { Channel, ComplaintCategory, Contact, RejectReason, Visibility } from '../../shared/schemas/index.ts';

/** A quick rating was given. */
export type RatingRecorded = {
  type: 'rating.recorded';
  at: number;
  officeId: string;
  serviceId?: string;
  score: 1 | 2 | 3 | 4;
  comment?: string;
  channel: Channel;
};

/** A citizen filed a complaint. `secretHash` lets the holder of the secret act on it later. */
export type ComplaintSubmitted = {
  type: 'complaint.submitted';
  at: number;
  trackingCode: string;
  secretHash: string;
  officeId: string;
  serviceId?: string;
  category: ComplaintCategory;
  description: string;
  visibility: Visibility;
  contact?: Contact;
};

/** Everything that happens to a complaint after it is filed; the current state is derived from these. */
export type ComplaintActionType =
  | 'complaint.verified'
  | 'complaint.started'
  | 'complaint.replied'
  | 'complaint.noted'
  | 'complaint.resolved'
  | 'complaint.rejected'
  | 'complaint.forwarded'
  | 'complaint.info_added'
  | 'complaint.confirmed'
  | 'complaint.reopened'
  | 'complaint.closed';

export type ComplaintAction = {
  type: ComplaintActionType;
  at: number;
  trackingCode: string;
  /** `citizen`, `system`, or a staff account id. */
  actor: string;
  message?: string;
  reason?: RejectReason;
  confirmation?: 'satisfied' | 'not_satisfied';
  toOfficeId?: string;
};

export type DomainEvent = RatingRecorded | ComplaintSubmitted | ComplaintAction;

/** An event as stored: numbered from 1 and chained to its predecessor by hash. */
export type StoredEvent = DomainEvent & { seq: number; hash: string };
