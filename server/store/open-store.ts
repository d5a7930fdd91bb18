import type { PostgresStore } from './postgres/index.ts';
import { openSegmentLogStore, type SegmentLogStore } from './segment-log/index.ts';

/** Where a line of the store's own messages goes (the server's logger, a script's console). */
export type LineLog = (line: string) => void;

export type StoreConfig = {
  /** The file engine's directory; on PostgreSQL it holds only this process's own files (its views snapshot). */
  dataDir: string;
  /** Set: PostgreSQL (DATABASE_URL). */
  databaseUrl?: string;
  /** What this process is: the DATA_DIR lock's note, or PostgreSQL's application_name. */
  command: string;
  log?: LineLog;
};

/** A store either engine opened, with what both engines have beyond the Store contract. */
export type OpenedStore = (SegmentLogStore & { readonly engine: 'segment-log' }) | (PostgresStore & { readonly engine: 'postgres' });

/**
 * Opens the configured engine (docs/architecture.md, "The seam"): PostgreSQL when `databaseUrl` is set, else the
 * segment log in `dataDir`. The PostgreSQL module is imported only then, so the file engine never loads its client.
 */
export async function openStore(config: StoreConfig): Promise<OpenedStore> {
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres/index.ts');
    const store = await openPostgresStore({ url: config.databaseUrl, command: config.command, ...(config.log && { log: config.log }) });
    return Object.assign(store, { engine: 'postgres' as const });
  }
  const store = await openSegmentLogStore({ dir: config.dataDir, command: config.command, ...(config.log && { log: config.log }) });
  return Object.assign(store, { engine: 'segment-log' as const });
}

/** For scripts that work on DATA_DIR's files themselves (backup, restore): what to say on PostgreSQL, and exit 2. */
export function filesOnly(task: string): string {
  return `${task}: hanya untuk DATA_DIR; pada PostgreSQL gunakan alat basis data (pg_dump, pg_basebackup) / for DATA_DIR only; on PostgreSQL the database's own tools (pg_dump, pg_basebackup) do this`;
}
