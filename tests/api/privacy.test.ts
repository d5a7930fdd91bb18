import { describe, expect, it } from 'vitest';
import { CONTACT, consoleApp } from './console-fixtures.ts';
import { sseReader } from './sse.ts';

// docs/architecture.md: personal data is never in a public response. File a complaint with contact data (and
// the phone and email in its text), walk it through the console, then search every public answer.

describe('contact data in public output', () => {
  it.each(['public', 'anonymous', 'confidential'] as const)('appears nowhere public for a %s complaint', async (visibility) => {
    const app = await consoleApp();
    const description = `Tolong hubungi saya di ${CONTACT.phone} atau ${CONTACT.email}, berkas belum selesai.`;
    const { trackingCode, secret } = await app.file({ visibility, description });
    const cookie = await app.login('admin');
    const act = (body: object) => app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, body);
    const res = await app.app.request(`/api/v1/complaints/${trackingCode}/events`);
    const stream = sseReader(res);
    await stream.next();

    await act({ action: 'verify', message: `Kami akan menelepon ${CONTACT.phone}.` });
    await act({ action: 'note', message: `Kontak: ${CONTACT.name}, ${CONTACT.email}` });
    await act({ action: 'resolve', message: `Hasil dikirim ke ${CONTACT.email}.` });
    await stream.next();
    const citizen = await app.post(`/api/v1/complaints/${trackingCode}/actions`, { action: 'confirm', secret, confirmation: 'satisfied', message: `Terima kasih, ${CONTACT.phone}` });
    await stream.next();
    await stream.close();

    const outputs = [stream.raw(), await citizen.text()];
    for (const path of [`/api/v1/complaints/${trackingCode}`, '/api/v1/offices', '/api/v1/offices/disdukcapil-uji', '/api/v1/offices/disdukcapil-uji/stats', '/api/v1/stats', '/api/v1/openapi.json']) {
      const answer = await app.app.request(path);
      expect(answer.status, path).toBe(200);
      outputs.push(await answer.text());
    }
    for (const text of outputs) {
      expect(text).not.toContain(CONTACT.phone);
      expect(text).not.toContain(CONTACT.email);
      expect(text).not.toContain(CONTACT.name);
    }
  });
});
