import { z } from 'zod';
import { Agency, AgencyLevel, Office, Service } from './office.ts';
import { IsoDate, Slug, TimeZone } from './common.ts';
import { StaffRole } from './console.ts';

/** Staff passwords: at least 12 characters (docs/operations.md, "First run"). */
export const MIN_STAFF_PASSWORD = 12;
const Password = z.string().min(MIN_STAFF_PASSWORD).max(200);
const Name = z.string().trim().min(1).max(160);
const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const Origin = z.url().regex(/^https?:\/\/[^/]+$/, 'an origin: scheme://host[:port], no path');

/** The first run's one form: the region or agency, and the first admin. */
export const SetupInput = z
  .object({
    token: z.string().min(1).max(200),
    agencyName: Name,
    agencyLevel: AgencyLevel,
    adminName: Name,
    adminEmail: Email,
    password: Password
  })
  .meta({ id: 'SetupInput' });
export type SetupInput = z.infer<typeof SetupInput>;

export const SetupStatus = z.object({ needed: z.boolean().describe('true until the first admin exists') }).meta({ id: 'SetupStatus' });

export const AgencyInput = z.object({ name: Name, level: AgencyLevel }).meta({ id: 'AgencyInput' });
export type AgencyInput = z.infer<typeof AgencyInput>;

const OfficeFields = {
  name: Name,
  shortName: z.string().trim().max(60).optional(),
  kind: z.string().trim().min(1).max(80),
  address: z.string().trim().min(1).max(300),
  timeZone: TimeZone
};
export const NewOfficeInput = z.object({ agencyId: Slug, ...OfficeFields }).meta({ id: 'NewOfficeInput' });
export type NewOfficeInput = z.infer<typeof NewOfficeInput>;
export const OfficeChange = z
  .object({ ...OfficeFields, closed: z.boolean(), allowedOrigins: z.array(Origin).max(50) })
  .partial()
  .meta({ id: 'OfficeChange' });
export type OfficeChange = z.infer<typeof OfficeChange>;

const ServiceFields = { name: Name, firstResponseWorkingDays: z.number().int().min(1).max(365), targetWorkingDays: z.number().int().min(1).max(365) };
export const ServiceInput = z.object(ServiceFields).meta({ id: 'ServiceInput' });
export type ServiceInput = z.infer<typeof ServiceInput>;
export const ServiceChange = z.object(ServiceFields).partial().meta({ id: 'ServiceChange' });
export type ServiceChange = z.infer<typeof ServiceChange>;

export const HolidayInput = z.object({ date: IsoDate, name: Name }).meta({ id: 'HolidayInput' });
export type HolidayInput = z.infer<typeof HolidayInput>;

export const InviteInput = z.object({ email: Email, name: Name, role: StaffRole, officeIds: z.array(Slug).max(200).default([]) }).meta({ id: 'InviteInput' });
export type InviteInput = z.infer<typeof InviteInput>;
export const StaffChange = z
  .object({ role: StaffRole, officeIds: z.array(Slug).max(200), active: z.boolean() })
  .partial()
  .meta({ id: 'StaffChange' });
export type StaffChange = z.infer<typeof StaffChange>;

/** A one-time link to set a password (invitation or reset): the admin copies it to the person. */
export const PasswordLink = z.object({ path: z.string().describe('`/konsol/sandi/<token>`, valid once'), expiresAt: z.string() }).meta({ id: 'PasswordLink' });
export type PasswordLink = z.infer<typeof PasswordLink>;
export const PasswordByLinkInput = z.object({ password: Password }).meta({ id: 'PasswordByLinkInput' });

/** A console account as the admin area shows it: never the password hash. */
export const StaffSummary = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: StaffRole, officeIds: z.array(z.string()), active: z.boolean(), passwordSet: z.boolean() })
  .meta({ id: 'StaffSummary' });
export type StaffSummary = z.infer<typeof StaffSummary>;

export const AuditEntry = z
  .object({
    at: z.string(),
    staffId: z.string(),
    staffName: z.string(),
    kind: z.string(),
    objectId: z.string(),
    action: z.string(),
    changes: z.array(z.object({ field: z.string(), from: z.unknown().optional(), to: z.unknown().optional() }))
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The admin area's view of the catalog (managers: their offices only, no accounts). */
export const AdminOverview = z
  .object({
    agencies: z.array(Agency),
    offices: z.array(Office.extend({ services: z.array(Service) })),
    nationalHolidays: z.array(z.object({ date: z.string(), name: z.string(), cutiBersama: z.boolean(), estimated: z.boolean() })),
    regionalHolidays: z.array(z.object({ date: z.string(), name: z.string() })),
    staff: z.array(StaffSummary)
  })
  .meta({ id: 'AdminOverview' });
export type AdminOverview = z.infer<typeof AdminOverview>;

/** Which of its sets an office's new SKM responses use. */
export const ElementSetChoice = z.object({ elementSet: Slug.describe('a set the office may use: the built-in nine or one of its own') }).meta({ id: 'ElementSetChoice' });
export type ElementSetChoice = z.infer<typeof ElementSetChoice>;

/** An office's SKM element sets for the admin area: the ones new responses may use, and the current one. */
export const OfficeElementSets = z
  .object({
    current: z.string(),
    sets: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        nameEn: z.string(),
        elements: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), weight: z.number().optional() }))
      })
    )
  })
  .meta({ id: 'OfficeElementSets' });
export type OfficeElementSets = z.infer<typeof OfficeElementSets>;
