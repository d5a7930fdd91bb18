import { skmT, type SkmMessageKey, type SkmVars } from '$shared/i18n/skm.ts';
import { useLang } from '$lib/i18n.ts';

/** `t(key, vars)` for the SKM pages, bound to the page's language. */
export function useSkmT(): (key: SkmMessageKey, vars?: SkmVars) => string {
  const lang = useLang();
  return (key, vars) => skmT(lang(), key, vars);
}
