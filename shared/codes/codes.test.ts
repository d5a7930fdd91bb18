import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, encodeCrockford, groupsOfFour, normaliseSecret, normaliseTrackingCode, SECRET_LENGTH } from './codes.ts';

describe('normaliseTrackingCode', () => {
  it('reads spaces, hyphens, lower case and the O/0, I/L/1 confusions as the one written form', () => {
    expect(normaliseTrackingCode('sl jjgd 74ao fo')).toBe('SL-JJGD-74A0-F0');
    expect(normaliseTrackingCode('SL-JJGD-74A0-F0')).toBe('SL-JJGD-74A0-F0');
    expect(normaliseTrackingCode('SLJJGD74A0F0')).toBe('SL-JJGD-74A0-F0');
    expect(normaliseTrackingCode('  jjgd-74a0-f0 ')).toBe('SL-JJGD-74A0-F0');
    expect(normaliseTrackingCode('s1-7k3m-q9xa-2b')).toBe('SL-7K3M-Q9XA-2B');
    expect(normaliseTrackingCode('SL-IlO0-0000-00')).toBe('SL-1100-0000-00');
  });

  it('leaves what is not a code as it was read before: trimmed and upper case', () => {
    expect(normaliseTrackingCode(' sl-abc ')).toBe('SL-ABC');
    expect(normaliseTrackingCode('SL-UUUU-UUUU-UU')).toBe('SL-UUUU-UUUU-UU');
    expect(normaliseTrackingCode('')).toBe('');
  });
});

describe('normaliseSecret', () => {
  it('reads a typed secret in groups, any case, with O and I/L, as the characters it was made of', () => {
    expect(normaliseSecret('7k3m q9xa 2bcd efgh jkmn pqrs')).toBe('7K3MQ9XA2BCDEFGHJKMNPQRS');
    expect(normaliseSecret('7K3M-Q9XA-2BCD-EFGH-JKMN-PQRS')).toBe('7K3MQ9XA2BCDEFGHJKMNPQRS');
    expect(normaliseSecret('OOOO IIII LLLL 0000 1111 2222')).toBe('000011111111000011112222');
  });

  it('leaves an older base64url secret exactly as typed (only trimmed): it is case-sensitive', () => {
    expect(normaliseSecret('Z0w9-kAwTzE_Fb8zVZkdnQ')).toBe('Z0w9-kAwTzE_Fb8zVZkdnQ');
    expect(normaliseSecret(' abcdefghijklmnopqrstuv ')).toBe('abcdefghijklmnopqrstuv');
    // 24 letters of base64url that include a U are not a code, so they are not rewritten either.
    expect(normaliseSecret('uuuuuuuuuuuuuuuuuuuuuuuu')).toBe('uuuuuuuuuuuuuuuuuuuuuuuu');
  });
});

describe('groupsOfFour', () => {
  it('puts a space after every fourth character, none at the end', () => {
    expect(groupsOfFour('7K3MQ9XA2BCDEFGHJKMNPQRS')).toBe('7K3M Q9XA 2BCD EFGH JKMN PQRS');
    expect(groupsOfFour('ABCDEF')).toBe('ABCD EF');
    expect(groupsOfFour('ABCD')).toBe('ABCD');
  });
});

describe('encodeCrockford', () => {
  it('takes five bits at a time, most significant first', () => {
    expect(encodeCrockford(new Uint8Array([0, 0, 0, 0, 0]), 8)).toBe('00000000');
    expect(encodeCrockford(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 8)).toBe('ZZZZZZZZ');
    // 0x08 0x42 = 00001 00001 00001 0 → "111"
    expect(encodeCrockford(new Uint8Array([0x08, 0x42]), 3)).toBe('111');
    expect(encodeCrockford(new Uint8Array(15).fill(0xa5), SECRET_LENGTH)).toMatch(new RegExp(`^[${CODE_ALPHABET}]{24}$`));
  });

  it('refuses to make up characters it has no bits for', () => {
    expect(() => encodeCrockford(new Uint8Array(2), 4)).toThrow(RangeError);
  });
});
