// A realistic installation for the copy test, written through the API as people would: ratings and SKM surveys on
// two offices over a few days, complaints through their lifecycle, one with a photo, and one erased.
import { expect } from 'vitest';
import type { SuaraApp } from '../../../server/app.ts';
import type { manualClock } from '../../../server/clock.ts';
import { filedWithPhoto } from '../../api/attachment-fixtures.ts';
import { filing, PASSWORD, testStaff } from '../../api/console-fixtures.ts';

export const CLI_TOKEN = 'token-salin-'.padEnd(43, 'x');
const DAY = 24 * 3600_000;
const ANSWERS = (scores: number[]) => Object.fromEntries(scores.map((score, i) => [`u${i + 1}`, score]));

/** Fills the app's store; returns the tracking codes it made, the erased one last. */
export async function seedInstallation(app: SuaraApp, clock: ReturnType<typeof manualClock>): Promise<string[]> {
  const send = async (path: string, body: unknown, headers: Record<string, string> = {}, expected = [200, 201]) => {
    const res = await app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect(expected, `${path}: ${res.status} ${await res.clone().text()}`).toContain(res.status);
    return res.json() as Promise<Record<string, string>>;
  };
  // Logged in again after the clock moves on: a session ends after a while idle.
  let staff: Record<string, string> = {};
  const login = async () => {
    const res = await app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' },
      body: JSON.stringify({ email: testStaff.officer.email, password: PASSWORD })
    });
    expect(res.status).toBe(200);
    staff = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'X-Suara-Console': '1' };
  };
  const act = (code: string, body: object) => send(`/api/v1/console/complaints/${code}/actions`, body, staff);

  for (let day = 0; day < 4; day++) {
    for (let i = 0; i < 12; i++) {
      const officeId = i % 3 === 0 ? 'puskesmas-uji' : 'disdukcapil-uji';
      await send('/api/v1/ratings', { officeId, score: 1 + ((i * 7 + day) % 4), channel: i % 2 ? 'qr' : 'web', ...(i % 5 === 0 && { comment: `Antre ${i} menit, hubungi 081377712345` }) });
    }
    for (let i = 0; i < 3; i++) {
      await send('/api/v1/surveys', {
        officeId: 'disdukcapil-uji',
        serviceId: 'ktp-el',
        answers: ANSWERS([4, 3, 4, 3, 4, 3 + (i % 2), 4, 2 + i, 3]),
        respondent: { gender: i % 2 ? 'P' : 'L', age: '31-40' }
      });
    }
    clock.advance(DAY / 4);
  }

  await login();
  const resolved = await send('/api/v1/complaints', filing);
  await act(resolved.trackingCode!, { action: 'verify' });
  await act(resolved.trackingCode!, { action: 'start', message: 'Berkas sedang diproses.' });
  clock.advance(DAY);
  await login();
  await act(resolved.trackingCode!, { action: 'resolve', message: 'Akta sudah jadi.' });
  await send(`/api/v1/complaints/${resolved.trackingCode}/actions`, { action: 'confirm', secret: resolved.secret, confirmation: 'satisfied' });

  const rejected = await send('/api/v1/complaints', { ...filing, visibility: 'anonymous', description: 'Loket tutup lebih awal.' });
  await act(rejected.trackingCode!, { action: 'reject', reason: 'incomplete', message: 'Mohon lengkapi.' });
  const open = await send('/api/v1/complaints', { ...filing, visibility: 'confidential', serviceId: 'ktp-el' });
  await act(open.trackingCode!, { action: 'reply', message: 'Sedang kami cek.' });
  const { trackingCode: withPhoto } = await filedWithPhoto(app);
  await act(withPhoto, { action: 'verify' });

  const erased = await send('/api/v1/complaints', { ...filing, description: 'Nama saya Budi, NIK 3201010101010001.' });
  await send(`/api/v1/complaints/${erased.trackingCode}/actions`, { action: 'info', secret: erased.secret, message: 'Nomor saya 081377712345' });
  await send(`/api/v1/admin/complaints/${erased.trackingCode}/erase`, {}, { Authorization: `Bearer ${CLI_TOKEN}` });
  clock.advance(DAY);
  return [resolved.trackingCode!, rejected.trackingCode!, open.trackingCode!, withPhoto, erased.trackingCode!];
}
