import type { Sql } from 'postgres';
import { fileId, type FileStore } from '../files.ts';

/** Photos and documents in the `files` table, content-addressed like the segment log's attachments/ folder. */
export function postgresFiles(sql: Sql): FileStore {
  return {
    async put(bytes) {
      const id = fileId(bytes);
      await sql`insert into files (id, bytes) values (${id}, ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)}) on conflict (id) do nothing`;
      return id;
    },
    async get(id) {
      const [row] = await sql<{ bytes: Buffer }[]>`select bytes from files where id = ${id}`;
      return row?.bytes;
    },
    async delete(id) {
      await sql`delete from files where id = ${id}`;
    },
    // The database's own clock dates a file; the sweep only takes files an hour old, far beyond any skew.
    async list() {
      const rows = await sql<{ id: string; stored_at: Date }[]>`select id, stored_at from files`;
      return rows.map((row) => ({ id: row.id, storedAt: row.stored_at.getTime() }));
    }
  };
}
