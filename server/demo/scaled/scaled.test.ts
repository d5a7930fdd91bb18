import { describe, expect, it } from 'vitest';
import { Agency, Office, Service } from '../../../shared/schemas/index.ts';
import type { ComplaintSubmitted, RatingRecorded } from '../../store/events.ts';
import { demoCatalog } from '../catalog.ts';
import { scaledCatalog } from './catalog.ts';
import { apportion, scaledEvents } from './events.ts';

const NOW = Date.parse('2026-11-27T00:00:00+07:00');
const scaled = scaledCatalog(45, 7);
const events = scaledEvents({ scaled, ratings: 20_000, complaints: 2_000, now: NOW, months: 24, seed: 7 });
const ratings = events.filter((e): e is RatingRecorded => e.type === 'rating.recorded');
const submissions = events.filter((e): e is ComplaintSubmitted => e.type === 'complaint.submitted');

describe('scaledCatalog', () => {
  it('starts with the demo regency and repeats it with its own places, all valid and unique', () => {
    const { catalog, profiles } = scaled;
    expect(catalog.offices).toHaveLength(45);
    expect(catalog.offices.slice(0, 20).map((o) => o.id)).toEqual(demoCatalog().offices.map((o) => o.id));
    for (const agency of catalog.agencies) expect(Agency.parse(agency)).toEqual(agency);
    for (const office of catalog.offices) expect(Office.parse(office)).toEqual(office);
    for (const service of catalog.services) expect(Service.parse(service)).toEqual(service);
    expect(new Set(catalog.offices.map((o) => o.id)).size).toBe(45);
    expect(new Set(catalog.services.map((s) => s.id)).size).toBe(catalog.services.length);
    expect(new Set(catalog.offices.map((o) => o.region)).size).toBe(3);
    expect(catalog.offices.every((o) => profiles.has(o.id) && catalog.agencies.some((a) => a.id === o.agencyId))).toBe(true);
    // Ids stay short: they are in every stored rating (≤ 150 bytes each).
    expect(Math.max(...catalog.offices.map((o) => o.id.length))).toBeLessThanOrEqual(40);
  });

  it('is deterministic for a seed', () => {
    expect(scaledCatalog(45, 7)).toEqual(scaled);
    expect(scaledCatalog(45, 8).catalog.offices[25]).not.toEqual(scaled.catalog.offices[25]);
  });
});

describe('scaledEvents', () => {
  it('makes exactly the ratings and complaints asked for, sorted by time, before now, over the offices of the catalog', () => {
    expect(ratings).toHaveLength(20_000);
    expect(submissions).toHaveLength(2_000);
    expect(events.findIndex((e, i) => i > 0 && e.at < events[i - 1]!.at)).toBe(-1);
    expect(events.every((e) => e.at < NOW)).toBe(true);
    const offices = new Set(scaled.catalog.offices.map((o) => o.id));
    expect(ratings.every((r) => offices.has(r.officeId) && r.score >= 1 && r.score <= 4)).toBe(true);
    const services = new Map(scaled.catalog.services.map((s) => [s.id, s.officeId]));
    expect(ratings.filter((r) => r.serviceId !== undefined && services.get(r.serviceId) !== r.officeId)).toEqual([]);
  });

  it('gives busy offices more ratings, and grows over the period', () => {
    const perOffice = new Map<string, number>();
    for (const r of ratings) perOffice.set(r.officeId, (perOffice.get(r.officeId) ?? 0) + 1);
    expect(perOffice.get('disdukcapil-sukamaju')!).toBeGreaterThan(perOffice.get('kecamatan-mekar-jaya')! * 5);
    const half = NOW - 365 * 86_400_000;
    expect(ratings.filter((r) => r.at >= half).length).toBeGreaterThan(ratings.filter((r) => r.at < half).length);
  });

  it('is deterministic for its options', () => {
    expect(scaledEvents({ scaled, ratings: 20_000, complaints: 2_000, now: NOW, months: 24, seed: 7 })).toEqual(events);
  });
});

describe('apportion', () => {
  it('splits a total exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1_000_000, [3, 1]).reduce((a, b) => a + b)).toBe(1_000_000);
    expect(apportion(0, [2, 5])).toEqual([0, 0]);
  });
});
