/** What `POST /api/v1/complaints` answers: keep both; the secret is never shown again. */
export type Created = { trackingCode: string; secret: string };

/** A field of the form as the API reads it: trimmed, '' when missing. */
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The JSON body of `POST /api/v1/complaints` from the widget's form; `extra`: the optional part's fields (extras.ts). */
export function complaintBody(office: string, service: string | undefined, form: FormData, extra?: object): string {
  return JSON.stringify({
    officeId: office,
    ...(service && { serviceId: service }),
    category: text(form, 'category'),
    description: text(form, 'description'),
    visibility: text(form, 'visibility') || 'public',
    ...extra
  });
}

/**
 * The first field the API would refuse, checked before sending so that our own message (in the widget's language)
 * shows, never the browser's validation bubble in the browser's: the form is `novalidate`.
 */
export function invalidField(form: FormData): 'category' | 'description' | null {
  if (!text(form, 'category')) return 'category';
  const length = text(form, 'description').length;
  return length < 10 || length > 4000 ? 'description' : null;
}
