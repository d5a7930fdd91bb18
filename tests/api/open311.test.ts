// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), written from the specification: every resource in both
// formats, every error it names (400, 403, 404 as a list of {code, description}), and a POST that files a complaint.
import { describe, expect, it } from 'vitest';
import { PublicComplaint } from '../../shared/schemas/index.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { NOW } from './fixtures.ts';
import { open311App, ORIGIN, parseXml } from './open311-fixtures.ts';

const V2 = '/open311/v2';
const CATEGORIES = 8;
const DAY = 86_400_000;

type Json = Record<string, unknown>;
const json = async (res: Response) => (await res.json()) as Json[] & Json;
const xml = async (res: Response) => parseXml(await res.text());

function expectFormat(res: Response, format: 'json' | 'xml') {
  expect(res.headers.get('content-type')).toBe(format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8');
}

/** The specification's error answer, in either format: a list of {code, description} with the HTTP status as code. */
async function expectErrors(res: Response, status: 400 | 403 | 404, format: 'json' | 'xml', mentions?: string) {
  expect(res.status).toBe(status);
  expectFormat(res, format);
  const errors = format === 'json' ? ((await res.json()) as { code: number; description: string }[]) : ((await xml(res)).errors as { error: { code: string; description: string }[] }).error;
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(Number(error.code)).toBe(status);
    expect(error.description).toBeTruthy();
  }
  if (mentions) expect(errors.map((error) => error.description).join(' ')).toContain(mentions);
}

describe('discovery', () => {
  it('names the GeoReport v2 endpoint, both formats and where keys come from, in JSON and XML', async () => {
    const { get } = await open311App();
    const res = await get(`${V2}/discovery.json`);
    expect(res.status).toBe(200);
    expectFormat(res, 'json');
    const discovery = await json(res);
    expect(discovery.key_service).toContain(`${ORIGIN}/konsol/open311`);
    expect(discovery.endpoints).toEqual([
      { specification: 'http://wiki.open311.org/GeoReport_v2', url: `${ORIGIN}/open311/v2`, changeset: discovery.changeset, type: 'production', formats: ['application/json', 'text/xml'] }
    ]);

    const xmlRes = await get(`${V2}/discovery.xml`);
    expectFormat(xmlRes, 'xml');
    const doc = (await xml(xmlRes)).discovery as Json;
    const endpoint = (doc.endpoints as { endpoint: Json[] }).endpoint[0]!;
    expect(endpoint.url).toBe(`${ORIGIN}/open311/v2`);
    expect((endpoint.formats as { format: string[] }).format).toEqual(['application/json', 'text/xml']);
    expect(doc.changeset).toBe(discovery.changeset);
  });
});

describe('services', () => {
  it('lists every complaint category of every office with a stable code, in JSON and XML alike', async () => {
    const { get } = await open311App();
    const services = await json(await get(`${V2}/services.json`));
    expect(services).toHaveLength(2 * CATEGORIES);
    expect(services[0]).toEqual({
      service_code: 'disdukcapil-uji.pelayanan_lambat',
      service_name: 'Pelayanan lambat — Disdukcapil Kabupaten Uji',
      description: expect.stringContaining('slow service at Disdukcapil Kabupaten Uji'),
      metadata: true,
      type: 'realtime',
      keywords: 'Disdukcapil, pelayanan_lambat, disdukcapil-uji',
      group: 'Disdukcapil Kabupaten Uji'
    });
    expect(services.map((service) => service.service_code)).toContain('puskesmas-uji.pungli');

    const res = await get(`${V2}/services.xml`);
    expectFormat(res, 'xml');
    const listed = ((await xml(res)).services as { service: Json[] }).service;
    expect(listed.map((service) => service.service_code)).toEqual(services.map((service) => service.service_code));
    expect(listed[0]!.metadata).toBe('true');
  });

  it("defines each service's optional attributes: the office's services and the visibility", async () => {
    const { get } = await open311App();
    const definition = await json(await get(`${V2}/services/disdukcapil-uji.pungli.json`));
    expect(definition.service_code).toBe('disdukcapil-uji.pungli');
    const [service, visibility] = definition.attributes as Json[];
    expect(service).toMatchObject({ variable: true, code: 'service_id', datatype: 'singlevaluelist', required: false, order: 1 });
    expect(service!.values).toEqual([
      { key: 'ktp-el', name: 'KTP-el' },
      { key: 'akta-lahir', name: 'Akta Kelahiran' }
    ]);
    expect((visibility!.values as Json[]).map((value) => value.key)).toEqual(['public', 'anonymous', 'confidential']);

    const doc = (await xml(await get(`${V2}/services/disdukcapil-uji.pungli.xml`))).service_definition as Json;
    expect(doc.service_code).toBe('disdukcapil-uji.pungli');
    const attributes = (doc.attributes as { attribute: Json[] }).attribute;
    expect(attributes.map((attribute) => attribute.code)).toEqual(['service_id', 'visibility']);
    expect((attributes[0]!.values as { value: Json[] }).value).toEqual([
      { key: 'ktp-el', name: 'KTP-el' },
      { key: 'akta-lahir', name: 'Akta Kelahiran' }
    ]);
  });

  it('answers 404 for a service code that is not ours, in both formats', async () => {
    const { get } = await open311App();
    for (const code of ['kantor-lain.pungli', 'disdukcapil-uji.banjir', 'pungli']) {
      await expectErrors(await get(`${V2}/services/${code}.json`), 404, 'json', code);
      await expectErrors(await get(`${V2}/services/${code}.xml`), 404, 'xml', code);
    }
  });
});

describe('POST requests', () => {
  const form = { service_code: 'disdukcapil-uji.pelayanan_lambat', description: 'Antrean KTP-el sangat lama, tiga jam menunggu.' };

  it('files an ordinary complaint with a tracking code as its id, public at /api/v1/complaints/{code} (what /lacak/{code} shows)', async () => {
    const { postForm, apiKey, get, store } = await open311App();
    const res = await postForm(`${V2}/requests.json`, {
      ...form,
      api_key: apiKey,
      'attribute[service_id]': 'ktp-el',
      first_name: 'Siti',
      last_name: 'Rahayu',
      email: 'siti@contoh.id',
      phone: '081377712345',
      lat: '-7.12',
      long: '108.05'
    });
    expect(res.status).toBe(200);
    expectFormat(res, 'json');
    const [filed] = await json(res);
    expect(filed!.service_request_id).toMatch(/^SL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(filed!.service_notice).toContain(`${ORIGIN}/lacak/${filed!.service_request_id as string}`);
    expect(filed!.tracking_secret).toEqual(expect.any(String));

    const tracked = PublicComplaint.parse(await (await get(`/api/v1/complaints/${filed!.service_request_id as string}`)).json());
    expect(tracked).toMatchObject({ officeId: 'disdukcapil-uji', serviceId: 'ktp-el', category: 'pelayanan_lambat', visibility: 'public', status: 'submitted', description: form.description });

    // Stored like any complaint, with its channel and the contact kept private.
    const events: unknown[] = [];
    await store.subscribe((event) => events.push(event));
    expect(events.at(-1)).toMatchObject({ type: 'complaint.submitted', channel: 'open311', contact: { name: 'Siti Rahayu', email: 'siti@contoh.id', phone: '081377712345' } });
  });

  it('answers in XML too, and takes the visibility attribute', async () => {
    const { postForm, apiKey, get } = await open311App();
    const res = await postForm(`${V2}/requests.xml`, { ...form, api_key: apiKey, 'attribute[visibility]': 'confidential' });
    expect(res.status).toBe(200);
    expectFormat(res, 'xml');
    const [filed] = ((await xml(res)).service_requests as { request: Json[] }).request;
    const tracked = PublicComplaint.parse(await (await get(`/api/v1/complaints/${filed!.service_request_id as string}`)).json());
    expect(tracked.visibility).toBe('confidential');
    expect(tracked.description).toBeUndefined();
  });

  it('answers 403 without a key, with an unknown key and with a revoked one, before anything else', async () => {
    const { postForm, apiKey, staff, login } = await open311App();
    await expectErrors(await postForm(`${V2}/requests.json`, form), 403, 'json', 'api_key');
    await expectErrors(await postForm(`${V2}/requests.xml`, { ...form, api_key: 'o311_not-a-key' }), 403, 'xml', 'api_key');
    await expectErrors(await postForm(`${V2}/requests.json`, { api_key: '' }), 403, 'json');

    const admin = await login('admin');
    const [key] = ((await (await staff('/api/v1/console/open311-keys', admin)).json()) as { keys: { id: string }[] }).keys;
    expect((await staff(`/api/v1/console/open311-keys/${key!.id}`, admin, 'DELETE')).status).toBe(200);
    await expectErrors(await postForm(`${V2}/requests.json`, { ...form, api_key: apiKey }), 403, 'json', 'api_key');
  });

  it('takes the key from the query string as some clients send it', async () => {
    const { postForm, apiKey } = await open311App();
    expect((await postForm(`${V2}/requests.json?api_key=${apiKey}`, form)).status).toBe(200);
  });

  it('answers 400 for a missing service_code and 404 for one that is not ours', async () => {
    const { postForm, apiKey } = await open311App();
    await expectErrors(await postForm(`${V2}/requests.json`, { api_key: apiKey, description: form.description }), 400, 'json', 'service_code');
    await expectErrors(await postForm(`${V2}/requests.xml`, { ...form, api_key: apiKey, service_code: 'disdukcapil-uji.banjir' }), 404, 'xml', 'disdukcapil-uji.banjir');
  });

  it("answers 400 naming every bad field by its Open311 name, with the complaint's own rules", async () => {
    const { postForm, apiKey } = await open311App();
    const res = await postForm(`${V2}/requests.json`, {
      api_key: apiKey,
      service_code: 'disdukcapil-uji.pungli',
      description: 'pendek',
      email: 'bukan-email',
      phone: 'nomor saya',
      'attribute[visibility]': 'rahasia'
    });
    await expectErrors(res.clone(), 400, 'json');
    const described = ((await res.json()) as { description: string }[]).map((error) => error.description.split(':')[0]);
    expect(described.sort()).toEqual(['attribute[visibility]', 'description', 'email', 'phone']);

    await expectErrors(await postForm(`${V2}/requests.xml`, { ...form, api_key: apiKey, 'attribute[service_id]': 'rawat-jalan' }), 400, 'xml', 'attribute[service_id]');
    await expectErrors(await postForm(`${V2}/requests.json`, { api_key: apiKey, service_code: form.service_code }), 400, 'json', 'description');
  });

  it('is limited per client like our own complaint form', async () => {
    const { postForm, apiKey } = await open311App({ complaintsLimit: 2 });
    const from = { [CLIENT_ADDRESS_HEADER]: '10.0.0.7' };
    expect((await postForm(`${V2}/requests.json`, { ...form, api_key: apiKey }, from)).status).toBe(200);
    expect((await postForm(`${V2}/requests.json`, { ...form, api_key: apiKey }, from)).status).toBe(200);
    const refused = await postForm(`${V2}/requests.json`, { ...form, api_key: apiKey }, from);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });
});

describe('GET requests', () => {
  it('lists requests newest first in both formats, with location, agency and the expected date', async () => {
    const { fileRequest, get, clock } = await open311App();
    const first = await fileRequest();
    clock.advance(60_000);
    const second = await fileRequest({ service_code: 'puskesmas-uji.fasilitas', description: 'Kursi ruang tunggu rusak semua.' });

    const listed = await json(await get(`${V2}/requests.json`));
    expect(listed.map((request) => request.service_request_id)).toEqual([second, first]);
    expect(listed[1]).toEqual({
      service_request_id: first,
      status: 'open',
      status_notes: 'Diajukan / Submitted',
      service_name: 'Pelayanan lambat — Disdukcapil Kabupaten Uji',
      service_code: 'disdukcapil-uji.pelayanan_lambat',
      description: 'Antrean KTP-el sangat lama, tiga jam menunggu.',
      agency_responsible: 'Pemerintah Kabupaten Uji',
      requested_datetime: new Date(NOW).toISOString(),
      updated_datetime: new Date(NOW).toISOString(),
      expected_datetime: expect.stringMatching(/^2026-12-\d\dT/),
      address: 'Jl. Contoh No. 1',
      address_id: 'disdukcapil-uji',
      lat: -7.1205,
      long: 108.0512
    });
    // The second office has no coordinates: no lat/long rather than made-up ones.
    expect(listed[0]).not.toHaveProperty('lat');

    const res = await get(`${V2}/requests.xml`);
    expectFormat(res, 'xml');
    const requests = ((await xml(res)).service_requests as { request: Json[] }).request;
    expect(requests.map((request) => request.service_request_id)).toEqual([second, first]);
    expect(requests[1]).toMatchObject({ status: 'open', lat: '-7.1205', long: '108.0512', address: 'Jl. Contoh No. 1' });
  });

  it('filters by service_code, by status and by id (which overrides every other argument)', async () => {
    const { fileRequest, get, store, clock } = await open311App();
    const slow = await fileRequest();
    clock.advance(60_000);
    const broken = await fileRequest({ service_code: 'puskesmas-uji.fasilitas', description: 'Kursi ruang tunggu rusak semua.' });
    clock.advance(DAY);
    await store.append([{ type: 'complaint.rejected', at: clock.now(), trackingCode: broken, actor: 'manajer', reason: 'duplicate', message: 'Sudah dilaporkan sebelumnya.' }]);
    const ids = async (query: string) => (await json(await get(`${V2}/requests.json?${query}`))).map((request) => request.service_request_id);

    expect(await ids('service_code=puskesmas-uji.fasilitas')).toEqual([broken]);
    expect(await ids('service_code=puskesmas-uji.fasilitas,disdukcapil-uji.pelayanan_lambat')).toEqual([broken, slow]);
    expect(await ids('service_code=disdukcapil-uji.pungli')).toEqual([]);
    expect(await ids('status=open')).toEqual([slow]);
    expect(await ids('status=closed')).toEqual([broken]);
    expect(await ids('status=open,closed')).toEqual([broken, slow]);
    expect(await ids(`service_request_id=${slow},SL-0000-0000-00&status=closed&service_code=puskesmas-uji.fasilitas`)).toEqual([slow]);

    const [rejected] = await json(await get(`${V2}/requests/${broken}.json`));
    expect(rejected).toMatchObject({
      status: 'closed',
      status_notes: 'Ditolak (duplikat) / Rejected (duplicate): Sudah dilaporkan sebelumnya.',
      updated_datetime: new Date(NOW + 60_000 + DAY).toISOString()
    });
    expect(rejected).not.toHaveProperty('expected_datetime');
  });

  it('takes start_date and end_date with a time zone, 90 days at most', async () => {
    const { fileRequest, get, clock } = await open311App();
    const old = await fileRequest();
    clock.advance(100 * DAY);
    const recent = await fileRequest();
    const ids = async (query: string) => (await json(await get(`${V2}/requests.json?${query}`))).map((request) => request.service_request_id);

    expect(await ids('')).toEqual([recent]); // the last 90 days
    expect(await ids('start_date=2026-11-25T00:00:00Z')).toEqual([old]); // 90 days from the start
    expect(await ids('start_date=2026-11-25T10:00:00%2B07:00&end_date=2026-11-25T10:00:00%2B07:00')).toEqual([old]);
    expect(await ids(`end_date=${encodeURIComponent(new Date(NOW + 100 * DAY).toISOString())}`)).toEqual([recent]);
  });

  it('answers 400 for a bad date, a span over 90 days, an end before the start, a bad status and an unknown service, in both formats', async () => {
    const { get } = await open311App();
    for (const format of ['json', 'xml'] as const) {
      const requests = (query: string) => get(`${V2}/requests.${format}?${query}`);
      await expectErrors(await requests('start_date=kemarin'), 400, format, 'start_date');
      await expectErrors(await requests('end_date=2026-11-25'), 400, format, 'end_date'); // no time, no zone
      await expectErrors(await requests('start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), 400, format, '90');
      await expectErrors(await requests('start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z'), 400, format, 'start_date');
      await expectErrors(await requests('status=pending'), 400, format, 'status');
      await expectErrors(await requests('service_code=kantor-lain.pungli'), 400, format, 'kantor-lain.pungli');
    }
  });
});

describe('one request and tokens', () => {
  it('answers requests/{id} as a list of one, in both formats, and reads the id as people type it', async () => {
    const { fileRequest, get } = await open311App();
    const id = await fileRequest();
    const [one] = await json(await get(`${V2}/requests/${id}.json`));
    expect(one!.service_request_id).toBe(id);
    expect((await json(await get(`${V2}/requests/${id.toLowerCase()}.json`)))[0]!.service_request_id).toBe(id);
    const doc = (await xml(await get(`${V2}/requests/${id}.xml`))).service_requests as { request: Json[] };
    expect(doc.request).toHaveLength(1);
    expect(doc.request[0]!.service_request_id).toBe(id);
  });

  it('answers tokens/{token} with the request id (requests are filed at once, so a token is the id)', async () => {
    const { fileRequest, get } = await open311App();
    const id = await fileRequest();
    expect(await json(await get(`${V2}/tokens/${id}.json`))).toEqual([{ service_request_id: id, token: id }]);
    const doc = (await xml(await get(`${V2}/tokens/${id}.xml`))).service_requests as { request: Json[] };
    expect(doc.request).toEqual([{ service_request_id: id, token: id }]);
  });

  it('answers 404 for an unknown request or token, in both formats', async () => {
    const { get } = await open311App();
    for (const format of ['json', 'xml'] as const) {
      await expectErrors(await get(`${V2}/requests/SL-0000-0000-00.${format}`), 404, format, 'SL-0000-0000-00');
      await expectErrors(await get(`${V2}/tokens/SL-0000-0000-00.${format}`), 404, format, 'SL-0000-0000-00');
    }
  });
});

describe('paths and formats', () => {
  it('answers 404 for an unknown resource or format; the format of the error follows the path, XML otherwise', async () => {
    const { get, postForm, apiKey } = await open311App();
    await expectErrors(await get(`${V2}/services.csv`), 404, 'xml');
    await expectErrors(await get(`${V2}/services`), 404, 'xml');
    await expectErrors(await get(`${V2}/laporan.json`), 404, 'json');
    await expectErrors(await get(`${V2}/services/a/b.json`), 404, 'json');
    await expectErrors(await get(`${V2}/offices/x.json`), 404, 'json');
    await expectErrors(await postForm(`${V2}/services.json`, { api_key: apiKey }), 404, 'json');
  });

  it('escapes markup in free text in XML, and keeps it readable in both formats', async () => {
    const { fileRequest, get } = await open311App();
    const text = 'Petugas bilang <b>"tutup"</b> & suruh kembali besok.';
    const id = await fileRequest({ description: text });
    const raw = await (await get(`${V2}/requests/${id}.xml`)).text();
    expect(raw).toContain('&lt;b&gt;&quot;tutup&quot;&lt;/b&gt; &amp; suruh');
    expect((parseXml(raw).service_requests as { request: Json[] }).request[0]!.description).toBe(text);
    expect((await json(await get(`${V2}/requests/${id}.json`)))[0]!.description).toBe(text);
  });

  it('answers any origin (public reads), without credentials', async () => {
    const { get } = await open311App();
    expect((await get(`${V2}/services.json`, { Origin: 'https://kota.example' })).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('limits', () => {
  it('refuses a body over the limit with 413 in the format asked for', async () => {
    const { postForm, apiKey } = await open311App();
    const res = await postForm(`${V2}/requests.json`, { api_key: apiKey, service_code: 'disdukcapil-uji.lainnya', description: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
    expectFormat(res, 'json');
    expect(((await res.json()) as { code: number }[])[0]!.code).toBe(413);
  });
});
