import { describe, expect, it } from 'vitest';
import { Inbox, PublicComplaint } from '../../shared/schemas/index.ts';
import { hashKey } from '../../server/idempotency/index.ts';
import { hashSecret } from '../../server/services/complaints/tracking-code.ts';
import { consoleApp } from './console-fixtures.ts';
import { NOW } from './fixtures.ts';

const CODE_ALPHABET = /^[0-9A-HJKMNP-TV-Z]{24}$/;
/** How people type a code: lower case, spaces instead of hyphens, O for 0 and l for 1. */
const asTyped = (code: string) => code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');

describe('codes people copy by hand', () => {
  it('gives secrets in the code alphabet, and reads a code and a secret however they are typed', async () => {
    const app = await consoleApp();
    const { trackingCode, secret } = await app.file();
    expect(secret).toMatch(CODE_ALPHABET);
    const found = await app.app.request(`/api/v1/complaints/${encodeURIComponent(asTyped(trackingCode))}`);
    expect(PublicComplaint.parse(await found.json()).trackingCode).toBe(trackingCode);
    const typedSecret = secret
      .toLowerCase()
      .replace(/(.{4})/g, '$1 ')
      .replace(/0/g, 'O');
    const info = await app.post(`/api/v1/complaints/${encodeURIComponent(asTyped(trackingCode))}/actions`, { action: 'info', secret: typedSecret, message: 'Nomor antrean 42.' });
    expect(info.status).toBe(200);
  });

  it('still lets a complaint filed before the change be acted on with its old base64url secret, compared exactly', async () => {
    const app = await consoleApp();
    const oldSecret = 'Z0w9-kAwTzE_Fb8zVZkdnQ';
    await app.store.append([
      {
        type: 'complaint.submitted',
        at: NOW,
        trackingCode: 'SL-7K3M-Q9XA-2B',
        secretHash: hashSecret(oldSecret),
        officeId: 'disdukcapil-uji',
        category: 'lainnya',
        description: 'Diajukan sebelum kode baru.',
        visibility: 'public'
      }
    ]);
    const path = '/api/v1/complaints/SL-7K3M-Q9XA-2B/actions';
    // Case and the characters Crockford would rewrite matter in an old secret: a near miss is still wrong.
    expect((await app.post(path, { action: 'info', secret: oldSecret.toLowerCase(), message: 'x' })).status).toBe(403);
    expect((await app.post(path, { action: 'info', secret: oldSecret.replace('0', 'O'), message: 'x' })).status).toBe(403);
    const ok = await app.post(path, { action: 'info', secret: ` ${oldSecret} `, message: 'Masih bisa.' });
    expect(ok.status).toBe(200);
  });

  it('answers a repeated keyed filing of a complaint filed before the change with the old secret it was given', async () => {
    const app = await consoleApp();
    const key = 'filing-key-0123456789';
    const oldSecret = app.app.context.idempotency.legacyComplaintSecret(key);
    await app.store.append([
      {
        type: 'complaint.submitted',
        at: NOW,
        trackingCode: 'SL-7K3M-Q9XA-2C',
        secretHash: hashSecret(oldSecret),
        officeId: 'disdukcapil-uji',
        category: 'lainnya',
        description: 'Diajukan sebelum kode baru.',
        visibility: 'public',
        idempotencyKey: hashKey(key)
      }
    ]);
    const again = await app.post('/api/v1/complaints', { officeId: 'disdukcapil-uji', category: 'lainnya', description: 'Diajukan sebelum kode baru.' }, { 'Idempotency-Key': key });
    expect(await again.json()).toEqual({ trackingCode: 'SL-7K3M-Q9XA-2C', secret: oldSecret });
  });
});

describe('the citizen’s answer to a resolution', () => {
  it('reopens on "Belum" without a reason, says it in the timeline and in the inbox', async () => {
    const app = await consoleApp();
    const { trackingCode, secret } = await app.file();
    const cookie = await app.login('officer');
    const act = (body: object) => app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, body);
    await act({ action: 'verify' });
    await act({ action: 'resolve', message: 'Selesai.' });
    const inbox = async () => Inbox.parse(await (await app.staffGet(`/api/v1/console/complaints?status=all&q=${trackingCode}`, cookie)).json()).items[0]!;

    const yes = await app.post(`/api/v1/complaints/${trackingCode}/actions`, { action: 'confirm', secret, confirmation: 'satisfied' });
    expect(PublicComplaint.parse(await yes.json()).timeline.at(-1)).toMatchObject({ type: 'complaint.confirmed', confirmation: 'satisfied' });
    expect((await inbox()).citizenAnswer).toBe('resolved');

    const no = await app.post(`/api/v1/complaints/${trackingCode}/actions`, { action: 'reopen', secret });
    expect(no.status).toBe(200);
    expect(PublicComplaint.parse(await no.json()).status).toBe('reopened');
    expect((await inbox()).citizenAnswer).toBe('not_resolved');
  });
});
