import type { DomainEvent } from '../events.ts';

/**
 * What of each event type is private: kept in the stored line behind a salted commitment, never in its
 * public form (docs/public-record.md). Everything else is public: anyone can read it from
 * /api/v1/chain/events. The rule: free text (a citizen's or staff member's words), contact data, the
 * complaint's secret hash, the respondent's profile and who on the staff acted are private; ids, codes,
 * scores, times and channels are public, as the public pages and open data show them.
 *
 * Every event type needs an entry (the `satisfies` and public-chain.test.ts hold to it): a new type
 * without one does not compile. An entry is a decision: once events of the type are written, changing
 * it changes their hashes.
 */
export const PRIVATE_FIELDS = {
  'rating.recorded': ['comment'],
  'rating.detailed': ['comment'],
  'complaint.submitted': ['secretHash', 'description', 'contact', 'notify'],
  'complaint.verified': ['actor', 'message'],
  'complaint.started': ['actor', 'message'],
  'complaint.replied': ['actor', 'message'],
  'complaint.noted': ['actor', 'message'],
  'complaint.resolved': ['actor', 'message'],
  'complaint.rejected': ['actor', 'message'],
  'complaint.forwarded': ['actor', 'message'],
  'complaint.info_added': ['actor', 'message'],
  'complaint.confirmed': ['actor', 'message'],
  'complaint.reopened': ['actor', 'message'],
  'complaint.closed': ['actor', 'message'],
  'complaint.erased': ['actor'],
  // Which file a citizen sent stays private until staff publish an image (then its copy's hash is public).
  'complaint.attached': ['actor', 'file', 'mediaType', 'bytes', 'width', 'height'],
  'complaint.attachment_published': ['actor', 'source'],
  // Which copy stops being public is public (it was); who took it back is private, like every actor.
  'complaint.attachment_unpublished': ['actor', 'source'],
  'survey.submitted': ['respondent', 'comment'],
  'survey.tallied': [],
  'ratings.excluded': ['actor', 'reason'],
  'ratings.exclusion_undone': ['actor', 'reason'],
  // The key names the recipient (a manager's staff id, or "citizen"): who was told is private, that a message went is not.
  'notification.sent': ['key'],
  'notification.failed': ['key'],
  'notification.deadline_reached': [],
  'notification.unsubscribed': ['staffId']
} as const satisfies Record<DomainEvent['type'], readonly string[]>;

/**
 * What an erased private part reads as (server/services/complaints/erase-complaint.ts): the fields a
 * type requires get an empty value. Only a complaint's submission and its citizen's own actions are
 * ever erased, so an erased action's actor was the citizen.
 */
export const ERASED_VALUES: Readonly<Record<string, unknown>> = { secretHash: '', description: '', actor: 'citizen', reason: '' };

/** The private fields of an event type (none for a type without an entry, which the compiler refuses). */
export function privateFieldsOf(type: string): readonly string[] {
  return Object.hasOwn(PRIVATE_FIELDS, type) ? PRIVATE_FIELDS[type as keyof typeof PRIVATE_FIELDS] : [];
}
