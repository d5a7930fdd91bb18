import { consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import type { Actions } from './$types';

/** One's own account: the password (the API ends every other session; this one stays) and the messages' language. */
export const actions: Actions = {
  password: async (event) => {
    const data = await event.request.formData();
    const input = { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') };
    const result = await consoleSend(event, '/api/v1/console/me/password', input, 'PUT');
    // Passwords are never sent back into the form.
    if (!result.ok) return consoleFail(result, event.locals.lang, {});
    return { done: 'password' as const };
  },
  language: async (event) => {
    const data = await event.request.formData();
    const result = await consoleSend(event, '/api/v1/console/me/language', { language: String(data.get('language') ?? '') }, 'PUT');
    if (!result.ok) return consoleFail(result, event.locals.lang, {});
    return { done: 'language' as const };
  }
};
