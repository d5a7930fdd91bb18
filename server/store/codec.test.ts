import { describe, expect, it } from 'vitest';
import { plainRating, sampleEvents } from '../../tests/store/fixtures/events.ts';
import { GENESIS_HASH, hashLine } from './chain.ts';
import { decodeLine, encodeEvent, encodeStoredEvent, newSalt, readPrevHash } from './codec.ts';
import type { ComplaintSubmitted, RatingRecorded, SurveySubmitted, SurveyTallied } from './events.ts';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3';

describe('codec', () => {
  it('gives every private part its own salt of 16 random bytes, across refills of the random block', () => {
    const salts = Array.from({ length: 1000 }, () => newSalt());
    expect(new Set(salts).size).toBe(1000);
    for (const salt of salts) expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
  });

  it.each(sampleEvents.map((event) => [event.type, event] as const))('round-trips %s exactly', (_type, event) => {
    const line = encodeEvent(event, GENESIS_HASH);
    const { event: decoded, prevHash } = decodeLine(line);
    expect(decoded).toStrictEqual(event);
    expect(prevHash).toBe(GENESIS_HASH);
    expect(line).not.toContain('\n');
  });

  it.each(
    [...sampleEvents, { ...plainRating, serviceId: undefined }, { ...plainRating, comment: '', idempotencyKey: 'k'.repeat(22) }, { ...plainRating, comment: 'Antrean \u{1F600} "lama"\n\ud800' }].map(
      (event) => [event.type, event] as const
    )
  )('encodes %s for storage as encodeEvent does, and hands out what decoding the line gives', (_type, event) => {
    const { line, event: stored } = encodeStoredEvent(event, GENESIS_HASH, SALT);
    expect(line).toBe(encodeEvent(event, GENESIS_HASH, SALT));
    expect(stored).toStrictEqual(decodeLine(line).event);
    expect(Object.keys(stored)).toEqual(Object.keys(decodeLine(line).event));
  });

  it('round-trips a detail added to a rating, and it is never mistaken for a rating line', () => {
    const detail = { type: 'rating.detailed', at: 1736130600000, officeId: 'disdukcapil-kab-sukamaju', ratingId: 'r42', score: 2, serviceId: 'ktp-elektron', comment: 'Antrean lama' } as const;
    const line = encodeEvent(detail, GENESIS_HASH);
    expect(line).toContain('"t":"rd"');
    expect(decodeLine(line).event).toStrictEqual(detail);
  });

  it('leaves absent optional fields absent, not undefined', () => {
    const decoded = decodeLine(encodeEvent({ ...plainRating, serviceId: undefined }, GENESIS_HASH)).event;
    expect(Object.keys(decoded)).toEqual(['type', 'at', 'officeId', 'score', 'channel']);
  });

  it('keeps a typical rating line within 150 bytes, hash and newline included', () => {
    const line = encodeEvent(plainRating, hashLine(1, 'anything')) + '\n';
    expect(plainRating.officeId).toHaveLength(24);
    expect(plainRating.serviceId).toHaveLength(12);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(150);
  });

  it('pins the stored form, which the hash chain covers', () => {
    expect(encodeEvent(plainRating, GENESIS_HASH)).toBe('{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1736130600000,"o":"disdukcapil-kab-sukamaju","v":"ktp-elektron","s":4,"c":"widget"}');
  });

  it('rejects unknown event types and lines that are not events', () => {
    expect(() => encodeEvent({ ...plainRating, type: 'rating.deleted' } as never, GENESIS_HASH)).toThrow(/unknown event type/);
    expect(() => decodeLine('{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"?"}')).toThrow();
    expect(readPrevHash('{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r"')).toBeUndefined();
  });
});

describe('codec: surveys', () => {
  const full: SurveySubmitted = {
    type: 'survey.submitted',
    at: 1736130600000,
    officeId: 'disdukcapil-kab-sukamaju',
    serviceId: 'ktp-elektron',
    elementSet: 'permenpan-14-2017',
    answers: [4, 3, 3, 4, 3, 4, 4, 2, 1],
    respondent: { gender: 'P', age: '31-40', education: 's1', occupation: 'swasta' },
    comment: 'Antrean panjang tapi petugas ramah',
    channel: 'qr'
  };
  const imported: SurveySubmitted = {
    type: 'survey.submitted',
    at: 1736130600000,
    officeId: 'puskesmas-uji',
    elementSet: 'kepmenpan-25-2004',
    answers: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2],
    respondent: { age: 'gt60', occupation: 'lainnya' },
    channel: 'import',
    date: '2019-03-05',
    importKey: 'Qm9vZ2xlRm9ybXNSb3c'
  };
  const tally: SurveyTallied = {
    type: 'survey.tallied',
    at: 1736130600000,
    officeId: 'puskesmas-uji',
    serviceId: 'rawat-jalan',
    elementSet: 'permenpan-14-2017',
    from: '2023-01-01',
    to: '2023-06-30',
    responses: 412,
    sums: [1400, 1390, 1200, 1600, 1350, 1380, 1420, 1100, 1290],
    importKey: 'dGFsbHlSb3cx'
  };

  it.each([
    ['a full response', full],
    ['an imported 2004 response with a partial profile', imported],
    ['a response with no optional field', { ...full, serviceId: undefined, respondent: undefined, comment: undefined }],
    ['a historical tally', tally]
  ])('round-trips %s exactly', (_name, event) => {
    const clean = JSON.parse(JSON.stringify(event)) as SurveySubmitted | SurveyTallied;
    const { event: decoded } = decodeLine(encodeEvent(clean, GENESIS_HASH));
    expect(decoded).toStrictEqual(clean);
  });

  // 230 bytes before private parts; the commitment and salt of the profile and comment add 58 (docs/public-record.md).
  it('keeps a full survey line within 290 bytes, answers as digits', () => {
    const line = encodeEvent(full, hashLine(1, 'x'));
    expect(line).toContain('"q":"433434421"');
    expect(line).toContain('"w":"P|31-40|s1|swasta"');
    expect(Buffer.byteLength(line + '\n')).toBeLessThanOrEqual(290);
  });
});

describe('codec: idempotency keys', () => {
  const keyHash = 'Hc2f0sQyJ5m1uXKq8bNw1g';
  const rating: RatingRecorded = { ...plainRating, channel: 'widget', idempotencyKey: keyHash };
  const complaint: ComplaintSubmitted = {
    type: 'complaint.submitted',
    at: 1736130600000,
    trackingCode: 'SL-7K3M-Q9XA-2B',
    secretHash: 'a'.repeat(64),
    officeId: 'disdukcapil-kab-sukamaju',
    category: 'pelayanan_lambat',
    description: 'Antrean tidak bergerak dua jam',
    visibility: 'public',
    idempotencyKey: keyHash
  };

  it.each([
    ['a rating', rating],
    ['a complaint', complaint]
  ])('round-trips %s with its key, and one without stays without', (_name, event) => {
    expect(decodeLine(encodeEvent(event, GENESIS_HASH)).event).toStrictEqual(event);
    const { idempotencyKey: _, ...without } = event;
    expect(decodeLine(encodeEvent(without as typeof event, GENESIS_HASH)).event).toStrictEqual(without);
  });

  it('stores the key under one letter, after the fields lines had before', () => {
    expect(encodeEvent(rating, GENESIS_HASH)).toMatch(/"c":"widget","i":"Hc2f0sQyJ5m1uXKq8bNw1g"\}$/);
  });
});

describe('codec: a complaint filed through Open311', () => {
  const complaint: ComplaintSubmitted = {
    type: 'complaint.submitted',
    at: 1736130600000,
    trackingCode: 'SL-7K3M-Q9XA-2B',
    secretHash: 'a'.repeat(64),
    officeId: 'disdukcapil-kab-sukamaju',
    category: 'pungli',
    description: 'Diminta uang tambahan di loket',
    visibility: 'public',
    channel: 'open311'
  };

  it('round-trips its channel under one letter, last; one from our own forms has none', () => {
    const line = encodeEvent(complaint, GENESIS_HASH);
    expect(line).toMatch(/"c":"open311","z":"[\w-]{22}","_":/);
    expect(decodeLine(line).event).toStrictEqual(complaint);
    const { channel: _, ...ours } = complaint;
    expect(encodeEvent(ours, GENESIS_HASH)).not.toContain('"c":');
  });
});
