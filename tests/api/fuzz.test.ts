// Property-based fuzz of every public write endpoint, in-process: arbitrary JSON, wrong types, huge and odd strings,
// wrong content types, raw bytes and truncated bodies. Whatever comes in, the answer is never a 5xx, a 4xx is
// problem+json, and the app still takes a valid write afterwards. Bounded runs, a fixed seed per run printed on failure.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzRequest } from '../support/fuzz-bodies.ts';
import { consoleApp, PASSWORD, testStaff } from './console-fixtures.ts';

const RUNS = 120;

const rating = { officeId: 'disdukcapil-uji', serviceId: 'ktp-el', score: 4, comment: 'Cepat.', channel: 'web' };
const survey = { officeId: 'disdukcapil-uji', answers: { u1: 4, u2: 3 }, respondent: { gender: 'f' }, comment: 'Baik', channel: 'web' };
const complaint = { officeId: 'disdukcapil-uji', category: 'informasi', description: 'Jadwal layanan tidak diumumkan.', visibility: 'public', contact: { phone: '081234567890' } };
const citizenAction = { action: 'info', secret: 'bukan-rahasia-yang-benar', message: 'Tambahan keterangan.' };
const login = { email: testStaff.admin.email, password: 'salah-sekali' };
const staffAction = { action: 'reply', message: 'Sedang kami periksa.' };

type App = Awaited<ReturnType<typeof consoleApp>>;
let app: App;
let trackingCode: string;
let admin: string;

beforeAll(async () => {
  app = await consoleApp();
  trackingCode = (await app.file()).trackingCode;
  admin = await app.login('admin');
});

const ENDPOINTS: [string, () => string, Record<string, unknown>, () => Record<string, string>][] = [
  ['ratings', () => '/api/v1/ratings', rating, () => ({})],
  ['surveys', () => '/api/v1/surveys', survey, () => ({})],
  ['complaints', () => '/api/v1/complaints', complaint, () => ({})],
  ["a citizen's complaint action", () => `/api/v1/complaints/${trackingCode}/actions`, citizenAction, () => ({})],
  ['console login', () => '/api/v1/console/session', login, () => ({ 'X-Suara-Console': '1' })],
  ["a staff member's complaint action", () => `/api/v1/console/complaints/${trackingCode}/actions`, staffAction, () => ({ 'X-Suara-Console': '1', cookie: admin })]
];

describe('fuzzing the public write endpoints', () => {
  it.each(ENDPOINTS)(
    '%s never answers 5xx; a 4xx is problem+json',
    async (_, path, valid, headers) => {
      await fc.assert(
        fc.asyncProperty(fuzzRequest(valid), async ({ contentType, body }) => {
          const res = await app.app.request(path(), { method: 'POST', headers: { ...headers(), ...(contentType !== undefined && { 'Content-Type': contentType }) }, body });
          const text = await res.text();
          expect(res.status, `${path()} ${text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type'), path()).toBe('application/problem+json');
        }),
        { numRuns: RUNS }
      );
    },
    60_000
  );

  it('leaves the app healthy: it still takes a rating, a complaint and a login', async () => {
    expect((await app.app.request('/api/v1/health')).status).toBe(200);
    expect((await app.post('/api/v1/ratings', rating)).status).toBe(201);
    expect((await app.post('/api/v1/complaints', complaint)).status).toBe(201);
    const res = await app.app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' },
      body: JSON.stringify({ email: testStaff.officer.email, password: PASSWORD })
    });
    expect(res.status).toBe(200);
  });
});
