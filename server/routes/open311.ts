import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { DomainError, NotFoundError } from '../errors.ts';
import { bodyLimit } from '../middleware/body-limit/index.ts';
import { publicCors } from '../middleware/public-cors/index.ts';
import { rateLimit } from '../middleware/rate-limit/index.ts';
import { open311ErrorResponse, open311Response, splitFormat, type Open311Format } from '../open311/respond.ts';
import type { ServiceContext } from '../services/context.ts';
import { open311Discovery } from '../services/open311/discovery.ts';
import { fileOpen311Request, OPEN311_FIELD_NAMES, type Open311RequestForm } from '../services/open311/file-request.ts';
import { getOpen311Request, getOpen311Token, listOpen311Requests } from '../services/open311/requests.ts';
import { getOpen311ServiceDefinition, listOpen311Services } from '../services/open311/services.ts';

/** The format an answer (or its error) is in: the ending of the path's last part; XML, the required one, otherwise. */
const formatOf = (c: Context): Open311Format => splitFormat(c.req.path.split('/').pop() ?? '')?.format ?? 'xml';

/** The resource a path part names, with its format; 404 for a part without `.json` or `.xml`. */
function resource(file: string): { name: string; format: Open311Format } {
  const split = splitFormat(file);
  if (!split) throw new NotFoundError(`'${file}' (.json / .xml)`);
  return split;
}

const noSuchPath = (c: Context) => new NotFoundError(`Open311 '${c.req.path}'`);

async function formFields(c: Context): Promise<Open311RequestForm> {
  const body = await c.req.parseBody().catch(() => ({}));
  const fields: Open311RequestForm = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields[name] = value;
  // Some clients send the key in the query string rather than the form.
  fields.api_key ??= c.req.query('api_key');
  return fields;
}

/**
 * GeoReport v2 at /open311/v2 (docs/open311.md): discovery, services, service definitions, requests (GET and POST),
 * one request and tokens, each as `.json` and `.xml`, errors as the specification's list of `{code, description}`.
 * `origin` (ORIGIN) names the site in discovery and notices; the request's own origin when absent (tests).
 */
export function open311Routes(ctx: ServiceContext, origin?: string): Hono {
  const app = new Hono();
  const siteOrigin = (c: Context) => origin ?? new URL(c.req.url).origin;

  app.onError((error, c) => {
    if (error instanceof DomainError) return open311ErrorResponse(c, formatOf(c), error, (field) => OPEN311_FIELD_NAMES[field] ?? field);
    throw error; // the API's own handler logs it and answers 500
  });

  app.get('/:file', (c) => {
    const { name, format } = resource(c.req.param('file'));
    if (name === 'discovery') {
      const discovery = open311Discovery(siteOrigin(c));
      const endpoints = discovery.endpoints.map((endpoint) => ({ ...endpoint, formats: { format: endpoint.formats } }));
      return open311Response(c, format, { json: discovery, xml: { discovery: { ...discovery, endpoints: { endpoint: endpoints } } } });
    }
    if (name === 'services') {
      const services = listOpen311Services({ ctx });
      return open311Response(c, format, { json: services, xml: { services: { service: services } } });
    }
    if (name === 'requests') {
      const requests = listOpen311Requests({ ctx, query: c.req.query() });
      return open311Response(c, format, { json: requests, xml: { service_requests: { request: requests } } });
    }
    throw noSuchPath(c);
  });

  app.post('/:file', async (c) => {
    const { name, format } = resource(c.req.param('file'));
    if (name !== 'requests') throw noSuchPath(c);
    const filed = [await fileOpen311Request({ ctx, form: await formFields(c), siteOrigin: siteOrigin(c) })];
    return open311Response(c, format, { json: filed, xml: { service_requests: { request: filed } } });
  });

  app.get('/:collection/:file', (c) => {
    const { name, format } = resource(c.req.param('file'));
    const collection = c.req.param('collection');
    if (collection === 'services') {
      const definition = getOpen311ServiceDefinition({ ctx, code: name });
      const attributes = definition.attributes.map((attribute) => ({ ...attribute, values: { value: attribute.values } }));
      return open311Response(c, format, { json: definition, xml: { service_definition: { ...definition, attributes: { attribute: attributes } } } });
    }
    if (collection === 'requests') {
      const requests = getOpen311Request({ ctx, id: name });
      return open311Response(c, format, { json: requests, xml: { service_requests: { request: requests } } });
    }
    if (collection === 'tokens') {
      const tokens = getOpen311Token({ ctx, token: name });
      return open311Response(c, format, { json: tokens, xml: { service_requests: { request: tokens } } });
    }
    throw noSuchPath(c);
  });

  app.all('*', (c) => {
    throw noSuchPath(c);
  });
  return app;
}

export type Open311Options = { origin?: string; bodyLimitBytes: number; limit: number; windowMs: number };

/** Mounts /open311/v2 with its guards: any origin may read, bodies are bounded, POSTs are limited per client. */
export function registerOpen311(app: OpenAPIHono, ctx: ServiceContext, { origin, bodyLimitBytes, limit, windowMs }: Open311Options): void {
  const tooLarge = new DomainError(413, 'Content Too Large', `Maksimal ${bodyLimitBytes} byte / at most ${bodyLimitBytes} bytes`);
  app.use('/open311/*', publicCors({ allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAgeSeconds: 86400 }));
  app.use('/open311/*', bodyLimit({ maxSize: bodyLimitBytes, onError: (c) => open311ErrorResponse(c, formatOf(c), tooLarge) }));
  app.use('/open311/*', rateLimit({ limit, windowMs, clientKey: ctx.security.clientKey, clock: ctx.clock }));
  app.route('/open311/v2', open311Routes(ctx, origin));
}
