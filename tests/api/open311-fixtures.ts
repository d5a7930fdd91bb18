import { XMLParser } from 'fast-xml-parser';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import type { Catalog, StaffAccount } from '../../server/store/types.ts';
import { NOW, testCatalog } from './fixtures.ts';
import { PASSWORD, testStaff } from './console-fixtures.ts';

export const ORIGIN = 'https://suara.ujikab.go.id';

/** The test catalog with its staff, and coordinates for the first office (the second has none). */
export function open311Catalog(): Catalog & { staff: StaffAccount[] } {
  const catalog = { ...structuredClone(testCatalog), staff: Object.values(testStaff) };
  catalog.offices[0]!.coordinates = { lat: -7.1205, lon: 108.0512 };
  return catalog;
}

// Repeated elements stay lists even when there is one, as the specification's XML examples read.
const LISTS = new Set(['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format']);
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => LISTS.has(name) });

/** Parses an XML answer; throws if it is not well-formed or lacks the UTF-8 declaration. */
export function parseXml(text: string): Record<string, unknown> {
  if (!text.startsWith('<?xml version="1.0" encoding="utf-8"?>')) throw new Error(`no XML declaration: ${text.slice(0, 60)}`);
  return parser.parse(text, true) as Record<string, unknown>;
}

/** An app with an ORIGIN, a manual clock, the test staff and one live Open311 key (issued through the console API). */
export async function open311App(options: { complaintsLimit?: number } = {}) {
  const store = await testStore(open311Catalog());
  const clock = manualClock(NOW);
  const app = await createApp({ store, clock, config: { bodyLimitBytes: 16_384, ...withSharedState(store, { origin: ORIGIN, rateLimits: { complaints: options.complaintsLimit }, log: () => {} }) } });

  async function login(persona: keyof typeof testStaff): Promise<string> {
    const res = await app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1', Origin: ORIGIN },
      body: JSON.stringify({ email: testStaff[persona].email, password: PASSWORD })
    });
    if (res.status !== 200) throw new Error(`login ${persona}: ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }
  const staff = (path: string, cookie: string, method = 'GET', body?: unknown) =>
    app.request(path, {
      method,
      headers: { 'X-Suara-Console': '1', Origin: ORIGIN, cookie, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });

  const issued = await staff('/api/v1/console/open311-keys', await login('admin'), 'POST', { label: 'Aplikasi Lapor Kota' });
  if (issued.status !== 201) throw new Error(`issuing a key: ${issued.status} ${await issued.text()}`);
  const { apiKey } = (await issued.json()) as { apiKey: string };

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

  /** Files a request through Open311 with the live key; returns its id (a tracking code). */
  async function fileRequest(fields: Record<string, string> = {}): Promise<string> {
    const res = await postForm('/open311/v2/requests.json', {
      api_key: apiKey,
      service_code: 'disdukcapil-uji.pelayanan_lambat',
      description: 'Antrean KTP-el sangat lama, tiga jam menunggu.',
      ...fields
    });
    if (res.status !== 200) throw new Error(`filing: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { service_request_id: string }[])[0]!.service_request_id;
  }

  return { app, store, clock, apiKey, login, staff, get, postForm, fileRequest };
}
