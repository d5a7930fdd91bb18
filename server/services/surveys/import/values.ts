import { dayNumber } from '../../../../shared/metrics/index.ts';
import { parseSkmPeriod } from '../../../../shared/skm/period.ts';
import { AGE_BANDS, ageBand, type AgeBand, type Education, type Gender, type Occupation } from '../../../../shared/skm/profile.ts';

// Reading the values people type into SKM spreadsheets and Google Forms exports. Each returns
// undefined for an empty cell and throws a message (Indonesian / English) for one it cannot read.

const norm = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** A local date: `2024-03-05`, `05/03/2024`, `5-3-2024` (day first, as Indonesian sheets write it), or a Forms timestamp. */
export function readDate(raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  let y: number, m: number, d: number;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?$/.exec(value))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else throw new Error('tanggal tidak terbaca, pakai YYYY-MM-DD atau DD/MM/YYYY / unreadable date');
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso || y < 2000) throw new Error(`tanggal tidak ada / no such date: ${value}`);
  dayNumber(iso);
  return iso;
}

/** An answer 1–4, or a–d as printed on the paper form. */
export function readAnswer(raw: string): 1 | 2 | 3 | 4 | undefined {
  const value = norm(raw);
  if (!value) return undefined;
  const letter = 'abcd'.indexOf(value);
  if (value.length === 1 && letter >= 0) return (letter + 1) as 1 | 2 | 3 | 4;
  if (/^[1-4]$/.test(value)) return Number(value) as 1 | 2 | 3 | 4;
  throw new Error(`jawaban harus 1–4 atau a–d / answer must be 1–4 or a–d: ${raw.trim()}`);
}

/** A whole number ≥ 0. */
export function readCount(raw: string): number | undefined {
  const value = raw.trim().replace(/[.\s](?=\d{3}\b)/g, '');
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`bukan bilangan bulat / not a whole number: ${raw.trim()}`);
  return Number(value);
}

export function readGender(raw: string): Gender | undefined {
  const value = norm(raw);
  if (!value) return undefined;
  if (['l', 'lk', 'laki-laki', 'laki laki', 'pria', 'm', 'male'].includes(value)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'f', 'female'].includes(value)) return 'P';
  throw new Error(`jenis kelamin L atau P / gender L or P: ${raw.trim()}`);
}

export function readAge(raw: string): AgeBand | undefined {
  const value = norm(raw).replace(/\s*(tahun|thn|th)$/, '');
  if (!value) return undefined;
  if ((AGE_BANDS as readonly string[]).includes(value)) return value as AgeBand;
  const band = /^\d+$/.test(value) ? ageBand(Number(value)) : undefined;
  if (!band) throw new Error(`umur tidak terbaca / unreadable age: ${raw.trim()}`);
  return band;
}

const EDUCATION: Record<string, Education> = {
  sd: 'sd',
  'sd ke bawah': 'sd',
  'sd kebawah': 'sd',
  'tidak sekolah': 'sd',
  smp: 'smp',
  sltp: 'smp',
  mts: 'smp',
  sma: 'sma',
  slta: 'sma',
  smk: 'sma',
  ma: 'sma',
  d1: 'diploma',
  d2: 'diploma',
  d3: 'diploma',
  d4: 'diploma',
  diploma: 'diploma',
  'd1-d3-d4': 'diploma',
  s1: 's1',
  sarjana: 's1',
  s2: 's2',
  s3: 's2',
  's2 ke atas': 's2',
  magister: 's2',
  doktor: 's2'
};

export function readEducation(raw: string): Education | undefined {
  const value = norm(raw);
  if (!value) return undefined;
  const found = EDUCATION[value] ?? EDUCATION[value.split(/[\s/]/)[0]!];
  if (!found) throw new Error(`pendidikan tidak dikenal / unknown education: ${raw.trim()}`);
  return found;
}

/** The standard form's last choice is "Lainnya", so anything unlisted (pelajar, petani …) is that. */
export function readOccupation(raw: string): Occupation | undefined {
  const value = norm(raw);
  if (!value) return undefined;
  if (['pns', 'asn', 'pppk'].includes(value)) return 'pns';
  if (value === 'tni') return 'tni';
  if (['polri', 'polisi'].includes(value)) return 'polri';
  if (['swasta', 'pegawai swasta', 'karyawan swasta', 'karyawan'].includes(value)) return 'swasta';
  if (['wirausaha', 'wiraswasta', 'pedagang', 'pengusaha'].includes(value)) return 'wirausaha';
  return 'lainnya';
}

/** The dates of a tally row: `dari`/`sampai`, or a period label `2023-S1`, or a single `tanggal`. */
export function readSpan(from: string, to: string, period: string, date: string): { from: string; to: string } {
  if (period.trim()) {
    const parsed = parseSkmPeriod(period);
    if (!parsed) throw new Error(`periode tidak terbaca / unreadable period: ${period.trim()}`);
    return { from: parsed.from, to: parsed.to };
  }
  const start = readDate(from) ?? readDate(date);
  const end = readDate(to) ?? readDate(date);
  if (!start || !end) throw new Error('isi dari/sampai, periode, atau tanggal / give from/to, a period or a date');
  if (start > end) throw new Error("'dari' setelah 'sampai' / 'from' after 'to'");
  return { from: start, to: end };
}
