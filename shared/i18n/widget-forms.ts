// The words of <suara-complaint> and <suara-track>, which ship in the widgets' second, lazily loaded script
// (the first script's words are in widget.ts). Placeholders are `{name}`, filled by widgets/shared/i18n.ts.
import type { WidgetLang } from './widget.ts';

/** `<suara-complaint>`. */
export type ComplaintMessages = {
  heading: string;
  category: string;
  chooseCategory: string;
  categories: Record<'pelayanan_lambat' | 'petugas' | 'biaya' | 'prosedur' | 'fasilitas' | 'informasi' | 'pungli' | 'lainnya', string>;
  description: string;
  descriptionHint: string;
  visibility: string;
  /** The same three choices, in the same words, as the site's form (/pengaduan/baru). */
  visibilities: Record<'public' | 'anonymous' | 'confidential', string>;
  visibilityHints: Record<'public' | 'anonymous' | 'confidential', string>;
  send: string;
  sending: string;
  createdTitle: string;
  createdKeep: string;
  code: string;
  secret: string;
  track: string;
  queued: string;
  errorRejected: string;
  /** Our own messages for the fields, shown instead of the browser's bubbles (the form is `novalidate`). */
  errorCategory: string;
  errorDescription: string;
};

/** `<suara-track>`. */
export type TrackMessages = {
  label: string;
  hint: string;
  submit: string;
  loading: string;
  notFound: string;
  status: string;
  submittedAt: string;
  firstResponseDeadline: string;
  resolutionDeadline: string;
  timeline: string;
  confidential: string;
  live: string;
  statuses: Record<'submitted' | 'verified' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'reopened', string>;
  events: Record<string, string>;
  errorNetwork: string;
  errorServer: string;
};

export const complaintMessages: Record<WidgetLang, ComplaintMessages> = {
  id: {
    heading: 'Ajukan pengaduan',
    category: 'Kategori',
    chooseCategory: '— pilih kategori —',
    categories: {
      pelayanan_lambat: 'Pelayanan lambat',
      petugas: 'Sikap atau perilaku petugas',
      biaya: 'Biaya atau tarif',
      prosedur: 'Prosedur dan persyaratan',
      fasilitas: 'Sarana dan prasarana',
      informasi: 'Informasi layanan',
      pungli: 'Pungutan liar',
      lainnya: 'Lainnya'
    },
    description: 'Uraian pengaduan',
    descriptionHint: 'Apa yang terjadi, kapan, di loket mana (10–4.000 karakter).',
    visibility: 'Siapa yang boleh membaca pengaduan ini?',
    visibilities: { public: 'Publik', anonymous: 'Anonim', confidential: 'Rahasia' },
    visibilityHints: {
      public: 'Dibaca siapa pun yang memegang kode; telepon, email, NIK disamarkan.',
      anonymous: 'Seperti publik, tanpa nama.',
      confidential: 'Hanya petugas yang membaca; publik melihat status saja.'
    },
    send: 'Kirim pengaduan',
    sending: 'Mengirim…',
    createdTitle: 'Pengaduan Anda sudah diterima',
    createdKeep: 'Catat atau foto kedua kode ini sekarang: kode rahasia membuktikan Anda pelapornya dan hanya tampil sekali ini.',
    code: 'Kode pelacakan',
    secret: 'Kode rahasia',
    track: 'Lacak pengaduan ini',
    queued: 'Belum ada koneksi. Pengaduan terkirim otomatis selama halaman ini terbuka.',
    errorRejected: 'Pengaduan belum terkirim:',
    errorCategory: 'Pilih kategori.',
    errorDescription: 'Uraian 10–4.000 karakter.'
  },
  en: {
    heading: 'File a complaint',
    category: 'Category',
    chooseCategory: '— choose a category —',
    categories: {
      pelayanan_lambat: 'Slow service',
      petugas: 'Staff attitude or conduct',
      biaya: 'Fees or charges',
      prosedur: 'Procedures and requirements',
      fasilitas: 'Facilities',
      informasi: 'Service information',
      pungli: 'Illegal levies',
      lainnya: 'Other'
    },
    description: 'What happened',
    descriptionHint: 'What happened, when, at which counter (10–4,000 characters).',
    visibility: 'Who may read this complaint?',
    visibilities: { public: 'Public', anonymous: 'Anonymous', confidential: 'Confidential' },
    visibilityHints: {
      public: 'Readable with the tracking code; phone, email, NIK masked.',
      anonymous: 'Like public, without a name.',
      confidential: 'Only staff read it; the public sees its status.'
    },
    send: 'Send complaint',
    sending: 'Sending…',
    createdTitle: 'Your complaint has been received',
    createdKeep: 'Write down or photograph both codes now: the secret code proves you filed it and is shown only this once.',
    code: 'Tracking code',
    secret: 'Secret code',
    track: 'Track this complaint',
    queued: 'No connection yet. It is sent by itself while this page stays open.',
    errorRejected: 'Your complaint was not sent:',
    errorCategory: 'Choose a category.',
    errorDescription: 'Describe it in 10–4,000 characters.'
  }
};

export const trackMessages: Record<WidgetLang, TrackMessages> = {
  id: {
    label: 'Kode pelacakan',
    hint: 'Contoh: SL-7K3M-Q9XA-2B',
    submit: 'Lacak',
    loading: 'Mencari…',
    notFound: 'Tidak ada pengaduan dengan kode itu.',
    status: 'Status',
    submittedAt: 'Diajukan',
    firstResponseDeadline: 'Batas tanggapan pertama',
    resolutionDeadline: 'Batas penyelesaian',
    timeline: 'Riwayat',
    confidential: 'Pengaduan rahasia: isinya hanya dibaca petugas.',
    live: 'Status diperbarui otomatis.',
    statuses: {
      submitted: 'Diajukan',
      verified: 'Diverifikasi',
      in_progress: 'Ditindaklanjuti',
      resolved: 'Selesai',
      closed: 'Ditutup',
      rejected: 'Ditolak',
      reopened: 'Dibuka kembali'
    },
    events: {
      submitted: 'Pengaduan diajukan',
      verified: 'Diverifikasi petugas',
      started: 'Mulai ditindaklanjuti',
      replied: 'Tanggapan petugas',
      resolved: 'Dinyatakan selesai',
      rejected: 'Ditolak',
      forwarded: 'Diteruskan',
      info_added: 'Keterangan tambahan pelapor',
      confirmed: 'Tanggapan pelapor',
      reopened: 'Dibuka kembali oleh pelapor',
      closed: 'Ditutup'
    },
    errorNetwork: 'Tidak ada koneksi.',
    errorServer: 'Server bermasalah; coba lagi nanti.'
  },
  en: {
    label: 'Tracking code',
    hint: 'For example: SL-7K3M-Q9XA-2B',
    submit: 'Track',
    loading: 'Looking…',
    notFound: 'There is no complaint with that code.',
    status: 'Status',
    submittedAt: 'Submitted',
    firstResponseDeadline: 'First response due',
    resolutionDeadline: 'Resolution due',
    timeline: 'History',
    confidential: 'Confidential: only staff read its content.',
    live: 'The status updates by itself.',
    statuses: {
      submitted: 'Submitted',
      verified: 'Verified',
      in_progress: 'In progress',
      resolved: 'Resolved',
      closed: 'Closed',
      rejected: 'Rejected',
      reopened: 'Reopened'
    },
    events: {
      submitted: 'Complaint submitted',
      verified: 'Verified by staff',
      started: 'Follow-up started',
      replied: 'Reply from staff',
      resolved: 'Declared resolved',
      rejected: 'Rejected',
      forwarded: 'Forwarded',
      info_added: 'More information from the citizen',
      confirmed: "The citizen's answer",
      reopened: 'Reopened by the citizen',
      closed: 'Closed'
    },
    errorNetwork: 'No connection.',
    errorServer: 'Server problem; try again later.'
  }
};
