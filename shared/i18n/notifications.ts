/**
 * Words of the messages sent to citizens who asked to be told of changes, and to office managers when a
 * deadline passes (server/notifications/). Indonesian first; English for complaints filed in English.
 * `{…}` are filled in by the message builder; links are added after the text, never inside a sentence.
 */
const id = {
  'subject.verified': 'Pengaduan {code} telah diverifikasi',
  'subject.replied': 'Tanggapan baru untuk pengaduan {code}',
  'subject.resolved': 'Pengaduan {code} dinyatakan selesai',
  'subject.rejected': 'Pengaduan {code} ditolak',
  'subject.deadline': 'Pengaduan {code} belum ditanggapi',
  'subject.deadlineStaff': 'Batas waktu terlewati: pengaduan {code}',
  'body.verified': 'Pengaduan Anda {code} di {office} telah diverifikasi dan akan ditindaklanjuti.',
  'body.replied': '{office} memberi tanggapan atas pengaduan Anda {code}.',
  'body.resolved': '{office} menyatakan pengaduan Anda {code} sudah selesai ditangani.',
  'body.rejected': '{office} menolak pengaduan Anda {code} dengan alasan: {reason}.',
  'body.deadline.firstResponse': 'Pengaduan Anda {code} di {office} belum mendapat tanggapan pertama, padahal batas waktunya ({date}) telah lewat. Pengelola kantor telah diberi tahu.',
  'body.deadline.resolution': 'Pengaduan Anda {code} di {office} belum selesai, padahal batas waktu penyelesaiannya ({date}) telah lewat. Pengelola kantor telah diberi tahu.',
  'body.staff.firstResponse': 'Pengaduan {code} di {office} belum mendapat tanggapan pertama; batas waktunya {date} telah lewat.',
  'body.staff.resolution': 'Pengaduan {code} di {office} belum selesai; batas waktu penyelesaiannya {date} telah lewat.',
  'message.label': 'Pesan petugas:',
  'resolved.question': 'Sudah selesai? Jawab di halaman pelacakan, dengan kode rahasia Anda:',
  'track.label': 'Lihat perkembangan:',
  'console.label': 'Buka di konsol:',
  'footer.citizen': 'Anda menerima pesan ini karena meminta kabar saat mengajukan pengaduan. Berhenti menerima kabar:',
  'footer.staff': 'Anda menerima pesan ini sebagai pengelola kantor. Berhenti menerima pengingat batas waktu:',
  'reason.out_of_scope': 'di luar kewenangan',
  'reason.duplicate': 'duplikat',
  'reason.incomplete': 'tidak lengkap',
  'reason.other': 'alasan lain'
};

export type NotificationKey = keyof typeof id;

const en: Record<NotificationKey, string> = {
  'subject.verified': 'Complaint {code} has been verified',
  'subject.replied': 'New reply to complaint {code}',
  'subject.resolved': 'Complaint {code} is marked resolved',
  'subject.rejected': 'Complaint {code} was rejected',
  'subject.deadline': 'Complaint {code} has not been answered',
  'subject.deadlineStaff': 'Deadline passed: complaint {code}',
  'body.verified': 'Your complaint {code} at {office} has been verified and will be followed up.',
  'body.replied': '{office} replied to your complaint {code}.',
  'body.resolved': '{office} says your complaint {code} has been resolved.',
  'body.rejected': '{office} rejected your complaint {code}. Reason: {reason}.',
  'body.deadline.firstResponse': 'Your complaint {code} at {office} has had no first response, and its deadline ({date}) has passed. The office managers have been told.',
  'body.deadline.resolution': 'Your complaint {code} at {office} is not resolved, and its deadline ({date}) has passed. The office managers have been told.',
  'body.staff.firstResponse': 'Complaint {code} at {office} has had no first response; its deadline {date} has passed.',
  'body.staff.resolution': 'Complaint {code} at {office} is not resolved; its resolution deadline {date} has passed.',
  'message.label': "The staff's message:",
  'resolved.question': 'Is it really resolved? Answer on the tracking page, with your secret code:',
  'track.label': 'Follow it here:',
  'console.label': 'Open it in the console:',
  'footer.citizen': 'You get this message because you asked to be notified when you filed the complaint. Stop these messages:',
  'footer.staff': 'You get this message as a manager of the office. Stop these deadline reminders:',
  'reason.out_of_scope': 'outside our remit',
  'reason.duplicate': 'duplicate',
  'reason.incomplete': 'incomplete',
  'reason.other': 'another reason'
};

export const notificationWords = { id, en } as const;

/** One message string in a language, with its `{name}` placeholders filled. */
export function notificationText(locale: 'id' | 'en', key: NotificationKey, values: Record<string, string> = {}): string {
  return notificationWords[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
