import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkedAddress, type Resolve } from './address-guard.ts';

/** How one attempt ended: the receiver's status, or why no status came (refused address, timeout, network). */
export type AttemptOutcome = { status: number } | { error: string };

export type SendOptions = { allowedHosts: readonly string[]; resolve: Resolve; timeoutMs: number };

/**
 * POSTs one signed message. The address is checked first (./address-guard.ts) and the socket connects to that
 * very address — the request's own lookup only hands it back — so a DNS answer that changes in between (rebinding)
 * is never used. Redirects are not followed: a 3xx is a failed attempt like any non-2xx.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<AttemptOutcome> {
  const target = new URL(url);
  let pinned: { address: string; family: number };
  try {
    pinned = await checkedAddress(target.hostname, options);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const lookup = ((_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: 'POST',
    lookup,
    headers: { 'content-type': 'application/json', 'user-agent': 'SuaraLayanan-Webhooks/1', 'content-length': String(Buffer.byteLength(body)), ...headers },
    signal: AbortSignal.timeout(options.timeoutMs)
  };
  return new Promise<AttemptOutcome>((resolve) => {
    const outgoing = request(target, requestOptions, (response) => {
      // The body is not read for anything: drain it so the socket is released.
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
      response.on('error', (error) => resolve({ error: error.message }));
    });
    outgoing.on('error', (error) => resolve({ error: error.name === 'AbortError' || error.name === 'TimeoutError' ? `timeout ${options.timeoutMs / 1000} s` : error.message }));
    outgoing.end(body);
  });
}
