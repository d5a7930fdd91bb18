import { z } from 'zod';

/** A stable, URL-safe slug such as `disdukcapil-sukamaju`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .min(2)
  .max(64);

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The SKM answer scale of PermenPANRB 14/2017: 1 Tidak Baik … 4 Sangat Baik. */
export const Score = z.number().int().min(1).max(4);

export const TimeZone = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
export type TimeZone = z.infer<typeof TimeZone>;

/** Where a rating came from. */
export const Channel = z.enum(['widget', 'web', 'qr', 'kiosk', 'assisted', 'import']);
export type Channel = z.infer<typeof Channel>;

/** RFC 9457 problem details, the one error envelope of the API. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional()
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
