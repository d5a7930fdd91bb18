import { consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import type { Actions } from './$types';

/** One's own password: the API ends every other session of the account; this one stays. */
export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const input = { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') };
    const result = await consoleSend(event, '/api/v1/console/me/password', input, 'PUT');
    // Passwords are never sent back into the form.
    if (!result.ok) return consoleFail(result, event.locals.lang, {});
    return { done: true };
  }
};
