/** What `POST /api/v1/complaints` answers: keep both; the secret is never shown again. */
export type Created = { trackingCode: string; secret: string };

/** A field of the form as the API reads it: trimmed, '' when missing. */
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The JSON body of `POST /api/v1/complaints` from the widget's form. With the opt-in ticked: the one contact field
 * as an email (it has an @) or a phone, and the widget's language for the messages (docs/notifications.md).
 */
export function complaintBody(office: string, service: string | undefined, form: FormData, locale: string): string {
  const contact = text(form, 'contact');
  return JSON.stringify({
    officeId: office,
    ...(service && { serviceId: service }),
    category: text(form, 'category'),
    description: text(form, 'description'),
    visibility: text(form, 'visibility') || 'public',
    ...(form.has('notify') && { notify: true, contact: contact.includes('@') ? { email: contact } : { phone: contact }, locale })
  });
}

/**
 * The first field the API would refuse, checked before sending so that our own message (in the widget's language)
 * shows, never the browser's validation bubble in the browser's: the form is `novalidate`. Files: at most 3 of
 * at most 5 MiB each, as shared/attachments/limits.ts (docs/operations.md); their content is checked by the server.
 */
export function invalidField(form: FormData, files: File[]): 'category' | 'description' | 'contact' | 'files' | null {
  if (!text(form, 'category')) return 'category';
  const length = text(form, 'description').length;
  if (length < 10 || length > 4000) return 'description';
  if (form.has('notify') && !text(form, 'contact')) return 'contact';
  return files.length > 3 || files.some((file) => file.size > 5 * 2 ** 20) ? 'files' : null;
}
