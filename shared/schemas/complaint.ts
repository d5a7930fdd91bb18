import { PublicPhoto } from './attachment.ts';
import { z } from 'zod';
import { LineText, MultilineText } from './text.ts';
import { Slug } from './common.ts';

export const ComplaintCategory = z.enum(['pelayanan_lambat', 'petugas', 'biaya', 'prosedur', 'fasilitas', 'informasi', 'pungli', 'lainnya']);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

/** public: shown with name; anonymous: name never shown; confidential: only status is public. */
export const Visibility = z.enum(['public', 'anonymous', 'confidential']);
export type Visibility = z.infer<typeof Visibility>;

export const ComplaintStatus = z.enum(['submitted', 'verified', 'in_progress', 'resolved', 'closed', 'rejected', 'reopened']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const RejectReason = z.enum(['out_of_scope', 'duplicate', 'incomplete', 'other']);
export type RejectReason = z.infer<typeof RejectReason>;

/** Private contact: seen by authorised staff only, never in a public response. */
export const Contact = z.object({
  name: LineText().max(120).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'phone number')
    .optional(),
  email: z.email().max(254).optional()
});
export type Contact = z.infer<typeof Contact>;

export const ComplaintInput = z
  .object({
    officeId: Slug,
    serviceId: Slug.optional(),
    category: ComplaintCategory,
    description: MultilineText().min(10).max(4000),
    visibility: Visibility.default('public'),
    contact: Contact.optional(),
    notify: z.boolean().optional().describe('tell the citizen of changes at the email or phone in contact (docs/notifications.md); off by default'),
    locale: z.enum(['id', 'en']).optional().describe('the language the notifications are written in; Indonesian by default')
  })
  .meta({ id: 'ComplaintInput' });
export type ComplaintInput = z.infer<typeof ComplaintInput>;

export const TrackingCode = z.string().regex(/^SL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);

export const ComplaintCreated = z.object({ trackingCode: z.string(), secret: z.string().describe('shown once; lets the citizen act on the complaint') }).meta({ id: 'ComplaintCreated' });
export type ComplaintCreated = z.infer<typeof ComplaintCreated>;

export const TimelineEntry = z.object({
  type: z.string(),
  at: z.string().describe('ISO 8601 instant'),
  status: ComplaintStatus,
  message: z.string().optional(),
  reason: RejectReason.optional(),
  confirmation: z.enum(['satisfied', 'not_satisfied']).optional().describe("the citizen's answer, on a complaint.confirmed entry")
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** What anybody holding the tracking code may see. Never contact data. */
export const PublicComplaint = z
  .object({
    trackingCode: z.string(),
    officeId: Slug,
    timeZone: z.string().describe("the office's time zone (IANA), in which its days and deadlines are counted"),
    serviceId: Slug.optional(),
    category: ComplaintCategory,
    visibility: Visibility,
    description: z.string().optional().describe('absent for confidential complaints; masked for personal data'),
    status: ComplaintStatus,
    submittedAt: z.string(),
    deadlines: z.object({ firstResponse: z.string(), resolution: z.string() }),
    timeline: z.array(TimelineEntry),
    photos: z.array(PublicPhoto).optional().describe('images the office published, in the order they were attached')
  })
  .meta({ id: 'PublicComplaint' });
export type PublicComplaint = z.infer<typeof PublicComplaint>;
