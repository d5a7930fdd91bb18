import type { AttachmentMediaType, Channel, ComplaintCategory, Contact, RejectReason, RespondentProfile, Visibility } from '../../shared/schemas/index.ts';

/** A quick rating was given. */
export type RatingRecorded = {
  type: 'rating.recorded';
  at: number;
  officeId: string;
  serviceId?: string;
  score: 1 | 2 | 3 | 4;
  comment?: string;
  channel: Channel;
  /** Hash of the client's Idempotency-Key, so a repeated submission answers the first one (server/idempotency). */
  idempotencyKey?: string;
};

/**
 * What a citizen added to a rating just given: a comment, the service. It counts nothing (the rating was counted on
 * the tap); `score` repeats the rating's, so the comment reads with its face.
 */
export type RatingDetailed = {
  type: 'rating.detailed';
  at: number;
  officeId: string;
  /** The rating's id (`r` + its seq). */
  ratingId: string;
  score: 1 | 2 | 3 | 4;
  serviceId?: string;
  comment?: string;
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
  /** Hash of the client's Idempotency-Key, so a repeated submission answers the first one (server/idempotency). */
  idempotencyKey?: string;
  /** How it came in when not through our own forms and widgets: `open311`, filed by another system (docs/open311.md). */
  channel?: 'open311';
  /** The citizen asked to be told of changes (docs/notifications.md); only with an email or phone in `contact`. */
  notify?: true;
  /** The language the complaint was filed in, which its notifications are written in. */
  locale?: 'id' | 'en';
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

/**
 * The private part of a complaint (its contact, its text, the citizen's own words after) was erased at the
 * citizen's request (UU 27/2022; docs/public-record.md). The lines keep their public forms and commitments,
 * so the chain holds; `actor` is the staff account or `cli` that did it.
 */
export type ComplaintErased = {
  type: 'complaint.erased';
  at: number;
  trackingCode: string;
  actor: string;
};

/**
 * The citizen sent a photo or a document with a complaint. `file` is the SHA-256 of the bytes stored (the
 * re-encoded image, without metadata: server/services/attachments/); private to the office's staff until published.
 */
export type ComplaintAttached = {
  type: 'complaint.attached';
  at: number;
  trackingCode: string;
  /** `citizen`, or `system` for a file another system sent. */
  actor: string;
  file: string;
  mediaType: AttachmentMediaType;
  bytes: number;
  width?: number;
  height?: number;
};

/**
 * A staff member published an image of a complaint: `file` is what the public sees (`source` itself, or a copy
 * with parts blurred: `blurred` rectangles), served from our origin on the tracking page.
 */
export type ComplaintAttachmentPublished = {
  type: 'complaint.attachment_published';
  at: number;
  trackingCode: string;
  /** The staff account id. */
  actor: string;
  /** The attached file it was made from. */
  source: string;
  file: string;
  mediaType: AttachmentMediaType;
  bytes: number;
  width?: number;
  height?: number;
  blurred?: number;
};

/**
 * A staff member took a published image back: the public URL answers 404 again; the stored files stay (the original
 * is the complaint's evidence, and the copy can be published again).
 */
export type ComplaintAttachmentUnpublished = {
  type: 'complaint.attachment_unpublished';
  at: number;
  trackingCode: string;
  /** The staff account id. */
  actor: string;
  /** The attached file the published copy was made from. */
  source: string;
  /** The copy that was public. */
  file: string;
};

/** A full SKM response; `answers` in the order of its element set's elements (PermenPANRB 14/2017: u1…u9). */
export type SurveySubmitted = {
  type: 'survey.submitted';
  at: number;
  officeId: string;
  serviceId?: string;
  elementSet: string;
  answers: (1 | 2 | 3 | 4)[];
  respondent?: RespondentProfile;
  comment?: string;
  channel: Channel;
  /** Local date `YYYY-MM-DD` the survey was answered, for imported paper or spreadsheet data (`at` is the import). */
  date?: string;
  /** Deterministic key of an imported row, so importing the same file twice adds nothing. */
  importKey?: string;
};

/** Historical results known only as totals (a paper report): `responses` respondents, per-element sums. */
export type SurveyTallied = {
  type: 'survey.tallied';
  at: number;
  officeId: string;
  serviceId?: string;
  elementSet: string;
  /** Local dates the tally covers, inclusive; it counts only in periods that contain all of it. */
  from: string;
  to: string;
  responses: number;
  sums: number[];
  importKey: string;
};

/**
 * A manager or admin left an hour of an office's ratings out of the published figures (a reviewed
 * burst, server/views/bursts.ts): the ratings stay in the log, the figures leave them out.
 * `scores` counts the ratings of the window applied before this event; later ones in the window are
 * left out too. Undone by RatingsExclusionUndone.
 */
export type RatingsExcluded = {
  type: 'ratings.excluded';
  at: number;
  officeId: string;
  /** The window, epoch ms, [from, to). */
  from: number;
  to: number;
  scores: [number, number, number, number];
  /** The staff account id. */
  actor: string;
  /** Public: shown on the office page beside the figures. */
  reason: string;
};

/** The exclusion of the window starting at `from` is taken back: its ratings count again. */
export type RatingsExclusionUndone = {
  type: 'ratings.exclusion_undone';
  at: number;
  officeId: string;
  from: number;
  actor: string;
  reason: string;
};

/**
 * The notification outbox's own record (server/notifications/): what was delivered, which deadline passed
 * unanswered, who asked for no more. They carry no contact data: recipients are looked up when sending.
 */
export type NotificationSent = {
  type: 'notification.sent';
  at: number;
  trackingCode: string;
  /** `<seq of the source event>:<recipient>:<channel>`; one message per key, ever. */
  key: string;
};

/** A message was given up after its last retry (or its recipient is gone): it is owed no more. */
export type NotificationFailed = {
  type: 'notification.failed';
  at: number;
  trackingCode: string;
  key: string;
};

/** A complaint's deadline passed without the response it is for: the source event of the reminders. */
export type NotificationDeadlineReached = {
  type: 'notification.deadline_reached';
  at: number;
  trackingCode: string;
  deadline: 'firstResponse' | 'resolution';
};

/**
 * The unsubscribe link of a message was followed: nothing more goes to the citizen of `trackingCode`, or no
 * more deadline reminders to the staff account `staffId` (one of the two is set).
 */
export type NotificationUnsubscribed = { type: 'notification.unsubscribed'; at: number; trackingCode?: string; staffId?: string };

export type NotificationEvent = NotificationSent | NotificationFailed | NotificationDeadlineReached | NotificationUnsubscribed;

/** Whether an event is the outbox's bookkeeping, which changes no complaint and no figure. */
export function isNotificationEvent(event: DomainEvent): event is NotificationEvent {
  return event.type.startsWith('notification.');
}

export type DomainEvent =
  | NotificationEvent
  | RatingRecorded
  | RatingDetailed
  | ComplaintSubmitted
  | ComplaintAction
  | ComplaintErased
  | ComplaintAttached
  | ComplaintAttachmentPublished
  | ComplaintAttachmentUnpublished
  | SurveySubmitted
  | SurveyTallied
  | RatingsExcluded
  | RatingsExclusionUndone;

/** An event as stored: numbered from 1 and chained to its predecessor by hash. */
export type StoredEvent = DomainEvent & { seq: number; hash: string };
