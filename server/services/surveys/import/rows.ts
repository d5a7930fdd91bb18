import { cleanLines } from '../../../../shared/schemas/text.ts';
import type { ElementSet } from '../../../../shared/skm/elements.ts';
import type { RespondentProfile } from '../../../../shared/skm/profile.ts';
import { readAge, readAnswer, readCount, readDate, readEducation, readGender, readOccupation, readSpan } from './values.ts';

/** One readable row, before it becomes an event. */
export type ResponseRow = { kind: 'response'; date: string; service?: string; answers: (1 | 2 | 3 | 4)[]; respondent?: RespondentProfile; comment?: string };
export type TallyRow = { kind: 'tally'; from: string; to: string; service?: string; responses: number; sums: number[] };
export type RowError = { row: number; field: string; message: string };

// Header names people use, lower-cased with spaces and dashes as underscores.
const ALIASES: Record<string, readonly string[]> = {
  date: ['tanggal', 'tgl', 'date', 'timestamp', 'cap_waktu', 'waktu', 'tanggal_survei'],
  from: ['dari', 'from', 'mulai'],
  to: ['sampai', 'to', 'hingga', 'selesai'],
  period: ['periode', 'period'],
  service: ['layanan', 'jenis_layanan', 'service', 'service_id'],
  responses: ['responden', 'jumlah_responden', 'n', 'responses'],
  gender: ['jenis_kelamin', 'jk', 'gender', 'sex'],
  age: ['umur', 'usia', 'age'],
  education: ['pendidikan', 'pendidikan_terakhir', 'education'],
  occupation: ['pekerjaan', 'pekerjaan_utama', 'occupation'],
  comment: ['saran', 'saran_masukan', 'saran_dan_masukan', 'masukan', 'komentar', 'comment']
};

const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Where each known column is in a header row; element columns by code (`u1`, `U1`, `p14`). */
export function mapHeader(header: readonly string[], set: ElementSet) {
  const keys = header.map(headerKey);
  const find = (names: readonly string[]) => keys.findIndex((key) => names.includes(key));
  const columns = Object.fromEntries(Object.entries(ALIASES).map(([field, names]) => [field, find(names)])) as Record<keyof typeof ALIASES, number>;
  const elements = set.elements.map((e) => keys.indexOf(e.code));
  const missing = set.elements.filter((_, i) => elements[i] === -1).map((e) => e.code);
  return { columns, elements, codes: set.elements.map((e) => e.code), missing, tally: columns.responses !== -1 };
}

type Header = ReturnType<typeof mapHeader>;

/** Reads one record; every problem is reported with its column name. */
export function readRow(record: readonly string[], header: Header, row: number, fallbackDate?: string): { value?: ResponseRow | TallyRow; service?: string; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (index: number) => (index >= 0 ? (record[index] ?? '') : '');
  const attempt = <T>(field: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      errors.push({ row, field, message: (error as Error).message });
      return undefined;
    }
  };
  const { columns } = header;
  const service = cell(columns.service).trim() || undefined;
  if (header.tally) {
    const responses = attempt('responden', () => readCount(cell(columns.responses)));
    const span = attempt('dari', () => readSpan(cell(columns.from), cell(columns.to), cell(columns.period), cell(columns.date)));
    const sums = header.elements.map((index, i) => attempt(header.codes[i]!, () => readCount(cell(index))));
    if (responses === undefined && !errors.some((e) => e.field === 'responden')) errors.push({ row, field: 'responden', message: 'wajib diisi / required' });
    if (responses === 0) errors.push({ row, field: 'responden', message: 'harus ≥ 1 / must be ≥ 1' });
    sums.forEach((sum, i) => {
      if (sum === undefined || responses === undefined) return;
      // Every answer is 1–4, so a sum outside [n, 4n] is a typing error.
      if (sum < responses || sum > 4 * responses) errors.push({ row, field: header.codes[i]!, message: `jumlah ${sum} mustahil untuk ${responses} responden / impossible sum` });
    });
    if (errors.length > 0 || !span || !responses || sums.some((s) => s === undefined)) return { service, errors };
    return { value: { kind: 'tally', ...span, ...(service && { service }), responses, sums: sums as number[] }, errors };
  }
  const date = attempt('tanggal', () => readDate(cell(columns.date))) ?? fallbackDate;
  if (!date && !errors.length) errors.push({ row, field: 'tanggal', message: 'wajib diisi (atau --date) / required (or --date)' });
  const answers = header.elements.map((index, i) => {
    const code = header.codes[i]!;
    const answer = attempt(code, () => readAnswer(cell(index)));
    if (answer === undefined && !errors.some((e) => e.field === code)) errors.push({ row, field: code, message: 'belum dijawab / not answered' });
    return answer;
  });
  const respondent: RespondentProfile = {};
  const gender = attempt('jenis_kelamin', () => readGender(cell(columns.gender)));
  const age = attempt('umur', () => readAge(cell(columns.age)));
  const education = attempt('pendidikan', () => readEducation(cell(columns.education)));
  const occupation = attempt('pekerjaan', () => readOccupation(cell(columns.occupation)));
  if (gender) respondent.gender = gender;
  if (age) respondent.age = age;
  if (education) respondent.education = education;
  if (occupation) respondent.occupation = occupation;
  const comment = cleanLines(cell(columns.comment)).trim().slice(0, 1000) || undefined;
  if (errors.length > 0) return { service, errors };
  return {
    service,
    value: {
      kind: 'response',
      date: date!,
      ...(service && { service }),
      answers: answers as (1 | 2 | 3 | 4)[],
      ...(Object.keys(respondent).length > 0 && { respondent }),
      ...(comment && { comment })
    },
    errors
  };
}
