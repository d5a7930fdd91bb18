// docs/operations.md on the real built server: sessions outlive a restart, readiness, metrics behind
// METRICS_TOKEN, and JSON logs with a request id that never carry what a citizen typed.
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';
const ADMIN = { email: 'admin@sukamaju.example', password: 'admin-sukamaju-2026' };
const TOKEN = 'uji-token-metrik-0123456789';

// Personal data of every kind the masking tests know (shared/privacy/mask.test.ts), in several spellings.
const PERSONAL = {
  nik: '3201234567890001',
  nikGrouped: '3201-2345-6789-0001',
  phone: '081377712345',
  phoneIntl: '+62 812-3456-7890',
  phoneBrackets: '(021) 555-1234',
  email: 'rahmat.hidayat@contoh.id',
  name: 'Rahmat Hidayat',
  address: 'Jl. Melati Nomor 17, RT 03/RW 05, Kelurahan Sukamaju'
};
const EVERYTHING = Object.values(PERSONAL).join(', ');
// What a log must not show, also with the separators gone.
const needles = [...Object.values(PERSONAL), '81234567890', '0215551234', 'Melati', 'Hidayat'];

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of new Set(servers.map((server) => server.dataDir))) await removeDataDir(dir);
});
const start = async (options: Parameters<typeof startServer>[0] = {}) => {
  const server = await startServer(options);
  servers.push(server);
  return server;
};

const json = (origin: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const form = (origin: string, path: string, fields: Record<string, string>) =>
  fetch(`${origin}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: new URLSearchParams(fields) });
async function logIn(origin: string, credentials: { email: string; password: string }) {
  const res = await json(origin, '/api/v1/console/session', credentials, { 'x-suara-console': '1' });
  return { status: res.status, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

describe('operating the server', () => {
  it('keeps staff logged in across a restart on the same DATA_DIR, until they log out everywhere', async () => {
    const first = await start();
    const { cookie } = await logIn(first.origin, ADMIN);
    expect((await fetch(`${first.origin}/api/v1/console/me`, { headers: { cookie } })).status).toBe(200);
    await first.stop();
    const second = await start({ dataDir: first.dataDir });
    const me = (session: string) => fetch(`${second.origin}/api/v1/console/me`, { headers: { cookie: session } }).then((res) => res.status);
    expect(await me(cookie)).toBe(200);

    // The console's "log out everywhere" button, from another device: both sessions end.
    const other = (await logIn(second.origin, ADMIN)).cookie;
    const button = await fetch(`${second.origin}/konsol/keluar-semua`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: second.origin, cookie: other },
      body: ''
    });
    expect(button.status).toBe(303);
    expect(button.headers.get('location')).toBe('/konsol/masuk?keluar-semua');
    expect(await me(cookie)).toBe(401);
    expect(await me(other)).toBe(401);
  });

  it('answers ready once started, serves metrics only with the token, and logs no personal data', async () => {
    const server = await start({ env: { METRICS_TOKEN: TOKEN } });
    const { origin } = server;
    const ready = await fetch(`${origin}/api/v1/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // Through every public API…
    const filed = await json(origin, '/api/v1/complaints', {
      officeId: OFFICE,
      category: 'informasi',
      description: `Saya ${EVERYTHING}, mohon dihubungi.`,
      visibility: 'public',
      contact: { name: PERSONAL.name, phone: PERSONAL.phone, email: PERSONAL.email }
    });
    expect(filed.status).toBe(201);
    const { trackingCode, secret } = (await filed.json()) as { trackingCode: string; secret: string };
    expect((await json(origin, `/api/v1/complaints/${trackingCode}/actions`, { action: 'info', secret, message: `Alamat saya ${EVERYTHING}` })).status).toBe(200);
    expect((await json(origin, '/api/v1/ratings', { officeId: OFFICE, score: 2, comment: EVERYTHING })).status).toBe(201);
    await json(origin, '/api/v1/surveys', { officeId: OFFICE, comment: EVERYTHING, answers: {} });
    expect((await logIn(origin, { email: PERSONAL.email, password: PERSONAL.nik })).status).toBe(401);
    const { cookie } = await logIn(origin, ADMIN);
    const staffReply = await json(origin, `/api/v1/console/complaints/${trackingCode}/actions`, { action: 'reply', message: `Kami hubungi ${EVERYTHING}` }, { 'x-suara-console': '1', cookie });
    expect(staffReply.status).toBe(200);
    // …every public form…
    const complaintForm = await form(origin, '/pengaduan/baru', {
      officeId: OFFICE,
      category: 'informasi',
      description: `Lewat formulir: ${EVERYTHING}`,
      visibility: 'private',
      'contact.name': PERSONAL.name,
      'contact.phone': PERSONAL.phoneIntl,
      'contact.email': PERSONAL.email
    });
    expect(complaintForm.status).toBeLessThan(500);
    await form(origin, `/survei/${OFFICE}`, { comment: EVERYTHING, channel: 'web' });
    await form(origin, `/lacak/${trackingCode}/tanggapi`, { action: 'info', message: EVERYTHING });
    await form(origin, '/konsol/masuk', { email: PERSONAL.email, password: PERSONAL.phone });
    // …and in a path and a query.
    await fetch(`${origin}/lacak?kode=${encodeURIComponent(PERSONAL.email)}`);
    await fetch(`${origin}/api/v1/complaints/${encodeURIComponent(PERSONAL.phone)}`);

    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    const metrics = await (await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(metrics).toMatch(/suara_http_requests_total\{method="POST",route="\/api\/v1\/ratings",status="201"\} 1/);
    expect(metrics).toContain('route="/api/v1/complaints/:trackingCode/actions"');
    expect(metrics).toMatch(/suara_events_appended_total [1-9]/);
    expect(metrics).toContain('suara_fsync_seconds_total');
    expect(metrics).toContain('nodejs_eventloop_lag_p99_seconds');
    expect(metrics).toContain('suara_views_snapshot_age_seconds');
    for (const needle of needles) expect(metrics).not.toContain(needle);

    await server.stop();
    const log = server.output();
    // Every line the server wrote is JSON: start-up, demo data, snapshots and the chain check included.
    const written = log.split('\n').filter((line) => line.trim() !== '');
    expect(written.filter((line) => !line.startsWith('{'))).toEqual([]);
    const lines = written;
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(expect.arrayContaining([expect.stringContaining('Data contoh dimuat')]));
    const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request');
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.every((line) => typeof line.reqId === 'string' && typeof line.route === 'string' && typeof line.status === 'number')).toBe(true);
    for (const needle of needles) expect(log, needle).not.toContain(needle);
  });

  it('has no /metrics without METRICS_TOKEN', async () => {
    const server = await start();
    expect((await fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
