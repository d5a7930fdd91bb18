import type { ServiceContext } from '../services/context.ts';
import type { DeliveryClaims } from '../shared-state/claims.ts';
import { SOLE_LEADER, type Leadership } from '../shared-state/leadership.ts';
import { recordMissedDeadlines } from './deadlines.ts';
import { NotificationLedger } from './ledger.ts';
import { createOutbox } from './outbox.ts';
import type { NotificationChannel, Notifier } from './types.ts';
import { unsubscribeVerbs } from './unsubscribe.ts';

export type { Notifier, OutgoingMessage } from './types.ts';
export { smtpNotifier } from './email.ts';
export { gatewayNotifier } from './gateway.ts';

export type NotificationsConfig = {
  /** One per configured channel (SMTP_URL, NOTIFY_GATEWAY_URL); none: notifications are off. */
  notifiers: Notifier[];
  /** The site's public origin, for the links in messages. */
  origin: string;
  /** The server's key (DATA_DIR/server.key): unsubscribe tokens are signed with it. */
  key: Buffer;
  log?: (line: string) => void;
  /** How often the timer wakes the outbox (due retries) and, every fifth minute of the clock, the deadline pass. */
  tickMs?: number;
  /** Only the leading process sends and runs the deadline pass (server/shared-state/leadership.ts); this one when absent. */
  leadership?: Leadership;
  /** Where each message is claimed before it is sent (server/shared-state/claims.ts); in memory when absent. */
  claims?: DeliveryClaims;
};

const DEADLINE_PASS_EVERY_MS = 5 * 60_000;

/**
 * Notifications to citizens and office managers (docs/notifications.md): a ledger derived from the log (what is
 * owed), an outbox that sends it after commit and records each message as sent, a deadline pass, and the
 * unsubscribe verbs. The log's replay into the ledger runs in the background (`ready()`).
 */
export async function startNotifications(ctx: ServiceContext, config: NotificationsConfig) {
  const log = config.log ?? ((line: string) => console.error(line));
  const notifiers = new Map<NotificationChannel, Notifier>(config.notifiers.map((notifier) => [notifier.channel, notifier]));
  const ledger = new NotificationLedger(new Set(notifiers.keys()), {
    managersOf: (trackingCode) => {
      const officeId = ctx.views.complaints.get(trackingCode)?.officeId;
      return ctx.store.staff
        .all()
        .filter((account) => account.role === 'manager' && account.active !== false && officeId !== undefined && account.officeIds.includes(officeId))
        .map((account) => account.id);
    }
  });
  const outbox = createOutbox({ ctx, ledger, notifiers, origin: config.origin, key: config.key, log, claims: config.claims });
  const leadership = config.leadership ?? SOLE_LEADER;
  let replayed = false;
  // Every process keeps the ledger (the unsubscribe verbs read it); only the leader sends.
  const wake = () => leadership.isLeader() && setImmediate(() => void outbox.runDue().catch(log));
  // The whole log is replayed into the ledger (about a second per few hundred thousand events) in the background:
  // the server is ready first; sending and the unsubscribe verbs wait for it.
  const ready = ctx.store.subscribe((event) => {
    // Sent after commit: this listener hears an event only once it is durable.
    if (ledger.apply(event, ctx.clock.now()) && replayed) wake();
  });
  const whenReady = async <T>(work: () => Promise<T>): Promise<T> => {
    await ready;
    return work();
  };
  void ready.then(() => {
    replayed = true;
    // What the log owed when the server stopped goes out now.
    wake();
  }, log);

  // The first pass one interval after start, as the scheduler's: the server answers first.
  let deadlinesCheckedAt = ctx.clock.now();
  let deadlinePass: Promise<number> | undefined;
  const checkDeadlines = () => (deadlinePass ??= whenReady(() => recordMissedDeadlines({ ctx, ledger })).finally(() => (deadlinePass = undefined)));
  const timer = setInterval(() => {
    if (!replayed || !leadership.isLeader()) return;
    void outbox.runDue().catch(log);
    if (ctx.clock.now() - deadlinesCheckedAt < DEADLINE_PASS_EVERY_MS) return;
    deadlinesCheckedAt = ctx.clock.now();
    void checkDeadlines().catch(log);
  }, config.tickMs ?? 10_000);
  timer.unref();

  return {
    /** Resolves once the log is replayed into the ledger. */
    ready: () => ready.then(() => undefined),
    /** Sends what is due now (tests call it after moving their clock). */
    runDue: () => whenReady(() => outbox.runDue()),
    /** Records every deadline that passed unanswered; resolves with how many. */
    checkDeadlines,
    /** Deliveries still owed (for tests and diagnostics). */
    pendingCount: () => ledger.pending.size,
    ...unsubscribeVerbs(ctx, ledger, config.key, ready),
    stop() {
      clearInterval(timer);
      void ready.then((unsubscribeFromStore) => unsubscribeFromStore(), log);
      for (const notifier of notifiers.values()) notifier.close?.();
    }
  };
}

export type Notifications = Awaited<ReturnType<typeof startNotifications>>;
