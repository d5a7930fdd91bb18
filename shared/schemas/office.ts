import { z } from 'zod';
import { Slug, TimeZone } from './common.ts';

export const AgencyLevel = z.enum(['pusat', 'provinsi', 'kabupaten', 'kota']);

export const Agency = z.object({ id: Slug, name: z.string(), level: AgencyLevel }).meta({ id: 'Agency' });
export type Agency = z.infer<typeof Agency>;

/** A kind of service an office provides, with its service-level target. */
export const Service = z
  .object({
    id: Slug,
    officeId: Slug,
    name: z.string(),
    targetWorkingDays: z.number().int().min(1).max(365).describe('resolution target'),
    firstResponseWorkingDays: z.number().int().min(1).max(365).optional().describe('first-response target; 3 when absent')
  })
  .meta({ id: 'Service' });
export type Service = z.infer<typeof Service>;

/** The unit that is rated and answers complaints. */
export const Office = z
  .object({
    id: Slug,
    name: z.string(),
    shortName: z.string().optional().describe('for narrow tables and the widget'),
    agencyId: Slug,
    kind: z.string().describe('Disdukcapil, Puskesmas, Samsat …'),
    region: z.string(),
    address: z.string(),
    coordinates: z.object({ lat: z.number(), lon: z.number() }).optional(),
    timeZone: TimeZone,
    demo: z.boolean().optional().describe('true for fictional demo data'),
    allowedOrigins: z
      .array(z.url().regex(/^https?:\/\/[^/]+$/, 'an origin: scheme://host[:port], no path'))
      .max(50)
      .optional()
      .describe('sites whose pages may post ratings and complaints for this office; absent or empty: any'),
    closed: z.boolean().optional().describe('true once closed: the office keeps its history and takes no new ratings or complaints')
  })
  .meta({ id: 'Office' });
export type Office = z.infer<typeof Office>;

export const OfficeWithServices = Office.extend({ services: z.array(Service), agency: Agency }).meta({
  id: 'OfficeWithServices'
});
export type OfficeWithServices = z.infer<typeof OfficeWithServices>;

export const OfficeList = z.object({ offices: z.array(Office) }).meta({ id: 'OfficeList' });

/** What this installation shows: pages put up the demo banner from it without listing every office. */
export const SiteInfo = z.object({ demo: z.boolean().describe('true while the fictional demo region is loaded') }).meta({ id: 'SiteInfo' });
export type SiteInfo = z.infer<typeof SiteInfo>;
