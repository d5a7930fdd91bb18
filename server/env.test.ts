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

describe('parseEnv: notification channels', () => {
  it('has none unless configured', () => {
    expect(parseEnv({})).toMatchObject({ smtp: undefined, gateway: undefined });
  });

  it('reads SMTP_URL with a sender at the origin by default, and the gateway with its token', () => {
    const config = parseEnv({ SMTP_URL: 'smtps://u:p@mail.example.go.id:465', ORIGIN: 'https://suara.example.go.id', NOTIFY_GATEWAY_URL: 'https://gw.example.id/send', NOTIFY_GATEWAY_TOKEN: 't' });
    expect(config.smtp).toEqual({ url: 'smtps://u:p@mail.example.go.id:465', from: 'Suara Layanan <no-reply@suara.example.go.id>' });
    expect(config.gateway).toEqual({ url: 'https://gw.example.id/send', token: 't' });
  });

  it('stops the start on an SMTP_URL that is not smtp(s), or a gateway without its token', () => {
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/Invalid environment: SMTP_URL/);
    expect(() => parseEnv({ NOTIFY_GATEWAY_URL: 'https://gw.example.id/send' })).toThrow(/NOTIFY_GATEWAY_TOKEN/);
  });
});
