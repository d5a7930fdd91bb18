import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LoginInput, MessageLanguageChange, PasswordChange, StaffProfile } from '../../shared/schemas/index.ts';
import { requireStaff, sessionCookieName } from '../middleware/console-guard/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { changeOwnPassword } from '../services/staff/change-own-password.ts';
import { logIn } from '../services/staff/log-in.ts';
import { setMessageLanguage } from '../services/staff/set-message-language.ts';
import { getStaffProfile } from '../services/staff/staff-profile.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const login = createRoute({
  method: 'post',
  path: '/api/v1/console/session',
  tags: ['console'],
  summary: 'Staff login: sets the HttpOnly session cookie (throttled after repeated failures)',
  request: { body: { required: true, content: { 'application/json': { schema: LoginInput } } } },
  responses: { 200: { description: 'Logged in', content: { 'application/json': { schema: StaffProfile } } }, ...consoleProblems }
});

const logout = createRoute({
  method: 'delete',
  path: '/api/v1/console/session',
  tags: ['console'],
  summary: 'Staff logout: ends the session',
  security: STAFF_SECURITY,
  responses: { 204: { description: 'Logged out' }, ...consoleProblems }
});

const logoutEverywhere = createRoute({
  method: 'delete',
  path: '/api/v1/console/sessions',
  tags: ['console'],
  summary: 'Sign out everywhere: ends every session of the logged-in account, this one included',
  security: STAFF_SECURITY,
  responses: { 204: { description: 'All sessions of the account ended' }, ...consoleProblems }
});

const me = createRoute({
  method: 'get',
  path: '/api/v1/console/me',
  tags: ['console'],
  summary: 'The logged-in account and its offices',
  security: STAFF_SECURITY,
  responses: { 200: { description: 'The account', content: { 'application/json': { schema: StaffProfile } } }, ...consoleProblems }
});

const changePassword = createRoute({
  method: 'put',
  path: '/api/v1/console/me/password',
  tags: ['console'],
  summary: "Change one's own password (the current one required): every other session of the account ends, this one stays",
  security: STAFF_SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: PasswordChange } } } },
  responses: { 204: { description: 'Changed' }, ...consoleProblems }
});

const changeLanguage = createRoute({
  method: 'put',
  path: '/api/v1/console/me/language',
  tags: ['console'],
  summary: "The language of one's own messages (deadline reminders): id, en, or both (Indonesian first)",
  security: STAFF_SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: MessageLanguageChange } } } },
  responses: { 204: { description: 'Changed' }, ...consoleProblems }
});

export function registerConsoleSession(app: OpenAPIHono, ctx: ServiceContext, origin: string | undefined): void {
  const secureCookie = origin?.startsWith('https:') ?? false;
  const cookieName = sessionCookieName(origin);
  app.openapi(login, async (c) => {
    const { token, profile } = await logIn({ ctx, input: c.req.valid('json'), client: ctx.security.clientKey(c) });
    setCookie(c, cookieName, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookie, maxAge: ctx.security.sessions.maxMs / 1000 });
    return c.json(profile, 200);
  });
  app.openapi(logout, async (c) => {
    requireStaff(c);
    await ctx.security.sessions.close(getCookie(c, cookieName));
    deleteCookie(c, cookieName, { path: '/', secure: secureCookie });
    return c.body(null, 204);
  });
  app.openapi(logoutEverywhere, async (c) => {
    await ctx.security.sessions.endAllFor(requireStaff(c).id);
    deleteCookie(c, cookieName, { path: '/', secure: secureCookie });
    return c.body(null, 204);
  });
  app.openapi(changePassword, async (c) => {
    await changeOwnPassword({ ctx, staff: requireStaff(c), input: c.req.valid('json'), session: getCookie(c, cookieName), client: ctx.security.clientKey(c) });
    return c.body(null, 204);
  });
  app.openapi(changeLanguage, async (c) => {
    await setMessageLanguage({ ctx, staff: requireStaff(c), input: c.req.valid('json') });
    return c.body(null, 204);
  });
  app.openapi(me, (c) => c.json(getStaffProfile({ ctx, staff: requireStaff(c) }), 200));
}
