// The public record's verifier (docs/public-record.md): `node verify.mjs https://suara.example.go.id`.
// One file, plain Node 18 or later, no packages: the build (scripts/build-server.ts) bundles this with the one
// module it shares with the server (server/store/public-chain/public-form.ts) into build/server/verify.mjs,
// which the server offers at /api/v1/chain/verify.mjs. `npm run verify -- URL` runs it from the sources.
// It walks every public form from event 1, checks each link, checks the signature of the head and of every
// daily head, and that the chain passes through each daily head; it reports the first break by seq.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { headMessage, publicForm, PublicChainWalker, hashInput, type PublicChainBreak } from '../server/store/public-chain/public-form.ts';

type SignedHead = { seq: number; hash: string; at: string; signature: string; keyId: string };
type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type PublicVerification = { ok: true; events: number; head: SignedHead; dailyHeads: number; keyId: string } | { ok: false; events: number; break: PublicChainBreak };

const PAGE = 10_000;

/** Verifies the public record of the server at `origin`. `expectedKey` pins the public key (one saved from an earlier visit). */
export async function verifyPublicRecord(
  origin: string,
  { fetch: get = fetch as unknown as Fetch, expectedKey, log = () => {} }: { fetch?: Fetch; expectedKey?: string; log?: (line: string) => void } = {}
): Promise<PublicVerification> {
  const base = origin.replace(/\/+$/, '');
  const json = async <T>(path: string): Promise<T> => JSON.parse(await text(get, `${base}${path}`)) as T;
  const head = await json<SignedHead & { publicKey: string }>('/api/v1/chain/head');
  const history = await json<{ publicKey: string; keyId: string; heads: SignedHead[] }>('/api/v1/chain/heads');
  const broken = (seq: number, reason: string, events = 0): PublicVerification => ({ ok: false, events, break: { seq, reason } });
  if (expectedKey && head.publicKey !== expectedKey) return broken(0, `the server's key ${head.publicKey} is not the expected ${expectedKey}`);
  if (history.publicKey !== head.publicKey) return broken(0, 'the daily heads are signed with another key than the head');
  const keyId = createHash('sha256').update(head.publicKey).digest('base64url').slice(0, 16);
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: head.publicKey }, format: 'jwk' });
  const signed = (h: SignedHead) => h.keyId === keyId && verify(null, Buffer.from(headMessage(h)), key, Buffer.from(h.signature, 'base64url'));
  if (!signed(head)) return broken(head.seq, 'the signature of the current head does not verify');
  const daily = [...history.heads].sort((a, b) => a.seq - b.seq);
  for (const h of daily) if (!signed(h)) return broken(h.seq, `the signature of the daily head of ${h.at} does not verify`);

  const walker = new PublicChainWalker((seq, line) => createHash('sha256').update(hashInput(seq, line)).digest('base64url').slice(0, 22));
  let next = 0; // index in daily of the next head to pass
  while (walker.seq < head.seq && !walker.firstBreak) {
    const body = await text(get, `${base}/api/v1/chain/events?after=${walker.seq}&limit=${Math.min(PAGE, head.seq - walker.seq)}`);
    const lines = body.split('\n').filter((line) => line !== '');
    if (lines.length === 0) break;
    for (const line of lines) {
      // A public form is its own public form: a line with a private part in it is not one.
      if (publicForm(line) !== line) walker.firstBreak = { seq: walker.seq + 1, reason: 'the server handed out more than a public form' };
      if (!walker.push(line)) break;
      while (next < daily.length && daily[next]!.seq === walker.seq) {
        const h = daily[next++]!;
        // The chain as it is now must pass through every head signed before.
        if (h.hash !== walker.hash) walker.firstBreak = { seq: h.seq, reason: `it is not the event the head signed on ${h.at} named: the record changed since` };
      }
      if (walker.firstBreak) break;
    }
    log(`… ${walker.seq} / ${head.seq}`);
  }
  const found = walker.finish({ seq: head.seq, hash: head.hash });
  if (found) return { ok: false, events: walker.seq, break: found };
  const skipped = daily.find((h) => h.seq > head.seq);
  if (skipped) return broken(head.seq + 1, `the daily head of ${skipped.at} names event ${skipped.seq}, after the current head: events were removed`, walker.seq);
  return { ok: true, events: walker.seq, head, dailyHeads: daily.length, keyId };
}

async function text(get: Fetch, url: string): Promise<string> {
  const response = await get(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The command line: prints the outcome, exit code 0 when the record holds, 1 when it does not, 2 when it cannot run. */
export async function main(args: readonly string[]): Promise<number> {
  const keyAt = args.indexOf('--key');
  const expectedKey = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const origin = args.find((arg, i) => !arg.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
  if (!origin || !/^https?:\/\//.test(origin)) {
    console.error('Pakai / usage: node verify.mjs https://server [--key PUBLIC_KEY]');
    return 2;
  }
  try {
    const started = Date.now();
    const result = await verifyPublicRecord(origin, { expectedKey });
    if (result.ok) {
      console.log(`ok: ${result.events} kejadian/events, rantai utuh / chain intact; head seq ${result.head.seq} ${result.head.hash}`);
      console.log(`ditandatangani / signed by key ${result.keyId}; ${result.dailyHeads} kepala harian / daily heads checked (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    }
    console.log(`RUSAK / BROKEN at seq ${result.break.seq}: ${result.break.reason}`);
    return 1;
  } catch (error) {
    console.error(`verify: ${(error as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
