/**
 * The words of the console's webhook page, Indonesian first; English in webhooks-en.ts.
 */
import { en } from './webhooks-en.ts';
import type { Lang, Vars } from './web.ts';

const id = {
  'webhooks.nav': 'Webhook',
  'webhooks.title': 'Webhook ke sistem instansi',
  'webhooks.lead':
    'Setiap langkah publik sebuah pengaduan dapat dikirim ke sistem instansi (tiket, meja WhatsApp, integrasi SP4N-LAPOR!) sebagai pesan bertanda tangan menurut Standard Webhooks. Isinya bentuk publik kejadian, seperti di halaman lacak.',
  'webhooks.docs': 'Cara menerima dan memeriksa tanda tangan',
  'webhooks.add': 'Tambah webhook',
  'webhooks.scope': 'Untuk',
  'webhooks.scopeOffice': 'Kantor: {name}',
  'webhooks.scopeAgency': 'Semua kantor instansi: {name}',
  'webhooks.url': 'Alamat penerima (URL)',
  'webhooks.urlHint': 'https:// disarankan. Alamat lokal atau jaringan privat ditolak.',
  'webhooks.events': 'Kejadian yang dikirim',
  'webhooks.includeContact': 'Sertakan data kontak pelapor (hanya webhook kantor)',
  'webhooks.includeContactHint': 'Nama, telepon, dan email pelapor ikut terkirim. Aktifkan hanya untuk sistem internal kantor yang berhak memegang data pribadi.',
  'webhooks.create': 'Simpan webhook',
  'webhooks.secretShown': 'Rahasia penandatanganan untuk {url}. Salin sekarang: hanya ditampilkan sekali.',
  'webhooks.none': 'Belum ada webhook.',
  'webhooks.list': 'Webhook',
  'webhooks.colUrl': 'Alamat',
  'webhooks.colScope': 'Untuk',
  'webhooks.colEvents': 'Kejadian',
  'webhooks.colStatus': 'Status',
  'webhooks.colActions': 'Tindakan',
  'webhooks.enabled': 'Aktif',
  'webhooks.disabled': 'Nonaktif',
  'webhooks.gone': 'Dimatikan: penerima menjawab 410 pada {at}',
  'webhooks.pending': '{count} menunggu',
  'webhooks.contactMarked': 'MENGIRIM DATA KONTAK',
  'webhooks.previousUntil': 'Rahasia lama masih ikut menandatangani sampai {at}',
  'webhooks.enable': 'Aktifkan',
  'webhooks.disable': 'Nonaktifkan',
  'webhooks.rotate': 'Ganti rahasia',
  'webhooks.remove': 'Hapus',
  'webhooks.showLog': 'Log pengiriman',
  'webhooks.log': 'Log pengiriman: {url}',
  'webhooks.logNone': 'Belum ada pengiriman.',
  'webhooks.colEvent': 'Kejadian',
  'webhooks.colCode': 'Kode lacak',
  'webhooks.colAttempts': 'Percobaan',
  'webhooks.colLast': 'Terakhir',
  'webhooks.colNext': 'Berikutnya',
  'webhooks.status.pending': 'Menunggu',
  'webhooks.status.delivered': 'Terkirim',
  'webhooks.status.failed': 'Gagal',
  'webhooks.resend': 'Kirim lagi',
  'webhooks.resent': 'Dijadwalkan untuk dikirim lagi.',
  'webhooks.saved': 'Tersimpan.',
  'webhooks.removed': 'Webhook dihapus.',
  'webhooks.onlyManagers': 'Hanya admin dan manajer kantor yang dapat mengelola webhook.',
  'webhooks.pickEvents': 'Pilih setidaknya satu kejadian.'
} satisfies Record<string, string>;

export type WebhooksKey = keyof typeof id;

const messages: Record<Lang, Record<WebhooksKey, string>> = { id, en };

/** A webhook page message in `lang`, with `{name}` placeholders filled. */
export function tw(lang: Lang, key: WebhooksKey, vars?: Vars): string {
  const text = messages[lang][key] ?? messages.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}
