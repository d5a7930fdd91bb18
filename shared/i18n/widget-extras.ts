// The words of the complaint widget's optional part (photos, "Kabari saya"), which ship in a file of their own,
// fetched when the citizen starts filling in the form (widgets/shared/extras.ts).
import type { WidgetLang } from './widget.ts';

export type ComplaintExtrasMessages = {
  /** Photos or PDFs (docs/operations.md). */
  files: string;
  filesHint: string;
  /** One contact for the office, optional; it asks for no message by itself. */
  contact: string;
  contactHint: string;
  /** The consent to be notified (docs/notifications.md): its own checkbox, off by default. */
  notify: string;
  notifyHint: string;
  /** Checked before sending, so the message is in the widget's language. */
  errorContact: string;
  errorFiles: string;
};

export const complaintExtrasMessages: Record<WidgetLang, ComplaintExtrasMessages> = {
  id: {
    files: 'Foto atau PDF (tidak wajib)',
    filesHint: 'Paling banyak 3 berkas JPEG, PNG, WebP atau PDF, masing-masing paling besar 5 MB. Hanya petugas yang melihatnya.',
    contact: 'Email atau nomor telepon (tidak wajib)',
    contactHint: 'Hanya petugas yang melihatnya, bila perlu menghubungi Anda.',
    notify: 'Kabari saya tentang pengaduan ini',
    notifyHint: 'Kabar dikirim ke kontak di atas bila status pengaduan berubah; setiap pesan memuat tautan untuk berhenti.',
    errorContact: 'Isi email atau nomor telepon.',
    errorFiles: 'Paling banyak 3 berkas, masing-masing paling besar 5 MB.'
  },
  en: {
    files: 'Photos or PDF (optional)',
    filesHint: 'At most 3 JPEG, PNG, WebP or PDF files, each at most 5 MB. Only staff see them.',
    contact: 'Email or phone number (optional)',
    contactHint: 'Only staff see it, to reach you if needed.',
    notify: 'Notify me about this complaint',
    notifyHint: 'News goes to the contact above when the complaint’s status changes; every message has a link to stop them.',
    errorContact: 'Enter an email or phone number.',
    errorFiles: 'At most 3 files, each at most 5 MB.'
  }
};
