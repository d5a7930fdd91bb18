import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv: TRUST_PROXY', () => {
  it('trusts no proxy when unset, so forwarding headers are ignored', () => {
    expect(parseEnv({}).trustProxy).toEqual({ hops: 0 });
  });

  it('reads a hop count or a list of proxy addresses and networks', () => {
    expect(parseEnv({ TRUST_PROXY: '1' }).trustProxy).toEqual({ hops: 1 });
    expect(parseEnv({ TRUST_PROXY: '127.0.0.1,::1, 10.0.0.0/8' }).trustProxy).toEqual({ proxies: ['127.0.0.1', '::1', '10.0.0.0/8'] });
  });

  it('stops the start on a value it cannot read, naming the variable', () => {
    expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/Invalid environment: TRUST_PROXY: not a hop count/);
  });
});
