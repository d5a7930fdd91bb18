/** Words of the API documentation page (/dokumentasi-api), Indonesian first and English complete (docs/architecture.md). */
import { dictionary } from './web.ts';

const id = {
  'apiDoc.title': 'Dokumentasi API',
  'apiDoc.heading': 'API data terbuka',
  'apiDoc.lead': 'Semua angka di situs ini dibaca dari API publik yang sama. Siapa pun boleh memakainya, tanpa kunci dan tanpa cookie.',
  'apiDoc.base': 'Alamat dasar',
  'apiDoc.version': 'versi',
  'apiDoc.errors': 'Kesalahan dikembalikan sebagai application/problem+json (RFC 9457); "errors" menyebut nama setiap kolom yang salah.',
  'apiDoc.english': 'Ringkasan setiap endpoint di bawah ini berbahasa Inggris, sesuai dokumen OpenAPI.',
  'apiDoc.rawDocument': 'Dokumen OpenAPI 3.1 (JSON)',
  'apiDoc.endpoints': 'Endpoint',
  'apiDoc.parameters': 'Parameter',
  'apiDoc.body': 'Isi permintaan',
  'apiDoc.responses': 'Jawaban',
  'apiDoc.exampleRequest': 'Contoh permintaan',
  'apiDoc.exampleResponse': 'Contoh jawaban ({status})',
  'apiDoc.bodies': 'Skema isi permintaan',
  'apiDoc.name': 'Nama',
  'apiDoc.field': 'Kolom',
  'apiDoc.in': 'Letak',
  'apiDoc.required': 'Wajib',
  'apiDoc.type': 'Tipe',
  'apiDoc.status': 'Status',
  'apiDoc.description': 'Keterangan',
  'apiDoc.schema': 'Skema',
  'apiDoc.yes': 'ya',
  'apiDoc.no': 'tidak'
} satisfies Record<string, string>;

export type ApiDocKey = keyof typeof id;

const en: Record<ApiDocKey, string> = {
  'apiDoc.title': 'API documentation',
  'apiDoc.heading': 'Open data API',
  'apiDoc.lead': 'Every figure on this site is read from the same public API. Anyone may use it, with no key and no cookies.',
  'apiDoc.base': 'Base path',
  'apiDoc.version': 'version',
  'apiDoc.errors': 'Errors come as application/problem+json (RFC 9457); "errors" names each wrong field.',
  'apiDoc.english': 'The summaries below come from the OpenAPI document.',
  'apiDoc.rawDocument': 'OpenAPI 3.1 document (JSON)',
  'apiDoc.endpoints': 'Endpoints',
  'apiDoc.parameters': 'Parameters',
  'apiDoc.body': 'Request body',
  'apiDoc.responses': 'Responses',
  'apiDoc.exampleRequest': 'Example request',
  'apiDoc.exampleResponse': 'Example response ({status})',
  'apiDoc.bodies': 'Request body schemas',
  'apiDoc.name': 'Name',
  'apiDoc.field': 'Field',
  'apiDoc.in': 'In',
  'apiDoc.required': 'Required',
  'apiDoc.type': 'Type',
  'apiDoc.status': 'Status',
  'apiDoc.description': 'Description',
  'apiDoc.schema': 'Schema',
  'apiDoc.yes': 'yes',
  'apiDoc.no': 'no'
};

export const { t: apiDocT, messages: apiDocMessages } = dictionary<ApiDocKey>({ id, en });
