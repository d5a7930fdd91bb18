import { expect } from 'vitest';
import type { SuaraApp } from '../../../server/app.ts';
import { OPEN_DATA_FILES } from '../../../server/services/open-data/datasets.ts';

/** Everything the installation publishes, by path: figures, open data, tracking pages and the public chain. */
export async function publishedFigures(app: SuaraApp, trackingCodes: string[]): Promise<Record<string, unknown>> {
  const paths = [
    '/api/v1/stats',
    '/api/v1/stats?from=2026-11-01&to=2026-11-30',
    '/api/v1/offices',
    '/api/v1/offices/disdukcapil-uji/stats',
    '/api/v1/offices/puskesmas-uji/stats',
    '/api/v1/offices/disdukcapil-uji/ikm',
    '/api/v1/ikm',
    '/api/v1/open-data/datapackage.json',
    ...OPEN_DATA_FILES.map((file) => `/api/v1/open-data/${file}`),
    ...trackingCodes.map((code) => `/api/v1/complaints/${code}`),
    '/api/v1/chain/events?after=0&limit=1000'
  ];
  const figures: Record<string, unknown> = {};
  for (const path of paths) {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    figures[path] = (res.headers.get('content-type') ?? '').includes('application/json') ? await res.json() : await res.text();
    if (path.startsWith('/api/v1/chain/')) figures[`${path} head`] = res.headers.get('suara-chain-head');
  }
  return figures;
}
