// The fictional Kabupaten Sukamaju, Provinsi Nusantara Jaya. Place names are invented; coordinates are
// scattered over a ~25 km square only so that maps have something to draw.

/** One demo office before it becomes a catalog Office: `code` prefixes its service ids. */
export type OfficeSpec = {
  id: string;
  code: string;
  name: string;
  agencyId: string;
  kind: string;
  address: string;
  at: [lat: number, lon: number];
  services: readonly ServiceSpec[];
};

/** [id suffix, name, target in working days]. */
export type ServiceSpec = readonly [suffix: string, name: string, targetWorkingDays: number];

const DUKCAPIL: readonly ServiceSpec[] = [
  ['ktp-el', 'KTP-el (Kartu Tanda Penduduk Elektronik)', 1],
  ['kk', 'Kartu Keluarga', 1],
  ['akta-lahir', 'Akta Kelahiran', 1],
  ['akta-mati', 'Akta Kematian', 1],
  ['pindah-datang', 'Pindah Datang (SKPWNI)', 1]
];
const DUKCAPIL_BRANCH = DUKCAPIL.slice(0, 3);
const PUSKESMAS: readonly ServiceSpec[] = [
  ['rawat-jalan', 'Rawat Jalan (Poli Umum)', 1],
  ['imunisasi', 'Imunisasi', 1],
  ['kia-kb', 'Kesehatan Ibu dan Anak / KB', 1],
  ['lab', 'Laboratorium Sederhana', 1]
];
const KECAMATAN: readonly ServiceSpec[] = [
  ['domisili', 'Surat Keterangan Domisili', 1],
  ['iumk', 'Izin Usaha Mikro Kecil (IUMK)', 3],
  ['legalisasi', 'Legalisasi Dokumen', 1]
];

const kabupaten = 'pemkab-sukamaju';
const addr = (street: string, area: string) => `${street}, ${area}, Kabupaten Sukamaju, Provinsi Nusantara Jaya`;

/** The demo offices in display order. */
export const OFFICE_SPECS: readonly OfficeSpec[] = [
  {
    id: 'disdukcapil-sukamaju',
    code: 'dukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju',
    agencyId: kabupaten,
    kind: 'Disdukcapil',
    address: addr('Jl. Merdeka No. 17', 'Sukamaju Kota'),
    at: [-7.1205, 108.0512],
    services: DUKCAPIL
  },
  {
    id: 'disdukcapil-upt-ciranjang-hilir',
    code: 'upt-ciranjang',
    name: 'UPT Disdukcapil Wilayah Ciranjang Hilir',
    agencyId: kabupaten,
    kind: 'Disdukcapil',
    address: addr('Jl. Raya Ciranjang No. 5', 'Kecamatan Ciranjang Hilir'),
    at: [-7.0418, 107.9733],
    services: DUKCAPIL_BRANCH
  },
  {
    id: 'disdukcapil-upt-tanjung-sari',
    code: 'upt-tanjungsari',
    name: 'UPT Disdukcapil Wilayah Tanjung Sari',
    agencyId: kabupaten,
    kind: 'Disdukcapil',
    address: addr('Jl. Pahlawan No. 40', 'Kecamatan Tanjung Sari'),
    at: [-7.2011, 108.1297],
    services: DUKCAPIL_BRANCH
  },
  {
    id: 'dpmptsp-sukamaju',
    code: 'dpmptsp',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Sukamaju',
    agencyId: kabupaten,
    kind: 'DPMPTSP',
    address: addr('Jl. Veteran No. 2', 'Sukamaju Kota'),
    at: [-7.1172, 108.0561],
    services: [
      ['nib-oss', 'Izin Usaha (NIB/OSS)', 1],
      ['pbg', 'Persetujuan Bangunan Gedung (PBG)', 14],
      ['slf', 'Sertifikat Laik Fungsi (SLF)', 10],
      ['reklame', 'Izin Reklame', 5]
    ]
  },
  {
    id: 'rsud-sukamaju',
    code: 'rsud',
    name: 'RSUD Sukamaju',
    agencyId: kabupaten,
    kind: 'RSUD',
    address: addr('Jl. Dr. Sutomo No. 88', 'Sukamaju Kota'),
    at: [-7.1296, 108.0447],
    services: [
      ['rawat-jalan', 'Rawat Jalan (Poliklinik)', 1],
      ['igd', 'Instalasi Gawat Darurat (IGD)', 1],
      ['rawat-inap', 'Rawat Inap', 3],
      ['farmasi', 'Instalasi Farmasi', 1],
      ['lab', 'Laboratorium Klinik', 1]
    ]
  },
  {
    id: 'puskesmas-cibiru-hilir',
    code: 'pkm-cibiru',
    name: 'Puskesmas Cibiru Hilir',
    agencyId: kabupaten,
    kind: 'Puskesmas',
    address: addr('Jl. Cibiru Hilir No. 9', 'Kecamatan Cibiru Hilir'),
    at: [-7.0833, 108.1102],
    services: PUSKESMAS
  },
  {
    id: 'puskesmas-sindang-wetan',
    code: 'pkm-sindang',
    name: 'Puskesmas Sindang Wetan',
    agencyId: kabupaten,
    kind: 'Puskesmas',
    address: addr('Jl. Sindang Wetan No. 21', 'Kecamatan Sindang Wetan'),
    at: [-7.165, 107.9901],
    services: PUSKESMAS
  },
  {
    id: 'puskesmas-pasir-luhur',
    code: 'pkm-pasirluhur',
    name: 'Puskesmas Pasir Luhur',
    agencyId: kabupaten,
    kind: 'Puskesmas',
    address: addr('Jl. Raya Pasir Luhur No. 3', 'Kecamatan Pasir Luhur'),
    at: [-7.227, 108.0385],
    services: PUSKESMAS
  },
  {
    id: 'puskesmas-talaga-mukti',
    code: 'pkm-talaga',
    name: 'Puskesmas Talaga Mukti',
    agencyId: kabupaten,
    kind: 'Puskesmas',
    address: addr('Jl. Talaga No. 14', 'Kecamatan Talaga Mukti'),
    at: [-7.0551, 108.082],
    services: PUSKESMAS
  },
  {
    id: 'samsat-sukamaju',
    code: 'samsat',
    name: 'Kantor Bersama Samsat Sukamaju',
    agencyId: 'bapenda-nusantara-jaya',
    kind: 'Samsat',
    address: addr('Jl. Lingkar Selatan No. 1', 'Sukamaju Kota'),
    at: [-7.1388, 108.0623],
    services: [
      ['stnk-tahunan', 'Perpanjangan STNK Tahunan', 1],
      ['stnk-5-tahunan', 'Perpanjangan STNK 5 Tahunan (Ganti Pelat)', 3],
      ['balik-nama', 'Balik Nama Kendaraan (BBNKB)', 3],
      ['mutasi', 'Mutasi Kendaraan', 5]
    ]
  },
  {
    id: 'satpas-polres-sukamaju',
    code: 'satpas',
    name: 'Satpas SIM Polres Sukamaju',
    agencyId: 'polres-sukamaju',
    kind: 'Satpas SIM',
    address: addr('Jl. Bhayangkara No. 45', 'Sukamaju Kota'),
    at: [-7.1103, 108.0391],
    services: [
      ['sim-baru', 'Penerbitan SIM Baru', 1],
      ['sim-perpanjangan', 'Perpanjangan SIM', 1],
      ['skck', 'Surat Keterangan Catatan Kepolisian (SKCK)', 1]
    ]
  },
  {
    id: 'kantah-sukamaju',
    code: 'kantah',
    name: 'Kantor Pertanahan Kabupaten Sukamaju',
    agencyId: 'atr-bpn',
    kind: 'Kantor Pertanahan (BPN)',
    address: addr('Jl. Agraria No. 7', 'Sukamaju Kota'),
    at: [-7.1241, 108.068],
    // Perkaban 1/2010 standards: first registration 98 working days, transfer of title 5, check 1.
    services: [
      ['pengecekan', 'Pengecekan Sertifikat', 1],
      ['peralihan-hak', 'Peralihan Hak / Balik Nama Sertifikat', 5],
      ['roya', 'Roya (Penghapusan Hak Tanggungan)', 5],
      ['pendaftaran-pertama', 'Sertifikat Tanah (Pendaftaran Pertama Kali)', 98]
    ]
  },
  {
    id: 'dinsos-sukamaju',
    code: 'dinsos',
    name: 'Dinas Sosial Kabupaten Sukamaju',
    agencyId: kabupaten,
    kind: 'Dinas Sosial',
    address: addr('Jl. Kartini No. 23', 'Sukamaju Kota'),
    at: [-7.115, 108.0475],
    services: [
      ['dtsen', 'Usulan Data Tunggal Sosial Ekonomi (DTSEN)', 14],
      ['pbi-jk', 'Rekomendasi PBI Jaminan Kesehatan', 3],
      ['bansos', 'Pengaduan Penyaluran Bansos', 7]
    ]
  },
  {
    id: 'disnaker-sukamaju',
    code: 'disnaker',
    name: 'Dinas Tenaga Kerja Kabupaten Sukamaju',
    agencyId: kabupaten,
    kind: 'Disnaker',
    address: addr('Jl. Kartini No. 31', 'Sukamaju Kota'),
    at: [-7.1163, 108.049],
    services: [
      ['kartu-ak1', 'Kartu Pencari Kerja (AK/1)', 1],
      ['pelatihan', 'Pendaftaran Pelatihan Kerja', 5]
    ]
  },
  {
    id: 'perumda-tirta-sukamaju',
    code: 'tirta',
    name: 'Perumda Air Minum Tirta Sukamaju',
    agencyId: kabupaten,
    kind: 'PDAM',
    address: addr('Jl. Siliwangi No. 60', 'Sukamaju Kota'),
    at: [-7.1317, 108.053],
    services: [
      ['pasang-baru', 'Pemasangan Sambungan Baru', 7],
      ['gangguan', 'Penanganan Gangguan Air', 1],
      ['tagihan', 'Koreksi Tagihan', 5]
    ]
  },
  {
    id: 'kecamatan-sukamaju-kota',
    code: 'kec-kota',
    name: 'Kantor Kecamatan Sukamaju Kota',
    agencyId: kabupaten,
    kind: 'Kantor Kecamatan',
    address: addr('Jl. Alun-Alun Utara No. 1', 'Sukamaju Kota'),
    at: [-7.1221, 108.0544],
    services: KECAMATAN
  },
  {
    id: 'kecamatan-cibiru-hilir',
    code: 'kec-cibiru',
    name: 'Kantor Kecamatan Cibiru Hilir',
    agencyId: kabupaten,
    kind: 'Kantor Kecamatan',
    address: addr('Jl. Cibiru Hilir No. 2', 'Kecamatan Cibiru Hilir'),
    at: [-7.0861, 108.1139],
    services: KECAMATAN
  },
  {
    id: 'kecamatan-sindang-wetan',
    code: 'kec-sindang',
    name: 'Kantor Kecamatan Sindang Wetan',
    agencyId: kabupaten,
    kind: 'Kantor Kecamatan',
    address: addr('Jl. Sindang Wetan No. 1', 'Kecamatan Sindang Wetan'),
    at: [-7.1677, 107.9866],
    services: KECAMATAN
  },
  {
    id: 'kecamatan-pasir-luhur',
    code: 'kec-pasirluhur',
    name: 'Kantor Kecamatan Pasir Luhur',
    agencyId: kabupaten,
    kind: 'Kantor Kecamatan',
    address: addr('Jl. Raya Pasir Luhur No. 10', 'Kecamatan Pasir Luhur'),
    at: [-7.2249, 108.0412],
    services: KECAMATAN
  },
  {
    id: 'kecamatan-mekar-jaya',
    code: 'kec-mekarjaya',
    name: 'Kantor Kecamatan Mekar Jaya',
    agencyId: kabupaten,
    kind: 'Kantor Kecamatan',
    address: addr('Jl. Mekar Jaya No. 8', 'Kecamatan Mekar Jaya'),
    at: [-7.0302, 108.0207],
    services: KECAMATAN
  }
];
