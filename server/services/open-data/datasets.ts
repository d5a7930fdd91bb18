import { OPEN_DATASETS, type OpenDataDataset } from '../../../shared/open-data/dictionary.ts';
import { officeRows, serviceRows } from './catalog-rows.ts';
import { complaintRows } from './complaint-rows.ts';
import { ratingRows } from './rating-rows.ts';
import type { RowProducer } from './rows.ts';
import { skmRows } from './tally-rows.ts';

export type OpenDataName = OpenDataDataset['name'];

const PRODUCERS: Record<OpenDataName, RowProducer> = {
  kantor: officeRows,
  layanan: serviceRows,
  penilaian: ratingRows,
  skm: skmRows,
  pengaduan: complaintRows
};

/** A dataset's description and where its rows come from. */
export function openDataset(name: OpenDataName): { dataset: OpenDataDataset; rows: RowProducer } {
  return { dataset: OPEN_DATASETS.find((d) => d.name === name)!, rows: PRODUCERS[name] };
}

/** Every file name the API serves under /api/v1/open-data/. */
export const OPEN_DATA_FILES = OPEN_DATASETS.flatMap((d) => [`${d.name}.csv`, `${d.name}.json`] as const);
