import type { CatalogIndex } from '../catalog-index.ts';
import type { Clock } from '../clock.ts';
import type { Views } from '../views/index.ts';
import { ResumePointMismatch } from '../store/resume.ts';
import type { Store, StoredEvent } from '../store/types.ts';
import { BlockedAddressError, checkedAddress, systemResolve, type Resolve } from './address-guard.ts';
import { webhookPayload } from './payload.ts';
import { recordOutcome, trimFinished } from './outcome.ts';
import { postWebhook } from './send.ts';
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
};

const eventTypes = new Set<string>(WEBHOOK_EVENT_TYPES);
const isWebhookEvent = (event: StoredEvent): event is StoredEvent & { type: WebhookEventType; trackingCode: string } => eventTypes.has(event.type);

export type Webhooks = Awaited<ReturnType<typeof openWebhooks>>;

/**
 * The webhook outbox. It follows the event log from its saved cursor, queues one delivery per matching endpoint
 * (saved before it is sent), and `tick` sends what is due by the injected clock. A restart loses nothing: pending
 * deliveries are in the state file, and events after the cursor are queued again. A crash between sending and
 * saving can send a message twice, with the same `webhook-id` (docs/webhooks.md).
 */
export async function openWebhooks({ store, clock, views, catalog, options }: { store: Store; clock: Clock; views: Views; catalog: () => CatalogIndex; options: WebhookOptions }) {
  const state: WebhookState = await options.state.load();
  const send = { allowedHosts: options.allowedHosts ?? [], resolve: options.resolve ?? systemResolve, timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS };
  const random = options.random ?? Math.random;
  const log = options.log ?? console.error;
  const inFlight = new Set<string>();
  let cursorSaved = state.cursor?.seq;
  let saving: Promise<void> = Promise.resolve();

  const save = () => (saving = options.state.save(state).catch(log));

  function endpointsFor(officeId: string, type: WebhookEventType): WebhookEndpoint[] {
    const agencyId = catalog().office(officeId)?.agencyId;
    return state.endpoints.filter(
      (endpoint) => endpoint.enabled && endpoint.events.includes(type) && (endpoint.officeId === officeId || (endpoint.agencyId !== undefined && endpoint.agencyId === agencyId))
    );
  }

  function queue(event: StoredEvent): void {
    state.cursor = { seq: event.seq, hash: event.hash };
    if (state.endpoints.length === 0 || !isWebhookEvent(event)) return;
    const complaint = views.complaints.get(event.trackingCode);
    if (!complaint) return;
    let queued = false;
    for (const endpoint of endpointsFor(complaint.officeId, event.type)) {
      const payload = webhookPayload(event, complaint, catalog().office(complaint.officeId)?.timeZone, endpoint.includeContact && endpoint.officeId !== undefined);
      if (!payload) continue;
      const now = clock.now();
      const delivery: WebhookDelivery = {
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
      };
      state.deliveries.push(delivery);
      queued = true;
    }
    if (queued) {
      cursorSaved = event.seq;
      void save();
    }
  }

  const resumeAfter = state.cursor ?? store.head();
  const unsubscribe = await store.subscribe(queue, { after: resumeAfter }).catch((error: unknown) => {
    // A restored backup may not hold the cursor's event: start from now, and say so.
    if (!(error instanceof ResumePointMismatch)) throw error;
    log(new Error(`webhooks: ${error.message}; mulai dari kejadian terakhir / starting from the last event`));
    return store.subscribe(queue, { after: store.head() });
  });

  async function attempt(delivery: WebhookDelivery): Promise<void> {
    const endpoint = state.endpoints.find((candidate) => candidate.id === delivery.endpointId);
    const now = clock.now();
    if (!endpoint?.enabled) {
      Object.assign(delivery, { status: 'failed', nextAttemptAt: undefined, lastAttempt: { at: now, error: 'endpoint nonaktif / endpoint disabled' } });
      return;
    }
    const secrets = endpoint.secrets.filter((secret) => secret.expiresAt === undefined || secret.expiresAt > now).map((secret) => secret.secret);
    const headers = signatureHeaders({ id: delivery.id, timestamp: now, body: delivery.body, secrets });
    const outcome = await postWebhook(endpoint.url, headers, delivery.body, send);
    recordOutcome(delivery, endpoint, outcome, clock.now(), random);
  }

  /** Sends every delivery that is due now; resolves with how many attempts were made, once their outcomes are saved. */
  async function tick(): Promise<number> {
    const now = clock.now();
    const due = state.deliveries.filter((delivery) => delivery.status === 'pending' && delivery.nextAttemptAt! <= now && !inFlight.has(delivery.id)).slice(0, PARALLEL_ATTEMPTS);
    if (due.length === 0) {
      // Only matters once there are endpoints: a restart then re-reads fewer events. Without any, nothing to save.
      if (state.endpoints.length > 0 && state.cursor && state.cursor.seq !== cursorSaved) {
        cursorSaved = state.cursor.seq;
        await save();
      }
      return 0;
    }
    for (const delivery of due) inFlight.add(delivery.id);
    try {
      await Promise.all(due.map((delivery) => attempt(delivery).catch(log)));
    } finally {
      for (const delivery of due) inFlight.delete(delivery.id);
    }
    state.deliveries = trimFinished(state.deliveries);
    await save();
    return due.length;
  }

  /** Changes endpoints or deliveries (console verbs) and saves before resolving. */
  async function change<T>(mutate: (draft: WebhookState) => T): Promise<T> {
    const result = mutate(state);
    await save();
    return result;
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
    state: state as Readonly<WebhookState>,
    refusedAddress,
    tick,
    change,
    start,
    /** Resolves once everything queued so far is saved (tests, shutdown). */
    settled: () => saving,
    close: async () => {
      unsubscribe();
      await save();
    }
  };
}
