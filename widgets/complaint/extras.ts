// `suara-extras.js`: the complaint widget's optional part, fetched when the citizen starts filling in the form
// (../shared/extras.ts): the photos, the contact and the "Kabari saya" consent, how they are checked and sent.
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

/**
 * The contact given, as an email (it has an @) or a phone, for the office; and only with the consent ticked, the
 * request to be notified in the widget's language. Giving a contact alone asks for no message.
 */
export function contactFields(data: FormData, locale: WidgetLang): object | undefined {
  const contact = contactOf(data);
  const notify = data.has('notify');
  if (!contact && !notify) return undefined;
  return { ...(contact && { contact: contact.includes('@') ? { email: contact } : { phone: contact } }), ...(notify && { notify: true, locale }) };
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
