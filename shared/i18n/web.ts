/**
 * The words every public page may show (the site's frame, the dashboard and the office pages), Indonesian first
 * (docs/architecture.md); English in web-en.ts, the methodology page's prose in web-methodology.ts. Words of one group of pages
 * are in their own file, so that other pages do not download them: citizen.ts (rating, filing and tracking a
 * complaint), api-doc.ts, skm.ts, console.ts. `t(lang, key, vars)` fills `{name}` placeholders; the key type
 * makes a missing message a type error.
 */
import { en } from './web-en.ts';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const id = {
  'site.name': 'Suara Layanan',
  'layout.skip': 'Langsung ke isi halaman',
  'nav.label': 'Menu utama',
  'nav.language': 'Bahasa',
  'nav.home': 'Beranda',
  'nav.methodology': 'Metodologi',
  'nav.openData': 'Data terbuka (CSV/JSON)',
  'nav.complain': 'Ajukan pengaduan',
  'nav.track': 'Lacak pengaduan',
  'nav.api': 'API',
  'nav.survey': 'Survei SKM',
  'nav.embed': 'Sematkan widget',
  'nav.console': 'Konsol petugas',
  'nav.menu': 'Menu',
  'demo.label': 'Pemberitahuan data contoh',
  'demo.title': 'Data contoh.',
  'demo.body': 'Kantor, penilaian, dan pengaduan di situs ini fiktif (Kabupaten Sukamaju) dan hanya untuk peragaan.',
  'footer.tagline': 'Suara warga tentang layanan publik: penilaian, pengaduan, dan angka yang terbuka.',
  'footer.openData': 'Dokumentasi API',
  'error.title': 'Terjadi kesalahan',
  'error.notFoundTitle': 'Halaman tidak ditemukan',
  'error.home': 'Kembali ke beranda',
  'error.tooManyTitle': 'Terlalu banyak permintaan',
  'error.tooMany': 'Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam {minutes} menit.',
  'error.formType': 'Formulir harus dikirim sebagai application/x-www-form-urlencoded atau multipart/form-data.',
  'error.formBody': 'Isi formulir tidak dapat dibaca (terpotong atau rusak). Silakan kirim ulang.',
  'error.formTooLarge': 'Isi formulir terlalu besar.',
  'form.errorTitle': 'Periksa kembali isian berikut',

  'unit.minutes': '{n} menit',
  'unit.hours': '{n} jam',
  'unit.days': '{n} hari',
  'unit.moreThan': 'lebih dari {x}',
  'unit.n': 'n = {n}',

  'period.showing': 'Periode: {range}',
  'period.default': 'periode bawaan: bulan berjalan dan 11 bulan sebelumnya',
  'period.from': 'Dari tanggal',
  'period.to': 'Sampai tanggal',
  'period.apply': 'Tampilkan periode',
  'period.invalid': 'Periode yang diminta tidak valid; yang ditampilkan adalah periode bawaan.',

  'figure.satisfaction': 'Kepuasan',
  'figure.firstResponse': 'Median tanggapan pertama',
  'figure.resolutionRate': 'Tingkat penyelesaian',
  'figure.complaintsReceived': 'Pengaduan diterima',
  'figure.interval': 'Interval 95\u00a0%: {ci}',
  'figure.intervalMean': 'Interval 95\u00a0%: {ci} · rata-rata {mean} dari 4',
  'figure.p90Compliance': 'Persentil ke-90: {p90} · {share} ditanggapi ≤ 3 hari kerja',
  'figure.resolvedOfDue': '{resolved} selesai dari {due} yang jatuh tempo',
  'figure.ratingsN': 'n = {n} penilaian',
  'figure.complaintsN': 'n = {n} pengaduan',
  'figure.dueN': 'n = {n} pengaduan jatuh tempo',
  'figure.inTarget': '{share} selesai dalam target layanan',
  'figure.smallSample': 'Sampel kecil (kurang dari 30 penilaian): tidak dibandingkan dengan kantor lain.',

  'home.title': 'Kinerja layanan publik',
  'home.heading': 'Bagaimana kantor layanan publik melayani warga',
  'home.lead': 'Kepuasan warga, kecepatan tanggapan, dan penyelesaian pengaduan di setiap kantor, dihitung terbuka dari penilaian dan pengaduan warga.',
  'home.regionTitle': 'Ringkasan wilayah',
  'home.officesCount': 'di {n} kantor',

  'table.title': 'Kantor layanan',
  'table.caption': 'Kepuasan, median tanggapan pertama, dan tingkat penyelesaian per kantor',
  'table.office': 'Kantor',
  'table.satisfaction': 'Kepuasan',
  'table.firstResponse': 'Median tanggapan pertama',
  'table.resolutionRate': 'Tingkat penyelesaian',
  'table.firstResponseShort': 'Median tanggapan',
  'table.resolutionShort': 'Penyelesaian',
  'table.searchLabel': 'Cari dan urutkan kantor',
  'table.search': 'Cari kantor',
  'table.searchPlaceholder': 'mis. puskesmas, samsat',
  'table.sortBy': 'Urutkan menurut',
  'table.direction': 'Arah',
  'table.desc': 'Tertinggi dulu',
  'table.asc': 'Terendah dulu',
  'table.apply': 'Terapkan',
  'table.count': 'Menampilkan {shown} dari {total} kantor.',
  'table.empty': 'Tidak ada kantor yang cocok dengan pencarian.',
  'table.smallSample': 'sampel kecil',
  'table.ikm': 'IKM',
  'table.ikmN': 'n = {n}',
  'table.ofDue': '{resolved}/{due} jatuh tempo',
  'table.note': 'Kantor dengan kurang dari 30 penilaian ditandai "sampel kecil" dan diurutkan terakhir; angkanya tetap ditampilkan.',
  'table.noteLink': 'Cara menghitung setiap angka',

  'office.notFound': 'Kantor ini tidak ada dalam daftar kami.',
  'office.back': 'Semua kantor',
  'office.metaDescription': 'Kepuasan warga, waktu tanggapan, dan penyelesaian pengaduan di {name}.',
  'office.rate': 'Beri penilaian',
  'office.complain': 'Ajukan pengaduan',
  'office.figuresTitle': 'Angka utama',
  'office.categoriesTitle': 'Pengaduan per kategori',
  'office.servicesTitle': 'Layanan dan target waktunya',
  'office.noServices': 'Kantor ini belum mendaftarkan layanan.',
  'office.target': 'target {n} hari kerja',
  'office.rateService': 'Beri penilaian',
  'office.category': 'Kategori',
  'office.ikmTitle': 'Indeks Kepuasan Masyarakat (SKM)',
  'office.ikmNone': 'Belum ada survei lengkap pada periode ini.',
  'office.ikmReport': 'Laporan SKM lengkap',
  'office.takeSurvey': 'Isi survei lengkap (SKM)',
  'office.ikmN': 'n = {n} responden survei lengkap',
  'office.ikmPeriod': 'Dari survei 9 unsur PermenPANRB 14/2017 pada periode yang dipilih.',

  // An IKM figure wherever it is shown: the office page and the SKM report.
  'ikm.mutu': 'Mutu pelayanan',
  'sample.small': 'sampel kecil (n = {n})',
  'sample.short': 'sampel belum memenuhi ({n} dari minimal {required})',
  'ikm.sampleShort': 'Sampel belum memenuhi: {n} dari minimal {required} responden.',
  'ikm.chart': 'NRR per unsur (skala 1–4)',
  'ikm.chartDesc': 'Diagram batang NRR tiap unsur; angka yang sama ada di tabel.',
  'kinerja.Sangat Baik': 'Sangat Baik',
  'kinerja.Baik': 'Baik',
  'kinerja.Kurang Baik': 'Kurang Baik',
  'kinerja.Tidak Baik': 'Tidak Baik',

  'breakdown.summary': 'Rincian penyelesaian',
  'breakdown.caption': 'Rincian pengaduan menurut hasilnya',
  'breakdown.outcome': 'Hasil',
  'breakdown.count': 'Jumlah',
  'breakdown.countsAsDue': 'Jatuh tempo?',
  'breakdown.yes': 'ya',
  'breakdown.no': 'tidak',
  'breakdown.note': '"Ditutup" tidak otomatis berarti beres: hanya yang dinyatakan selesai dihitung sebagai selesai.',
  'outcome.resolvedConfirmed': 'Selesai, dikonfirmasi pelapor',
  'outcome.resolvedDisputed': 'Selesai, disanggah pelapor',
  'outcome.resolvedUnconfirmed': 'Selesai, tanpa konfirmasi',
  'outcome.rejected': 'Ditolak',
  'outcome.rejectedIncomplete': 'Ditolak: tidak lengkap',
  'outcome.rejectedOther': 'Ditolak: alasan lain',
  'outcome.rejectedOutOfScope': 'Ditolak: di luar kewenangan',
  'outcome.rejectedDuplicate': 'Ditolak: duplikat',
  'outcome.openWithinDeadline': 'Terbuka, masih dalam batas waktu',
  'outcome.overdue': 'Terbuka, lewat batas waktu',

  'chart.sectionTitle': 'Grafik',
  'chart.note': 'Bulan dan hari dihitung dalam zona waktu kantor ({zone}). Setiap grafik disertai tabel angkanya.',
  'chart.table': 'Tabel angka',
  'chart.month': 'Bulan',
  'chart.interval': 'Interval 95\u00a0%',
  'chart.partialMonth': 'bulan berjalan, n = {n}',
  'chart.partialPart': 'sebagian bulan, n = {n}',
  'chart.smallMonth': 'sampel kecil, n = {n}',
  'chart.trendLegend': 'Garis putus-putus: bulan yang belum lengkap. Titik kosong: bulan dengan kurang dari 30 penilaian. Garis tegak: interval 95\u00a0%.',
  'chart.ratings': 'Penilaian',
  'chart.complaints': 'Pengaduan',
  'chart.score': 'Skor',
  'chart.responseTime': 'Waktu tanggapan pertama',
  'chart.trendTitle': 'Kepuasan per bulan',
  'chart.trendSummary': 'Grafik garis kepuasan selama {months} bulan; tertinggi {best}.',
  'chart.scoresTitle': 'Sebaran skor penilaian',
  'chart.scoresSummary': 'Grafik batang {n} penilaian: {list}.',
  'chart.outcomesTitle': 'Hasil pengaduan',
  'chart.outcomesSummary': 'Grafik batang hasil pengaduan: {list}.',
  'chart.responseTitle': 'Sebaran waktu tanggapan pertama',
  'chart.responseSummary': 'Grafik batang waktu tanggapan pertama: {list}.',
  'bucket.under1': '< 1 hari',
  'bucket.1to3': '1–3 hari',
  'bucket.3to7': '3–7 hari',
  'bucket.7to14': '7–14 hari',
  'bucket.over14': '> 14 hari',
  'bucket.unanswered': 'belum ditanggapi',

  'score.1': 'Tidak Baik',
  'score.2': 'Kurang Baik',
  'score.3': 'Baik',
  'score.4': 'Sangat Baik',

  'category.pelayanan_lambat': 'Pelayanan lambat',
  'category.petugas': 'Sikap atau perilaku petugas',
  'category.biaya': 'Biaya atau tarif',
  'category.prosedur': 'Prosedur dan persyaratan',
  'category.fasilitas': 'Sarana dan prasarana',
  'category.informasi': 'Informasi layanan',
  'category.pungli': 'Pungutan liar',
  'category.lainnya': 'Lainnya',

  'error.score': 'Pilih salah satu wajah.',
  'error.serviceId': 'Pilih layanan dari daftar kantor ini.',
  'error.comment': 'Komentar paling banyak 1.000 karakter.',
  'error.channel': 'Saluran penilaian tidak dikenal.',
  'error.officeId': 'Pilih kantor dari daftar.',
  'error.category': 'Pilih kategori pengaduan.',
  'error.description': 'Uraian harus 10 sampai 4.000 karakter.',
  'error.visibility': 'Pilih siapa yang boleh membaca pengaduan.',
  'error.contact.name': 'Nama paling banyak 120 karakter.',
  'error.contact.phone': 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter).',
  'error.contact.email': 'Alamat email tidak valid.',

  'method.title': 'Metodologi',
  'method.heading': 'Bagaimana setiap angka dihitung',
  'method.lead': 'Setiap angka di situs ini ditampilkan bersama jumlah data (n) yang mendasarinya. Di halaman ini rumusnya, supaya siapa pun dapat memeriksa dan menghitung ulang.',
  'method.contents': 'Isi halaman'
} satisfies Record<string, string>;

export type MessageKey = keyof typeof id;

export const messages: Record<Lang, Record<MessageKey, string>> = { id, en };

export type Vars = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(messages[lang][key] ?? messages.id[key], vars);
}

/** `text` with its `{name}` placeholders filled from `vars`; one without a value stays visible. */
export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Lookups in a dictionary of its own (citizen.ts, api-doc.ts): `t` as above, and `has` for keys built from data. */
export function dictionary<Key extends string>(messages: Record<Lang, Record<Key, string>>) {
  return {
    messages,
    t: (lang: Lang, key: Key, vars?: Vars): string => fill(messages[lang][key] ?? messages.id[key], vars),
    has: (key: string): key is Key => Object.hasOwn(messages.id, key)
  };
}

/** True when `key` names a message (for keys built from API values such as a category or an event type). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}
