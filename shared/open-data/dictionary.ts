/** One column of an open-data file: its Frictionless type, and what it means in Indonesian and English. */
export type OpenDataField = {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'datetime';
  title: string;
  title_en: string;
  description: string;
  description_en: string;
};

/** One dataset: a file per format, described in datapackage.json (docs/open-data.md). */
export type OpenDataDataset = {
  name: 'kantor' | 'layanan' | 'penilaian' | 'skm' | 'pengaduan';
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  fields: readonly OpenDataField[];
};

const f = (name: string, type: OpenDataField['type'], title: string, title_en: string, description: string, description_en: string): OpenDataField => ({
  name,
  type,
  title,
  title_en,
  description,
  description_en
});

const OFFICE_ID = f('kantor_id', 'string', 'Kantor', 'Office', 'Id kantor (kolom id di kantor)', 'Office id (column id of kantor)');
const SERVICE_ID = f('layanan_id', 'string', 'Layanan', 'Service', 'Id layanan (kolom id di layanan); kosong bila tidak disebut', 'Service id (column id of layanan); empty when none was named');

export const OFFICES: OpenDataDataset = {
  name: 'kantor',
  title: 'Kantor (unit layanan)',
  title_en: 'Offices (service units)',
  description: 'Setiap unit layanan yang dinilai dan menjawab pengaduan.',
  description_en: 'Every service unit that is rated and answers complaints.',
  fields: [
    f('id', 'string', 'Id', 'Id', 'Pengenal tetap kantor', 'Stable office identifier'),
    f('nama', 'string', 'Nama', 'Name', 'Nama kantor', 'Office name'),
    f('instansi_id', 'string', 'Id instansi', 'Agency id', 'Pengenal instansi pemilik', 'Owning agency identifier'),
    f('instansi', 'string', 'Instansi', 'Agency', 'Nama instansi pemilik', 'Owning agency name'),
    f('tingkat', 'string', 'Tingkat', 'Level', 'pusat, provinsi, kabupaten atau kota', 'pusat (national), provinsi, kabupaten or kota'),
    f('jenis', 'string', 'Jenis', 'Kind', 'Jenis kantor (Disdukcapil, Puskesmas …)', 'Kind of office (Disdukcapil, Puskesmas …)'),
    f('wilayah', 'string', 'Wilayah', 'Region', 'Wilayah kantor', 'Region of the office'),
    f('alamat', 'string', 'Alamat', 'Address', 'Alamat kantor', 'Office address'),
    f('lintang', 'number', 'Lintang', 'Latitude', 'Lintang (WGS 84); kosong bila tidak diisi', 'Latitude (WGS 84); empty when not set'),
    f('bujur', 'number', 'Bujur', 'Longitude', 'Bujur (WGS 84); kosong bila tidak diisi', 'Longitude (WGS 84); empty when not set'),
    f('zona_waktu', 'string', 'Zona waktu', 'Time zone', 'Zona waktu IANA; hari dan hari kerja dihitung di zona ini', 'IANA time zone; days and working days are counted in it'),
    f(
      'set_unsur_aktif',
      'string',
      'Set unsur aktif',
      'Active element set',
      'Set unsur SKM yang dipakai IKM kantor (kolom set_unsur di skm)',
      "The SKM element set the office's IKM uses (column set_unsur of skm)"
    )
  ]
};

export const SERVICES: OpenDataDataset = {
  name: 'layanan',
  title: 'Jenis layanan dan targetnya',
  title_en: 'Services and their targets',
  description: 'Layanan setiap kantor dengan target penyelesaian dalam hari kerja.',
  description_en: "Every office's services with their resolution target in working days.",
  fields: [
    f('id', 'string', 'Id', 'Id', 'Pengenal layanan', 'Service identifier'),
    OFFICE_ID,
    f('nama', 'string', 'Nama', 'Name', 'Nama layanan', 'Service name'),
    f('target_hari_kerja', 'integer', 'Target (hari kerja)', 'Target (working days)', 'Target penyelesaian pengaduan atas layanan ini', 'Resolution target of complaints about this service')
  ]
};

export const RATINGS: OpenDataDataset = {
  name: 'penilaian',
  title: 'Penilaian cepat per hari',
  title_en: 'Quick ratings per day',
  description:
    'Jumlah penilaian per hari (tanggal lokal kantor), kantor, layanan, kanal dan skor. Baris dengan dikecualikan = 1 adalah jam lonjakan yang dikeluarkan dari angka publik setelah ditinjau. Baris dengan kunci yang sama dijumlahkan.',
  description_en:
    "Ratings per day (the office's local date), office, service, channel and score. Rows with dikecualikan = 1 are reviewed burst hours left out of the published figures. Rows with the same key add up.",
  fields: [
    f('tanggal', 'date', 'Tanggal', 'Date', 'Tanggal lokal kantor', "The office's local date"),
    OFFICE_ID,
    SERVICE_ID,
    f('kanal', 'string', 'Kanal', 'Channel', 'widget, web, qr, kiosk, assisted atau import', 'widget, web, qr, kiosk, assisted or import'),
    f('skor', 'integer', 'Skor', 'Score', '1 Tidak Baik, 2 Kurang Baik, 3 Baik, 4 Sangat Baik', '1 poor, 2 fair, 3 good, 4 very good'),
    f('jumlah', 'integer', 'Jumlah', 'Count', 'Banyak penilaian', 'Number of ratings'),
    f(
      'dikecualikan',
      'integer',
      'Dikecualikan',
      'Excluded',
      '1 bila dikeluarkan dari angka publik (lonjakan yang ditinjau), selain itu 0',
      '1 when left out of the published figures (a reviewed burst), else 0'
    )
  ]
};

export const TALLIES: OpenDataDataset = {
  name: 'skm',
  title: 'Rekap Survei Kepuasan Masyarakat (SKM)',
  title_en: 'Community Satisfaction Survey (SKM) tallies',
  description:
    'Jumlah nilai per unsur, per hari dan layanan (rekap historis satu baris untuk rentangnya), sama dengan tallies.csv setiap kantor. IKM = (Σ jumlah_nilai/responden × bobot) × 25 per PermenPANRB 14/2017.',
  description_en:
    "Sums per element, per day and service (historical tallies one row for their span), as in each office's tallies.csv. IKM = (Σ jumlah_nilai/responden × bobot) × 25 per PermenPANRB 14/2017.",
  fields: [
    OFFICE_ID,
    f('dari', 'date', 'Dari', 'From', 'Tanggal lokal pertama', 'First local date'),
    f('sampai', 'date', 'Sampai', 'To', 'Tanggal lokal terakhir', 'Last local date'),
    SERVICE_ID,
    f('set_unsur', 'string', 'Set unsur', 'Element set', 'Kuesioner yang dijawab', 'The questionnaire answered'),
    f('aturan', 'string', 'Aturan', 'Rule', 'permenpan-14-2017 atau kepmenpan-25-2004 (tabel mutu)', 'permenpan-14-2017 or kepmenpan-25-2004 (grade table)'),
    f('unsur', 'string', 'Unsur', 'Element', 'Kode unsur (u1…u9, atau tambahan unit)', "Element code (u1…u9, or the unit's own)"),
    f('bobot', 'number', 'Bobot', 'Weight', 'Bobot unsur; kosong = sama rata, tepat 1/banyak unsur', "The element's weight; empty = equal, exactly 1/number of elements"),
    f('responden', 'integer', 'Responden', 'Respondents', 'Banyak responden baris ini', 'Respondents of this row'),
    f('jumlah_nilai', 'integer', 'Jumlah nilai', 'Sum of answers', 'Jumlah jawaban 1–4 unsur ini', "Sum of this element's 1–4 answers"),
    f('impor', 'integer', 'Impor', 'Imported', 'Dari responden, berapa yang diimpor (kertas, spreadsheet)', 'Of the respondents, how many were imported (paper, spreadsheet)')
  ]
};

export const COMPLAINTS: OpenDataDataset = {
  name: 'pengaduan',
  title: 'Pengaduan (bentuk publik)',
  title_en: 'Complaints (public form)',
  description: 'Satu baris per pengaduan, menurut tanggal pengajuan. Tanpa data kontak; uraian hanya untuk pengaduan publik, dengan NIK, nomor telepon dan email disamarkan.',
  description_en: 'One row per complaint, by date filed. No contact data; the description only for public complaints, with NIK, phone numbers and emails masked.',
  fields: [
    f('kode', 'string', 'Kode lacak', 'Tracking code', 'Kode untuk halaman /lacak/{kode}', 'The code of the page /lacak/{kode}'),
    OFFICE_ID,
    SERVICE_ID,
    f(
      'kategori',
      'string',
      'Kategori',
      'Category',
      'pelayanan_lambat, petugas, biaya, prosedur, fasilitas, informasi, pungli atau lainnya',
      'slow service, staff, fees, procedure, facilities, information, extortion or other'
    ),
    f(
      'visibilitas',
      'string',
      'Visibilitas',
      'Visibility',
      'public, anonymous (nama tidak ditampilkan) atau confidential (isi tidak ditampilkan)',
      'public, anonymous (name never shown) or confidential (content never shown)'
    ),
    f(
      'uraian',
      'string',
      'Uraian',
      'Description',
      'Isi pengaduan publik, disamarkan; kosong untuk anonim dan rahasia',
      'Text of a public complaint, masked; empty for anonymous and confidential ones'
    ),
    f('status', 'string', 'Status', 'Status', 'submitted, verified, in_progress, resolved, closed, rejected atau reopened', 'submitted, verified, in_progress, resolved, closed, rejected or reopened'),
    f('diajukan', 'datetime', 'Diajukan', 'Filed', 'Waktu pengajuan (UTC)', 'When it was filed (UTC)'),
    f('diverifikasi', 'datetime', 'Diverifikasi', 'Verified', 'Verifikasi pertama', 'First verification'),
    f(
      'respons_pertama',
      'datetime',
      'Respons pertama',
      'First response',
      'Tindakan pertama yang terlihat warga (verifikasi, balasan, penolakan, penyelesaian)',
      'First action the citizen can see (verification, reply, rejection, resolution)'
    ),
    f('tenggat_respons_pertama', 'datetime', 'Tenggat respons pertama', 'First response deadline', '3 hari kerja setelah pengajuan', '3 working days after filing'),
    f('tenggat_penyelesaian', 'datetime', 'Tenggat penyelesaian', 'Resolution deadline', 'Target layanan dalam hari kerja setelah pengajuan', "The service's target in working days after filing"),
    f('diselesaikan', 'datetime', 'Diselesaikan', 'Resolved', 'Penyelesaian yang berlaku (kosong bila dibuka kembali sesudahnya)', 'The standing resolution (empty when reopened since)'),
    f('ditolak', 'datetime', 'Ditolak', 'Rejected', 'Waktu penolakan', 'When it was rejected'),
    f('alasan_penolakan', 'string', 'Alasan penolakan', 'Reject reason', 'out_of_scope, duplicate, incomplete atau other', 'out_of_scope, duplicate, incomplete or other'),
    f('ditutup', 'datetime', 'Ditutup', 'Closed', 'Penutupan terakhir', 'Last closing'),
    f('dibuka_kembali', 'datetime', 'Dibuka kembali', 'Reopened', 'Pembukaan kembali terakhir oleh warga', 'Last reopening by the citizen'),
    f('konfirmasi_warga', 'string', 'Konfirmasi warga', "Citizen's confirmation", 'satisfied atau not_satisfied atas penyelesaian', 'satisfied or not_satisfied with the resolution')
  ]
};

/** Every dataset, in the order of datapackage.json. */
export const OPEN_DATASETS = [OFFICES, SERVICES, RATINGS, TALLIES, COMPLAINTS] as const;
