import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES } from '../../server/services/open-data/datasets.ts';
import { consoleApp } from './console-fixtures.ts';

// docs/open-data.md: no personal data in any open-data file. NIK, a phone number in four formats and an email
// go into every free-text field there is (the complaint, its contact, every staff and citizen message, rating
// and survey comments), for each visibility; then every file, in both formats, and the public chain
// (/api/v1/chain/events) are searched for them.
const NIK = '3201234567890001';
const PHONES = ['081377712345', '+62 813-7771-2346', '(0813) 7771 2347', '62.813.7771.2348'];
const EMAIL = 'siti.rahayu@contoh.id';
const NAME = 'Siti Rahayu';
const PERSONAL = [NIK, ...PHONES, EMAIL, NAME];
// The name goes only into the contact: free text shown publicly is masked for numbers and emails, not names (as on /lacak).
const text = (what: string) => `${what}: NIK ${NIK}, HP ${PHONES.join(' / ')}, email ${EMAIL}.`;

describe('personal data in open data', () => {
  it.each(['public', 'anonymous', 'confidential'] as const)('appears in no open-data file for a %s complaint', async (visibility) => {
    const app = await consoleApp();
    const { trackingCode, secret } = await app.file({ visibility, description: text('Uraian'), contact: { name: NAME, phone: PHONES[0], email: EMAIL } });
    const cookie = await app.login('admin');
    const staff = async (body: object) => expect((await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, body)).status, JSON.stringify(body)).toBe(200);
    const citizen = async (body: object) => expect((await app.post(`/api/v1/complaints/${trackingCode}/actions`, { secret, ...body })).status, JSON.stringify(body)).toBe(200);
    await staff({ action: 'verify', message: text('Verifikasi') });
    await staff({ action: 'reply', message: text('Balasan') });
    await staff({ action: 'note', message: text('Catatan internal') });
    await citizen({ action: 'info', message: text('Info tambahan') });
    await staff({ action: 'start', message: text('Mulai') });
    await staff({ action: 'resolve', message: text('Selesai') });
    await citizen({ action: 'confirm', confirmation: 'not_satisfied', message: text('Konfirmasi') });
    await citizen({ action: 'reopen', message: text('Buka lagi') });
    await staff({ action: 'reject', reason: 'other', message: text('Tolak') });
    expect((await app.post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 4, comment: text('Komentar'), channel: 'web' })).status).toBe(201);
    const survey = { officeId: 'disdukcapil-uji', answers: { u1: 4, u2: 4, u3: 3, u4: 3, u5: 4, u6: 4, u7: 3, u8: 4, u9: 4 }, comment: text('Saran'), channel: 'web' };
    expect((await app.post('/api/v1/surveys', survey)).status).toBe(201);

    const files: string[] = [];
    for (const file of [...OPEN_DATA_FILES, 'datapackage.json']) {
      const answer = await app.app.request(`/api/v1/open-data/${file}`);
      expect(answer.status, file).toBe(200);
      files.push(await answer.text());
    }
    for (const [i, content] of files.entries()) for (const value of PERSONAL) expect(content, `${value} in file ${i}`).not.toContain(value);
    // docs/public-record.md: nor in any public chain event (the masked text neither: free text is private there).
    const chain = await (await app.app.request('/api/v1/chain/events?after=0&limit=10000')).text();
    expect(chain.trim().split('\n').length).toBeGreaterThanOrEqual(12);
    for (const value of [...PERSONAL, 'Uraian', 'Catatan internal', 'Komentar', 'Saran']) expect(chain, `${value} in the public chain`).not.toContain(value);
    const complaints = files[OPEN_DATA_FILES.indexOf('pengaduan.json')]!;
    expect(complaints).toContain(trackingCode);
    // A public complaint's text is there, masked; the others' is not there at all.
    if (visibility === 'public') expect(complaints).toContain('[NIK disembunyikan]');
    else expect(complaints).not.toContain('Uraian');
  });
});
