import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Received = { headers: Record<string, string>; body: string };

/**
 * A receiver on a free loopback port, as an agency's system would run one: it records what arrives and answers
 * `status` (changeable between attempts). `verify` checks a message with the specification's reference library.
 */
export async function startReceiver() {
  const received: Received[] = [];
  let status = 204;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/suara`,
    received,
    answer: (next: number) => void (status = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}

/**
 * Verifies one message with `secret` as a receiver would, its clock standing at `now` (the library checks the
 * timestamp against Date.now(), which the test's manual clock does not move). Throws when the signature is wrong.
 */
export function verify(secret: string, message: Received, now: number): unknown {
  const realNow = Date.now;
  Date.now = () => now;
  try {
    return new Webhook(secret).verify(message.body, message.headers);
  } finally {
    Date.now = realNow;
  }
}
