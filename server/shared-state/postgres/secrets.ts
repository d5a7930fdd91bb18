import { randomBytes } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import type { Sql } from 'postgres';

/**
 * An installation secret every process shares, made by whichever process asks first: the insert of a fresh
 * value does nothing when one is there, and everybody reads the one that won.
 */
async function sharedSecret(sql: Sql, name: string, fresh: () => Buffer): Promise<Buffer> {
  await sql`insert into installation_secrets (name, value) values (${name}, ${fresh()}) on conflict (name) do nothing`;
  const [row] = await sql<{ value: Buffer }[]>`select value from installation_secrets where name = ${name}`;
  return row!.value;
}

/** The server key (complaint secrets of keyed submissions, unsubscribe links: server/idempotency/server-key.ts). */
export const sharedServerKey = (sql: Sql) => sharedSecret(sql, 'server.key', () => randomBytes(32));

/** The chain key's private half as PEM (server/public-record/signing-key.ts): every process signs with it. */
export const sharedChainKeyPem = async (sql: Sql) =>
  (await sharedSecret(sql, 'chain-key.pem', () => Buffer.from(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }) as string))).toString('utf8');
