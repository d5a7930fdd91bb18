import type { MessageKey } from '$shared/i18n/web.ts';
import type { Translate } from './i18n.ts';

/** The heading of an error page: not found, throttled, or anything else. */
export function errorTitleKey(status: number): MessageKey {
  return status === 404 ? 'error.notFoundTitle' : status === 429 ? 'error.tooManyTitle' : 'error.title';
}

/** The sentence under it; a throttled visitor learns, in their language, when to try again. */
export function errorLead(t: Translate, status: number, error: App.Error | null): string {
  if (status === 429) return t('error.tooMany', { minutes: Math.max(1, Math.ceil((error?.retryAfter ?? 60) / 60)) });
  return error?.message ?? '';
}
