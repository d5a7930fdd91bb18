import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainError } from '../errors.ts';
import { xmlDocument, type XmlTree } from './xml.ts';

/** GeoReport v2 serves every resource as `.json` and `.xml`; the client picks by the name's ending. */
export type Open311Format = 'json' | 'xml';

/** `requests.json` → `{ name: 'requests', format: 'json' }`; undefined when the name ends otherwise. */
export function splitFormat(file: string): { name: string; format: Open311Format } | undefined {
  const match = /^(.*)\.(json|xml)$/.exec(file);
  return match ? { name: match[1]!, format: match[2] as Open311Format } : undefined;
}

/** One answer in both shapes: the JSON value and its XML tree (which names the elements JSON arrays leave unnamed). */
export type Open311Body = { json: unknown; xml: XmlTree };

/** Sends the answer in the format asked for, UTF-8 as the specification requires. */
export function open311Response(c: Context, format: Open311Format, body: Open311Body, status: ContentfulStatusCode = 200): Response {
  if (format === 'json') return c.body(JSON.stringify(body.json), status, { 'Content-Type': 'application/json; charset=utf-8' });
  return c.body(xmlDocument(body.xml), status, { 'Content-Type': 'text/xml; charset=utf-8' });
}

// Our domain errors in GeoReport's three codes: a bad field (422) is the client's 400, a missing login (401) its 403.
// 409, 413, 429 and 503 keep their own status.
function asOpen311(error: DomainError, fieldName: (field: string) => string): { status: number; descriptions: string[] } {
  if (error.status === 401 || error.status === 403) return { status: 403, descriptions: [error.message] };
  if (error.status === 400 || error.status === 422) return { status: 400, descriptions: error.errors?.map((e) => `${fieldName(e.field)}: ${e.message}`) ?? [error.message] };
  return { status: error.status, descriptions: [error.message] };
}

/** The error list GeoReport v2 describes: `[{ code, description }]`, `<errors><error>…` in XML. */
export function open311ErrorResponse(c: Context, format: Open311Format, error: DomainError, fieldName: (field: string) => string = (field) => field): Response {
  const mapped = asOpen311(error, fieldName);
  const errors = mapped.descriptions.map((description) => ({ code: mapped.status, description }));
  if ('retryAfterSeconds' in error) c.header('Retry-After', String(error.retryAfterSeconds));
  return open311Response(c, format, { json: errors, xml: { errors: { error: errors } } }, mapped.status as ContentfulStatusCode);
}
