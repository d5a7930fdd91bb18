// `suara-extras.js`: the complaint widget's optional part, fetched when the citizen starts filling in the form
// (../shared/extras.ts): the photos and the "Kabari saya" opt-in, how they are checked, and how they are sent.
import { complaintExtrasMessages } from '../../shared/i18n/widget-extras.ts';
import type { WidgetLang } from '../shared/i18n.ts';

export { default } from './Extras.svelte';

/** The files chosen in the form. */
const chosen = (form: HTMLFormElement) => [...((form.elements.namedItem('files') as HTMLInputElement | null)?.files ?? [])];
const contactOf = (data: FormData) => String(data.get('contact') ?? '').trim();

/**
 * The optional part's first field the API would refuse, with our message: the opt-in without a contact, more than
 * 3 files or one over 5 MiB (shared/attachments/limits.ts, docs/operations.md). The server checks their content.
 */
export function invalidExtra(form: HTMLFormElement, data: FormData, lang: WidgetLang): ['contact' | 'files', string] | undefined {
  const t = complaintExtrasMessages[lang];
  if (data.has('notify') && !contactOf(data)) return ['contact', t.errorContact];
  const files = chosen(form);
  if (files.length > 3 || files.some((file) => file.size > 5 * 2 ** 20)) return ['files', t.errorFiles];
}

/** With the opt-in ticked: the one contact as an email (it has an @) or a phone, and the language for the messages. */
export function notifyFields(data: FormData, locale: WidgetLang): object | undefined {
  const contact = contactOf(data);
  return data.has('notify') ? { notify: true, contact: contact.includes('@') ? { email: contact } : { phone: contact }, locale } : undefined;
}

/** The multipart body when files are chosen (the complaint's JSON in `complaint`, the files in `files`), else none. */
export function withFiles(form: HTMLFormElement, body: string): FormData | undefined {
  const files = chosen(form);
  if (!files.length) return;
  const parts = new FormData();
  parts.append('complaint', body);
  files.map((file) => parts.append('files', file));
  return parts;
}
