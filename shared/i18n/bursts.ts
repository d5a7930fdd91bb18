/**
 * The words of rating bursts on the console's review page, Indonesian first; English in bursts-en.ts.
 * The office page's note on excluded ratings has its own small dictionary (excluded-ratings.ts).
 */
import { en } from './bursts-en.ts';
import type { Lang, Vars } from './web.ts';

const id = {
  'bursts.nav': 'Lonjakan penilaian',
  'bursts.title': 'Lonjakan penilaian',
  'bursts.lead':
    'Jam dengan penilaian jauh lebih banyak daripada biasanya untuk kantor itu. Tinjau setiap lonjakan: bila penilaiannya tidak sah, manajer kantor atau admin dapat mengecualikannya dari angka yang diterbitkan, dengan alasan yang tampil di halaman kantor. Tidak ada penilaian yang dihapus.',
  'bursts.rule': 'Aturannya',
  'bursts.office': '{office}: biasanya {normal} penilaian pada jam sibuk',
  'bursts.none': 'Tidak ada lonjakan.',
  'bursts.window': 'Jam',
  'bursts.count': 'Penilaian',
  'bursts.mix': 'Skor 1 / 2 / 3 / 4',
  'bursts.threshold': 'Ambang',
  'bursts.status': 'Status',
  'bursts.skewed': 'satu skor mendominasi',
  'bursts.flagged': 'Perlu ditinjau',
  'bursts.excluded': 'Dikecualikan',
  'bursts.restored': 'Dihitung kembali',
  'bursts.review': '{action} oleh {name}, {at}: {reason}',
  'bursts.reason': 'Alasan (tampil di halaman kantor)',
  'bursts.exclude': 'Kecualikan dari angka',
  'bursts.undo': 'Hitung kembali',
  'bursts.undoReason': 'Alasan membatalkan pengecualian',
  'bursts.onlyManagers': 'Hanya manajer kantor ini atau admin yang dapat mengecualikan penilaian.',
  'bursts.done': 'Tersimpan. Angka kantor sudah diperbarui.',
  'bursts.reasonTooShort': 'Tulis alasan, paling sedikit 5 karakter.'
} satisfies Record<string, string>;

export type BurstKey = keyof typeof id;

const messages: Record<Lang, Record<BurstKey, string>> = { id, en };

/** A burst message in `lang`, with `{name}` placeholders filled. */
export function tb(lang: Lang, key: BurstKey, vars?: Vars): string {
  const text = messages[lang][key] ?? messages.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}
