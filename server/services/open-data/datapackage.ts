import { OPEN_DATASETS } from '../../../shared/open-data/dictionary.ts';
import type { ServiceContext } from '../context.ts';
import type { OpenDataPeriod } from './period.ts';

export const OPEN_DATA_LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' };

/**
 * The Frictionless Data package descriptor: every file with its data dictionary (Indonesian, with English
 * beside it in `*_en`). `created` is the moment the figures of open complaints are measured against.
 */
export function dataPackage(ctx: ServiceContext, period: OpenDataPeriod) {
  const query = new URLSearchParams({ ...(period.from && { from: period.from }), ...(period.to && { to: period.to }) }).toString();
  const head = ctx.views.head();
  return {
    profile: 'tabular-data-package',
    name: 'suara-layanan',
    title: 'Data terbuka Suara Layanan',
    title_en: 'Suara Layanan open data',
    description: 'Penilaian, SKM dan pengaduan layanan publik, dari mana setiap angka di dasbor dapat dihitung ulang (docs/open-data.md).',
    description_en: 'Ratings, SKM surveys and complaints about public services, from which every figure on the dashboard can be recomputed (docs/open-data.md).',
    licenses: [OPEN_DATA_LICENSE],
    created: new Date(ctx.clock.now()).toISOString(),
    period: { from: period.from ?? null, to: period.to ?? null },
    log: { seq: head.seq, hash: head.hash },
    resources: OPEN_DATASETS.map((dataset) => ({
      name: dataset.name,
      path: `${dataset.name}.csv${query ? `?${query}` : ''}`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: dataset.title,
      title_en: dataset.title_en,
      description: `${dataset.description} Juga sebagai JSON: ${dataset.name}.json.`,
      description_en: `${dataset.description_en} Also as JSON: ${dataset.name}.json.`,
      licenses: [OPEN_DATA_LICENSE],
      schema: { fields: dataset.fields.map((field) => ({ ...field, ...(field.type === 'datetime' && { format: 'any' }) })) }
    }))
  };
}
