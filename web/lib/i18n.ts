import { getContext, setContext } from 'svelte';
import { t as translate, type Lang, type MessageKey, type Vars } from '$shared/i18n/web.ts';
import { formatter, type Formatter } from './format.ts';

const KEY = Symbol('suara-lang');

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Called once by the root layout; a getter so a language switch re-renders everything that reads it. */
export function provideLang(lang: () => Lang): void {
  setContext(KEY, lang);
}

/** The current language (Indonesian when no layout provided one, e.g. in component tests). */
export function useLang(): () => Lang {
  return getContext<(() => Lang) | undefined>(KEY) ?? (() => 'id');
}

/** `t(key, vars)` bound to the page's language. */
export function useT(): Translate {
  return useWords(translate);
}

/** Another dictionary's `t(lang, key, vars)` (citizen.ts, api-doc.ts) bound to the page's language. */
export function useWords<Key extends string>(translate: (lang: Lang, key: Key, vars?: Vars) => string): (key: Key, vars?: Vars) => string {
  const lang = useLang();
  return (key, vars) => translate(lang(), key, vars);
}

/** Number, percentage, duration and date formatting bound to the page's language. */
export function useFormat(): () => Formatter {
  const lang = useLang();
  return () => formatter(lang());
}
