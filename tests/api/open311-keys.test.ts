// Open311 API keys in the console: who may issue and revoke them, shown once, stored only as a hash.
import { describe, expect, it } from 'vitest';
import { Open311KeyIssued, Open311KeyList } from '../../shared/schemas/index.ts';
import { open311App } from './open311-fixtures.ts';

const KEYS = '/api/v1/console/open311-keys';

describe('Open311 API keys', () => {
  it('are shown once when issued; the catalog keeps only their hash and the list never shows them', async () => {
    const { staff, login, store, apiKey } = await open311App();
    const manager = await login('manager');
    const res = await staff(KEYS, manager, 'POST', { label: 'Aplikasi Kecamatan' });
    expect(res.status).toBe(201);
    const issued = Open311KeyIssued.parse(await res.json());
    expect(issued).toMatchObject({ label: 'Aplikasi Kecamatan', createdBy: 'Manajer Dukcapil' });
    expect(issued.apiKey).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);

    const stored = JSON.stringify(store.catalog.get());
    for (const key of [issued.apiKey, apiKey]) expect(stored).not.toContain(key);
    const listed = await (await staff(KEYS, await login('admin'))).text();
    expect(listed).not.toContain(issued.apiKey);
    expect(Open311KeyList.parse(JSON.parse(listed)).keys.map((key) => key.label)).toEqual(['Aplikasi Kecamatan', 'Aplikasi Lapor Kota']);
  });

  it('are for admins and managers: an officer is refused, a manager sees and revokes only the keys they issued', async () => {
    const { staff, login } = await open311App();
    const officer = await login('officer');
    expect((await staff(KEYS, officer)).status).toBe(403);
    expect((await staff(KEYS, officer, 'POST', { label: 'Aplikasi saya' })).status).toBe(403);
    expect((await staff(KEYS, '')).status).toBe(401);

    const manager = await login('manager');
    const adminKey = Open311KeyList.parse(await (await staff(KEYS, await login('admin'))).json()).keys[0]!;
    expect(Open311KeyList.parse(await (await staff(KEYS, manager)).json()).keys).toEqual([]);
    expect((await staff(`${KEYS}/${adminKey.id}`, manager, 'DELETE')).status).toBe(404);
    expect((await staff(`${KEYS}/${adminKey.id}`, officer, 'DELETE')).status).toBe(403);
  });

  it('stop working the moment they are revoked, and stay listed with the time', async () => {
    const { staff, login, postForm, clock } = await open311App();
    const manager = await login('manager');
    const issued = Open311KeyIssued.parse(await (await staff(KEYS, manager, 'POST', { label: 'Aplikasi Kecamatan' })).json());
    const form = { api_key: issued.apiKey, service_code: 'disdukcapil-uji.lainnya', description: 'Papan informasi jadwal tidak ada.' };
    expect((await postForm('/open311/v2/requests.json', form)).status).toBe(200);

    clock.advance(60_000);
    const revoked = await staff(`${KEYS}/${issued.id}`, manager, 'DELETE');
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).revokedAt).toBe(new Date(clock.now()).toISOString());
    expect((await postForm('/open311/v2/requests.json', form)).status).toBe(403);
    expect((await staff(`${KEYS}/${issued.id}`, manager, 'DELETE')).status).toBe(200); // revoking twice changes nothing
  });

  it('need a label of 3 to 80 characters', async () => {
    const { staff, login } = await open311App();
    const admin = await login('admin');
    expect((await staff(KEYS, admin, 'POST', { label: 'ab' })).status).toBe(422);
    expect((await staff(KEYS, admin, 'POST', {})).status).toBe(422);
  });
});
