import { describe, expect, it } from 'vitest';
import { isIsoDate, periodQuery } from './period.ts';

const query = (search: string) => periodQuery(new URL(`http://x/${search}`));

describe('periodQuery', () => {
  it('passes real dates on to the API', () => {
    expect(query('?from=2026-01-01&to=2026-03-31')).toEqual({ query: '?from=2026-01-01&to=2026-03-31', invalid: false });
    expect(query('')).toEqual({ query: '', invalid: false });
  });

  it('drops impossible dates and reversed periods, and says so', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(query('?from=2026-13-01')).toEqual({ query: '', invalid: true });
    expect(query('?from=2026-05-01&to=2026-01-01')).toEqual({ query: '', invalid: true });
  });
});
