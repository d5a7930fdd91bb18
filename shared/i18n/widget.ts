// Every string the embeddable widgets show (DESIGN §6: no string hard-coded in a component).
// Plain objects and no library: this file ships inside suara.js, where every byte is downloaded
// by citizens on prepaid data.

/** The languages the widgets speak; Indonesian is the default. */
export type WidgetLang = 'id' | 'en';

/** The messages of one language. */
export type WidgetMessages = {
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
  errorNetwork: string;
  errorTimeout: string;
  errorServer: string;
  /** Prefix for the server's own explanation of a rejected rating. */
  errorRejected: string;
  footer: string;
};

/** All widget messages by language. */
export const widgetMessages: Record<WidgetLang, WidgetMessages> = {
  id: {
    question: 'Bagaimana pelayanan kami hari ini?',
    scores: ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik'],
    comment: 'Komentar (opsional)',
    commentPlaceholder: 'Ceritakan pengalaman Anda…',
    send: 'Kirim penilaian',
    sending: 'Mengirim…',
    thanks: 'Terima kasih!',
    thanksDetail: 'Penilaian Anda sudah kami terima dan ikut dihitung dalam angka kepuasan kantor ini.',
    errorNetwork: 'Penilaian belum terkirim: tidak ada koneksi. Periksa internet Anda lalu coba lagi.',
    errorTimeout: 'Penilaian belum terkirim: koneksi terlalu lambat. Silakan coba lagi.',
    errorServer: 'Penilaian belum terkirim: server sedang bermasalah. Silakan coba lagi nanti.',
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
    thanksDetail: "We have received your rating; it counts towards this office's satisfaction figures.",
    errorNetwork: 'Your rating was not sent: no connection. Check your internet and try again.',
    errorTimeout: 'Your rating was not sent: the connection is too slow. Please try again.',
    errorServer: 'Your rating was not sent: the server has a problem. Please try again later.',
    errorRejected: 'Your rating was not sent:',
    footer: 'Suara Layanan · no account, no cookies'
  }
};
