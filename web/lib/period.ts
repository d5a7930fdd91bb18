const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The `from`/`to` of the page URL as an API query string. Bad dates are dropped (and reported),
 * so a mistyped period shows the default period with a note instead of an error page.
 */
export function periodQuery(url: URL): { query: string; invalid: boolean } {
  const params = new URLSearchParams();
  let invalid = false;
  for (const name of ['from', 'to'] as const) {
    const value = url.searchParams.get(name)?.trim();
    if (!value) continue;
    if (isIsoDate(value)) params.set(name, value);
    else invalid = true;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && from > to) return { query: '', invalid: true };
  const query = params.toString();
  return { query: query ? `?${query}` : '', invalid };
}
