import { StaffAttachment } from './attachment.ts';
import { z } from 'zod';
import { LineText, MultilineText } from './text.ts';
import { Slug } from './common.ts';
import { ComplaintCategory, ComplaintStatus, Contact, RejectReason, Visibility } from './complaint.ts';

/** The console session cookie (HttpOnly, SameSite=Lax, Secure behind https). */
export const STAFF_SESSION_COOKIE = 'suara_konsol';
/**
 * The session cookie's name on a site served over http or https. On https it carries the `__Host-` prefix:
 * browsers then accept it only Secure, for Path=/ and without Domain, so a sibling subdomain cannot plant one.
 */
export function staffSessionCookie(https: boolean): string {
  return https ? `__Host-${STAFF_SESSION_COOKIE}` : STAFF_SESSION_COOKIE;
}
/** Header every state-changing staff API call carries (the JSON API's CSRF guard). */
export const STAFF_CSRF_HEADER = 'x-suara-console';
/** Header by which the pages, calling the API in-process, pass on their visitor's address (throttling). */
export const CLIENT_ADDRESS_HEADER = 'x-suara-client-address';

/** admin: everything; manager and officer: only their offices (docs/architecture.md). */
export const StaffRole = z.enum(['admin', 'manager', 'officer']);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginInput = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()), password: z.string().min(1).max(200) }).meta({ id: 'LoginInput' });
export type LoginInput = z.infer<typeof LoginInput>;

/** A logged-in person's own new password (at least 12 characters), with the current one. */
export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(12).max(200) }).meta({ id: 'PasswordChange' });
export type PasswordChange = z.infer<typeof PasswordChange>;

/** The language of one's own messages (deadline reminders: docs/notifications.md); `both` is Indonesian first. */
export const MessageLanguageChange = z.object({ language: z.enum(['id', 'en', 'both']) }).meta({ id: 'MessageLanguageChange' });
export type MessageLanguageChange = z.infer<typeof MessageLanguageChange>;

const ConsoleOffice = z.object({ id: Slug, name: z.string(), timeZone: z.string(), services: z.array(z.object({ id: Slug, name: z.string() })) });

/** Who is logged in, and the offices they answer for (all offices for an admin). */
export const StaffProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: StaffRole,
    offices: z.array(ConsoleOffice),
    language: z.enum(['id', 'en']).optional().describe('the language of messages to the account; absent: both, Indonesian first')
  })
  .meta({ id: 'StaffProfile' });
export type StaffProfile = z.infer<typeof StaffProfile>;

/** The deadline that matters now: the first response until answered, then the resolution. */
export const DeadlineClock = z.object({
  target: z.enum(['firstResponse', 'resolution']),
  deadline: z.string().describe('ISO 8601 instant, end of the last working day'),
  workingDaysLeft: z.number().int().describe('0 = due today; negative = overdue by that many working days'),
  overdue: z.boolean()
});
export type DeadlineClock = z.infer<typeof DeadlineClock>;

export const InboxStatus = z.enum(['open', 'overdue', 'all', ...ComplaintStatus.options]);
export type InboxStatus = z.infer<typeof InboxStatus>;

export const InboxQuery = z.object({
  status: InboxStatus.default('open'),
  officeId: Slug.optional(),
  serviceId: Slug.optional(),
  category: ComplaintCategory.optional(),
  q: LineText().max(100).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50)
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxItem = z.object({
  trackingCode: z.string(),
  officeId: Slug,
  serviceId: Slug.optional(),
  category: ComplaintCategory,
  visibility: Visibility,
  status: ComplaintStatus,
  submittedAt: z.string(),
  excerpt: z.string(),
  citizenAnswer: z
    .enum(['resolved', 'not_resolved', 'not_satisfied'])
    .optional()
    .describe('what the citizen said to the latest resolution: resolved, not resolved yet (the complaint is reopened), or resolved but not satisfied'),
  clock: DeadlineClock.nullable().describe('null when nothing is due (resolved, closed, rejected)')
});
export type InboxItem = z.infer<typeof InboxItem>;

export const Inbox = z.object({ items: z.array(InboxItem), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }).meta({ id: 'Inbox' });
export type Inbox = z.infer<typeof Inbox>;

export const StaffAction = z.enum(['verify', 'start', 'reply', 'note', 'resolve', 'reject', 'forward']);
export type StaffAction = z.infer<typeof StaffAction>;

const Message = MultilineText().min(1).max(4000);
const OptionalMessage = MultilineText().max(4000).optional();

/** One staff action; what each requires is part of the schema, so a missing field is named. */
export const StaffActionInput = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('verify'), message: OptionalMessage }),
    z.object({ action: z.literal('start'), message: OptionalMessage }),
    z.object({ action: z.literal('reply'), message: Message }),
    z.object({ action: z.literal('note'), message: Message }),
    z.object({ action: z.literal('resolve'), message: Message.describe('public: what was done') }),
    z.object({ action: z.literal('reject'), reason: RejectReason, message: OptionalMessage }),
    z.object({ action: z.literal('forward'), toOfficeId: Slug, message: OptionalMessage })
  ])
  .meta({ id: 'StaffActionInput' });
export type StaffActionInput = z.infer<typeof StaffActionInput>;

export const StaffHistoryEntry = z.object({
  type: z.string(),
  at: z.string(),
  status: ComplaintStatus,
  actor: z.string().describe('citizen, system, or the staff member'),
  internal: z.boolean(),
  message: z.string().optional(),
  reason: RejectReason.optional(),
  confirmation: z.enum(['satisfied', 'not_satisfied']).optional(),
  toOfficeId: Slug.optional()
});

/** A complaint as staff see it; `contact` only for staff allowed to see it. */
export const StaffComplaint = z
  .object({
    trackingCode: z.string(),
    officeId: Slug,
    officeName: z.string(),
    timeZone: z.string(),
    serviceId: Slug.optional(),
    category: ComplaintCategory,
    visibility: Visibility,
    description: z.string(),
    status: ComplaintStatus,
    submittedAt: z.string(),
    deadlines: z.object({ firstResponse: z.string(), resolution: z.string() }),
    clock: DeadlineClock.nullable(),
    contact: Contact.optional(),
    contactHidden: z.boolean().describe('true when the complaint has contact data this account may not see'),
    history: z.array(StaffHistoryEntry),
    allowedActions: z.array(StaffAction),
    attachments: z.array(StaffAttachment).optional().describe('photos and documents the citizen sent; absent when none')
  })
  .meta({ id: 'StaffComplaint' });
export type StaffComplaint = z.infer<typeof StaffComplaint>;

export const CitizenAction = z.enum(['info', 'confirm', 'reopen']);
export type CitizenAction = z.infer<typeof CitizenAction>;

const Secret = z.string().trim().min(8).max(100);

/** What the holder of the tracking code and secret may do. */
export const CitizenActionInput = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('info'), secret: Secret, message: Message }),
    z.object({ action: z.literal('confirm'), secret: Secret, confirmation: z.enum(['satisfied', 'not_satisfied']), message: OptionalMessage }),
    z.object({ action: z.literal('reopen'), secret: Secret, message: OptionalMessage.describe('what is not resolved yet (optional: "Belum" is an answer by itself)') })
  ])
  .meta({ id: 'CitizenActionInput' });
export type CitizenActionInput = z.infer<typeof CitizenActionInput>;
