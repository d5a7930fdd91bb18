const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// NIK: 16 digits, possibly grouped by spaces or dots; checked before phones so it is not half-masked.
const NIK = /\b\d(?:[ .]?\d){15}\b/g;
// Indonesian phones: +62 / 62 / 0 then 8–13 more digits, allowing spaces, dots and dashes between groups.
const PHONE = /(?:\+62|\b62|\b0)[ .-]?\d(?:[ .-]?\d){7,12}\b/g;

/** Hides emails, 16-digit NIK and phone numbers in free text shown publicly (DESIGN §6). */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[email disembunyikan]').replace(NIK, '[NIK disembunyikan]').replace(PHONE, '[nomor disembunyikan]');
}
