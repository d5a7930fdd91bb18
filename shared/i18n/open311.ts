/**
 * The words of the console's Open311 key page, Indonesian first; English in open311-en.ts.
 */
import { en } from './open311-en.ts';
import type { Lang, Vars } from './web.ts';

const id = {
  'open311.nav': 'Kunci Open311',
  'open311.title': 'Kunci API Open311',
  'open311.lead':
    'Sistem lain (aplikasi kota, layanan 311) dapat mengajukan pengaduan ke kantor lewat Open311 GeoReport v2 dengan kunci API. Setiap pengaduan dari sana menjadi pengaduan biasa dengan kode lacak.',
  'open311.docs': 'Alamat layanan (discovery)',
  'open311.label': 'Untuk siapa kunci ini',
  'open311.labelHint': 'Mis. "Aplikasi Lapor Kota Sukamaju"; 3–80 karakter.',
  'open311.issue': 'Terbitkan kunci',
  'open311.issued': 'Kunci untuk {label}. Salin sekarang: kunci ini hanya ditampilkan sekali.',
  'open311.none': 'Belum ada kunci.',
  'open311.keys': 'Kunci yang diterbitkan',
  'open311.colLabel': 'Untuk',
  'open311.colCreated': 'Diterbitkan',
  'open311.colBy': 'Oleh',
  'open311.colStatus': 'Status',
  'open311.live': 'Aktif',
  'open311.revoked': 'Dicabut {at}',
  'open311.revoke': 'Cabut',
  'open311.revokeLabel': 'Cabut kunci untuk {label}',
  'open311.revokedDone': 'Kunci dicabut; permintaan dengannya ditolak mulai sekarang.',
  'open311.onlyManagers': 'Hanya admin dan manajer yang dapat menerbitkan atau mencabut kunci.',
  'open311.labelError': 'Tulis untuk siapa kunci ini, 3 sampai 80 karakter.'
} satisfies Record<string, string>;

export type Open311Key = keyof typeof id;

const messages: Record<Lang, Record<Open311Key, string>> = { id, en };

/** An Open311 page message in `lang`, with `{name}` placeholders filled. */
export function to311(lang: Lang, key: Open311Key, vars?: Vars): string {
  const text = messages[lang][key] ?? messages.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}
