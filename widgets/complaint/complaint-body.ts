/** What `POST /api/v1/complaints` answers: keep both; the secret is never shown again. */
export type Created = { trackingCode: string; secret: string };

/** The JSON body of `POST /api/v1/complaints` from the widget's form. */
export function complaintBody(office: string, service: string | undefined, form: FormData): string {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return JSON.stringify({
    officeId: office,
    ...(service && { serviceId: service }),
    category: text('category'),
    description: text('description'),
    visibility: text('visibility') || 'public'
  });
}

/**
 * The first field the API would refuse, checked before sending so that our own message (in the widget's language)
 * shows, never the browser's validation bubble in the browser's: the form is `novalidate`.
 */
export function invalidField(form: FormData): 'category' | 'description' | null {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (!text('category')) return 'category';
  const length = text('description').length;
  return length < 10 || length > 4000 ? 'description' : null;
}
