import { ComplaintCategory } from '../../../shared/schemas/index.ts';
import type { Office } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';

/**
 * An Open311 service is one of our complaint categories at one office; its code is `{officeId}.{category}`
 * (docs/open311.md). Both parts are stable: office ids are slugs that never change, categories are an enum.
 */
export type ServiceCode = { office: Office; category: ComplaintCategory };

export const serviceCodeOf = (officeId: string, category: ComplaintCategory) => `${officeId}.${category}`;

/** The office and category a code names, or undefined for a code that is not ours. */
export function parseServiceCode(ctx: ServiceContext, code: string): ServiceCode | undefined {
  const dot = code.lastIndexOf('.');
  if (dot < 1) return undefined;
  const office = ctx.catalog().office(code.slice(0, dot));
  const category = ComplaintCategory.safeParse(code.slice(dot + 1));
  return office && category.success ? { office, category: category.data } : undefined;
}

/** Every service code, office by office in catalog order, categories in their enum order. */
export function allServiceCodes(ctx: ServiceContext): ServiceCode[] {
  return ctx.catalog().catalog.offices.flatMap((office) => ComplaintCategory.options.map((category) => ({ office, category })));
}
