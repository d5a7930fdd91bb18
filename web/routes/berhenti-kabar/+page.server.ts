import { postJson } from '$lib/api.ts';
import type { Actions, PageServerLoad } from './$types';

type UnsubscribeState = { trackingCode?: string; unsubscribed: boolean };

/** The link in every notification (docs/notifications.md): the GET only shows; the button's POST stops the messages. */
export const load: PageServerLoad = async ({ fetch, url, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const token = url.searchParams.get('token') ?? '';
  const response = token ? await fetch(`/api/v1/notifications/unsubscribe/${encodeURIComponent(token)}`) : undefined;
  return { token, link: response?.ok ? ((await response.json()) as UnsubscribeState) : null };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const token = String((await request.formData()).get('token') ?? '');
    const result = await postJson<UnsubscribeState>(fetch, `/api/v1/notifications/unsubscribe/${encodeURIComponent(token)}`, {});
    return { link: result.ok ? result.data : null };
  }
};
