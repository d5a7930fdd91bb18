import { exampleOf, requestExample, type ExampleSchema } from './openapi-examples.ts';

/** Just the parts of an OpenAPI 3.1 document this page reads. */
type Schema = ExampleSchema & {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  default?: unknown;
  description?: string;
  anyOf?: Schema[];
};
type Operation = {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

export type ParamView = { name: string; in: string; required: boolean; type: string };
export type ResponseView = { status: string; description: string; schema: string };
export type EndpointView = {
  id: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
  params: ParamView[];
  body: string | null;
  responses: ResponseView[];
  /** The request as a client writes it, from the document's examples. */
  requestExample: string;
  /** The first success answer's body as JSON text, when it has one. */
  responseExample: { status: string; body: string } | null;
};
export type PropertyView = { name: string; type: string; required: boolean; description: string };
export type SchemaView = { name: string; properties: PropertyView[] };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** `RatingInput` from `#/components/schemas/RatingInput`, or a short type description. */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return '—';
  if (schema.$ref) return schema.$ref.split('/').pop() ?? schema.$ref;
  if (schema.anyOf) return schema.anyOf.map(describeSchema).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const base = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  if (base === 'array') return `${describeSchema(schema.items)}[]`;
  const limits = [
    schema.format,
    schema.pattern && `pattern ${schema.pattern}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.minLength !== undefined && `min ${schema.minLength}`,
    schema.maxLength !== undefined && `max ${schema.maxLength}`,
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`
  ].filter(Boolean);
  return limits.length ? `${base} (${limits.join(', ')})` : base;
}

const firstSchema = (content: Record<string, { schema?: Schema }> | undefined) => Object.values(content ?? {})[0]?.schema;

/** Every path and method of the document, in document order, ready to print. */
export function endpointsOf(doc: OpenApiDocument): EndpointView[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const op = item[method];
      return {
        id: `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, ''),
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        tag: op.tags?.[0] ?? '',
        params: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: !!p.required, type: describeSchema(p.schema) })),
        body: op.requestBody ? describeSchema(firstSchema(op.requestBody.content)) : null,
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
          status,
          description: r.description ?? '',
          schema: r.content ? describeSchema(firstSchema(r.content)) : '—'
        })),
        requestExample: requestExample(method, path, op.parameters ?? [], op.requestBody ? firstSchema(op.requestBody.content) : undefined, doc),
        responseExample: successExample(op, doc)
      };
    })
  );
}

/** The first 2xx answer with a JSON body, as an example. */
function successExample(op: Operation, doc: OpenApiDocument): EndpointView['responseExample'] {
  const success = Object.entries(op.responses ?? {}).find(([status, r]) => status.startsWith('2') && r.content?.['application/json']);
  if (!success) return null;
  const [status, response] = success;
  return { status, body: JSON.stringify(exampleOf(response.content!['application/json']!.schema, doc), null, 2) };
}

/** The fields of each schema a client sends (request bodies), so the page shows what to POST. */
export function requestSchemasOf(doc: OpenApiDocument, endpoints: EndpointView[]): SchemaView[] {
  const names = [...new Set(endpoints.map((e) => e.body).filter((b): b is string => !!b))];
  return names.flatMap((name) => {
    const schema = doc.components?.schemas?.[name];
    if (!schema?.properties) return [];
    const required = new Set(schema.required ?? []);
    return [{ name, properties: propertiesOf(schema, '', required) }];
  });
}

/** Rows for an object's properties; a nested object (like `contact`) becomes `contact.name` … rows. */
function propertiesOf(schema: Schema, prefix: string, required: Set<string>): PropertyView[] {
  return Object.entries(schema.properties ?? {}).flatMap(([prop, s]) => {
    const row = { name: `${prefix}${prop}`, type: describeSchema(s), required: required.has(prop), description: s.description ?? '' };
    if (!s.properties) return [row];
    return [row, ...propertiesOf(s, `${prefix}${prop}.`, new Set(s.required ?? []))];
  });
}
