import { tc, type ConsoleKey, type ConsoleVars } from '$shared/i18n/console.ts';
import { useLang } from '../i18n.ts';

export type TranslateConsole = (key: ConsoleKey, vars?: ConsoleVars) => string;

/** `tc(key, vars)` bound to the page's language (the root layout provides it). */
export function useTc(): TranslateConsole {
  const lang = useLang();
  return (key, vars) => tc(lang(), key, vars);
}
