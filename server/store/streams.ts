import type { DomainEvent } from './events.ts';
import type { SubmissionKind } from './conflicts.ts';

/*
 * Streams: the events a rule checked before writing depends on (docs/architecture.md, "Concurrency").
 * A stream is a complaint, named by its tracking code; its version is how many of its events are stored, so
 * `complaint.submitted` makes version 1. Ratings, surveys and the rest belong to no stream.
 */

/** The stream `event` belongs to: the tracking code of every `complaint.*` event, else undefined. */
export function streamOf(event: DomainEvent): string | undefined {
  return event.type.startsWith('complaint.') ? (event as { trackingCode: string }).trackingCode : undefined;
}

/** The (kind, key hash) the store keeps unique for `event`, if it carries an idempotency key. */
export function submissionKeyOf(event: DomainEvent): { kind: SubmissionKind; keyHash: string } | undefined {
  if (event.type === 'rating.recorded' && event.idempotencyKey) return { kind: 'rating', keyHash: event.idempotencyKey };
  if (event.type === 'complaint.submitted' && event.idempotencyKey) return { kind: 'complaint', keyHash: event.idempotencyKey };
  return undefined;
}
