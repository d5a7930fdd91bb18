// Property-based fuzz of Open311, in-process: odd text in every form field and query argument, wrong content types,
// raw bytes. Whatever comes in, the answer is never a 5xx, and an error is the specification's list of {code, description}.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzRequest, oddText } from '../support/fuzz-bodies.ts';
import { open311App, parseXml } from './open311-fixtures.ts';

const RUNS = 120;
const FIELDS = ['service_code', 'description', 'first_name', 'last_name', 'email', 'phone', 'attribute[service_id]', 'attribute[visibility]', 'lat', 'long', 'address_string', 'jurisdiction_id'];
const QUERY = ['service_request_id', 'service_code', 'start_date', 'end_date', 'status'];

let t: Awaited<ReturnType<typeof open311App>>;
beforeAll(async () => {
  t = await open311App();
});

/** A non-2xx answer must be the error list, in the format the path names. */
async function expectSpecAnswer(res: Response, format: 'json' | 'xml', what: string) {
  const text = await res.text();
  expect(res.status, `${what} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400) return;
  const errors = format === 'json' ? (JSON.parse(text) as { code: number }[]) : (parseXml(text).errors as { error: { code: string }[] }).error;
  expect(errors.length, what).toBeGreaterThan(0);
}

describe('fuzzing Open311', () => {
  it('POST requests with odd form fields never answers 5xx', async () => {
    const form = fc.record(Object.fromEntries(FIELDS.map((name) => [name, oddText])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(form, fc.boolean(), fc.constantFrom('json', 'xml'), async (fields, withKey, format) => {
        const body = new URLSearchParams({ ...(fields as Record<string, string>), ...(withKey && { api_key: t.apiKey }) });
        const res = await t.app.request(`/open311/v2/requests.${format}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() });
        await expectSpecAnswer(res, format, body.toString());
      }),
      { numRuns: RUNS }
    );
  }, 60_000);

  it('POST requests with any body and content type never answers 5xx', async () => {
    const valid = { api_key: t.apiKey, service_code: 'disdukcapil-uji.lainnya', description: 'Jadwal layanan tidak diumumkan.' };
    await fc.assert(
      fc.asyncProperty(fuzzRequest(valid), async ({ contentType, body }) => {
        const res = await t.app.request('/open311/v2/requests.json', { method: 'POST', headers: contentType === undefined ? {} : { 'Content-Type': contentType }, body });
        await expectSpecAnswer(res, 'json', String(contentType));
      }),
      { numRuns: RUNS }
    );
  }, 60_000);

  it('GET requests with odd arguments never answers 5xx', async () => {
    const query = fc.record(Object.fromEntries(QUERY.map((name) => [name, oddText])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('json', 'xml'), async (args, format) => {
        const search = new URLSearchParams(args as Record<string, string>).toString();
        await expectSpecAnswer(await t.app.request(`/open311/v2/requests.${format}?${search}`), format, search);
      }),
      { numRuns: RUNS }
    );
  }, 60_000);
});
