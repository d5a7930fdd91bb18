import { ComplaintInput } from '../../../shared/schemas/index.ts';
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { fileComplaint } from '../complaints/file-complaint.ts';
import type { ServiceContext } from '../context.ts';
import { isLiveOpen311Key } from './api-keys.ts';
import { parseServiceCode } from './service-codes.ts';
import { ATTRIBUTE } from './services.ts';

/** The form fields of POST requests that we read (GeoReport v2 names; `attribute[code]` for the attributes). */
export type Open311RequestForm = Record<string, string | undefined>;

/** What POST requests answers: the new request's id at once, and the citizen's secret (our extension). */
export type Open311Filed = { service_request_id: string; service_notice: string; tracking_secret: string };

/** Our complaint's fields under the names the Open311 client sent them as, for its error descriptions. */
export const OPEN311_FIELD_NAMES: Record<string, string> = {
  officeId: 'service_code',
  category: 'service_code',
  serviceId: `attribute[${ATTRIBUTE.service}]`,
  visibility: `attribute[${ATTRIBUTE.visibility}]`,
  description: 'description',
  'contact.name': 'first_name/last_name',
  'contact.phone': 'phone',
  'contact.email': 'email'
};

const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

/**
 * POST requests: an ordinary complaint filed through our one verb, with channel `open311` and a tracking code as its
 * id. Validation is the complaint's own (shared/schemas); contact data is kept private as any complaint's. The
 * location is the office's, so lat/long/address_string are not needed (docs/open311.md).
 */
export async function fileOpen311Request({ ctx, form, siteOrigin }: { ctx: ServiceContext; form: Open311RequestForm; siteOrigin: string }): Promise<Open311Filed> {
  if (!isLiveOpen311Key(ctx, given(form.api_key))) throw new ForbiddenError('api_key tidak ada atau tidak berlaku / api_key missing or invalid');
  const code = given(form.service_code);
  if (!code) throw new DomainError(400, 'Bad Request', 'service_code: wajib diisi / required');
  const service = parseServiceCode(ctx, code);
  if (!service) throw new NotFoundError(`service_code '${code}'`);
  const name = [given(form.first_name), given(form.last_name)].filter(Boolean).join(' ');
  const parsed = ComplaintInput.safeParse({
    officeId: service.office.id,
    category: service.category,
    serviceId: given(form[`attribute[${ATTRIBUTE.service}]`]),
    visibility: given(form[`attribute[${ATTRIBUTE.visibility}]`]),
    description: form.description ?? '',
    contact: { name: name || undefined, phone: given(form.phone), email: given(form.email) }
  });
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })));
  const { trackingCode, secret } = await fileComplaint({ ctx, input: parsed.data, channel: 'open311' });
  return {
    service_request_id: trackingCode,
    service_notice: `Pantau di / follow at ${siteOrigin}/lacak/${trackingCode}`,
    tracking_secret: secret
  };
}
