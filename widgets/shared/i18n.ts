import type { WidgetLang } from '../../shared/i18n/widget.ts';
import type { SendFailure } from './api.ts';

export type { WidgetLang };

/**
 * The widget's language: its own `lang` attribute, else the host page's `<html lang>`, else Indonesian.
 * Only the primary subtag counts (`en-GB` → `en`); a language we do not speak falls back to Indonesian.
 */
export function detectLang(attribute: string | null | undefined, documentLang: string | null | undefined): WidgetLang {
  const tag = (attribute || documentLang || '').trim().toLowerCase().split(/[-_]/)[0];
  return tag === 'en' ? 'en' : 'id';
}

/** A message with its `{name}` placeholders filled. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

/** A refused submission (a 4xx), in the server's own words after ours; lost connections only queue it. */
export function refusal(failure: SendFailure, prefix: string): string {
  return `${prefix} ${failure.detail ?? `HTTP ${failure.status ?? '?'}`}`;
}
