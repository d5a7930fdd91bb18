import type { StaffProfile } from '$shared/schemas/index.ts';
import { consoleGet } from '$lib/console/api.ts';
import type { LayoutServerLoad } from './$types';

/** Every console page: the logged-in account (or the login page), never cached; `bare`: the console has its own header. */
export const load: LayoutServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'no-store' });
  return { me: await consoleGet<StaffProfile>(event, '/api/v1/console/me'), bare: true };
};
