import { describe, expect, it } from 'vitest';
import { consoleApp } from './console-fixtures.ts';

const A = '/api/v1/console/admin/offices/disdukcapil-uji';
const EXTRA = { code: 'u10', name: 'Layanan daring', question: 'Bagaimana pendapat Saudara tentang layanan daring?', labels: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'] };
const NINE = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };

describe("an office's SKM element set in the admin area", () => {
  it('defines a set with an added element: the survey form asks it at once, and the journal records who did it', async () => {
    const app = await consoleApp();
    const manager = await app.login('manager');
    const form = async () => (await (await app.app.request('/api/v1/offices/disdukcapil-uji/survey-form')).json()) as { elementSet: { id: string; elements: { code: string }[] } };
    expect((await form()).elementSet.elements).toHaveLength(9);

    const defined = await app.staffPost(`${A}/element-sets`, manager, { id: 'dukcapil-uji-2026', name: 'SKM Dukcapil Uji 2026', extraElements: [EXTRA] });
    expect(defined.status, await defined.clone().text()).toBe(201);
    expect(await defined.json()).toMatchObject({
      current: 'dukcapil-uji-2026',
      sets: [{ id: 'permenpan-14-2017' }, { id: 'dukcapil-uji-2026', elements: expect.arrayContaining([expect.objectContaining({ code: 'u10' })]) }]
    });
    const now = await form();
    expect(now.elementSet.id).toBe('dukcapil-uji-2026');
    expect(now.elementSet.elements.map((e) => e.code)).toContain('u10');
    expect((await app.post('/api/v1/surveys', { officeId: 'disdukcapil-uji', answers: NINE })).status).toBe(422);
    expect((await app.post('/api/v1/surveys', { officeId: 'disdukcapil-uji', answers: { ...NINE, u10: 3 } })).status).toBe(201);
    const ikm = await (await app.app.request('/api/v1/offices/disdukcapil-uji/ikm')).json();
    expect(ikm).toMatchObject({ elementSet: { id: 'dukcapil-uji-2026' }, responses: 1 });

    const { entries } = await (await app.staffGet(`/api/v1/console/admin/history/office/disdukcapil-uji`, manager)).json();
    expect(entries[0]).toMatchObject({ action: 'define-element-set', staffId: 'manajer-dukcapil' });
    expect(entries[0].changes).toContainEqual({ field: 'elementSet', from: 'permenpan-14-2017', to: 'dukcapil-uji-2026' });
  });

  it('chooses the standard nine back, journaled; the survey form follows at once', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    await app.staffPost(`${A}/element-sets`, admin, { id: 'dukcapil-uji-2026', name: 'SKM Dukcapil Uji 2026', extraElements: [EXTRA] });
    const chosen = await app.staffPost(`${A}/element-set`, admin, { elementSet: 'permenpan-14-2017' }, 'PUT');
    expect(chosen.status).toBe(200);
    expect((await chosen.json()).current).toBe('permenpan-14-2017');
    const form = await (await app.app.request('/api/v1/offices/disdukcapil-uji/survey-form')).json();
    expect(form.elementSet.elements).toHaveLength(9);
    const { entries } = await (await app.staffGet(`/api/v1/console/admin/history/office/disdukcapil-uji`, admin)).json();
    expect(entries[0]).toMatchObject({ action: 'choose-element-set', changes: [{ field: 'elementSet', from: 'dukcapil-uji-2026', to: 'permenpan-14-2017' }] });
  });

  it('answers 409 on redefining a set (sets never change once defined) and 422 on bad input, in both languages', async () => {
    const app = await consoleApp();
    const manager = await app.login('manager');
    await app.staffPost(`${A}/element-sets`, manager, { id: 'dukcapil-uji-2026', name: 'SKM Dukcapil Uji 2026' });
    const again = await app.staffPost(`${A}/element-sets`, manager, { id: 'dukcapil-uji-2026', name: 'SKM Dukcapil Uji 2026 baru', extraElements: [EXTRA] });
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toMatch(/tidak dapat diubah.*cannot be changed/);
    expect((await app.staffPost(`${A}/element-sets`, manager, { id: 'permenpan-14-2017', name: 'Tiruan' })).status).toBe(409);

    const weights = await app.staffPost(`${A}/element-sets`, manager, { id: 'berbobot', name: 'Berbobot', weights: { u1: 0.5 } });
    expect(weights.status).toBe(422);
    expect(JSON.stringify(await weights.json())).toMatch(/jumlah bobot harus 1 \/ weights must sum to 1/);
    const duplicate = await app.staffPost(`${A}/element-sets`, manager, { id: 'ganda', name: 'Ganda', extraElements: [{ ...EXTRA, code: 'u3' }] });
    expect(duplicate.status).toBe(422);
    expect((await app.staffPost(`${A}/element-sets`, manager, { id: 'Bukan Slug!', name: 'x' })).status).toBe(422);
    const unknown = await app.staffPost(`${A}/element-set`, manager, { elementSet: 'kepmenpan-25-2004' }, 'PUT');
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(await unknown.json())).toMatch(/tidak dikenal di kantor ini \/ unknown element set/);
  });
});
