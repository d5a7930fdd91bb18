import type { CatalogIndex } from '../catalog-index.ts';
import type { Clock } from '../clock.ts';
import type { Views } from '../views/index.ts';
import { ResumePointMismatch } from '../store/resume.ts';
import type { ChainHead, Store, StoredEvent } from '../store/types.ts';
import { IN_DOUBT_MS, memoryClaims, type DeliveryClaims } from '../shared-state/claims.ts';
import { SOLE_LEADER, type Leadership } from '../shared-state/leadership.ts';
import { BlockedAddressError, checkedAddress, systemResolve, type Resolve } from './address-guard.ts';
import { webhookPayload } from './payload.ts';
import { recordOutcome, trimFinished } from './outcome.ts';
import { postWebhook, type AttemptOutcome } from './send.ts';
import { signatureHeaders } from './sign.ts';
import type { WebhookStateStore } from './state-file.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint, type WebhookEventType, type WebhookState } from './types.ts';

/** The Standard Webhooks specification's suggestion: a receiver that has not answered in 15 s has failed this attempt. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** Attempts made at the same time; the rest wait for the next tick. */
const PARALLEL_ATTEMPTS = 8;

export type WebhookOptions = {
  state: WebhookStateStore;
  /** Hosts allowed although their addresses are not public (WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  resolve?: Resolve;
  /** For the retry schedule's jitter; tests pass a constant. */
  random?: () => number;
  timeoutMs?: number;
  log?: (error: unknown) => void;
  /** Only the leading process queues and sends (server/shared-state/leadership.ts); this one, always, when absent. */
  leadership?: Leadership;
  /** Where an attempt is claimed before it is sent (server/shared-state/claims.ts); in memory when absent. */
  claims?: DeliveryClaims;
};

const eventTypes = new Set<string>(WEBHOOK_EVENT_TYPES);
const isWebhookEvent = (event: StoredEvent): event is StoredEvent & { type: WebhookEventType; trackingCode: string } => eventTypes.has(event.type);

/** How one due delivery's turn went: sent (with the receiver's answer), its endpoint off, or in doubt (claimed by a process that stopped mid-send). */
type Turn = { kind: 'sent'; outcome: AttemptOutcome; at: number; claim: string } | { kind: 'disabled' | 'in-doubt'; at: number };

export type Webhooks = Awaited<ReturnType<typeof openWebhooks>>;

/** Moves the saved cursor forward, never back (a new leader may start behind the last one). */
function advance(draft: WebhookState, cursor: ChainHead | undefined): void {
  if (cursor && (!draft.cursor || draft.cursor.seq < cursor.seq)) draft.cursor = cursor;
}

/**
 * The webhook outbox. The leading process follows the event log from the saved cursor, queues one delivery per
 * matching endpoint (saved before it is sent), and `tick` sends what is due by the injected clock, each attempt
 * claimed first (server/shared-state/claims.ts), so two processes never both send it. A restart or a new leader
 * loses nothing: pending deliveries are saved, and events after the cursor are queued again (the same ids, so
 * once). A crash of the file engine's process between sending and saving can send a message twice, with the same
 * `webhook-id`; on PostgreSQL such a message is in doubt and is not sent again (docs/webhooks.md).
 */
export async function openWebhooks({ store, clock, views, catalog, options }: { store: Store; clock: Clock; views: Views; catalog: () => CatalogIndex; options: WebhookOptions }) {
  const stateStore = options.state;
  let state: WebhookState = await stateStore.load();
  const send = { allowedHosts: options.allowedHosts ?? [], resolve: options.resolve ?? systemResolve, timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS };
  const random = options.random ?? Math.random;
  const log = options.log ?? console.error;
  const leadership = options.leadership ?? SOLE_LEADER;
  const claims = options.claims ?? memoryClaims();
  const inFlight = new Set<string>();
  /** How far this process has queued the log, and what of it is saved. */
  let cursor: ChainHead | undefined = state.cursor;
  let cursorSaved = state.cursor?.seq;
  let saving: Promise<void> = Promise.resolve();

  /** Changes the state (the latest, on PostgreSQL) and keeps what the update returns as this process's copy. */
  function commit<T>(mutate: (draft: WebhookState) => T): Promise<T> {
    const done = stateStore.update(mutate).then(({ state: latest, result }) => {
      state = latest;
      return result;
    });
    saving = done.then(
      () => undefined,
      (error: unknown) => log(error)
    );
    return done;
  }

  function endpointsFor(officeId: string, type: WebhookEventType): WebhookEndpoint[] {
    const agencyId = catalog().office(officeId)?.agencyId;
    return state.endpoints.filter(
      (endpoint) => endpoint.enabled && endpoint.events.includes(type) && (endpoint.officeId === officeId || (endpoint.agencyId !== undefined && endpoint.agencyId === agencyId))
    );
  }

  function queue(event: StoredEvent): void {
    cursor = { seq: event.seq, hash: event.hash };
    if (state.endpoints.length === 0 || !isWebhookEvent(event)) return;
    const complaint = views.complaints.get(event.trackingCode);
    if (!complaint) return;
    const queued: WebhookDelivery[] = [];
    for (const endpoint of endpointsFor(complaint.officeId, event.type)) {
      const payload = webhookPayload(event, complaint, catalog().office(complaint.officeId)?.timeZone, endpoint.includeContact && endpoint.officeId !== undefined);
      if (!payload) continue;
      const now = clock.now();
      queued.push({
        id: `msg_${event.seq.toString(36)}_${endpoint.id}`,
        endpointId: endpoint.id,
        eventType: event.type,
        trackingCode: event.trackingCode,
        body: JSON.stringify(payload),
        status: 'pending',
        attempts: 0,
        failuresInRow: 0,
        nextAttemptAt: now,
        createdAt: now
      });
    }
    if (queued.length === 0) return;
    cursorSaved = event.seq;
    const upTo = cursor;
    void commit((draft) => {
      // A leader that took over re-reads events its predecessor queued: their ids are already there.
      for (const delivery of queued) if (!draft.deliveries.some((candidate) => candidate.id === delivery.id)) draft.deliveries.push(delivery);
      advance(draft, upTo);
    }).catch(() => undefined);
  }

  let unsubscribe: (() => void) | undefined;
  /** Starts queueing where the last leader (or this process, before a restart) left off. */
  async function follow(): Promise<void> {
    state = await stateStore.load();
    cursor = state.cursor;
    cursorSaved = cursor?.seq;
    const stop = await store.subscribe(queue, { after: state.cursor ?? store.head() }).catch((error: unknown) => {
      // A restored backup may not hold the cursor's event: start from now, and say so.
      if (!(error instanceof ResumePointMismatch)) throw error;
      log(new Error(`webhooks: ${error.message}; mulai dari kejadian terakhir / starting from the last event`));
      return store.subscribe(queue, { after: store.head() });
    });
    if (leadership.isLeader() && !unsubscribe) unsubscribe = stop;
    else stop();
  }
  if (leadership.isLeader()) await follow();
  const stopLeading = leadership.onChange((leading) => {
    if (leading) return void follow().catch(log);
    unsubscribe?.();
    unsubscribe = undefined;
  });
  // Another process changed endpoints or deliveries: read them again (PostgreSQL only).
  const stopReloading = stateStore.onChange?.(() => {
    void stateStore.load().then((latest) => (state = latest), log);
  });

  async function attempt(delivery: WebhookDelivery): Promise<Turn | undefined> {
    const endpoint = state.endpoints.find((candidate) => candidate.id === delivery.endpointId);
    const now = clock.now();
    if (!endpoint?.enabled) return { kind: 'disabled', at: now };
    // One claim per attempt: a retry is a new attempt, and a leader with an old copy of the state cannot repeat one.
    const key = `webhook:${delivery.id}:${delivery.attempts}`;
    const claim = await claims.claim(key, now);
    if (!claim.won) return now - claim.since > IN_DOUBT_MS ? { kind: 'in-doubt', at: now } : undefined;
    const secrets = endpoint.secrets.filter((secret) => secret.expiresAt === undefined || secret.expiresAt > now).map((secret) => secret.secret);
    const headers = signatureHeaders({ id: delivery.id, timestamp: now, body: delivery.body, secrets });
    const outcome = await postWebhook(endpoint.url, headers, delivery.body, send);
    return { kind: 'sent', outcome, at: clock.now(), claim: key };
  }

  function record(draft: WebhookState, deliveryId: string, turn: Turn): void {
    const delivery = draft.deliveries.find((candidate) => candidate.id === deliveryId);
    const endpoint = delivery && draft.endpoints.find((candidate) => candidate.id === delivery.endpointId);
    // Removed (with its endpoint) while it was being sent: nothing to record.
    if (!delivery || delivery.status !== 'pending') return;
    if (turn.kind === 'sent' && endpoint) return recordOutcome(delivery, endpoint, turn.outcome, turn.at, random);
    const error =
      turn.kind === 'in-doubt' ? 'tidak pasti terkirim; kirim ulang bila perlu / in doubt (a process stopped while sending); send again if needed' : 'endpoint nonaktif / endpoint disabled';
    Object.assign(delivery, { status: 'failed', nextAttemptAt: undefined, lastAttempt: { at: turn.at, error } });
  }

  /** Sends every delivery that is due now; resolves with how many attempts were made, once their outcomes are saved. */
  async function tick(): Promise<number> {
    if (!leadership.isLeader()) return 0;
    // Deliveries queued for events already committed are saved first (on PostgreSQL that is a transaction away).
    await saving;
    const now = clock.now();
    const due = state.deliveries.filter((delivery) => delivery.status === 'pending' && delivery.nextAttemptAt! <= now && !inFlight.has(delivery.id)).slice(0, PARALLEL_ATTEMPTS);
    if (due.length === 0) {
      // Only matters once there are endpoints: a restart then re-reads fewer events. Without any, nothing to save.
      if (state.endpoints.length > 0 && cursor && cursor.seq !== cursorSaved) {
        cursorSaved = cursor.seq;
        const upTo = cursor;
        await commit((draft) => advance(draft, upTo));
      }
      return 0;
    }
    for (const delivery of due) inFlight.add(delivery.id);
    try {
      const turns = await Promise.all(
        due.map((delivery) =>
          attempt(delivery).catch((error: unknown) => {
            log(error);
            return undefined;
          })
        )
      );
      await commit((draft) => {
        due.forEach((delivery, i) => turns[i] && record(draft, delivery.id, turns[i]));
        draft.deliveries = trimFinished(draft.deliveries);
      });
      await Promise.all(turns.map((turn) => turn?.kind === 'sent' && claims.settled(turn.claim)));
    } finally {
      for (const delivery of due) inFlight.delete(delivery.id);
    }
    return due.length;
  }

  /** Changes endpoints or deliveries (console verbs): `mutate` gets the latest state; resolves once it is saved. */
  function change<T>(mutate: (draft: WebhookState) => T): Promise<T> {
    return commit(mutate);
  }

  /** Wakes `tick` every `everyMs` (the timer only wakes it; what is due is decided by the clock). */
  function start(everyMs = 1000): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      void tick()
        .catch(log)
        .finally(() => (running = false));
    }, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Why `url`'s host may not receive webhooks (a private or local address), or undefined; a name that does not resolve yet passes (it is checked again at every attempt). */
  async function refusedAddress(url: string): Promise<string | undefined> {
    try {
      await checkedAddress(new URL(url).hostname, send);
      return undefined;
    } catch (error) {
      return error instanceof BlockedAddressError ? error.message : undefined;
    }
  }

  return {
    /** This process's copy of the state (the latest it saw). */
    get state(): Readonly<WebhookState> {
      return state;
    },
    refusedAddress,
    tick,
    change,
    start,
    /** Resolves once everything queued so far is saved (tests, shutdown). */
    settled: () => saving,
    close: async () => {
      stopLeading();
      stopReloading?.();
      unsubscribe?.();
      unsubscribe = undefined;
      const upTo = cursor;
      if (upTo && upTo.seq !== state.cursor?.seq) await commit((draft) => advance(draft, upTo)).catch(() => undefined);
      await saving;
    }
  };
}
