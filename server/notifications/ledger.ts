import type { StoredEvent } from '../store/events.ts';
import type { Delivery, NotificationChannel, NotificationKind } from './types.ts';

/** What the ledger looks up outside the log: the managers of a complaint's office (email only). */
export type LedgerLookups = {
  /** Staff account ids of the active managers of the office the complaint is with now. */
  managersOf(trackingCode: string): string[];
};

const KINDS: Partial<Record<StoredEvent['type'], NotificationKind>> = {
  'complaint.verified': 'verified',
  'complaint.replied': 'replied',
  'complaint.resolved': 'resolved',
  'complaint.rejected': 'rejected',
  'notification.deadline_reached': 'deadline'
};

/**
 * The outbox's state, derived from the log alone, so a restart loses nothing: every source event owes one
 * message per recipient and channel, keyed `<seq>:<recipient>:<channel>`, until a `notification.sent` or
 * `notification.failed` names that key. Holds whether each opted-in complaint has an email or phone, never the
 * addresses themselves (they are read from the complaint when sending).
 */
export class NotificationLedger {
  readonly pending = new Map<string, Delivery>();
  /** Opted-in, not unsubscribed complaints. */
  readonly #citizens = new Map<string, { locale: 'id' | 'en'; email: boolean; phone: boolean }>();
  readonly #unsubscribedStaff = new Set<string>();
  readonly #deadlinesReached = new Set<string>();

  constructor(
    private readonly channels: ReadonlySet<NotificationChannel>,
    private readonly lookups: LedgerLookups
  ) {}

  /** Applies one event; returns whether it added deliveries. `now` is when new deliveries are first due. */
  apply(event: StoredEvent, now: number): boolean {
    switch (event.type) {
      case 'complaint.submitted':
        if (event.notify) this.#citizens.set(event.trackingCode, { locale: event.locale ?? 'id', email: !!event.contact?.email, phone: !!event.contact?.phone });
        return false;
      case 'notification.sent':
      case 'notification.failed':
        this.pending.delete(event.key);
        return false;
      case 'notification.unsubscribed':
        this.#unsubscribe(event);
        return false;
      case 'notification.deadline_reached': {
        // Two processes that both led for a moment may each record it: the second owes nothing.
        const reached = `${event.trackingCode}:${event.deadline}`;
        if (this.#deadlinesReached.has(reached)) return false;
        this.#deadlinesReached.add(reached);
        break;
      }
    }
    const kind = KINDS[event.type];
    if (!kind || !('trackingCode' in event)) return false;
    const base = { trackingCode: event.trackingCode, kind, dueAt: now, attempts: 0 };
    const details = {
      ...('message' in event && event.message && { message: event.message }),
      ...('reason' in event && event.reason && { reason: event.reason }),
      ...('deadline' in event && { deadline: event.deadline })
    };
    const before = this.pending.size;
    const citizen = this.#citizens.get(event.trackingCode);
    if (citizen) {
      for (const channel of this.channels) {
        if (channel === 'email' ? citizen.email : citizen.phone) this.#add({ ...base, ...details, key: `${event.seq}:citizen:${channel}`, recipient: 'citizen', channel, locale: citizen.locale });
      }
    }
    if (kind === 'deadline' && this.channels.has('email')) {
      for (const staffId of this.lookups.managersOf(event.trackingCode)) {
        if (!this.#unsubscribedStaff.has(staffId)) this.#add({ ...base, ...details, key: `${event.seq}:${staffId}:email`, recipient: staffId, channel: 'email', locale: 'id' });
      }
    }
    return this.pending.size > before;
  }

  /** Whether the citizen of a complaint (or a staff account) still gets messages. */
  subscribed(subject: { trackingCode: string } | { staffId: string }): boolean {
    return 'trackingCode' in subject ? this.#citizens.has(subject.trackingCode) : !this.#unsubscribedStaff.has(subject.staffId);
  }

  deadlineRecorded(trackingCode: string, deadline: 'firstResponse' | 'resolution'): boolean {
    return this.#deadlinesReached.has(`${trackingCode}:${deadline}`);
  }

  #add(delivery: Delivery): void {
    this.pending.set(delivery.key, delivery);
  }

  // Honoured at once: what is still owed to the subject is dropped, not sent.
  #unsubscribe(event: Extract<StoredEvent, { type: 'notification.unsubscribed' }>): void {
    if (event.trackingCode) this.#citizens.delete(event.trackingCode);
    if (event.staffId) this.#unsubscribedStaff.add(event.staffId);
    for (const [key, delivery] of this.pending) {
      const citizenOf = event.trackingCode !== undefined && delivery.recipient === 'citizen' && delivery.trackingCode === event.trackingCode;
      if (citizenOf || (event.staffId !== undefined && delivery.recipient === event.staffId)) this.pending.delete(key);
    }
  }
}
