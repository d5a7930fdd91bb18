// The words of <suara-score>, shipped in its own script (see widget.ts). Placeholders are `{name}`.
import type { WidgetLang } from './widget.ts';

/** `<suara-score>`. */
export type ScoreMessages = {
  satisfaction: string;
  /** `{n}` ratings behind the figure. */
  responses: string;
  ikm: string;
  /** After the grade when fewer than 30 responded: `{n}`. */
  smallSample: string;
  /** After the grade when below the office's minimum sample: `{n}`, `{required}`. */
  shortSample: string;
  firstResponse: string;
  noData: string;
  unavailable: string;
  /** Link text to the office's page; `{office}` is its name. */
  more: string;
  hours: string;
  days: string;
  moreThan: string;
};

export const scoreMessages: Record<WidgetLang, ScoreMessages> = {
  id: {
    satisfaction: 'Kepuasan warga',
    responses: 'dari {n} penilaian',
    ikm: 'IKM',
    smallSample: 'sampel kecil (n = {n})',
    shortSample: 'sampel belum memenuhi ({n} dari minimal {required})',
    firstResponse: 'Tanggapan pertama',
    noData: 'Belum ada penilaian',
    unavailable: 'Angka belum dapat dimuat',
    more: 'Lihat angka lengkap {office}',
    hours: '{n} jam',
    days: '{n} hari',
    moreThan: '> {x}'
  },
  en: {
    satisfaction: 'Citizen satisfaction',
    responses: 'of {n} ratings',
    ikm: 'IKM',
    smallSample: 'small sample (n = {n})',
    shortSample: 'sample below minimum ({n} of {required})',
    firstResponse: 'First response',
    noData: 'No ratings yet',
    unavailable: 'Figures could not be loaded',
    more: 'See all figures of {office}',
    hours: '{n} h',
    days: '{n} days',
    moreThan: '> {x}'
  }
};
