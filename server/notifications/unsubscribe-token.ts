import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who an unsubscribe link stops messages for: the citizen of one complaint, or one staff account. */
export type UnsubscribeSubject = { trackingCode: string } | { staffId: string };

/**
 * The token of every unsubscribe link to a subject: its id and an HMAC of it with the server's key (DATA_DIR),
 * so links outlive restarts and cannot be made for someone else's complaint. It is spent once used: the
 * `notification.unsubscribed` event is what is checked, not the token.
 */
export function unsubscribeToken(key: Buffer, subject: UnsubscribeSubject): string {
  const body = 'trackingCode' in subject ? `c.${subject.trackingCode}` : `s.${Buffer.from(subject.staffId).toString('base64url')}`;
  return `${body}.${mac(key, body)}`;
}

/** The subject of a genuine token, or undefined. */
export function readUnsubscribeToken(key: Buffer, token: string): UnsubscribeSubject | undefined {
  const cut = token.lastIndexOf('.');
  if (cut < 0) return undefined;
  const body = token.slice(0, cut);
  const given = Buffer.from(token.slice(cut + 1));
  const expected = Buffer.from(mac(key, body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (body.startsWith('c.')) return { trackingCode: body.slice(2) };
  if (body.startsWith('s.')) return { staffId: Buffer.from(body.slice(2), 'base64url').toString() };
  return undefined;
}

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`unsubscribe:${body}`).digest('base64url').slice(0, 32);
}
