import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { STAFF_CSRF_HEADER, staffSessionCookie } from '../../../shared/schemas/index.ts';
import { ForbiddenError, UnauthorizedError } from '../../errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { staffOfSession } from '../../services/staff/access.ts';
import type { StaffAccount } from '../../store/types.ts';

/** The session cookie's name for a site at `origin` (`__Host-` prefixed on https). */
export const sessionCookieName = (origin: string | undefined) => staffSessionCookie(origin?.startsWith('https:') ?? false);
/**
 * Every state-changing staff call carries this header. A page on another origin cannot add it
 * without a CORS preflight, which the API never grants for it: that is the JSON API's CSRF guard.
 */
const CONSOLE_HEADER = STAFF_CSRF_HEADER;

const LOGIN_PATH = '/api/v1/console/session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const staffByContext = new WeakMap<Context, StaffAccount>();

/**
 * Guards `/api/v1/console/*`: refuses cross-site writes, finds the session's account, keeps
 * answers out of caches and away from other origins (the public API's `Access-Control-Allow-Origin: *`
 * is removed here: the staff API is not open CORS).
 */
export function consoleGuard({ ctx, origin }: { ctx: ServiceContext; origin?: string }): MiddlewareHandler {
  const cookieName = sessionCookieName(origin);
  return async function guardConsole(c, next) {
    if (!SAFE_METHODS.has(c.req.method) && !sameOriginWrite(c, origin ?? new URL(c.req.url).origin)) {
      throw new ForbiddenError('Permintaan lintas situs ditolak / cross-site request refused');
    }
    const staff = await staffOfSession(ctx, getCookie(c, cookieName));
    if (staff) staffByContext.set(c, staff);
    // Only logging in needs no session; everything else answers 401 before even validating input.
    else if (!(c.req.method === 'POST' && c.req.path === LOGIN_PATH)) throw new UnauthorizedError();
    await next();
    c.res.headers.delete('Access-Control-Allow-Origin');
    c.res.headers.set('Cache-Control', 'no-store');
  };
}

function sameOriginWrite(c: Context, expectedOrigin: string): boolean {
  if (c.req.header(CONSOLE_HEADER) !== '1') return false;
  const requestOrigin = c.req.header('origin');
  if (requestOrigin !== undefined && requestOrigin !== expectedOrigin) return false;
  const site = c.req.header('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The logged-in account of this request; 401 without a live session. */
export function requireStaff(c: Context): StaffAccount {
  const staff = staffByContext.get(c);
  if (!staff) throw new UnauthorizedError();
  return staff;
}
