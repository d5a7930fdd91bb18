/**
 * Words of the public record's part of /data-terbuka (docs/public-record.md), Indonesian first and English
 * complete. Read on the server (web/routes/data-terbuka/+page.server.ts): none of it is in a page's JavaScript.
 */
const id = {
  title: 'Catatan yang dapat diperiksa siapa pun',
  lead: 'Setiap penilaian, survei dan langkah pengaduan tercatat sebagai kejadian berantai: masing-masing memuat sidik (hash) kejadian sebelumnya. Bentuk publiknya bisa diunduh tanpa data pribadi, dan siapa pun dapat menghitung ulang rantainya untuk memastikan tidak ada yang diubah, dihapus atau ditukar setelah dicatat.',
  headNow: 'Kepala rantai saat ini',
  seq: 'Kejadian ke-',
  hash: 'Sidik',
  signedAt: 'Ditandatangani',
  publicKey: 'Kunci publik (Ed25519) yang menandatangani kepala rantai',
  keyId: 'ID kunci',
  daily: 'Kepala harian (00.00 WIB), ditandatangani',
  noDaily: 'Belum ada kepala harian: yang pertama dicatat pada pukul 00.00 WIB berikutnya.',
  verify: 'Periksa sendiri',
  verifyText:
    'Unduh skrip pemeriksa (satu file, cukup Node.js 18 atau lebih baru, tanpa paket lain) lalu jalankan. Skrip itu membaca setiap kejadian publik, memeriksa setiap sambungan dan tanda tangan, lalu menyebut nomor kejadian pertama yang rusak.',
  download: 'Unduh verify.mjs',
  events: 'Kejadian publik (NDJSON)',
  migration: 'Rantai ini dibangun ulang dari format sebelumnya; kepala rantai lama dan baru:'
};

export type PublicRecordWords = typeof id;

const en: PublicRecordWords = {
  title: 'A record anyone can verify',
  lead: 'Every rating, survey and complaint step is recorded as a chained event: each one holds the fingerprint (hash) of the one before. Their public form can be downloaded without any personal data, and anyone can recompute the chain to make sure nothing was changed, removed or reordered after it was recorded.',
  headNow: 'Chain head now',
  seq: 'Event no.',
  hash: 'Hash',
  signedAt: 'Signed',
  publicKey: 'Public key (Ed25519) that signs the chain heads',
  keyId: 'Key id',
  daily: 'Daily heads (00:00 WIB), signed',
  noDaily: 'No daily head yet: the first is recorded at the next 00:00 WIB.',
  verify: 'Check it yourself',
  verifyText:
    'Download the verifier (one file, Node.js 18 or later, no other packages) and run it. It reads every public event, checks every link and signature, and names the first event that is broken.',
  download: 'Download verify.mjs',
  events: 'Public events (NDJSON)',
  migration: 'This chain was rebuilt from the previous format; the old and new heads:'
};

export const publicRecordWords: Record<'id' | 'en', PublicRecordWords> = { id, en };
