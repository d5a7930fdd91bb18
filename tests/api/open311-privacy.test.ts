// docs/architecture.md: personal data is never in a public response. Put a NIK, a phone number in four formats and an
// email into every free-text field a complaint filed through Open311 has (its text, the contact fields, the staff's
// public replies and internal notes, the citizen's own answer), then read every Open311 resource in both formats.
import { describe, expect, it } from 'vitest';
import { open311App } from './open311-fixtures.ts';

const NIK = '3201234567890001';
const PHONES = ['081377712345', '+62 813-7771-2345', '(021) 555-1234', '0813.7771.2345'];
const EMAIL = 'siti.rahayu@contoh.id';
const PERSONAL = `NIK ${NIK}, HP ${PHONES.join(' / ')}, surel ${EMAIL}`;

/** The number as written or with any separators between its digits: a leak is a leak however it is spaced. */
const digitsPattern = (number: string) => new RegExp(number.replace(/\D/g, '').split('').join('[^0-9]{0,3}'));

function expectNoPersonalData(text: string, where: string) {
  expect(text, where).not.toContain(EMAIL);
  expect(text, where).not.toMatch(digitsPattern(NIK));
  for (const phone of PHONES) expect(text, `${where}: ${phone}`).not.toMatch(digitsPattern(phone));
}

describe('personal data in Open311 answers', () => {
  it.each(['public', 'anonymous', 'confidential'] as const)('appears in none for a %s complaint', async (visibility) => {
    const t = await open311App();
    const filed = await t.postForm('/open311/v2/requests.json', {
      api_key: t.apiKey,
      service_code: 'disdukcapil-uji.pungli',
      description: `Diminta uang tambahan. ${PERSONAL}`,
      first_name: `Siti ${NIK}`,
      last_name: `Rahayu ${PHONES[0]}`,
      email: EMAIL,
      phone: PHONES[1]!,
      'attribute[visibility]': visibility
    });
    expect(filed.status).toBe(200);
    const filedText = await filed.text();
    const [{ service_request_id: code, tracking_secret: secret }] = JSON.parse(filedText) as { service_request_id: string; tracking_secret: string }[];

    const admin = await t.login('admin');
    const act = async (body: object) => expect((await t.staff(`/api/v1/console/complaints/${code}/actions`, admin, 'POST', body)).status).toBe(200);
    await act({ action: 'verify', message: `Kami hubungi Anda. ${PERSONAL}` });
    await act({ action: 'note', message: `Catatan internal: ${PERSONAL}` });
    await act({ action: 'resolve', message: `Uang dikembalikan. ${PERSONAL}` });
    const confirmed = await t.app.request(`/api/v1/complaints/${code}/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'confirm', secret, confirmation: 'satisfied', message: `Terima kasih. ${PERSONAL}` })
    });
    expect(confirmed.status).toBe(200);

    const outputs: [string, string][] = [['POST requests.json', filedText]];
    for (const format of ['json', 'xml']) {
      for (const path of [
        'discovery',
        'services',
        'services/disdukcapil-uji.pungli',
        'requests',
        `requests/${code}`,
        `tokens/${code}`,
        `requests?service_request_id=${code}`,
        'requests?status=closed'
      ]) {
        const [resource, query] = path.split('?');
        const res = await t.get(`/open311/v2/${resource}.${format}${query ? `?${query}` : ''}`);
        expect(res.status, path).toBe(200);
        outputs.push([`${path} (${format})`, await res.text()]);
      }
    }
    // The request is there (so the search below searched something), with its text masked or, if confidential, absent.
    const [request] = JSON.parse(outputs.find(([where]) => where === `requests/${code} (json)`)![1]) as { description?: string; status_notes: string }[];
    if (visibility === 'confidential') expect(request!.description).toBeUndefined();
    else expect(request!.description).toContain('[NIK disembunyikan]');
    expect(request!.status_notes).toMatch(/^Selesai \/ Resolved/);
    for (const [where, text] of outputs) expectNoPersonalData(text, where);
  });
});
