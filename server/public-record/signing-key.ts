import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../store/segment-log/modes.ts';
import { headMessage } from '../store/public-chain/public-form.ts';

/** The installation's Ed25519 key for chain heads, in DATA_DIR (in `npm run backup`; docs/public-record.md). */
export const CHAIN_KEY_FILE = 'chain-key.pem';

/** The signing key, and how the public knows it: the raw public key (base64url, as a JWK's "x") and a short id. */
export type ChainKey = { privateKey: KeyObject; publicKey: string; keyId: string };

/** A head as published: seq, hash, when, and the signature over headMessage. */
export type SignedHead = { seq: number; hash: string; at: string; signature: string; keyId: string };

/** Loads DATA_DIR's chain key, creating it (0600) on the first start. */
export async function loadChainKey(dataDir: string): Promise<ChainKey> {
  const path = join(dataDir, CHAIN_KEY_FILE);
  const pem = await readFile(path, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    const created = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    // 'wx': two starts racing cannot both write one (the DATA_DIR lock already prevents it).
    await writeFile(path, created, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    return created;
  });
  return chainKeyOf(createPrivateKey(pem));
}

/** A key kept elsewhere as PEM (the database, on PostgreSQL: server/shared-state/postgres/secrets.ts). */
export function chainKeyFromPem(pem: string): ChainKey {
  return chainKeyOf(createPrivateKey(pem));
}

/** A key that lives as long as the process: for tests and stores without a DATA_DIR. */
export function ephemeralChainKey(): ChainKey {
  return chainKeyOf(generateKeyPairSync('ed25519').privateKey);
}

function chainKeyOf(privateKey: KeyObject): ChainKey {
  const publicKey = createPublicKey(privateKey).export({ format: 'jwk' }).x!;
  return { privateKey, publicKey, keyId: createHash('sha256').update(publicKey).digest('base64url').slice(0, 16) };
}

/** Signs a head: Ed25519 over headMessage (the verifier builds the same text). */
export function signHead(key: ChainKey, head: { seq: number; hash: string; at: string }): SignedHead {
  const signature = sign(null, Buffer.from(headMessage(head)), key.privateKey).toString('base64url');
  return { seq: head.seq, hash: head.hash, at: head.at, signature, keyId: key.keyId };
}
