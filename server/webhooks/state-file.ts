import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncPath } from '../store/segment-log/fsync.ts';
import { PRIVATE_FILE_MODE } from '../store/segment-log/modes.ts';
import type { WebhookState } from './types.ts';

/** Where the webhooks' endpoints, secrets and deliveries are kept between restarts. */
export interface WebhookStateStore {
  load(): Promise<WebhookState>;
  /** Resolves once `state` is durable; saves run one after another in call order. */
  save(state: WebhookState): Promise<void>;
}

const empty = (): WebhookState => ({ endpoints: [], deliveries: [] });

/** In memory only, for tests; `shared` lets a second app (a "restart") read what the first saved. */
export function memoryWebhookState(shared: { state?: string } = {}): WebhookStateStore {
  return {
    load: async () => (shared.state ? (JSON.parse(shared.state) as WebhookState) : empty()),
    save: async (state) => void (shared.state = JSON.stringify(state))
  };
}

/**
 * A JSON file in DATA_DIR, replaced whole on each save (written beside, fsync'd, renamed), readable by the
 * owner only: it holds the signing secrets. Small by design: finished deliveries are trimmed (./dispatcher.ts).
 */
export function fileWebhookState(path: string): WebhookStateStore {
  let queue: Promise<void> = Promise.resolve();
  return {
    async load() {
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      return text === undefined ? empty() : { ...empty(), ...(JSON.parse(text) as Partial<WebhookState>) };
    },
    save(state) {
      const text = JSON.stringify({ formatVersion: 1, ...state });
      queue = queue
        .catch(() => undefined)
        .then(async () => {
          const temp = `${path}.saving`;
          await writeFile(temp, text, { mode: PRIVATE_FILE_MODE });
          await fsyncPath(temp);
          await rename(temp, path);
          await fsyncPath(dirname(path), { directory: true });
        });
      return queue;
    }
  };
}
