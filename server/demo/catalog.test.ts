import { describe, expect, it } from 'vitest';
import { Agency, IsoDate, Office, Service } from '../../shared/schemas/index.ts';
import { dayNumber } from '../../shared/metrics/time-zone.ts';
import { demoCatalog } from './catalog.ts';
import { PROFILES } from './profiles.ts';

const catalog = demoCatalog();

describe('demoCatalog', () => {
  it('matches the shared schemas and is marked as demo', () => {
    for (const agency of catalog.agencies) expect(Agency.parse(agency)).toEqual(agency);
    for (const office of catalog.offices) expect(Office.parse(office)).toEqual(office);
    for (const service of catalog.services) expect(Service.parse(service)).toEqual(service);
    expect(catalog.demo).toBe(true);
    expect(catalog.offices.every((o) => o.demo && o.timeZone === 'Asia/Jakarta' && o.region === 'Kabupaten Sukamaju')).toBe(true);
  });

  it('has 15–25 offices of known agencies, each with 2–5 services and a quality profile', () => {
    expect(catalog.offices.length).toBeGreaterThanOrEqual(15);
    expect(catalog.offices.length).toBeLessThanOrEqual(25);
    const agencyIds = new Set(catalog.agencies.map((a) => a.id));
    for (const office of catalog.offices) {
      expect(agencyIds.has(office.agencyId)).toBe(true);
      const services = catalog.services.filter((s) => s.officeId === office.id);
      expect(services.length, office.id).toBeGreaterThanOrEqual(2);
      expect(services.length, office.id).toBeLessThanOrEqual(5);
      expect(PROFILES[office.id], office.id).toBeDefined();
    }
    expect(Object.keys(PROFILES).sort()).toEqual(catalog.offices.map((o) => o.id).sort());
  });

  it('uses unique ids, service ids at most 40 characters', () => {
    expect(new Set(catalog.offices.map((o) => o.id)).size).toBe(catalog.offices.length);
    expect(new Set(catalog.services.map((s) => s.id)).size).toBe(catalog.services.length);
    expect(catalog.services.filter((s) => s.id.length > 40)).toEqual([]);
  });

  it('lists real calendar dates for 2025 and 2026, sorted and unique', () => {
    for (const date of catalog.holidays) {
      expect(IsoDate.parse(date)).toBe(date);
      expect(() => dayNumber(date)).not.toThrow();
    }
    expect([...new Set(catalog.holidays)].sort()).toEqual(catalog.holidays);
    expect(catalog.holidays).toContain('2025-08-17');
    expect(catalog.holidays).toContain('2026-03-21'); // Idul Fitri 1447 H
  });

  it('returns a fresh copy each time, so a caller may mutate it', () => {
    const first = demoCatalog();
    first.offices.pop();
    first.holidays.pop();
    expect(demoCatalog()).toEqual(catalog);
  });
});
