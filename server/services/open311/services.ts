import { t } from '../../../shared/i18n/web.ts';
import { ComplaintCategory, Visibility, type Office } from '../../../shared/schemas/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { allServiceCodes, parseServiceCode, serviceCodeOf, type ServiceCode } from './service-codes.ts';

/** A GeoReport v2 service, as GET services lists it. */
export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
};

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: 'singlevaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: { key: string; name: string }[];
};

export type Open311ServiceDefinition = { service_code: string; attributes: Open311Attribute[] };

/** The codes of the attributes a request may carry: `attribute[service_id]`, `attribute[visibility]`. */
export const ATTRIBUTE = { service: 'service_id', visibility: 'visibility' } as const;

const categoryName = (category: ComplaintCategory) => t('id', `category.${category}`);

function describe({ office, category }: ServiceCode): Open311Service {
  return {
    service_code: serviceCodeOf(office.id, category),
    service_name: `${categoryName(category)} — ${office.name}`,
    description: `Pengaduan tentang ${categoryName(category).toLowerCase()} di ${office.name} / complaint about ${t('en', `category.${category}`).toLowerCase()} at ${office.name}`,
    // Every service has a definition: the office's services and the complaint's visibility are optional attributes.
    metadata: true,
    type: 'realtime',
    keywords: [office.kind, category, office.id].join(', '),
    group: office.name
  };
}

/** GET services: every category at every office. */
export function listOpen311Services({ ctx }: { ctx: ServiceContext }): Open311Service[] {
  return allServiceCodes(ctx).map(describe);
}

const VISIBILITY_NAMES: Record<Visibility, string> = {
  public: 'Publik: isi pengaduan tampil (tersamar), nama tidak / public: the text is shown (masked), never the name',
  anonymous: 'Anonim: nama tidak pernah tampil / anonymous: the name is never shown',
  confidential: 'Rahasia: hanya status yang tampil / confidential: only the status is shown'
};

function serviceAttribute(ctx: ServiceContext, office: Office): Open311Attribute {
  return {
    variable: true,
    code: ATTRIBUTE.service,
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'Satu kode layanan dari daftar / one service id from the list',
    order: 1,
    description: 'Layanan yang diadukan / the service the complaint is about',
    values: ctx
      .catalog()
      .servicesOf(office.id)
      .map((service) => ({ key: service.id, name: service.name }))
  };
}

const visibilityAttribute: Open311Attribute = {
  variable: true,
  code: ATTRIBUTE.visibility,
  datatype: 'singlevaluelist',
  required: false,
  datatype_description: 'public, anonymous atau/or confidential; bawaan/default public',
  order: 2,
  description: 'Siapa yang boleh membaca pengaduan / who may read the complaint',
  values: Visibility.options.map((key) => ({ key, name: VISIBILITY_NAMES[key] }))
};

/** GET services/{code}: the optional attributes a request for this service may carry; 404 for a code that is not ours. */
export function getOpen311ServiceDefinition({ ctx, code }: { ctx: ServiceContext; code: string }): Open311ServiceDefinition {
  const service = parseServiceCode(ctx, code);
  if (!service) throw new NotFoundError(`service_code '${code}'`);
  const attributes = [serviceAttribute(ctx, service.office), visibilityAttribute].filter((attribute) => attribute.values.length > 0);
  return { service_code: serviceCodeOf(service.office.id, service.category), attributes };
}

/** The service's display name (requests carry it). */
export const open311ServiceName = (office: Office, category: ComplaintCategory) => describe({ office, category }).service_name;
