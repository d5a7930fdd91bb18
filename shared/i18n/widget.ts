// The words of <suara-rating> (docs/architecture.md: no string hard-coded in a component); those of <suara-score> are in
// widget-score.ts, of <suara-complaint> and <suara-track> in widget-forms.ts. Each ships in its element's own
// script, where every byte is downloaded by citizens on prepaid data: plain objects, no library.
// Placeholders are `{name}`, filled by widgets/shared/i18n.ts.

/** The languages the widgets speak; Indonesian is the default. */
export type WidgetLang = 'id' | 'en';

/** `<suara-rating>`. */
export type RatingMessages = {
  /** The question, also the radio group's legend. */
  question: string;
  /** SKM scale labels for scores 1–4 (PermenPANRB 14/2017). */
  scores: readonly [string, string, string, string];
  comment: string;
  commentPlaceholder: string;
  send: string;
  sending: string;
  thanks: string;
  thanksDetail: string;
  /** Shown instead of `thanksDetail` when the rating waits on the device for a connection. */
  queued: string;
  /** The link to the full SKM survey after a rating. */
  survey: string;
  /** Prefix for the server's own explanation of a refused rating (a lost connection only queues it). */
  errorRejected: string;
  footer: string;
};

export const ratingMessages: Record<WidgetLang, RatingMessages> = {
  id: {
    question: 'Bagaimana pelayanan kami hari ini?',
    scores: ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik'],
    comment: 'Komentar (opsional)',
    commentPlaceholder: 'Ceritakan pengalaman Anda…',
    send: 'Kirim penilaian',
    sending: 'Mengirim…',
    thanks: 'Terima kasih!',
    thanksDetail: 'Penilaian Anda sudah kami terima.',
    queued: 'Tersimpan di perangkat ini; terkirim otomatis saat koneksi kembali.',
    survey: 'Isi survei lengkap, sekitar 2 menit',
    errorRejected: 'Penilaian belum terkirim:',
    footer: 'Suara Layanan · tanpa akun, tanpa cookie'
  },
  en: {
    question: 'How was our service today?',
    scores: ['Very poor', 'Poor', 'Good', 'Very good'],
    comment: 'Comment (optional)',
    commentPlaceholder: 'Tell us about your visit…',
    send: 'Send rating',
    sending: 'Sending…',
    thanks: 'Thank you!',
    thanksDetail: 'We have received your rating.',
    queued: 'Saved on this device; sent by itself when the connection is back.',
    survey: 'Take the full survey, about 2 minutes',
    errorRejected: 'Your rating was not sent:',
    footer: 'Suara Layanan · no account, no cookies'
  }
};
