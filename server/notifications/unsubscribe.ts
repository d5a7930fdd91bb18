import { NotFoundError } from '../errors.ts';
import type { ServiceContext } from '../services/context.ts';
import type { NotificationLedger } from './ledger.ts';
import { readUnsubscribeToken, type UnsubscribeSubject } from './unsubscribe-token.ts';

/** What an unsubscribe link is for, as its page shows it before the button is pressed. */
export type UnsubscribeState = { trackingCode?: string; unsubscribed: boolean };

/** Looking up and following an unsubscribe link (GET shows, POST acts: a mail scanner's GET changes nothing). */
export function unsubscribeVerbs(ctx: ServiceContext, ledger: NotificationLedger, key: Buffer, replayed: Promise<unknown>) {
  const subjectOf = (token: string): UnsubscribeSubject => {
    const subject = readUnsubscribeToken(key, token);
    const known = subject && ('trackingCode' in subject ? ctx.views.complaints.get(subject.trackingCode) : ctx.store.staff.byId(subject.staffId) !== undefined);
    if (!subject || !known) throw new NotFoundError('Tautan berhenti berlangganan / unsubscribe link');
    return subject;
  };
  const state = (subject: UnsubscribeSubject): UnsubscribeState => ({
    ...('trackingCode' in subject && { trackingCode: subject.trackingCode }),
    unsubscribed: !ledger.subscribed(subject)
  });
  return {
    async unsubscribeState(token: string): Promise<UnsubscribeState> {
      const subject = subjectOf(token);
      await replayed;
      return state(subject);
    },
    /** Honoured at once and recorded as `notification.unsubscribed`; a second use changes nothing. */
    async unsubscribe(token: string): Promise<UnsubscribeState> {
      const subject = subjectOf(token);
      await replayed;
      if (ledger.subscribed(subject)) await ctx.store.append([{ type: 'notification.unsubscribed', at: ctx.clock.now(), ...subject }]);
      return state(subject);
    }
  };
}
