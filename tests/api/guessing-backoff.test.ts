// Wrong passwords and complaint secrets slow down the client that sends them, not the owner (docs/limits.md).
import { describe, expect, it } from 'vitest';
import { ACCOUNT_CEILING } from '../../server/security/index.ts';
import { Problem } from '../../shared/schemas/index.ts';
import { limitsApp, type From } from './limits-fixtures.ts';

const WRONG = 'salah-salah-salah';
const attacker: From = { pages: '203.0.113.66' };
const owner: From = { pages: '198.51.100.23' };

describe('wrong passwords', () => {
  it('five wrong passwords from five addresses do not lock the owner out', async () => {
    const { login } = await limitsApp();
    for (let i = 1; i <= 5; i++) expect((await login({ pages: `203.0.113.${i}` }, WRONG)).status).toBe(401);
    expect((await login(owner)).status).toBe(200);
  });

  it("an attacker's 20 wrong passwords from one address slow only that address; the owner logs in from another", async () => {
    const { login } = await limitsApp();
    for (let i = 0; i < 20; i++) await login(attacker, WRONG);
    expect((await login(attacker)).status).toBe(429); // even the right password waits, from there
    expect((await login(owner)).status).toBe(200);
  });

  it("doubles that client's wait with each further failure, answered 429 problem+json with Retry-After in Indonesian and English", async () => {
    const { login, clock } = await limitsApp();
    for (let i = 0; i < 6; i++) expect((await login(attacker, WRONG)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const blocked = await login(attacker, WRONG);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('content-type')).toContain('application/problem+json');
      const wait = Number(blocked.headers.get('retry-after'));
      waits.push(wait);
      const { detail } = Problem.parse(await blocked.json());
      expect(detail).toContain(`coba lagi dalam ${wait} detik`);
      expect(detail).toContain(`try again in ${wait} s`);
      clock.advance(wait * 1000);
      expect((await login(attacker, WRONG)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('forgets a client’s failures after its own successful login', async () => {
    const { login } = await limitsApp();
    for (let i = 0; i < 5; i++) await login(owner, WRONG);
    expect((await login(owner)).status).toBe(200);
    expect((await login(owner, WRONG)).status).toBe(401);
    expect((await login(owner, WRONG)).status).toBe(401);
  });

  // Hundreds of logins (each a real scrypt check): given time, on a busy machine.
  it('a dozen addresses guessing at full speed for an hour stay under the ceiling: the owner still logs in', { timeout: 60_000 }, async () => {
    const { login, clock } = await limitsApp();
    const start = clock.now();
    const nextAt = new Map(Array.from({ length: 12 }, (_, i) => [`203.0.113.${i + 1}`, start]));
    let failures = 0;
    for (;;) {
      const [address, at] = [...nextAt].reduce((a, b) => (b[1] < a[1] ? b : a));
      if (at >= start + 3_600_000) break;
      clock.set(at);
      const res = await login({ pages: address }, WRONG);
      if (res.status === 401) failures++;
      else expect(res.status).toBe(429);
      nextAt.set(address, at + Number(res.headers.get('retry-after') ?? 0) * 1000);
    }
    expect(failures).toBeGreaterThan(12 * 15);
    expect(failures).toBeLessThan(ACCOUNT_CEILING.limit);
    expect((await login(owner)).status).toBe(200);
  });

  it("the account's ceiling stops a distributed guess of 300 failures an hour, for everyone, until the hour has passed", { timeout: 60_000 }, async () => {
    const { login, clock } = await limitsApp();
    for (let i = 0; i < ACCOUNT_CEILING.limit; i++) expect((await login({ pages: `10.${i >> 8}.${i & 255}.1` }, WRONG)).status).toBe(401);
    const ceiling = await login(owner);
    expect(ceiling.status).toBe(429);
    expect(Number(ceiling.headers.get('retry-after'))).toBe(3600);
    clock.advance(3_600_001);
    expect((await login(owner)).status).toBe(200);
  });
});

describe('wrong complaint secrets', () => {
  it("six wrong secrets on someone's tracking code do not lock its owner out", async () => {
    const { file, act } = await limitsApp();
    const { trackingCode, secret } = await file();
    for (let i = 0; i < 6; i++) expect((await act(trackingCode, `tebakan-${i}-xxxxxxx`, attacker)).status).toBe(403);
    expect((await act(trackingCode, secret, attacker)).status).toBe(429);
    expect((await act(trackingCode, secret, owner)).status).toBe(200);
  });

  it('has no per-code lockout: many guessing addresses leave the owner free', async () => {
    const { file, act } = await limitsApp();
    const { trackingCode, secret } = await file();
    for (let i = 0; i < 100; i++) expect((await act(trackingCode, `tebakan-${i}-xxxxxxx`, { pages: `10.0.${i >> 1}.1` })).status).toBe(403);
    expect((await act(trackingCode, secret, owner)).status).toBe(200);
  });

  it("doubles the guessing client's wait with each further wrong secret", async () => {
    const { file, act, clock } = await limitsApp();
    const { trackingCode } = await file();
    for (let i = 0; i < 6; i++) await act(trackingCode, `tebakan-${i}-xxxxxxx`, attacker);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const blocked = await act(trackingCode, 'tebakan-lagi-xxxxxxx', attacker);
      expect(blocked.status).toBe(429);
      waits.push(Number(blocked.headers.get('retry-after')));
      clock.advance(waits.at(-1)! * 1000);
      expect((await act(trackingCode, 'tebakan-lagi-xxxxxxx', attacker)).status).toBe(403);
    }
    expect(waits).toEqual([1, 2, 4]);
  });
});
