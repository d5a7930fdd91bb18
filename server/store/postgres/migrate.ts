import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sql } from 'postgres';

/**
 * The schema's versioned migrations: `migrations/NNN-name.sql`, applied in order at start, each recorded in
 * `schema_migrations`. Every process runs this on start; the advisory lock makes the second one wait and then
 * find nothing left to do. The build copies the folder beside the server's chunks (scripts/build-server.ts),
 * so the same relative URL finds it from the sources and from build/server.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any constant: the key of the advisory lock only migrations take.
const MIGRATION_LOCK = 0x5355_4152;

export type Migration = { version: number; name: string; sql: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!match) continue;
    migrations.push({ version: Number(match[1]), name: match[2]!, sql: await readFile(`${dir}/${file}`, 'utf8') });
  }
  return migrations;
}

/** Applies the migrations not yet recorded, in one transaction; returns the versions it applied. */
export async function migrate(sql: Sql, log: (line: string) => void, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())`;
    const applied = new Set((await tx<{ version: number }[]>`select version from schema_migrations`).map((row) => row.version));
    const done: number[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.sql);
      await tx`insert into schema_migrations (version, name) values (${migration.version}, ${migration.name})`;
      done.push(migration.version);
    }
    if (done.length > 0) log(`Skema PostgreSQL diperbarui / PostgreSQL schema migrated: ${done.map((v) => String(v).padStart(3, '0')).join(', ')}`);
    return done;
  });
}
