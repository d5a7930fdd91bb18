// Limits behind a reverse proxy: TRUST_PROXY decides who the client is (docs/operations.md).
import { describe, expect, it } from 'vitest';
import { limitsApp } from './limits-fixtures.ts';

const PROXY = '10.0.0.2';

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  it("keeps one client's 20 wrong logins from making another's correct login 429", async () => {
    const { login } = await limitsApp({ trustProxy: { hops: 1 } });
    for (let i = 0; i < 20; i++) expect([401, 429]).toContain((await login({ socket: PROXY, forwardedFor: '203.0.113.7' }, 'salah-salah-salah')).status);
    expect((await login({ socket: PROXY, forwardedFor: '203.0.113.7' }, 'salah-salah-salah')).status).toBe(429);
    expect((await login({ socket: PROXY, forwardedFor: '198.51.100.23' })).status).toBe(200);
  });

  it("keeps one client's 60 ratings from blocking another's", async () => {
    const { rate } = await limitsApp({ trustProxy: { hops: 1 } });
    for (let i = 0; i < 60; i++) expect((await rate({ socket: PROXY, forwardedFor: '203.0.113.7' })).status).toBe(201);
    expect((await rate({ socket: PROXY, forwardedFor: '203.0.113.7' })).status).toBe(429);
    expect((await rate({ socket: PROXY, forwardedFor: '198.51.100.23' })).status).toBe(201);
  });

  it('keys on the address the proxy appended, not on what the client wrote before it', async () => {
    const { rate } = await limitsApp({ trustProxy: { hops: 1 } });
    for (let i = 0; i < 60; i++) expect((await rate({ socket: PROXY, forwardedFor: `6.6.6.${i}, 203.0.113.7` })).status).toBe(201);
    expect((await rate({ socket: PROXY, forwardedFor: '6.6.6.250, 203.0.113.7' })).status).toBe(429);
  });

  it('trusts a listed proxy network and nobody else', async () => {
    const { rate } = await limitsApp({ trustProxy: { proxies: ['10.0.0.0/24'] } });
    for (let i = 0; i < 60; i++) expect((await rate({ socket: '198.51.100.50', forwardedFor: `203.0.113.${i}` })).status).toBe(201);
    // Not a proxy: its X-Forwarded-For is ignored, so all 60 were its own.
    expect((await rate({ socket: '198.51.100.50', forwardedFor: '203.0.113.250' })).status).toBe(429);
    expect((await rate({ socket: PROXY, forwardedFor: '203.0.113.250' })).status).toBe(201);
  });
});

describe('without TRUST_PROXY', () => {
  it('changes nothing for a spoofed X-Forwarded-For: the socket is the client', async () => {
    const { rate, login } = await limitsApp();
    for (let i = 0; i < 60; i++) expect((await rate({ socket: '203.0.113.7', forwardedFor: `198.51.100.${i}` })).status).toBe(201);
    expect((await rate({ socket: '203.0.113.7', forwardedFor: '192.0.2.1' })).status).toBe(429);
    expect((await rate({ socket: '203.0.113.7' })).status).toBe(429);
    for (let i = 0; i < 6; i++) await login({ socket: '203.0.113.7', forwardedFor: `198.51.100.${i}` }, 'salah-salah-salah');
    expect((await login({ socket: '203.0.113.7', forwardedFor: '192.0.2.1' })).status).toBe(429);
  });
});

describe('IPv6 clients', () => {
  it('share one limit within a /64 and not across /64s', async () => {
    const { rate } = await limitsApp();
    for (let i = 0; i < 60; i++) expect((await rate({ socket: `2001:db8:5:1::${(i + 1).toString(16)}` })).status).toBe(201);
    expect((await rate({ socket: '2001:db8:5:1:dead:beef:0:1' })).status).toBe(429);
    expect((await rate({ socket: '2001:db8:5:2::1' })).status).toBe(201);
  });

  it('count an IPv4-mapped address as its IPv4 client', async () => {
    const { rate } = await limitsApp();
    for (let i = 0; i < 60; i++) expect((await rate({ socket: '::ffff:203.0.113.7' })).status).toBe(201);
    expect((await rate({ socket: '203.0.113.7' })).status).toBe(429);
  });
});
