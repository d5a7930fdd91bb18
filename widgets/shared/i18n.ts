import { widgetMessages, type WidgetLang, type WidgetMessages } from '../../shared/i18n/widget.ts';
import type { SendFailure } from './api.ts';

export type { WidgetLang, WidgetMessages };

/**
 * The widget's language: its own `lang` attribute, else the host page's `<html lang>`, else Indonesian.
 * Only the primary subtag counts (`en-GB` → `en`); a language we do not speak falls back to Indonesian.
 */
export function detectLang(attribute: string | null | undefined, documentLang: string | null | undefined): WidgetLang {
  const tag = (attribute || documentLang || '').trim().toLowerCase().split(/[-_]/)[0];
  return tag === 'en' ? 'en' : 'id';
}

/** The messages of one language. */
export function messagesFor(lang: WidgetLang): WidgetMessages {
  return widgetMessages[lang];
}

/** What to tell the citizen when a rating did not go through; the server's own words when it gave some. */
export function failureMessage(failure: SendFailure, t: WidgetMessages): string {
  if (failure.reason === 'network') return t.errorNetwork;
  if (failure.reason === 'timeout') return t.errorTimeout;
  if (failure.reason === 'rejected') return `${t.errorRejected} ${failure.detail ?? `HTTP ${failure.status}`}`;
  return t.errorServer;
}
