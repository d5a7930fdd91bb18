import { readFile } from 'node:fs/promises';
import { ifMissing, writeDurably } from '../store/segment-log/fsync.ts';
import type { WebhookState } from './types.ts';

/**
 * Where the webhooks' endpoints, secrets and deliveries are kept: a file in DATA_DIR for the only process of the
 * file engine, a row of the database that every process shares on PostgreSQL (server/shared-state/postgres/).
 */
export interface WebhookStateStore {
  load(): Promise<WebhookState>;
  /**
   * Applies `mutate` to the latest state and resolves, with that state and what `mutate` returned, once it is
   * durable. Updates run one after another in call order. The file's state is the one `load` gave, changed in
   * place at the call; the database's is read again inside the update, so another process's changes are kept.
   */
  update<T>(mutate: (draft: WebhookState) => T): Promise<{ state: WebhookState; result: T }>;
  /** Tells `listener` when another process changed the state (PostgreSQL only); returns the way to stop. */
  onChange?(listener: () => void): () => void;
}

const empty = (): WebhookState => ({ endpoints: [], deliveries: [] });

/** One process's state, changed in place and written whole after each change by `write`, in call order. */
function inPlaceState(read: () => Promise<WebhookState>, write: (state: WebhookState) => Promise<void>): WebhookStateStore {
  let state: WebhookState | undefined;
  let queue: Promise<void> = Promise.resolve();
  return {
    async load() {
      return (state ??= await read());
    },
    async update(mutate) {
      state ??= await read();
      const current = state;
      const result = mutate(current);
      const written = queue.catch(() => undefined).then(() => write(current));
      queue = written;
      await written;
      return { state: current, result };
    }
  };
}

/** In memory only, for tests; `shared` lets a second app (a "restart") read what the first saved. */
export function memoryWebhookState(shared: { state?: string } = {}): WebhookStateStore {
  return inPlaceState(
    async () => (shared.state ? (JSON.parse(shared.state) as WebhookState) : empty()),
    async (state) => void (shared.state = JSON.stringify(state))
  );
}

/**
 * A JSON file in DATA_DIR, replaced whole on each save (written beside, fsync'd, renamed), readable by the
 * owner only: it holds the signing secrets. Small by design: finished deliveries are trimmed (./dispatcher.ts).
 */
export function fileWebhookState(path: string): WebhookStateStore {
  return inPlaceState(
    async () => {
      const text = await readFile(path, 'utf8').catch(ifMissing(undefined));
      return text === undefined ? empty() : { ...empty(), ...(JSON.parse(text) as Partial<WebhookState>) };
    },
    async (state) => {
      await writeDurably(path, JSON.stringify({ formatVersion: 1, ...state }));
    }
  );
}
