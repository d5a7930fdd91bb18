// The no-JavaScript forms on the real built server, fed what no browser sends: a text/plain body, a truncated or
// boundary-less multipart body, JSON. Each answers 415 or 400 (web/lib/server/form-body.ts), never 500, and a
// real form still goes through. A throttled tracking page answers 429 in the visitor's language. Needs `npm run build`.
import { beforeAll, describe, expect, it } from 'vitest';
import { serverOnly } from './support/harness.ts';
import { fileComplaint } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';

const running = serverOnly();
let code: string;
/** Every form action of the site, by the path its form posts to. */
let formPaths: string[];

beforeAll(async () => {
  code = await fileComplaint(running.server.origin, OFFICE);
  formPaths = [`/nilai/${OFFICE}?/rate`, `/survei/${OFFICE}`, '/pengaduan/baru', `/lacak/${code}/tanggapi`, '/konsol/masuk', `/konsol/pengaduan/${code}`];
});

/** A POST as a page of our own origin would send it (SvelteKit refuses cross-site form posts before anything else). */
const postForm = (path: string, body: BodyInit, contentType: string, extra: Record<string, string> = {}) =>
  fetch(`${running.server.origin}${path}`, { method: 'POST', headers: { origin: running.server.origin, 'content-type': contentType, ...extra }, body, redirect: 'manual' });

const TRUNCATED = '--XyZ\r\nContent-Disposition: form-data; name="score"\r\n\r\n4\r\n--XyZ\r\nContent-Disposition: form-da';

describe('a form action fed a body no browser sends', () => {
  it.each([
    ['text/plain', 'score=4', 'text/plain', 415],
    ['JSON', '{"score":4}', 'application/json', 415],
    ['no content type at all', 'score=4', '', 415],
    ['a truncated multipart body', TRUNCATED, 'multipart/form-data; boundary=XyZ', 400],
    ['multipart without a boundary', TRUNCATED, 'multipart/form-data', 400]
  ])('answers %s with a clear 4xx on every form', async (_, body, type, status) => {
    for (const path of formPaths) {
      const res = await postForm(path, body, type);
      expect(res.status, path).toBe(status);
      expect(await res.text(), path).toMatch(/formulir/i);
    }
  });

  it('says so in English to an English visitor', async () => {
    const res = await postForm(`/nilai/${OFFICE}?/rate`, 'score=4', 'text/plain', { cookie: 'lang=en' });
    expect([res.status, await res.text()]).toEqual([415, 'A form must be sent as application/x-www-form-urlencoded or multipart/form-data.']);
  });

  it('still takes a real form, url-encoded or multipart', async () => {
    const count = async () => (await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/stats`)).json()).satisfaction.responses as number;
    const before = await count();
    const urlEncoded = await postForm(`/nilai/${OFFICE}?/rate`, 'score=4&channel=web', 'application/x-www-form-urlencoded');
    expect(urlEncoded.status).toBe(200);
    const multipart = new FormData();
    multipart.set('score', '3');
    const res = await fetch(`${running.server.origin}/nilai/${OFFICE}?/rate`, { method: 'POST', headers: { origin: running.server.origin }, body: multipart });
    expect(res.status).toBe(200);
    expect(await count()).toBe(before + 2);
  });

  it('keeps the server healthy afterwards', async () => {
    expect((await fetch(`${running.server.origin}/api/v1/health`)).status).toBe(200);
  });
});

describe('a throttled tracking page', () => {
  it('answers 429 with Retry-After and says when to try again, in the visitor’s language', async () => {
    // Ask for unknown codes until the guessing throttle steps in (its numbers belong to the throttle, not to this test).
    let page: Response | undefined;
    for (let i = 0; i < 500; i++) {
      page = await fetch(`${running.server.origin}/lacak/SL-ZZZZ-ZZZZ-${i}`);
      if (page.status === 429) break;
      expect(page.status).toBe(404);
    }
    expect(page!.status).toBe(429);
    expect(Number(page!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await page!.text()).toMatch(/Terlalu banyak permintaan[\s\S]*Coba lagi dalam \d+ menit/);
    const english = await fetch(`${running.server.origin}/lacak/${code}?lang=en`);
    expect(english.status).toBe(429);
    expect(await english.text()).toMatch(/Too many requests[\s\S]*try again in \d+ min/);
  });
});
