import { describe, expect, it } from 'vitest';
import { ROWS } from './office-table.fixtures.ts';
import { filterRows, readTableQuery, sortHref, sortRows } from './office-table.ts';

const ids = (rows: { officeId: string }[]) => rows.map((row) => row.officeId);

describe('office table logic', () => {
  it('defaults to satisfaction, best first, and ignores unknown parameters', () => {
    expect(readTableQuery(new URLSearchParams(''))).toEqual({ q: '', sort: 'satisfaction', dir: 'desc' });
    expect(readTableQuery(new URLSearchParams('sort=drop&dir=sideways&q=%20pus%20'))).toEqual({ q: 'pus', sort: 'satisfaction', dir: 'desc' });
    expect(readTableQuery(new URLSearchParams('sort=response'))).toEqual({ q: '', sort: 'response', dir: 'asc' });
  });

  it('ranks small samples after rankable offices, whatever the direction', () => {
    expect(ids(sortRows(ROWS, 'satisfaction', 'desc'))).toEqual(['puskesmas-a', 'disdukcapil', 'lambat', 'samsat', 'kecil']);
    expect(ids(sortRows(ROWS, 'satisfaction', 'asc'))).toEqual(['samsat', 'lambat', 'disdukcapil', 'puskesmas-a', 'kecil']);
  });

  it('sorts "more than X" after an exact X and missing figures last', () => {
    expect(ids(sortRows(ROWS, 'response', 'asc'))).toEqual(['puskesmas-a', 'disdukcapil', 'samsat', 'lambat', 'kecil']);
    expect(ids(sortRows(ROWS, 'resolution', 'desc'))).toEqual(['puskesmas-a', 'disdukcapil', 'samsat', 'lambat', 'kecil']);
  });

  it('sorts names A–Z including small samples', () => {
    expect(ids(sortRows(ROWS, 'name', 'asc'))).toEqual(['lambat', 'disdukcapil', 'samsat', 'kecil', 'puskesmas-a']);
  });

  it('searches every word, ignoring case and accents', () => {
    expect(ids(filterRows(ROWS, 'KANTOR samsat'))).toEqual(['samsat']);
    expect(ids(filterRows(ROWS, 'cibirú'))).toEqual(['puskesmas-a']);
    expect(filterRows(ROWS, '  ')).toHaveLength(ROWS.length);
  });

  it('links a header to its best-first order, then flips it, keeping the period and search', () => {
    const keep = new URLSearchParams('from=2026-01-01');
    expect(sortHref({ q: 'pus', sort: 'satisfaction', dir: 'desc' }, 'response', keep)).toBe('?from=2026-01-01&sort=response&dir=asc&q=pus');
    expect(sortHref({ q: '', sort: 'response', dir: 'asc' }, 'response', keep)).toBe('?from=2026-01-01&sort=response&dir=desc');
  });
});
