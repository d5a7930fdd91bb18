import type { LeagueTable } from '$shared/schemas/index.ts';

/** The office's IKM in the period (from GET /api/v1/ikm), when the page has it. */
export type IkmCell = { value: number | null; mutu: 'A' | 'B' | 'C' | 'D' | null; responses: number };
export type OfficeRow = LeagueTable['offices'][number] & { ikm?: IkmCell };
export type SortKey = 'name' | 'satisfaction' | 'ikm' | 'response' | 'resolution';
export type SortDir = 'asc' | 'desc';
export type TableQuery = { q: string; sort: SortKey; dir: SortDir };

export const SORT_KEYS: readonly SortKey[] = ['name', 'satisfaction', 'ikm', 'response', 'resolution'];

/** The direction a column sorts in first: best first (fast responses, high shares), names A–Z. */
export const FIRST_DIR: Record<SortKey, SortDir> = { name: 'asc', satisfaction: 'desc', ikm: 'desc', response: 'asc', resolution: 'desc' };

/** `?q=&sort=&dir=` of the page, with safe defaults (satisfaction, best first). */
export function readTableQuery(params: URLSearchParams): TableQuery {
  const sortParam = params.get('sort') as SortKey | null;
  const sort = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'satisfaction';
  const dirParam = params.get('dir');
  const dir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : FIRST_DIR[sort];
  return { q: (params.get('q') ?? '').trim().slice(0, 100), sort, dir };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Offices whose name, kind or id contain every word of the query. */
export function filterRows<T extends { officeId: string; officeName: string }>(rows: readonly T[], q: string): T[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = fold(`${row.officeName} ${row.officeId}`);
    return words.every((word) => haystack.includes(word));
  });
}

function figure(row: OfficeRow, key: SortKey): number | null {
  if (key === 'satisfaction') return row.satisfaction.satisfiedShare;
  if (key === 'resolution') return row.complaints.resolutionRate;
  if (key === 'ikm') return row.ikm?.value ?? null;
  const median = row.complaints.firstResponseHours.median;
  // "more than X" is a lower bound: it sorts after an exact X.
  return median ? median.value + (median.moreThan ? 1e-6 : 0) : null;
}

/**
 * Sorted copy. By a figure, offices without a fair sample (fewer than 30 responses) come after the
 * rankable ones, and missing figures come last, whatever the direction (docs/methodology.md fair comparison).
 */
export function sortRows(rows: readonly OfficeRow[], sort: SortKey, dir: SortDir): OfficeRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: OfficeRow, b: OfficeRow) => a.officeName.localeCompare(b.officeName, 'id');
  if (sort === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    if (a.rankable !== b.rankable) return a.rankable ? -1 : 1;
    const x = figure(a, sort);
    const y = figure(b, sort);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** The link of a column header: first click sorts best first, the next click flips. */
export function sortHref(query: TableQuery, key: SortKey, keep: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  const dir = query.sort === key ? (query.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key];
  params.set('sort', key);
  params.set('dir', dir);
  if (query.q) params.set('q', query.q);
  else params.delete('q');
  return `?${params}`;
}
