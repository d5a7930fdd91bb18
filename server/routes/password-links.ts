import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { PasswordByLinkInput } from '../../shared/schemas/admin.ts';
import { linkOwner, setPasswordByLink } from '../services/admin/staff.ts';
import type { ServiceContext } from '../services/context.ts';
import { consoleProblems } from './console-responses.ts';

const TokenParams = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .meta({ param: { name: 'token', in: 'path' } })
});
const Owner = z.object({ name: z.string(), email: z.string() }).meta({ id: 'PasswordLinkOwner' });

const owner = createRoute({
  method: 'get',
  path: '/api/v1/password-links/{token}',
  tags: ['console'],
  summary: 'Who an invitation or reset link is for, while it is live',
  request: { params: TokenParams },
  responses: { 200: { description: 'The account', content: { 'application/json': { schema: Owner } } }, ...consoleProblems }
});

const use = createRoute({
  method: 'post',
  path: '/api/v1/password-links/{token}',
  tags: ['console'],
  summary: 'Set the password with a one-time invitation or reset link (void once used)',
  request: { params: TokenParams, body: { required: true, content: { 'application/json': { schema: PasswordByLinkInput } } } },
  responses: { 204: { description: 'Password set' }, ...consoleProblems }
});

/** Outside /console: who follows the link has no session yet; the 256-bit token is the credential. */
export function registerPasswordLinks(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(owner, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(linkOwner(ctx, c.req.valid('param').token), 200);
  });
  app.openapi(use, async (c) => {
    await setPasswordByLink({ ctx, token: c.req.valid('param').token, password: c.req.valid('json').password });
    return c.body(null, 204);
  });
}
