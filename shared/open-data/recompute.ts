import { complaintFigures, IKM_CLASSES_2004, IKM_CLASSES_2017, ikm, satisfactionSummary, type ComplaintTimes, type SatisfactionSummary } from '../metrics/index.ts';
import type { OfficeStats } from '../schemas/index.ts';

/** Rows of the open-data JSON files, as downloaded (docs/open-data.md). */
export type OpenDataFiles = {
  /** datapackage.json's `created`: the moment open complaints are measured to. */
  created: string;
  kantor: { id: string; nama: string; set_unsur_aktif: string }[];
  penilaian: { kantor_id: string; skor: number; jumlah: number; dikecualikan: number }[];
  skm: { kantor_id: string; set_unsur: string; aturan: string; unsur: string; bobot: number | null; responden: number; jumlah_nilai: number }[];
  pengaduan: Record<string, string | null>[];
};

/** The figures an office page publishes, recomputed from the files alone. */
export type RecomputedFigures = {
  officeId: string;
  satisfaction: SatisfactionSummary;
  ikm: { responses: number; ikm: number | null; mutu: string | null };
  complaints: OfficeStats['complaints'];
};

/** Every office's figures for the files' period, with the same formulas the API uses (shared/metrics). */
export function recomputeFigures(files: OpenDataFiles): RecomputedFigures[] {
  const now = Date.parse(files.created);
  const ratings = byOffice(files.penilaian);
  const tallies = byOffice(files.skm);
  const complaints = byOffice(files.pengaduan as { kantor_id: string }[]) as Map<string, Record<string, string | null>[]>;
  return files.kantor.map((office) => ({
    officeId: office.id,
    satisfaction: satisfactionOf(ratings.get(office.id) ?? []),
    ikm: ikmOf((tallies.get(office.id) ?? []).filter((row) => row.set_unsur === office.set_unsur_aktif)),
    complaints: complaintFigures((complaints.get(office.id) ?? []).map(complaintTimes), now)
  }));
}

function byOffice<T extends { kantor_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.kantor_id);
    if (group) group.push(row);
    else groups.set(row.kantor_id, [row]);
  }
  return groups;
}

function satisfactionOf(rows: OpenDataFiles['penilaian']): SatisfactionSummary {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const row of rows) if (row.dikecualikan === 0) counts[row.skor - 1] += row.jumlah;
  return satisfactionSummary(counts);
}

/** PermenPANRB 14/2017: element sums over all respondents, weighted (equally unless the file says otherwise). */
function ikmOf(rows: OpenDataFiles['skm']): RecomputedFigures['ikm'] {
  if (rows.length === 0) return { responses: 0, ikm: null, mutu: null };
  const codes = [...new Set(rows.map((row) => row.unsur))];
  const sums = codes.map((code) => rows.filter((row) => row.unsur === code).reduce((sum, row) => sum + row.jumlah_nilai, 0));
  const responses = rows.filter((row) => row.unsur === codes[0]).reduce((n, row) => n + row.responden, 0);
  const weighted = rows.some((row) => row.bobot !== null);
  const weights = weighted ? codes.map((code) => rows.find((row) => row.unsur === code)!.bobot ?? 0) : undefined;
  const result = responses > 0 ? ikm(sums, responses, weights, rows[0]!.aturan === 'kepmenpan-25-2004' ? IKM_CLASSES_2004 : IKM_CLASSES_2017) : null;
  return { responses, ikm: result?.ikmRounded ?? null, mutu: result?.mutu ?? null };
}

const time = (value: string | null | undefined): number | undefined => (value ? Date.parse(value) : undefined);

function complaintTimes(row: Record<string, string | null>): ComplaintTimes {
  return {
    category: row.kategori!,
    submittedAt: time(row.diajukan)!,
    firstResponseAt: time(row.respons_pertama),
    resolvedAt: time(row.diselesaikan),
    status: row.status as ComplaintTimes['status'],
    rejectReason: (row.alasan_penolakan ?? undefined) as ComplaintTimes['rejectReason'],
    confirmation: (row.konfirmasi_warga ?? undefined) as ComplaintTimes['confirmation'],
    deadlines: { firstResponse: time(row.tenggat_respons_pertama)!, resolution: time(row.tenggat_penyelesaian)! }
  };
}
