import { describe, expect, it } from 'vitest';
import { mixCatalog } from './event-mix.ts';
import { snapshotKey } from './key.ts';

describe('snapshotKey', () => {
  it('names the format, the view code and what the views read from the catalog', () => {
    const key = snapshotKey(mixCatalog);
    expect(key).toMatch(/^views-\d+ (LE|BE) code-[\w-]{22} catalog-[\w-]{22}$/);
    expect(snapshotKey(structuredClone(mixCatalog))).toBe(key);
  });

  it('changes with a holiday, a time zone or a service target, not with what the views do not read', () => {
    const key = snapshotKey(mixCatalog);
    const changed = (change: (catalog: typeof mixCatalog) => void) => {
      const catalog = structuredClone(mixCatalog);
      change(catalog);
      return snapshotKey(catalog);
    };
    expect(changed((c) => c.holidays.push('2026-12-25'))).not.toBe(key);
    expect(changed((c) => (c.offices[0]!.timeZone = 'Asia/Makassar'))).not.toBe(key);
    expect(changed((c) => (c.services[0]!.targetWorkingDays = 9))).not.toBe(key);
    expect(changed((c) => (c.offices[0]!.name = 'Nama baru'))).toBe(key);
  });
});
