import { ForbiddenError, NotFoundError } from '../errors.ts';
import type { StaffAccount } from '../store/types.ts';
import type { WebhookEndpoint } from './types.ts';

/** Admins manage every endpoint; a manager those of their own offices; officers none (docs/webhooks.md). */
export function requireWebhookManager(staff: StaffAccount): void {
  if (staff.role === 'officer') throw new ForbiddenError('Hanya admin dan manajer / admins and managers only');
}

/** Whether `staff` may manage endpoints for this office or agency; an agency's endpoints are admins' alone. */
export function mayManageScope(staff: StaffAccount, scope: { officeId?: string; agencyId?: string }): boolean {
  if (staff.role === 'admin') return true;
  return staff.role === 'manager' && scope.officeId !== undefined && staff.officeIds.includes(scope.officeId);
}

/** The endpoint, when it exists and `staff` may manage it: 404 when unknown, 403 when another's. */
export function managedEndpoint(endpoints: readonly WebhookEndpoint[], staff: StaffAccount, id: string): WebhookEndpoint {
  requireWebhookManager(staff);
  const endpoint = endpoints.find((candidate) => candidate.id === id);
  if (!endpoint) throw new NotFoundError(`Webhook '${id}'`);
  if (!mayManageScope(staff, endpoint)) throw new ForbiddenError('Bukan kantor Anda / not your office');
  return endpoint;
}
