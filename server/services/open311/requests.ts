import { citizenT } from '../../../shared/i18n/citizen.ts';
import { maskPersonalData } from '../../../shared/privacy/mask.ts';
import { normaliseTrackingCode } from '../../../shared/codes/codes.ts';
import type { ComplaintStatus } from '../../../shared/schemas/index.ts';
import type { ComplaintState } from '../../views/index.ts';
import type { ServiceContext } from '../context.ts';
import { DomainError, NotFoundError } from '../../errors.ts';
import { parseServiceCode, serviceCodeOf, allServiceCodes, type ServiceCode } from './service-codes.ts';
import { open311ServiceName } from './services.ts';

/** A service request as GET requests shows it: the public face of a complaint (never contact data). */
export type Open311Request = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description?: string;
  agency_responsible: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime?: string;
  address: string;
  address_id: string;
  lat?: number;
  long?: number;
};

// Resolved complaints await the citizen's confirmation but need nothing more from the office: closed, as
// FixMyStreet reads "fixed". The exact status and the reason are in status_notes (docs/open311.md).
const CLOSED: ReadonlySet<ComplaintStatus> = new Set(['resolved', 'closed', 'rejected']);
const openOrClosed = (state: ComplaintState) => (CLOSED.has(state.status) ? 'closed' : 'open');
const DAY_MS = 86_400_000;
/** GeoReport v2 lets a server bound the span of GET requests; ours is its suggested 90 days. */
export const MAX_SPAN_DAYS = 90;
const MAX_RESULTS = 1000;

function statusNotes(state: ComplaintState): string {
  const both = (key: Parameters<typeof citizenT>[1]) => [citizenT('id', key), citizenT('en', key)];
  const [statusId, statusEn] = both(`status.${state.status}`);
  const [reasonId, reasonEn] = state.status === 'rejected' && state.rejectReason ? both(`reason.${state.rejectReason}`).map((text) => ` (${text})`) : ['', ''];
  const notes = `${statusId}${reasonId} / ${statusEn}${reasonEn}`;
  // The last public reply, masked as on the tracking page; a confidential complaint shows its status only.
  const reply = state.visibility === 'confidential' ? undefined : state.history.findLast((entry) => !entry.internal && entry.message)?.message;
  return reply ? `${notes}: ${maskPersonalData(reply)}` : notes;
}

/** The public form of one complaint as a GeoReport v2 service request. */
export function toOpen311Request(ctx: ServiceContext, state: ComplaintState): Open311Request {
  const office = ctx.catalog().office(state.officeId)!;
  const closed = openOrClosed(state) === 'closed';
  const lastPublic = state.history.findLast((entry) => !entry.internal) ?? state.history[0]!;
  return {
    service_request_id: state.trackingCode,
    status: closed ? 'closed' : 'open',
    status_notes: statusNotes(state),
    service_name: open311ServiceName(office, state.category),
    service_code: serviceCodeOf(office.id, state.category),
    ...(state.visibility !== 'confidential' && { description: maskPersonalData(state.description) }),
    agency_responsible: ctx.catalog().catalog.agencies.find((agency) => agency.id === office.agencyId)?.name ?? office.name,
    requested_datetime: new Date(state.submittedAt).toISOString(),
    updated_datetime: new Date(lastPublic.at).toISOString(),
    ...(!closed && { expected_datetime: new Date(state.deadlines.resolution).toISOString() }),
    address: office.address,
    address_id: office.id,
    ...(office.coordinates && { lat: office.coordinates.lat, long: office.coordinates.lon })
  };
}

/** The query of GET requests, as its form fields arrive (comma-delimited lists, ISO 8601 instants). */
export type Open311RequestQuery = { service_request_id?: string; service_code?: string; start_date?: string; end_date?: string; status?: string };

const badParameter = (message: string) => new DomainError(400, 'Bad Request', message);

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean) ?? [];

// The specification's dates: ISO 8601 with a time zone (Z or an offset).
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function instant(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = ISO_WITH_ZONE.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw badParameter(`${name}: bukan waktu ISO 8601 dengan zona / not an ISO 8601 date-time with a time zone (e.g. 2026-11-01T00:00:00+07:00)`);
  return ms;
}

/** The span asked for: both ends, one end and 90 days from it, or the last 90 days; never longer than 90 days. */
function span(ctx: ServiceContext, query: Open311RequestQuery): [from: number, to: number] {
  const start = instant('start_date', query.start_date);
  const end = instant('end_date', query.end_date);
  const to = end ?? (start !== undefined ? start + MAX_SPAN_DAYS * DAY_MS : ctx.clock.now());
  const from = start ?? to - MAX_SPAN_DAYS * DAY_MS;
  if (from > to) throw badParameter('start_date: setelah end_date / after end_date');
  if (to - from > MAX_SPAN_DAYS * DAY_MS) throw badParameter(`end_date: paling lama ${MAX_SPAN_DAYS} hari setelah start_date / at most ${MAX_SPAN_DAYS} days after start_date`);
  return [from, to];
}

function statuses(value: string | undefined): Set<'open' | 'closed'> | undefined {
  const wanted = list(value);
  if (wanted.length === 0) return undefined;
  const bad = wanted.find((status) => status !== 'open' && status !== 'closed');
  if (bad) throw badParameter(`status: '${bad}' bukan open atau closed / is neither open nor closed`);
  return new Set(wanted as ('open' | 'closed')[]);
}

function services(ctx: ServiceContext, value: string | undefined): ServiceCode[] {
  const codes = list(value);
  if (codes.length === 0) return allServiceCodes(ctx);
  return codes.map((code) => parseServiceCode(ctx, code) ?? fail(badParameter(`service_code: '${code}' tidak ada / no such service (see services.json)`)));
}

const fail = (error: Error): never => {
  throw error;
};

/**
 * GET requests: by id (a comma-delimited list, which overrides every other argument, as the specification says),
 * or by service, span and status; newest first, at most 1000.
 */
export function listOpen311Requests({ ctx, query }: { ctx: ServiceContext; query: Open311RequestQuery }): Open311Request[] {
  const ids = list(query.service_request_id);
  if (ids.length > 0) {
    return ids.slice(0, MAX_RESULTS).flatMap((id) => {
      const state = ctx.views.complaints.get(normaliseTrackingCode(id));
      return state ? [toOpen311Request(ctx, state)] : [];
    });
  }
  const [from, to] = span(ctx, query);
  const wanted = statuses(query.status);
  const byOffice = new Map<string, Set<string>>();
  for (const { office, category } of services(ctx, query.service_code)) byOffice.set(office.id, (byOffice.get(office.id) ?? new Set()).add(category));
  const found: ComplaintState[] = [];
  for (const [officeId, categories] of byOffice) {
    for (const state of ctx.views.complaints.submittedBetween(officeId, from, to + 1)) {
      if (categories.has(state.category) && (!wanted || wanted.has(openOrClosed(state)))) found.push(state);
    }
  }
  // Sorted and cut before the public form is made: masking a 90-day span of a busy region would be the cost otherwise.
  found.sort((a, b) => b.submittedAt - a.submittedAt || (a.trackingCode < b.trackingCode ? -1 : 1));
  return found.slice(0, MAX_RESULTS).map((state) => toOpen311Request(ctx, state));
}

/** GET requests/{id}: a list of the one request (as the specification shapes it); 404 for an unknown id. */
export function getOpen311Request({ ctx, id }: { ctx: ServiceContext; id: string }): Open311Request[] {
  const state = ctx.views.complaints.get(normaliseTrackingCode(id));
  if (!state) throw new NotFoundError(`service_request_id '${id}'`);
  return [toOpen311Request(ctx, state)];
}

/** GET tokens/{id}: requests are filed at once, so a token is the request's own id (docs/open311.md). */
export function getOpen311Token({ ctx, token }: { ctx: ServiceContext; token: string }): { service_request_id: string; token: string }[] {
  const state = ctx.views.complaints.get(normaliseTrackingCode(token));
  if (!state) throw new NotFoundError(`token '${token}'`);
  return [{ service_request_id: state.trackingCode, token: state.trackingCode }];
}
