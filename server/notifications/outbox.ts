import { localDate } from '../../shared/metrics/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { IN_DOUBT_MS, memoryClaims, type DeliveryClaims } from '../shared-state/claims.ts';
import { nextAttemptAt } from './backoff.ts';
import type { NotificationLedger } from './ledger.ts';
import { composeBilingualMessage, composeMessage } from './messages.ts';
import type { Delivery, NotificationChannel, Notifier, OutgoingMessage } from './types.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

export type OutboxOptions = {
  ctx: ServiceContext;
  ledger: NotificationLedger;
  notifiers: ReadonlyMap<NotificationChannel, Notifier>;
  origin: string;
  key: Buffer;
  /** Told of failures: the key and an error code only, never an address (tests/e2e/operations.test.ts reads the log). */
  log: (line: string) => void;
  /** Where each message is claimed before it is sent (server/shared-state/claims.ts); in memory when absent. */
  claims?: DeliveryClaims;
};

/**
 * Sends what the ledger says is owed and due, one message at a time, and records each as
 * `notification.sent` once the channel accepted it. A failure waits by the backoff schedule on the injected
 * clock; after the last retry the message is recorded as `notification.failed`. A crash between sending and
 * recording sends that one message again on the next start (the Message-ID and gateway reference repeat). Each
 * message is claimed before it is sent, so two processes never both send it; on PostgreSQL a message whose
 * claim outlived its sender (it stopped mid-send) is in doubt, and is recorded as failed rather than sent twice.
 */
export function createOutbox({ ctx, ledger, notifiers, origin, key, log, claims = memoryClaims() }: OutboxOptions) {
  let running: Promise<void> | undefined;

  async function runOnce(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const now = ctx.clock.now();
      const due = [...ledger.pending.values()].find((delivery) => delivery.dueAt <= now && !tried.has(delivery.key));
      if (!due) return;
      tried.add(due.key);
      await attempt(due);
    }
  }

  async function attempt(delivery: Delivery): Promise<void> {
    const message = outgoing(delivery);
    if (!message) return settle(delivery, 'notification.failed');
    const claimKey = `notification:${delivery.key}`;
    const claim = await claims.claim(claimKey, ctx.clock.now());
    if (!claim.won) {
      // Another process is sending it now, or stopped while it did: never a second time.
      if (ctx.clock.now() - claim.since <= IN_DOUBT_MS) return;
      log(`notification ${delivery.key} in doubt (a process stopped while sending it): not sent again`);
      return settle(delivery, 'notification.failed');
    }
    try {
      await notifiers.get(delivery.channel)!.send(message);
    } catch (error) {
      delivery.attempts++;
      const next = nextAttemptAt(ctx.clock.now(), delivery.attempts);
      log(`notification ${delivery.key} not sent (attempt ${delivery.attempts}${next === undefined ? ', giving up' : ''}): ${errorCode(error)}`);
      if (next === undefined) return settle(delivery, 'notification.failed', claimKey);
      delivery.dueAt = next;
      await claims.release(claimKey);
      return;
    }
    await settle(delivery, 'notification.sent', claimKey);
  }

  async function settle(delivery: Delivery, type: 'notification.sent' | 'notification.failed', claimKey?: string): Promise<void> {
    await ctx.store.append([{ type, at: ctx.clock.now(), trackingCode: delivery.trackingCode, key: delivery.key }]);
    ledger.pending.delete(delivery.key);
    if (claimKey) await claims.settled(claimKey);
  }

  /** The message of a delivery, addressed from the complaint or staff account as they are now; undefined when its recipient is gone. */
  function outgoing(delivery: Delivery): OutgoingMessage | undefined {
    const complaint = ctx.views.complaints.get(delivery.trackingCode);
    const index = ctx.catalog();
    const office = complaint && index.office(complaint.officeId);
    if (!complaint || !office) return undefined;
    const account = delivery.recipient === 'citizen' ? undefined : ctx.store.staff.byId(delivery.recipient);
    const staff = account?.active !== false ? account : undefined;
    const to = delivery.recipient === 'citizen' ? (delivery.channel === 'email' ? complaint.contact?.email : complaint.contact?.phone) : staff?.email;
    if (!to) return undefined;
    const subject = delivery.recipient === 'citizen' ? { trackingCode: delivery.trackingCode } : { staffId: delivery.recipient };
    const unsubscribeUrl = `${origin}/berhenti-kabar?token=${encodeURIComponent(unsubscribeToken(key, subject))}`;
    const deadlineAt = delivery.deadline && complaint.deadlines[delivery.deadline];
    const deadlineDate = deadlineAt === undefined ? undefined : localDate(deadlineAt, office.timeZone);
    const facts = { delivery, officeName: office.name, deadlineDate, origin, unsubscribeUrl };
    // A citizen reads the complaint's language; a manager their account's, or both when the account has none.
    const message = !staff ? composeMessage(facts) : staff.language ? composeMessage({ ...facts, delivery: { ...delivery, locale: staff.language } }) : composeBilingualMessage(facts);
    return { key: delivery.key, to, unsubscribeUrl, ...message };
  }

  return {
    /** Sends everything due now; concurrent calls share one run. Resolves when it is done. */
    runDue(): Promise<void> {
      running ??= runOnce().finally(() => (running = undefined));
      return running;
    }
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

function errorCode(error: unknown): string {
  const { code, responseCode, name } = (error ?? {}) as { code?: unknown; responseCode?: unknown; name?: unknown };
  return [code, responseCode].filter((part) => part !== undefined).join(' ') || String(name ?? 'error');
}
