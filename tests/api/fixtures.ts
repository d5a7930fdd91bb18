import { createApp, type AppConfig, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import type { Catalog, Store } from '../../server/store/types.ts';

/** Wednesday 2026-11-25 10:00 in Jakarta. */
export const NOW = Date.parse('2026-11-25T03:00:00Z');

export const testCatalog: Catalog = {
  agencies: [{ id: 'pemkab-uji', name: 'Pemerintah Kabupaten Uji', level: 'kabupaten' }],
  offices: [
    {
      id: 'disdukcapil-uji',
      name: 'Disdukcapil Kabupaten Uji',
      agencyId: 'pemkab-uji',
      kind: 'Disdukcapil',
      region: 'Kabupaten Uji',
      address: 'Jl. Contoh No. 1',
      timeZone: 'Asia/Jakarta'
    },
    {
      id: 'puskesmas-uji',
      name: 'Puskesmas Uji',
      agencyId: 'pemkab-uji',
      kind: 'Puskesmas',
      region: 'Kabupaten Uji',
      address: 'Jl. Contoh No. 2',
      timeZone: 'Asia/Jakarta'
    }
  ],
  services: [
    { id: 'ktp-el', officeId: 'disdukcapil-uji', name: 'KTP-el', targetWorkingDays: 1 },
    { id: 'akta-lahir', officeId: 'disdukcapil-uji', name: 'Akta Kelahiran', targetWorkingDays: 3 },
    { id: 'rawat-jalan', officeId: 'puskesmas-uji', name: 'Rawat Jalan', targetWorkingDays: 1 }
  ],
  holidays: ['2026-12-25'],
  demo: false
};

/** An app on a new store (in memory, or PostgreSQL: ./support/test-store.ts) with a manual clock, as every API test uses it. */
export async function testApp(given?: Store, config: Partial<AppConfig> = {}) {
  const store = given ?? (await testStore(structuredClone(testCatalog)));
  const clock = manualClock(NOW);
  const app: SuaraApp = await createApp({ store, clock, config: { bodyLimitBytes: 16 * 1024, log: () => {}, ...withSharedState(store, config) } });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    });
  return { app, store, clock, post };
}
