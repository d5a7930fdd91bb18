/** How a message reaches its recipient: SMTP email, or the HTTP message gateway (WhatsApp or SMS). */
export type NotificationChannel = 'email' | 'gateway';

/** One message, ready to go: the address, the words, and the outbox's key for it (also the provider's idempotency key). */
export type OutgoingMessage = {
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
};

/** Something that delivers messages over one channel; it rejects when the message was not accepted. */
export interface Notifier {
  readonly channel: NotificationChannel;
  send(message: OutgoingMessage): Promise<void>;
  close?(): void;
}

/** What a notification is about: the source event's kind. */
export type NotificationKind = 'verified' | 'replied' | 'resolved' | 'rejected' | 'deadline';

/** One message the outbox owes: derived from the log, gone once a `notification.sent` (or `.failed`) names its key. */
export type Delivery = {
  key: string;
  trackingCode: string;
  kind: NotificationKind;
  /** `citizen`, or the id of the staff account (an office manager) it goes to. */
  recipient: string;
  channel: NotificationChannel;
  locale: 'id' | 'en';
  message?: string;
  reason?: string;
  deadline?: 'firstResponse' | 'resolution';
  /** When the next attempt is due (injected clock), and how many were made. */
  dueAt: number;
  attempts: number;
};
