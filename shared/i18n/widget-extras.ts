// The words of the complaint widget's optional part (photos, "Kabari saya"), which ship in a file of their own,
// fetched when the citizen starts filling in the form (widgets/shared/extras.ts).
import type { WidgetLang } from './widget.ts';

export type ComplaintExtrasMessages = {
  /** Photos or PDFs (docs/operations.md). */
  files: string;
  filesHint: string;
  /** The opt-in (docs/notifications.md): ticking it is the consent and shows the one contact field. */
  notify: string;
  contact: string;
  /** Checked before sending, so the message is in the widget's language. */
  errorContact: string;
  errorFiles: string;
};

export const complaintExtrasMessages: Record<WidgetLang, ComplaintExtrasMessages> = {
  id: {
    files: 'Foto atau PDF (tidak wajib)',
    filesHint: 'Paling banyak 3 berkas JPEG, PNG, WebP atau PDF, masing-masing paling besar 5 MB. Hanya petugas yang melihatnya.',
    notify: 'Kabari saya tentang pengaduan ini',
    contact: 'Email atau nomor telepon',
    errorContact: 'Isi email atau nomor telepon.',
    errorFiles: 'Paling banyak 3 berkas, masing-masing paling besar 5 MB.'
  },
  en: {
    files: 'Photos or PDF (optional)',
    filesHint: 'At most 3 JPEG, PNG, WebP or PDF files, each at most 5 MB. Only staff see them.',
    notify: 'Notify me about this complaint',
    contact: 'Email or phone number',
    errorContact: 'Enter an email or phone number.',
    errorFiles: 'At most 3 files, each at most 5 MB.'
  }
};
