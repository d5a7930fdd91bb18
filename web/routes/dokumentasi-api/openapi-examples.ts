import type { OpenApiDocument } from './openapi-view.ts';

/** Just the parts of a schema an example is built from. */
export type ExampleSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  format?: string;
  minimum?: number;
  items?: ExampleSchema;
  properties?: Record<string, ExampleSchema>;
  required?: string[];
  anyOf?: ExampleSchema[];
  prefixItems?: ExampleSchema[];
};

const MAX_DEPTH = 6;

/**
 * An example value for a schema: its own `example` where the document gives one (the shared schemas
 * set them), otherwise the first enum value, default, or a plain value of its type. Optional fields
 * without an example are left out, so the example stays short; nullable fields show their value.
 */
export function exampleOf(schema: ExampleSchema | undefined, doc: OpenApiDocument, depth = 0): unknown {
  if (!schema || depth > MAX_DEPTH) return null;
  if (schema.$ref) return exampleOf(doc.components?.schemas?.[schema.$ref.split('/').pop()!] as ExampleSchema | undefined, doc, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf?.length) return exampleOf(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0], doc, depth + 1);
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? 'null') : schema.type;
  switch (type) {
    case 'object': {
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties ?? {}).filter(([name, property]) => required.has(name) || hasExample(property));
      return Object.fromEntries(entries.map(([name, property]) => [name, exampleOf(property, doc, depth + 1)]));
    }
    case 'array':
      if (schema.prefixItems) return schema.prefixItems.map((item) => exampleOf(item, doc, depth + 1));
      return [exampleOf(schema.items, doc, depth + 1)];
    case 'integer':
      return schema.minimum ?? 0;
    case 'number':
      return schema.minimum ?? 0.5;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date-time' ? '2026-12-02T09:30:00.000Z' : schema.format === 'email' ? 'warga@contoh.id' : 'teks';
    default:
      return null;
  }
}

function hasExample(schema: ExampleSchema): boolean {
  return schema.example !== undefined || !!schema.examples?.length;
}

/** A request as a client writes it: method, path with its examples filled in, and a JSON body. */
export function requestExample(
  method: string,
  path: string,
  params: { name: string; in: string; required?: boolean; schema?: ExampleSchema }[],
  body: ExampleSchema | undefined,
  doc: OpenApiDocument
): string {
  const value = (param: (typeof params)[number]) => String(exampleOf(param.schema, doc) ?? param.name);
  let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = params.find((p) => p.in === 'path' && p.name === name);
    const example = param && exampleOf(param.schema, doc);
    return typeof example === 'string' && example !== 'teks' ? example : `{${name}}`;
  });
  const query = params.filter((p) => p.in === 'query' && (p.required || hasExample(p.schema ?? {})));
  if (query.length) url += `?${query.map((p) => `${p.name}=${encodeURIComponent(value(p))}`).join('&')}`;
  const lines = [`${method.toUpperCase()} ${url}`];
  if (body) lines.push('Content-Type: application/json', '', JSON.stringify(exampleOf(body, doc), null, 2));
  return lines.join('\n');
}
