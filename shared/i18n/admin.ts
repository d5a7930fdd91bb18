/**
 * The words of the first run (/siapkan), the password links and the console's admin area, Indonesian
 * first; English in admin-en.ts.
 */
import { en } from './admin-en.ts';
import type { Lang, Vars } from './web.ts';

const id = {
  'setup.title': 'Siapkan Suara Layanan',
  'setup.lead': 'Instalasi baru. Isi nama pemerintah daerah atau instansi Anda dan buat akun admin pertama. Tautan ini hanya berlaku sekali.',
  'setup.agencyName': 'Nama pemerintah daerah atau instansi',
  'setup.agencyLevel': 'Tingkat',
  'setup.adminName': 'Nama admin',
  'setup.adminEmail': 'Email admin',
  'setup.password': 'Kata sandi (minimal 12 karakter)',
  'setup.submit': 'Siapkan',
  'setup.done': 'Instalasi ini sudah disiapkan. Masuk ke konsol dengan akun admin.',
  'setup.badToken': 'Tautan penyiapan tidak berlaku. Salin tautan dari log server atau dari berkas setup-token di DATA_DIR.',
  'setup.ready': 'Instalasi siap. Masuk dengan akun admin yang baru Anda buat.',
  'level.pusat': 'Pusat',
  'level.provinsi': 'Provinsi',
  'level.kabupaten': 'Kabupaten',
  'level.kota': 'Kota',

  'link.title': 'Buat kata sandi',
  'link.lead': 'Untuk {name} ({email}). Tautan ini hanya berlaku sekali.',
  'link.password': 'Kata sandi baru (minimal 12 karakter)',
  'link.submit': 'Simpan kata sandi',
  'link.invalid': 'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta tautan baru kepada admin.',
  'link.done': 'Kata sandi disimpan. Silakan masuk.',

  'admin.nav': 'Pengaturan',
  'admin.title': 'Pengaturan',
  'admin.lead': 'Setiap perubahan tercatat (siapa, kapan, dari apa menjadi apa) dan langsung tampil di halaman publik.',
  'admin.agencies': 'Instansi',
  'admin.addAgency': 'Tambah instansi',
  'admin.offices': 'Kantor',
  'admin.noOffices': 'Belum ada kantor.',
  'admin.addOffice': 'Tambah kantor',
  'admin.agency': 'Instansi',
  'admin.name': 'Nama',
  'admin.shortName': 'Nama singkat (opsional)',
  'admin.kind': 'Jenis (mis. Disdukcapil, Puskesmas)',
  'admin.address': 'Alamat',
  'admin.timeZone': 'Zona waktu',
  'tz.Asia/Jakarta': 'WIB',
  'tz.Asia/Makassar': 'WITA',
  'tz.Asia/Jayapura': 'WIT',
  'admin.closed': 'tutup',
  'admin.save': 'Simpan',
  'admin.add': 'Tambah',
  'admin.saved': 'Tersimpan.',
  'admin.holidays': 'Hari libur',
  'admin.holidaysLead': 'Libur nasional dan cuti bersama 2026–2027 sudah termasuk. Tambahkan hari libur daerah; batas waktu pengaduan yang masuk sesudahnya melewatinya.',
  'admin.national': 'Libur nasional dan cuti bersama',
  'admin.estimated': 'perkiraan, periksa SKB',
  'admin.regional': 'Libur daerah',
  'admin.noRegional': 'Belum ada libur daerah.',
  'admin.date': 'Tanggal',
  'admin.holidayName': 'Nama hari libur',
  'admin.remove': 'Hapus',
  'admin.staff': 'Petugas',
  'admin.invite': 'Undang petugas',
  'admin.email': 'Email',
  'admin.role': 'Peran',
  'admin.officesOf': 'Kantor',
  'admin.inviteLink': 'Salin tautan ini dan kirimkan kepada {name}. Berlaku sekali, sampai {until}:',
  'admin.resetLink': 'Tautan untuk membuat kata sandi baru bagi {name}, berlaku sekali, sampai {until}:',
  'admin.deactivate': 'Nonaktifkan',
  'admin.activate': 'Aktifkan',
  'admin.reset': 'Tautan kata sandi baru',
  'admin.inactive': 'nonaktif',
  'admin.invited': 'belum membuat kata sandi',
  'admin.history': 'Riwayat perubahan',
  'admin.noHistory': 'Belum ada perubahan.',
  'admin.historyEntry': '{at} · {who} · {action}',
  'office.title': 'Kantor: {name}',
  'office.back': '← Pengaturan',
  'office.details': 'Data kantor',
  'office.close': 'Tutup kantor',
  'office.reopen': 'Buka kembali kantor',
  'office.closeHint': 'Kantor yang tutup tetap menyimpan riwayatnya, tetapi tidak menerima penilaian dan pengaduan baru.',
  'office.isClosed': 'Kantor ini tutup.',
  'office.services': 'Layanan',
  'office.noServices': 'Belum ada layanan.',
  'office.addService': 'Tambah layanan',
  'office.firstResponse': 'Tanggapan pertama (hari kerja)',
  'office.resolution': 'Penyelesaian (hari kerja)',
  'office.targets': 'tanggapan {first} · selesai {resolution} hari kerja',
  'office.origins': 'Situs yang boleh memasang widget',
  'office.originsHint': 'Satu alamat per baris, mis. https://dukcapil.kotanusa.go.id. Kosong: semua situs.',
  'office.population': 'Jumlah pengguna layanan per periode SKM',
  'office.period': 'Periode (mis. 2026, 2026-S1)',
  'office.populationCount': 'Jumlah pengguna layanan',
  'office.onlyAdmins': 'Hanya admin yang mengubah data kantor.',
  'import.title': 'Impor kantor dan layanan (CSV)',
  'import.lead':
    'Satu baris per layanan; zona WIB, WITA atau WIT. Uji coba dulu: daftar perubahan dan setiap baris yang salah tampil tanpa mengubah apa pun. Berkas dengan baris salah tidak diterapkan.',
  'import.csv': 'Isi berkas CSV',
  'import.dryRun': 'Uji coba',
  'import.apply': 'Terapkan',
  'import.applied': '{n} perubahan diterapkan.',
  'import.wouldChange': '{n} perubahan akan diterapkan.',
  'import.bad': '{n} baris salah; tidak ada yang diterapkan.',
  'import.row': 'Baris {row}'
} satisfies Record<string, string>;

export type AdminKey = keyof typeof id;

const messages: Record<Lang, Record<AdminKey, string>> = { id, en };

/** Whether `key` is one of this dictionary's keys. */
export const isAdminKey = (key: string): key is AdminKey => key in id;

/** An admin-area message in `lang`, with `{name}` placeholders filled. */
export function ta(lang: Lang, key: AdminKey, vars?: Vars): string {
  const text = messages[lang][key] ?? messages.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}
