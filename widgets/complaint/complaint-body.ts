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
