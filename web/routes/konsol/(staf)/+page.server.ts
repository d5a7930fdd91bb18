import { InboxQuery, type Inbox } from '$shared/schemas/index.ts';
import { consoleGet } from '$lib/console/api.ts';
import type { PageServerLoad } from './$types';

const FILTERS = ['status', 'officeId', 'serviceId', 'category', 'q', 'offset'] as const;

/** The inbox: filters come from the URL (a plain GET form, so it works without JavaScript). */
export const load: PageServerLoad = async (event) => {
  const given = Object.fromEntries(FILTERS.map((name) => [name, event.url.searchParams.get(name)?.trim() || undefined]));
  const parsed = InboxQuery.safeParse(given);
  const query = parsed.success ? parsed.data : InboxQuery.parse({});
  const params = new URLSearchParams();
  for (const name of FILTERS) if (query[name] !== undefined && query[name] !== '') params.set(name, String(query[name]));
  const scope = query.officeId ? `&officeId=${query.officeId}` : '';
  const [inbox, open, overdue] = await Promise.all([
    consoleGet<Inbox>(event, `/api/v1/console/complaints?${params}`),
    consoleGet<Inbox>(event, `/api/v1/console/complaints?status=open&limit=1${scope}`),
    consoleGet<Inbox>(event, `/api/v1/console/complaints?status=overdue&limit=1${scope}`)
  ]);
  return { inbox, query, invalid: !parsed.success, counts: { open: open.total, overdue: overdue.total } };
};
