import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../errors.ts';
import type { Notifications } from '../notifications/index.ts';
import { problemResponses } from './responses.ts';

const Token = z.string().min(20).max(400);
const TokenParams = z.object({ token: Token.meta({ param: { name: 'token', in: 'path' } }) });
const UnsubscribeState = z
  .object({
    trackingCode: z.string().optional().describe('the complaint whose messages the link stops (absent for a staff reminder link)'),
    unsubscribed: z.boolean()
  })
  .meta({ id: 'UnsubscribeState' });

const show = createRoute({
  method: 'get',
  path: '/api/v1/notifications/unsubscribe/{token}',
  tags: ['complaints'],
  summary: 'What an unsubscribe link from a notification stops, and whether it already did',
  request: { params: TokenParams },
  responses: { 200: { description: 'The link is genuine', content: { 'application/json': { schema: UnsubscribeState } } }, ...problemResponses }
});

const follow = createRoute({
  method: 'post',
  path: '/api/v1/notifications/unsubscribe/{token}',
  tags: ['complaints'],
  summary: 'Stop the messages an unsubscribe link names, at once (docs/notifications.md)',
  request: { params: TokenParams },
  responses: { 200: { description: 'No more messages go to this recipient', content: { 'application/json': { schema: UnsubscribeState } } }, ...problemResponses }
});

/** The unsubscribe link of every notification; without notifications configured, no link is genuine. */
export function registerNotifications(app: OpenAPIHono, notifications: Notifications | undefined): void {
  const verbs = (): Notifications => {
    if (!notifications) throw new NotFoundError('Tautan berhenti berlangganan / unsubscribe link');
    return notifications;
  };
  app.openapi(show, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await verbs().unsubscribeState(c.req.valid('param').token), 200);
  });
  app.openapi(follow, async (c) => c.json(await verbs().unsubscribe(c.req.valid('param').token), 200));
}
