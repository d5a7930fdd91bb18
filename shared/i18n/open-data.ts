/** Words of the open-data page (/data-terbuka), Indonesian first and English complete (docs/architecture.md). */
import { dictionary } from './web.ts';

const id = {
  'openData.title': 'Data terbuka',
  'openData.lead': 'Data di balik setiap angka situs ini, untuk diunduh, diperiksa dan dipakai ulang oleh siapa pun, tanpa login.',
  'openData.license': 'Lisensi: Creative Commons Atribusi 4.0 (CC BY 4.0). Sebutkan sumbernya: Suara Layanan.',
  'openData.privacy': 'Tanpa data pribadi: tidak ada kontak pelapor; uraian hanya dari pengaduan publik, dengan NIK, nomor telepon dan email disamarkan.',
  'openData.period': 'Periode',
  'openData.from': 'Dari',
  'openData.to': 'Sampai',
  'openData.periodHint': 'Kosongkan untuk semua data. Tanggal menurut zona waktu setiap kantor.',
  'openData.apply': 'Terapkan',
  'openData.datasets': 'Dataset',
  'openData.descriptor': 'Deskriptor paket data (datapackage.json, Frictionless Data) dengan kamus data setiap kolom',
  'openData.columns': 'Kolom',
  'openData.column': 'Kolom',
  'openData.type': 'Tipe',
  'openData.meaning': 'Arti',
  'openData.recompute': 'Hitung ulang sendiri',
  'openData.recomputeText':
    'Kepuasan, IKM, waktu respons pertama dan tingkat penyelesaian setiap kantor dapat dihitung ulang dari file ini saja, dengan rumus di halaman Metodologi. Skrip di repositori melakukannya:',
  'openData.formats': 'Setiap file tersedia sebagai CSV dan JSON, terkompresi (gzip/br), dengan ETag.'
} satisfies Record<string, string>;

export type OpenDataKey = keyof typeof id;

const en: Record<OpenDataKey, string> = {
  'openData.title': 'Open data',
  'openData.lead': 'The data behind every figure on this site, for anyone to download, check and reuse, without logging in.',
  'openData.license': 'Licence: Creative Commons Attribution 4.0 (CC BY 4.0). Credit the source: Suara Layanan.',
  'openData.privacy': "No personal data: no complainant's contact; text only from public complaints, with NIK, phone numbers and emails masked.",
  'openData.period': 'Period',
  'openData.from': 'From',
  'openData.to': 'To',
  'openData.periodHint': "Leave empty for all data. Dates in each office's time zone.",
  'openData.apply': 'Apply',
  'openData.datasets': 'Datasets',
  'openData.descriptor': 'Data package descriptor (datapackage.json, Frictionless Data) with a data dictionary of every column',
  'openData.columns': 'Columns',
  'openData.column': 'Column',
  'openData.type': 'Type',
  'openData.meaning': 'Meaning',
  'openData.recompute': 'Recompute it yourself',
  'openData.recomputeText':
    "Every office's satisfaction, IKM, first-response time and resolution rate can be recomputed from these files alone, with the formulas on the Methodology page. A script in the repository does it:",
  'openData.formats': 'Every file comes as CSV and JSON, compressed (gzip/br), with an ETag.'
};

export const { t: openDataT, messages: openDataMessages } = dictionary<OpenDataKey>({ id, en });
