import type { JSONValue, Sql } from 'postgres';
import { changedCatalog, emptyCatalog } from '../catalog.ts';
import type { Catalog, CatalogStore } from '../types.ts';

/**
 * The catalog as one document in the `catalog` row. `get` stays synchronous (the copy in memory); `update`
 * holds the row, applies the change to the latest document (another process may have changed it), writes
 * it and notifies, so every process reloads (docs/architecture.md, "PostgreSQL").
 */
export async function openPostgresCatalog(sql: Sql, log: (line: string) => void): Promise<CatalogStore & { close(): Promise<void> }> {
  await sql`insert into catalog (id, doc, version) values (1, ${sql.json(asJson(emptyCatalog()))}, 0) on conflict (id) do nothing`;
  let current: Catalog = emptyCatalog();
  let version = -1;
  const take = (doc: Catalog, at: number) => {
    if (at <= version) return;
    current = { ...emptyCatalog(), ...doc };
    version = at;
  };
  const reload = async () => {
    const [row] = await sql<{ doc: Catalog; version: string }[]>`select doc, version from catalog where id = 1`;
    take(row!.doc, Number(row!.version));
  };
  const { unlisten } = await sql.listen('suara_catalog', (payload) => {
    if (Number(payload) > version) reload().catch((error: Error) => log(`Gagal memuat katalog / could not reload the catalog: ${error.message}`));
  });
  await reload();
  let closed = false;

  return {
    get: () => current,
    async update(change) {
      if (closed) throw new Error('store is closed');
      const { doc, at } = await sql.begin(async (tx) => {
        const [row] = await tx<{ doc: Catalog; version: string }[]>`select doc, version from catalog where id = 1 for update`;
        const next = changedCatalog({ ...emptyCatalog(), ...row!.doc }, change);
        const at = Number(row!.version) + 1;
        await tx`update catalog set doc = ${tx.json(asJson(next))}, version = ${at} where id = 1`;
        await tx`select pg_notify('suara_catalog', ${String(at)})`;
        return { doc: next, at };
      });
      take(doc, at);
    },
    async close() {
      closed = true;
      await unlisten().catch(() => {});
    }
  };
}

/** The catalog is plain JSON data (what the segment log writes to catalog.json). */
function asJson(catalog: Catalog): JSONValue {
  return catalog as unknown as JSONValue;
}
