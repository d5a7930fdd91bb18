// docs/architecture.md on the real built server: contact data filed with a complaint appears in no public output —
// no public API answer (every GET path of the OpenAPI document), no page, not the live event stream.
import { describe, expect, it } from 'vitest';
import { serverOnly } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const CONTACT = { name: 'Rahmat Hidayat', phone: '081355512345', email: 'rahmat.hidayat@contoh.id' };
const ADMIN = { email: 'admin@sukamaju.example', password: 'admin-sukamaju-2026' };

const running = serverOnly();

const get = async (path: string) => {
  const response = await fetch(`${running.server.origin}${path}`);
  return { path, status: response.status, text: await response.text() };
};

/** The first chunk of the live stream, then hang up. */
async function firstEvent(path: string): Promise<string> {
  const controller = new AbortController();
  const response = await fetch(`${running.server.origin}${path}`, { signal: controller.signal });
  const { value } = await response.body!.getReader().read();
  controller.abort();
  return new TextDecoder().decode(value);
}

describe('contact data in public output', () => {
  it('is found in no public API answer, page or event stream', async () => {
    const filed = await fetch(`${running.server.origin}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        officeId: OFFICE,
        category: 'informasi',
        description: `Mohon kabari saya di ${CONTACT.phone} atau ${CONTACT.email} soal syarat akta.`,
        visibility: 'public',
        contact: CONTACT
      })
    });
    const { trackingCode } = (await filed.json()) as { trackingCode: string };

    // Staff answer it (as admin, who may see the contact), quoting the contact data in public messages.
    const login = await fetch(`${running.server.origin}/api/v1/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-suara-console': '1' },
      body: JSON.stringify(ADMIN)
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    for (const body of [
      { action: 'verify', message: `Kami hubungi ${CONTACT.phone}.` },
      { action: 'note', message: `${CONTACT.name}, ${CONTACT.email}` },
      { action: 'resolve', message: `Jawaban dikirim ke ${CONTACT.email}.` }
    ]) {
      const res = await fetch(`${running.server.origin}/api/v1/console/complaints/${trackingCode}/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-suara-console': '1', cookie },
        body: JSON.stringify(body)
      });
      expect(res.status).toBe(200);
    }

    const doc = (await (await fetch(`${running.server.origin}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const apiPaths = Object.entries(doc.paths)
      .filter(([path, methods]) => 'get' in methods && !path.startsWith('/api/v1/console/') && !path.endsWith('/events'))
      .map(([path]) => path.replace('{officeId}', OFFICE).replace('{trackingCode}', trackingCode))
      .filter((path) => !path.includes('{'));
    const pages = ['/', `/kantor/${OFFICE}`, `/lacak/${trackingCode}`, `/lacak/${trackingCode}/tanggapi`, '/lacak', '/metodologi', '/dokumentasi-api', `/pengaduan/baru?kantor=${OFFICE}`];
    const outputs = await Promise.all([...apiPaths, ...pages].map(get));
    outputs.push({ path: 'SSE', status: 200, text: await firstEvent(`/api/v1/complaints/${trackingCode}/events`) });

    expect(apiPaths.length).toBeGreaterThan(5);
    for (const output of outputs) {
      expect(output.status, output.path).toBe(200);
      for (const secret of Object.values(CONTACT)) expect(output.text.includes(secret), `${secret} in ${output.path}`).toBe(false);
    }
    expect(outputs.find((o) => o.path === 'SSE')!.text).toContain('"status":"resolved"');
  });
});
