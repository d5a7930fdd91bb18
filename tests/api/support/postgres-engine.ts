/*
 * The setup file of the API suite's PostgreSQL run (vite.config.ts, project `api-postgres`): every store a test
 * opens is a fresh database, copied from the run's migrated template (./postgres-cluster-setup.ts), and after
 * the test its store is closed and its database dropped. A store a file opens in its beforeAll lives until
 * the file's end.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, afterEach, beforeEach, inject } from 'vitest';
import { openPostgresSharedState } from '../../../server/shared-state/postgres/index.ts';
import { openPostgresStore, type PostgresStore } from '../../../server/store/postgres/index.ts';
import { provideTestStore, type TestSeed } from './test-store.ts';

const { adminUrl, baseUrl, template } = inject('apiTestCluster');
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
type Opened = { closers: { close(): Promise<void> }[]; databases: string[] };
const ofTheTest: Opened = { closers: [], databases: [] };
const ofTheFile: Opened = { closers: [], databases: [] };
let inTest = false;

async function closeAll({ closers, databases }: Opened): Promise<void> {
  // The shared state first (it gives up the lead), then the store, newest first.
  for (const each of closers.splice(0).reverse()) await each.close().catch(() => {});
  for (const name of databases.splice(0)) await admin.unsafe(`drop database if exists ${name} with (force)`);
}

// A setup file's hooks run first before a test and last after it (vitest's default `sequence.hooks`).
beforeEach(() => void (inTest = true));
afterEach(async () => {
  inTest = false;
  await closeAll(ofTheTest);
});
afterAll(async () => {
  await closeAll(ofTheFile);
  await admin.end({ timeout: 5 });
});

const urlOf = new WeakMap<object, string>();

async function open(url: string): Promise<PostgresStore> {
  const store = await openPostgresStore({ url, command: 'api test', log: () => {} });
  (inTest ? ofTheTest : ofTheFile).closers.push(store);
  urlOf.set(store, url);
  return store;
}

async function newDatabase(): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`create database ${name} template ${template}`);
  (inTest ? ofTheTest : ofTheFile).databases.push(name);
  return baseUrl + name;
}

async function openNew(catalog: TestSeed) {
  const owner = inTest ? ofTheTest : ofTheFile;
  const url = await newDatabase();
  const store = await open(url);
  const shared = await openPostgresSharedState(url, { log: () => {} });
  owner.closers.push(shared);
  const { staff = [], ...catalogOnly } = catalog;
  await store.catalog.update((draft) => void Object.assign(draft, structuredClone(catalogOnly)));
  for (const account of staff) await store.staff.create(structuredClone(account));
  return { store, shared };
}

provideTestStore({ open: openNew, reopen: (store) => open(urlOf.get(store)!), database: newDatabase });
