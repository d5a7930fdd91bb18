/**
 * The words of the pages for agencies and counters (docs/architecture.md): /sematkan (embed the widgets), the kiosk
 * /kios/{office} and the poster /kantor/{office}/poster. Indonesian first, English complete.
 * `embedT(lang, key, vars)` fills `{name}` placeholders; the key type makes a missing message a type error.
 */
import type { Lang } from './web.ts';

const id = {
  'embed.title': 'Sematkan widget di situs Anda',
  'embed.lead':
    'Satu baris skrip dan satu elemen: warga dapat menilai layanan, mengajukan pengaduan, atau melihat angka kepuasan langsung di situs instansi Anda. Tanpa akun, tanpa cookie, aman di halaman dengan CSP ketat.',
  'embed.choose': 'Pilih widget',
  'embed.office': 'Kantor',
  'embed.service': 'Layanan',
  'embed.serviceAny': '— semua layanan —',
  'embed.element': 'Widget',
  'embed.element.rating': 'Penilaian cepat (4 wajah)',
  'embed.element.score': 'Lencana angka kepuasan',
  'embed.element.complaint': 'Formulir pengaduan',
  'embed.element.track': 'Lacak pengaduan',
  'embed.lang': 'Bahasa widget',
  'embed.langPage': 'Ikuti bahasa halaman',
  'embed.theme': 'Warna',
  'embed.theme.default': 'Biru (bawaan)',
  'embed.theme.green': 'Hijau',
  'embed.theme.red': 'Merah',
  'embed.theme.dark': 'Gelap',
  'embed.update': 'Perbarui',
  'embed.preview': 'Pratinjau',
  'embed.previewNote': 'Inilah widget yang sebenarnya: penilaian yang Anda kirim di sini ikut dihitung.',
  'embed.snippet': 'Kode untuk ditempel',
  'embed.snippetHint': 'Tempel di halaman Anda, di tempat widget harus muncul. Tautan di dalam elemen adalah cadangan bagi pengunjung tanpa JavaScript.',
  'embed.copy': 'Salin kode',
  'embed.copied': 'Kode tersalin.',
  'embed.copyFailed': 'Tidak dapat menyalin otomatis; pilih teksnya lalu salin.',
  'embed.css': 'Warna: tambahkan ke berkas CSS situs Anda',
  'embed.csp': 'Bila situs Anda memakai Content Security Policy',
  'embed.cspHint': 'Izinkan skrip dan koneksi ke server Suara Layanan. Gaya tidak perlu diizinkan: widget tidak memakai gaya inline.',
  'embed.origins': 'Batasi asal kiriman',
  'embed.originsHint':
    'Admin dapat mencatat daftar situs (origin) yang boleh mengirim penilaian dan pengaduan untuk kantor ini; kiriman dari halaman lain ditolak. Sampai ada daftar, semua situs boleh.',
  'embed.originsNow': 'Situs yang diizinkan untuk kantor ini: {origins}.',
  'embed.originsNone': 'Kantor ini belum membatasi asal kiriman.',
  'embed.counter': 'Di loket',
  'embed.poster': 'Poster QR untuk dicetak (A4/A5)',
  'embed.kiosk': 'Mode kios untuk tablet di loket',
  'embed.assisted': 'Mode petugas (penilaian dibantu petugas)',
  'embed.fallback.rating': 'Beri penilaian layanan kami',
  'embed.fallback.score': 'Lihat kepuasan layanan kami',
  'embed.fallback.complaint': 'Ajukan pengaduan',
  'embed.fallback.track': 'Lacak pengaduan',

  'kiosk.title': 'Kios penilaian — {office}',
  'kiosk.fallback': 'Beri penilaian',
  'kiosk.fullscreen': 'Layar penuh',
  'kiosk.online': 'Terhubung',
  'kiosk.offline': 'Tanpa koneksi — penilaian disimpan di tablet ini',
  'kiosk.pending': '{n} penilaian menunggu dikirim',
  'kiosk.assisted': 'Mode petugas: masukkan penilaian atas nama warga yang tidak memakai ponsel, sesuai jawaban warga.',
  'kiosk.privacy': 'Tanpa nama, tanpa akun. Layar kembali ke awal setelah penilaian.',

  'poster.title': 'Poster QR — {office}',
  'poster.size': 'Ukuran kertas',
  'poster.print': 'Cetak',
  'poster.change': 'Ganti layanan atau ukuran',
  'poster.heading': 'Bagaimana pelayanan kami?',
  'poster.scan': 'Pindai kode ini dengan kamera ponsel dan beri penilaian. Hanya 10 detik.',
  'poster.noApp': 'Tanpa aplikasi, tanpa akun, tanpa nama.',
  'poster.orVisit': 'Atau buka:',
  'poster.service': 'Layanan: {service}',
  'poster.allServices': 'Semua layanan',
  'poster.footer': 'Suara Layanan · penilaian Anda ikut dihitung dalam angka kepuasan yang terbuka untuk publik.',
  'poster.qrLabel': 'Kode QR ke halaman penilaian {office}'
} satisfies Record<string, string>;

export type EmbedKey = keyof typeof id;

const en: Record<EmbedKey, string> = {
  'embed.title': 'Embed the widgets on your site',
  'embed.lead':
    "One script line and one element: citizens rate a service, file a complaint or see the satisfaction figures right on your agency's site. No account, no cookies, safe on pages with a strict CSP.",
  'embed.choose': 'Choose a widget',
  'embed.office': 'Office',
  'embed.service': 'Service',
  'embed.serviceAny': '— all services —',
  'embed.element': 'Widget',
  'embed.element.rating': 'Quick rating (4 faces)',
  'embed.element.score': 'Satisfaction badge',
  'embed.element.complaint': 'Complaint form',
  'embed.element.track': 'Track a complaint',
  'embed.lang': 'Widget language',
  'embed.langPage': "Follow the page's language",
  'embed.theme': 'Colours',
  'embed.theme.default': 'Blue (default)',
  'embed.theme.green': 'Green',
  'embed.theme.red': 'Red',
  'embed.theme.dark': 'Dark',
  'embed.update': 'Update',
  'embed.preview': 'Preview',
  'embed.previewNote': 'This is the real widget: a rating you send here counts.',
  'embed.snippet': 'Code to paste',
  'embed.snippetHint': 'Paste it into your page where the widget should appear. The link inside the element is the fallback for visitors without JavaScript.',
  'embed.copy': 'Copy code',
  'embed.copied': 'Code copied.',
  'embed.copyFailed': 'Could not copy automatically; select the text and copy it.',
  'embed.css': "Colours: add this to your site's CSS file",
  'embed.csp': 'If your site uses a Content Security Policy',
  'embed.cspHint': 'Allow scripts from and connections to the Suara Layanan server. Styles need no permission: the widgets use no inline styles.',
  'embed.origins': 'Restrict where submissions come from',
  'embed.originsHint': 'An admin can list the sites (origins) allowed to send ratings and complaints for this office; submissions from other pages are refused. Without a list, any site may.',
  'embed.originsNow': 'Sites allowed for this office: {origins}.',
  'embed.originsNone': 'This office does not restrict where submissions come from.',
  'embed.counter': 'At the counter',
  'embed.poster': 'QR poster to print (A4/A5)',
  'embed.kiosk': 'Kiosk mode for a tablet at the counter',
  'embed.assisted': 'Staff mode (ratings entered with staff help)',
  'embed.fallback.rating': 'Rate our service',
  'embed.fallback.score': 'See our satisfaction figures',
  'embed.fallback.complaint': 'File a complaint',
  'embed.fallback.track': 'Track a complaint',

  'kiosk.title': 'Rating kiosk — {office}',
  'kiosk.fallback': 'Rate our service',
  'kiosk.fullscreen': 'Full screen',
  'kiosk.online': 'Connected',
  'kiosk.offline': 'No connection — ratings are kept on this tablet',
  'kiosk.pending': '{n} ratings waiting to be sent',
  'kiosk.assisted': 'Staff mode: enter a rating for a citizen without a phone, exactly as the citizen answers.',
  'kiosk.privacy': 'No name, no account. The screen starts over after each rating.',

  'poster.title': 'QR poster — {office}',
  'poster.size': 'Paper size',
  'poster.print': 'Print',
  'poster.change': 'Change service or size',
  'poster.heading': 'How was our service?',
  'poster.scan': "Scan this code with your phone's camera and rate us. It takes 10 seconds.",
  'poster.noApp': 'No app, no account, no name.',
  'poster.orVisit': 'Or open:',
  'poster.service': 'Service: {service}',
  'poster.allServices': 'All services',
  'poster.footer': 'Suara Layanan · your rating counts in satisfaction figures open to the public.',
  'poster.qrLabel': 'QR code to the rating page of {office}'
};

const messages: Record<Lang, Record<EmbedKey, string>> = { id, en };

/** The message `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function embedT(lang: Lang, key: EmbedKey, vars?: Record<string, string | number>): string {
  const text = messages[lang][key] ?? messages.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}

/** Both languages, for the completeness test. */
export const embedMessages = messages;
