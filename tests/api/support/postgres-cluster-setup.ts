/*
 * The global setup of the API suite's PostgreSQL run (vite.config.ts, project `api-postgres`): one throwaway
 * cluster for the whole run, and in it a template database with the schema already migrated. Each store a
 * test opens is a fresh copy of that template (./postgres-engine.ts), dropped after its test: a new database
 * per store as before, without a cluster start per file nor the migrations per store.
 */
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../../server/store/postgres/migrate.ts';
import { startPostgresCluster } from '../../support/postgres-cluster.ts';

export type ApiTestCluster = {
  /** The cluster's maintenance database, where databases are created and dropped. */
  adminUrl: string;
  /** `postgres://…/` without a database name: a database's URL is this plus its name. */
  baseUrl: string;
  /** The migrated, empty database every test database is copied from. */
  template: string;
};

declare module 'vitest' {
  interface ProvidedContext {
    apiTestCluster: ApiTestCluster;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    const templateUrl = await cluster.createDatabase();
    const template = new URL(templateUrl).pathname.slice(1);
    const sql = postgres(templateUrl, { max: 1, onnotice: () => {} });
    try {
      await migrate(sql, () => {});
    } finally {
      await sql.end({ timeout: 5 });
    }
    project.provide('apiTestCluster', { adminUrl: cluster.url(), baseUrl: cluster.url(''), template });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
