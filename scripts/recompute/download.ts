import type { OpenDataFiles } from '../../shared/open-data/recompute.ts';

export type RecomputePeriod = { from?: string; to?: string };

/** Downloads the open-data JSON files of a period from a Suara Layanan site (its origin, e.g. https://suara.example.go.id). */
export async function downloadOpenData(origin: string, period: RecomputePeriod): Promise<OpenDataFiles> {
  const query = new URLSearchParams({ ...(period.from && { from: period.from }), ...(period.to && { to: period.to }) }).toString();
  const get = async <T>(file: string): Promise<T> => {
    const url = `${origin.replace(/\/+$/, '')}/api/v1/open-data/${file}${query ? `?${query}` : ''}`;
    const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const descriptor = await get<{ created: string }>('datapackage.json');
  const [kantor, penilaian, skm, pengaduan] = await Promise.all([
    get<OpenDataFiles['kantor']>('kantor.json'),
    get<OpenDataFiles['penilaian']>('penilaian.json'),
    get<OpenDataFiles['skm']>('skm.json'),
    get<OpenDataFiles['pengaduan']>('pengaduan.json')
  ]);
  return { created: descriptor.created, kantor, penilaian, skm, pengaduan };
}
