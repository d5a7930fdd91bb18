import { describe, expect, it } from 'vitest';
import { OfficeIkm, RegionIkm, SurveyForm } from '../../shared/schemas/index.ts';
import { CLI_ACTOR } from '../../server/services/staff/create-staff.ts';
import { setSurveyPopulation } from '../../server/services/surveys/set-population.ts';
import { testApp } from './fixtures.ts';

const ALL = (score: number) => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, score]));
const survey = (answers: Record<string, number>, extra: object = {}) => ({ officeId: 'disdukcapil-uji', answers, ...extra });

async function ikmOf(app: Awaited<ReturnType<typeof testApp>>['app'], query: string, office = 'disdukcapil-uji') {
  const res = await app.request(`/api/v1/offices/${office}/ikm${query}`);
  expect(res.status).toBe(200);
  return OfficeIkm.parse(await res.json());
}

describe('POST /api/v1/surveys', () => {
  it('records a full response and answers 201 with its element set', async () => {
    const { post } = await testApp();
    const res = await post('/api/v1/surveys', survey(ALL(4), { serviceId: 'ktp-el', respondent: { gender: 'P', age: '31-40' }, comment: 'Cepat' }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 's1', elementSet: 'permenpan-14-2017' });
  });

  it('answers 422 naming every missing, unknown or out-of-range answer', async () => {
    const { post, store } = await testApp();
    const { u3: _u3, u7: _u7, ...partial } = ALL(3);
    let res = await post('/api/v1/surveys', survey({ ...partial, u12: 3 }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers.u12', 'answers.u3', 'answers.u7']);
    res = await post('/api/v1/surveys', survey({ ...ALL(3), u2: 5 }, { respondent: { gender: 'X', age: '99' } }));
    expect(res.status).toBe(422);
    expect((await res.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers.u2', 'respondent.age', 'respondent.gender']);
    res = await post('/api/v1/surveys', survey(ALL(3), { serviceId: 'rawat-jalan' }));
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'serviceId' })]);
    res = await post('/api/v1/surveys', { ...survey(ALL(3)), officeId: 'tidak-ada' });
    expect(res.status).toBe(404);
    expect(store.head().seq).toBe(0);
  });

  it('publishes the questionnaire with the standard answer labels', async () => {
    const { app } = await testApp();
    const form = SurveyForm.parse(await (await app.request('/api/v1/offices/disdukcapil-uji/survey-form')).json());
    expect(form.elementSet.elements.map((e) => e.code)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(form.elementSet.elements[2]!.labels).toEqual(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']);
    expect(form.elementSet.elements[3]!.labels).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
  });
});

describe('GET /api/v1/offices/{id}/ikm', () => {
  it('computes the IKM from exact sums, per element and per service, with the profile', async () => {
    const { app, post } = await testApp();
    // 2 × all-4 on KTP-el, 1 × all-3 and 1 × all-2 without a service: S = 9·(8 + 3 + 2) = 117, n = 4 → 25·117/36 = 81.25 B.
    await post('/api/v1/surveys', survey(ALL(4), { serviceId: 'ktp-el', respondent: { gender: 'P', age: '31-40', education: 's1' } }));
    await post('/api/v1/surveys', survey(ALL(4), { serviceId: 'ktp-el', respondent: { gender: 'L' }, comment: 'Hubungi 081234567890 kalau perlu' }));
    await post('/api/v1/surveys', survey(ALL(3)));
    await post('/api/v1/surveys', survey(ALL(2)));
    const r = await ikmOf(app, '?period=2026');
    expect(r).toMatchObject({ responses: 4, ikm: 81.25, mutu: 'B', kinerja: 'Baik', period: { from: '2026-01-01', to: '2026-12-31', label: '2026' } });
    expect(r.elements[0]).toMatchObject({ code: 'u1', name: 'Persyaratan', sum: 13, nrr: 3.25, ikm: 81.25, mutu: 'B' });
    expect(r.elements[0]!.weight).toBe(1 / 9);
    expect(r.services).toEqual([
      { serviceId: 'ktp-el', serviceName: 'KTP-el', responses: 2, ikm: 100, mutu: 'A', kinerja: 'Sangat Baik' },
      { serviceId: 'akta-lahir', serviceName: 'Akta Kelahiran', responses: 0, ikm: null, mutu: null, kinerja: null },
      { serviceId: null, serviceName: null, responses: 2, ikm: 62.5, mutu: 'D', kinerja: 'Tidak Baik' }
    ]);
    expect(r.profile.gender).toEqual({ L: 1, P: 1, unknown: 2 });
    expect(r.profile.age).toMatchObject({ '31-40': 1, unknown: 3 });
    expect(r.comments).toEqual([{ date: '2026-11-25', serviceId: 'ktp-el', text: 'Hubungi [nomor disembunyikan] kalau perlu' }]);
    expect(r).toMatchObject({ population: null, requiredSample: null, sampleSufficient: null, commentCount: 1 });
  });

  it('parses every period form and names bad ones in a 422', async () => {
    const { app, post } = await testApp();
    await post('/api/v1/surveys', survey(ALL(4)));
    for (const [period, from, to] of [
      ['2026-S2', '2026-07-01', '2026-12-31'],
      ['2026-Q4', '2026-10-01', '2026-12-31'],
      ['2026-11', '2026-11-01', '2026-11-30']
    ]) {
      const r = await ikmOf(app, `?period=${period}`);
      expect(r.period).toEqual({ from, to, label: period });
      expect(r.responses).toBe(1);
    }
    expect((await ikmOf(app, '?period=2026-S1')).responses).toBe(0);
    expect((await ikmOf(app, '?from=2026-11-25&to=2026-11-25')).responses).toBe(1);
    for (const bad of ['?period=2026-S3', '?period=26', '?period=2026-13', '?period=2026&from=2026-01-01', '?from=2026-13-01']) {
      const res = await app.request(`/api/v1/offices/disdukcapil-uji/ikm${bad}`);
      expect(res.status, bad).toBe(422);
      const field = (await res.json()).errors[0].field;
      expect(['period', 'from']).toContain(field);
    }
    expect((await app.request('/api/v1/offices/disdukcapil-uji/ikm?elementSet=nope')).status).toBe(422);
    expect((await app.request('/api/v1/offices/tidak-ada/ikm')).status).toBe(404);
  });

  it('checks the sample against the population staff set for that exact period', async () => {
    const { app, post } = await testApp();
    for (let i = 0; i < 10; i++) await post('/api/v1/surveys', survey(ALL(3)));
    await setSurveyPopulation({ ctx: app.context, by: { id: CLI_ACTOR }, officeId: 'disdukcapil-uji', period: '2026-S2', population: 10 });
    expect(await ikmOf(app, '?period=2026-S2')).toMatchObject({ population: 10, requiredSample: 10, sampleSufficient: true });
    await setSurveyPopulation({ ctx: app.context, by: { id: CLI_ACTOR }, officeId: 'disdukcapil-uji', period: '2026-s2', population: 1000 });
    expect(await ikmOf(app, '?period=2026-S2')).toMatchObject({ population: 1000, requiredSample: 278, sampleSufficient: false });
    expect(await ikmOf(app, '?period=2026')).toMatchObject({ population: null, requiredSample: null });
    await expect(setSurveyPopulation({ ctx: app.context, by: { id: CLI_ACTOR }, officeId: 'disdukcapil-uji', period: '2026-S9', population: 0 })).rejects.toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ field: 'period' }), expect.objectContaining({ field: 'population' })]
    });
  });

  it('exports the tallies as CSV that sum to the published figures', async () => {
    const { app, post } = await testApp();
    await post('/api/v1/surveys', survey(ALL(4), { serviceId: 'ktp-el', respondent: { gender: 'P' } }));
    await post('/api/v1/surveys', survey(ALL(2)));
    const res = await app.request('/api/v1/offices/disdukcapil-uji/ikm/tallies.csv?period=2026-11');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('skm-disdukcapil-uji-2026-11.csv');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^dari,sampai,layanan,set_unsur,responden,u1,u2,u3,u4,u5,u6,u7,u8,u9,impor,profil_gender_L,profil_gender_P,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual(['2026-11-25,2026-11-25,,permenpan-14-2017,1,2,2', '2026-11-25,2026-11-25,ktp-el,permenpan-14-2017,1,4,4']);
  });
});

describe('GET /api/v1/ikm (region and agencies)', () => {
  it('pools raw sums across offices instead of averaging office figures', async () => {
    const { app, post } = await testApp();
    // Disdukcapil: 3 × all-4 (100.00); Puskesmas: 1 × all-1 (25.00). Pooled: 25·9·13/36 = 81.25, the mean of offices would be 62.50.
    for (let i = 0; i < 3; i++) await post('/api/v1/surveys', survey(ALL(4)));
    await post('/api/v1/surveys', { officeId: 'puskesmas-uji', answers: ALL(1) });
    const res = await app.request('/api/v1/ikm?period=2026-Q4');
    expect(res.status).toBe(200);
    const r = RegionIkm.parse(await res.json());
    expect(r.region).toMatchObject({ responses: 4, ikm: 81.25, mutu: 'B' });
    expect(r.region.elements[8]).toMatchObject({ code: 'u9', sum: 13 });
    expect(r.agencies).toEqual([expect.objectContaining({ agencyId: 'pemkab-uji', responses: 4, ikm: 81.25 })]);
    expect(r.offices.map((o) => [o.officeId, o.ikm])).toEqual([
      ['disdukcapil-uji', 100],
      ['puskesmas-uji', 25]
    ]);
    expect((await app.request('/api/v1/ikm?period=2026-X')).status).toBe(422);
  });
});
