import type { CatalogIndex } from '../catalog-index.ts';
import type { OfficeStats } from '../../shared/schemas/index.ts';
import type { Clock } from '../clock.ts';
import type { IdempotencyIndex } from '../idempotency/index.ts';
import type { Views } from '../views/index.ts';
import type { Security } from '../security/index.ts';
import type { Store } from '../store/types.ts';
import type { FigureMemo } from './stats/memo.ts';

/** What every service verb may use; built once by createApp. */
export type ServiceContext = {
  store: Store;
  clock: Clock;
  views: Views;
  catalog: () => CatalogIndex;
  /** Computed office figures, reused until the office's events or the minute change. */
  officeStatsMemo: FigureMemo<OfficeStats>;
  /** Console sessions and the throttles against guessing (memory only). */
  security: Security;
  /** Exactly-once public submissions: the Idempotency-Keys seen and the answers they get. */
  idempotency: IdempotencyIndex;
};
