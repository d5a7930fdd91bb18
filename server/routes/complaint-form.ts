import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { ATTACHMENT_LIMITS, ComplaintInput } from '../../shared/schemas/index.ts';
import { DomainError } from '../errors.ts';
import { validationHook } from '../middleware/problem/index.ts';
import type { Upload } from '../services/attachments/prepare-uploads.ts';

/**
 * A complaint with its files, as a form sends it (multipart): either the JSON body of ComplaintInput in one part
 * `complaint` (what our own pages and widgets send, so a field added to ComplaintInput needs nothing here), or its
 * fields by name with `contact.*` flat (a plain HTML form).
 */
export const ComplaintForm = z
  .object({
    complaint: z.string().optional().describe('ComplaintInput as JSON; when given, the other fields are not read'),
    officeId: z.string().optional(),
    serviceId: z.string().optional(),
    category: z.string().optional(),
    description: z.string().optional(),
    visibility: z.string().optional(),
    'contact.name': z.string().optional(),
    'contact.phone': z.string().optional(),
    'contact.email': z.string().optional(),
    files: z
      .array(z.string().meta({ format: 'binary' }))
      .optional()
      .describe(`up to ${ATTACHMENT_LIMITS.files} files of up to ${ATTACHMENT_LIMITS.fileBytes} bytes each: JPEG, PNG, WebP (re-encoded, metadata removed) or PDF`)
  })
  .meta({ id: 'ComplaintForm' });

/** The largest multipart body worth reading: every file at its limit, and the fields. */
export function complaintFormLimit(fieldBytes: number): number {
  return ATTACHMENT_LIMITS.files * ATTACHMENT_LIMITS.fileBytes + fieldBytes;
}

export const isMultipart = (contentType: string | undefined) => /^multipart\/form-data/i.test(contentType ?? '');

/** The complaint and files of a multipart request; a bad field is a 422 naming it, as for JSON. */
export async function readComplaintForm(c: Context): Promise<{ input: ComplaintInput; uploads: Upload[] }> {
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new DomainError(400, 'Bad Request', 'Formulir tidak dapat dibaca / the form cannot be read');
  });
  const text = (name: string) => {
    const value = form[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const parsed = ComplaintInput.safeParse(text('complaint') !== undefined ? jsonPart(text('complaint')!) : flatFields(text));
  validationHook(parsed);
  const files = [form.files ?? []].flat().filter((value): value is File => typeof value !== 'string');
  // A file input left empty still sends a part, with no name and no bytes.
  const chosen = files.filter((file) => file.size > 0 || file.name !== '');
  return { input: parsed.data!, uploads: await Promise.all(chosen.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()) }))) };
}

function jsonPart(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError(400, 'Bad Request', 'Bagian `complaint` bukan JSON / the `complaint` part is not JSON');
  }
}

function flatFields(text: (name: string) => string | undefined): unknown {
  const contact = { name: text('contact.name'), phone: text('contact.phone'), email: text('contact.email') };
  return {
    officeId: text('officeId'),
    serviceId: text('serviceId'),
    category: text('category'),
    description: text('description'),
    visibility: text('visibility'),
    contact: Object.values(contact).some(Boolean) ? contact : undefined
  };
}
