import { ta } from '$shared/i18n/admin.ts';
import { useWords } from '../i18n.ts';

/** The admin area's `ta(key, vars)` bound to the page's language. */
export const useTa = () => useWords(ta);
