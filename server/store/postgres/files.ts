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
    }
  };
}
