// Property-based fuzz of every form action on the real built server: odd field values, wrong types of body, wrong
// content types, raw bytes and truncated bodies. Never a 5xx, never a hang (the test's timeout), and the server
// answers pages and the API afterwards. Bounded runs, so it stays well under a minute. Needs `npm run build` first.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyValue, fuzzRequest, oddText, type FuzzRequest } from '../support/fuzz-bodies.ts';
import { serverOnly } from './support/harness.ts';
import { fileComplaint } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';
const RUNS = 15;

const running = serverOnly();
let code: string;

beforeAll(async () => {
  code = await fileComplaint(running.server.origin, OFFICE);
});

/** Each form's action and the fields its form sends. */
const FORMS: [string, () => string, Record<string, string>][] = [
  ['the rating form', () => `/nilai/${OFFICE}?/rate`, { score: '4', serviceId: '', comment: 'Cepat.', channel: 'web' }],
  ['the survey form', () => `/survei/${OFFICE}`, { 'answers.u1': '4', 'respondent.gender': 'f', comment: 'Baik', channel: 'qr' }],
  ['the complaint form', () => '/pengaduan/baru', { officeId: OFFICE, category: 'informasi', description: 'Antrean sangat panjang hari ini.', visibility: 'public', 'contact.phone': '0812' }],
  ["the citizen's reply form", () => `/lacak/${code}/tanggapi`, { action: 'info', secret: 'bukan-rahasia', message: 'Keterangan tambahan.' }],
  ['the console login', () => '/konsol/masuk', { email: 'admin@sukamaju.example', password: 'salah' }],
  ["the console's complaint form", () => `/konsol/pengaduan/${code}`, { action: 'verify', message: '' }]
];

/** A form's own fields with odd values, sent as a browser would: url-encoded or multipart. */
function oddForm(fields: Record<string, string>): fc.Arbitrary<FuzzRequest | FormData> {
  const values = fc.dictionary(
    fc.constantFrom(...Object.keys(fields), 'extra', '__proto__'),
    fc.oneof(
      oddText,
      anyValue.map((v) => JSON.stringify(v) ?? '')
    ),
    { maxKeys: 6 }
  );
  return fc.oneof(
    values.map((v) => ({ contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams({ ...fields, ...v }).toString() })),
    values.map((v) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ ...fields, ...v })) form.append(name, value);
      return form;
    })
  );
}

describe('fuzzing the form actions', () => {
  it.each(FORMS)('%s never answers 5xx', async (_, path, fields) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fuzzRequest(fields), oddForm(fields)), fc.constantFrom('text/html', 'application/json', '*/*'), async (request, accept) => {
        const headers: Record<string, string> = { origin: running.server.origin, accept };
        let body: BodyInit;
        if (request instanceof FormData) body = request;
        else {
          body = request.body;
          if (request.contentType !== undefined) headers['content-type'] = request.contentType;
        }
        const res = await fetch(`${running.server.origin}${path()}`, { method: 'POST', headers, body, redirect: 'manual' });
        const text = await res.text();
        expect(res.status, `${path()} ${text.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: RUNS }
    );
  });

  it('leaves the server healthy: the API, a page and a form page still answer', async () => {
    expect(running.server.process.exitCode).toBeNull();
    for (const path of ['/api/v1/health', '/', `/nilai/${OFFICE}`, '/konsol/masuk', `/lacak/${code}`]) {
      expect((await fetch(`${running.server.origin}${path}`)).status, path).toBe(200);
    }
  });
});
