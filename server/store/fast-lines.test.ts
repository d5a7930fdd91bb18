import { describe, expect, it } from 'vitest';
import { plainRating, sampleEvents } from '../../tests/store/fixtures/events.ts';
import type { Channel } from '../../shared/schemas/index.ts';
import { GENESIS_HASH, hashLine } from './chain.ts';
import { decodeLine, encodeEvent } from './codec.ts';
import type { RatingRecorded } from './events.ts';
import { decodeFlatEvent, decodeRatingLine, type FlatSpec } from './fast-lines.ts';

/** What JSON.parse makes of a rating line, field by field: the reference the fast path must equal. */
function parsed(line: string): RatingRecorded {
  const r = JSON.parse(line);
  const event = { type: 'rating.recorded', at: r.a, officeId: r.o, score: r.s, channel: r.c } as RatingRecorded;
  if (r.v !== undefined) event.serviceId = r.v;
  if (r.m !== undefined) event.comment = r.m;
  if (r.i !== undefined) event.idempotencyKey = r.i;
  return event;
}

const comments = ['', 'Cepat dan ramah', 'Antre lama — ✓ é 👍', 'ada "kutip"', 'garis\\miring', 'baris\nbaru', 'tab\tdi sini', 'a'.repeat(1000)];
const channels: Channel[] = ['widget', 'web', 'qr', 'kiosk', 'assisted', 'import'];

describe('decodeRatingLine', () => {
  it('equals JSON.parse on every combination of optional fields, scores, channels and comments', () => {
    let fast = 0;
    for (const comment of [undefined, ...comments])
      for (const [serviceId, idempotencyKey] of [
        [undefined, undefined],
        ['ktp-elektron', undefined],
        [undefined, hashLine(1, 'key')]
      ])
        for (const channel of channels)
          for (const score of [1, 2, 3, 4] as const) {
            const event: RatingRecorded = { ...plainRating, at: plainRating.at + score, score, channel, serviceId, comment, idempotencyKey };
            if (serviceId === undefined) delete event.serviceId;
            if (comment === undefined) delete event.comment;
            if (idempotencyKey === undefined) delete event.idempotencyKey;
            const line = encodeEvent(event, hashLine(1, String(score)));
            const decoded = decodeRatingLine(line);
            if (decoded) fast++;
            // A comment is private (behind "z" and "_"): those lines go to decodeFlatEvent, or with escapes to JSON.parse.
            // Whichever path, decodeLine gives the same event.
            if (decoded) expect(decoded).toStrictEqual(parsed(line));
            else expect(comment !== undefined || line.includes('\\')).toBe(true);
            expect(decodeLine(line).event).toStrictEqual(event);
          }
    expect(fast).toBe(3 * 6 * 4); // every line without a comment
  });

  it('keeps the key order of the JSON path', () => {
    const line = encodeEvent({ ...plainRating, idempotencyKey: 'k' }, GENESIS_HASH);
    expect(Object.keys(decodeRatingLine(line)!)).toEqual(Object.keys(parsed(line)));
  });

  it.each([
    ['another event type', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"cs","a":1,"k":"SL-1"}'],
    ['an unknown channel', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"x","s":4,"c":"fax"}'],
    ['fields out of order', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"s":4,"o":"x","c":"qr"}'],
    ['a fractional score', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"x","s":4.5,"c":"qr"}'],
    ['a negative time', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":-1,"o":"x","s":4,"c":"qr"}'],
    ['a leading zero', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":01,"o":"x","s":4,"c":"qr"}'],
    ['a duplicated key', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"x","s":4,"c":"qr","c":"web"}'],
    ['trailing bytes', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"x","s":4,"c":"qr"} '],
    ['a missing brace', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"x","s":4,"c":"qr"'],
    ['an escaped office', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1,"o":"\\u0078","s":4,"c":"qr"}']
  ])('leaves %s to JSON.parse', (_case, line) => {
    expect(decodeRatingLine(line)).toBeUndefined();
  });
});

describe('decodeFlatEvent', () => {
  const spec: FlatSpec = {
    type: 'complaint.replied',
    fields: new Map([
      ['k', 'trackingCode'],
      ['u', 'actor'],
      ['m', 'message'],
      ['n', 'contact']
    ])
  };
  const specOf = (code: string) => (code === 'crp' ? spec : undefined);
  /** The codec's table walk over JSON.parse: the reference. */
  function reference(line: string) {
    const record = JSON.parse(line);
    const event: Record<string, unknown> = { type: spec.type, at: record.a };
    for (const [key, field] of spec.fields) if (record[key] !== undefined) event[field] = record[key];
    return { event, prevHash: record.p };
  }

  it.each([
    ['an action', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1709518031072,"k":"SL-KD0A-KDM6-E8","u":"petugas-rsud","m":"Kami telah menambah petugas loket — ✓"}'],
    ['an unknown key (skipped)', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":"SL-1","z":"later field","u":"citizen"}'],
    ['a duplicated key', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":"SL-1","k":"SL-2"}'],
    ['a flat nested object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"n":{"name":"Siti Rahayu Lestari","phone":"081200001234","n":2,"name":"Siti"}}'],
    ['an empty nested object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"n":{},"k":"SL-1"}']
  ])('builds %s as the table walk over JSON.parse does', (_case, line) => {
    expect(decodeFlatEvent(line, specOf)).toStrictEqual(reference(line));
  });

  it.each([
    ['an unknown type', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"zz","a":1}'],
    ['an object in an object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"n":{"name":{"first":"x"}}}'],
    ['__proto__ in an object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"n":{"__proto__":"x"}}'],
    ['an unclosed object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"n":{"name":"x"}'],
    ['an escape', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"m":"\\"kutip\\""}'],
    ['no time', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","k":"SL-1"}'],
    ['a short hash', '{"p":"AAAA","t":"crp","a":1}'],
    ['a float', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1.5}'],
    ['a negative number', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":-1}'],
    ['a leading zero', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":01}'],
    ['true', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":true}'],
    ['null', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":null}'],
    ['an array', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"q":[1]}'],
    ['whitespace', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1, "k":"x"}'],
    ['a trailing comma', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,}'],
    ['bytes after the object', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1}x'],
    ['an unclosed string', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"crp","a":1,"k":"x}']
  ])('leaves %s to JSON.parse', (_case, line) => {
    expect(decodeFlatEvent(line, specOf)).toBeUndefined();
  });

  it('round-trips the stored line of every sample event through the codec', () => {
    for (const event of sampleEvents) {
      const line = encodeEvent(event, GENESIS_HASH, 'c2FsdC1mb3ItdGhlLXRlc3');
      const decoded = decodeLine(line);
      expect(encodeEvent(decoded.event, decoded.prevHash, 'c2FsdC1mb3ItdGhlLXRlc3')).toBe(line);
    }
  });
});
