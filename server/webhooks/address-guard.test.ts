import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BlockedAddressError, checkedAddress, nonPublicRange } from './address-guard.ts';
import { postWebhook } from './send.ts';

describe('nonPublicRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:192.168.0.1', 'private']
  ])('%s is %s', (address, range) => expect(nonPublicRange(address)).toBe(range));

  it.each(['93.184.215.14', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => expect(nonPublicRange(address)).toBeUndefined());
});

describe('checkedAddress', () => {
  const dns = (answers: string[]) => async () => answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses a name when any of its addresses is not public', async () => {
    await expect(checkedAddress('mixed.example', { allowedHosts: [], resolve: dns(['93.184.215.14', '10.0.0.1']) })).rejects.toBeInstanceOf(BlockedAddressError);
  });

  it('lets an allowed host through, and hands back the address it checked', async () => {
    expect(await checkedAddress('receiver.internal', { allowedHosts: ['receiver.internal'], resolve: dns(['10.0.0.9']) })).toEqual({ address: '10.0.0.9', family: 4 });
  });
});

describe('postWebhook', () => {
  it('connects to the checked address, not to a second answer of the name', async () => {
    const server = createServer((_request, response) => response.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    let questions = 0;
    // The first answer is the receiver; any later one would point elsewhere. Only one question is asked.
    const resolve = async () => [{ address: questions++ === 0 ? '127.0.0.1' : '192.0.2.1', family: 4 }];
    const outcome = await postWebhook(`http://rebind.example:${port}/`, {}, '{}', { allowedHosts: ['rebind.example'], resolve, timeoutMs: 15_000 });
    server.close();
    expect(outcome).toEqual({ status: 200 });
    expect(questions).toBe(1);
  });

  it('gives up on a receiver that never answers', async () => {
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const outcome = await postWebhook(`http://127.0.0.1:${port}/`, {}, '{}', { allowedHosts: ['127.0.0.1'], resolve: async () => [], timeoutMs: 50 });
    server.closeAllConnections();
    server.close();
    expect(outcome).toEqual({ error: 'timeout 0.05 s' });
  });
});
