import { describe, expect, it } from 'vitest';
import { plainRating, sampleEvents } from '../../tests/store/fixtures/events.ts';
import { GENESIS_HASH, hashLine } from './chain.ts';
import { decodeLine, encodeEvent, readPrevHash } from './codec.ts';

describe('codec', () => {
  it.each(sampleEvents.map((event) => [event.type, event] as const))('round-trips %s exactly', (_type, event) => {
    const line = encodeEvent(event, GENESIS_HASH);
    const { event: decoded, prevHash } = decodeLine(line);
    expect(decoded).toStrictEqual(event);
    expect(prevHash).toBe(GENESIS_HASH);
    expect(line).not.toContain('\n');
  });

  it('leaves absent optional fields absent, not undefined', () => {
    const decoded = decodeLine(encodeEvent({ ...plainRating, serviceId: undefined }, GENESIS_HASH)).event;
    expect(Object.keys(decoded)).toEqual(['type', 'at', 'officeId', 'score', 'channel']);
  });

  it('keeps a typical rating line within 150 bytes, hash and newline included', () => {
    const line = encodeEvent(plainRating, hashLine('anything')) + '\n';
    expect(plainRating.officeId).toHaveLength(24);
    expect(plainRating.serviceId).toHaveLength(12);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(150);
  });

  it('pins the stored form, which the hash chain covers', () => {
    expect(encodeEvent(plainRating, GENESIS_HASH)).toBe(
      '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1736130600000,"o":"disdukcapil-kab-sukamaju","v":"ktp-elektron","s":4,"c":"widget"}'
    );
  });

  it('rejects unknown event types and lines that are not events', () => {
    expect(() => encodeEvent({ ...plainRating, type: 'rating.deleted' } as never, GENESIS_HASH)).toThrow(/unknown event type/);
    expect(() => decodeLine('{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"?"}')).toThrow();
    expect(readPrevHash('{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r"')).toBeUndefined();
  });
});
