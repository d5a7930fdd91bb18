import type { ServiceContext } from '../context.ts';
import type { OpenDataPeriod } from './period.ts';

/** A cell of an open-data row: a number, text, or empty. */
export type Cell = string | number | null;

/** Where a dataset's rows go, in the order of its fields; `ready` waits while the reader is behind. */
export type RowSink = { push(row: readonly Cell[]): void; ready(): Promise<void> };

/** Writes one dataset's rows for a period into the sink. */
export type RowProducer = (args: { ctx: ServiceContext; period: OpenDataPeriod; sink: RowSink }) => Promise<void>;

/** An instant as ISO 8601 UTC, or empty. */
export const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());
