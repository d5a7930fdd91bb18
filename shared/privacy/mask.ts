// Emails: an ordinary local part (letters of any script, digits, the RFC 5322 atext signs, dots between them) or a
// quoted one ("john..doe"), then a domain of any script ending in a name of letters or punycode, or an address literal.
const ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]";
const LOCAL = `(?:[\\p{L}\\p{N}_]${ATEXT}*(?:\\.${ATEXT}+)*|"(?:[^"\\\\\\r\\n]|\\\\.)+")`;
const DOMAIN = '(?:(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:xn--[\\p{L}\\p{N}-]+|\\p{L}{2,})|\\[(?:IPv6:)?[0-9A-Fa-f:.]+\\])';
const EMAIL = new RegExp(`${LOCAL}@${DOMAIN}`, 'gu');

const TWO_DIGITS = /\d\d/;

// Numbers are found by their digits, not by word boundaries: `NIK3201…`, `hp:0812…` and `wa0812…` glue them to letters.
// NIK: 16 digits, possibly grouped by spaces, dots or dashes (3201-2345-6789-0001); checked before phones so that no
// group of one stays visible.
const NIK = /(?<!\d)\d(?:[ .-]?\d){15}(?!\d)/g;

// Between the groups of a phone number: a space, dot or dash, and brackets around the prefix or area code.
const SEP = '\\)?[ .-]?\\(?';
// Thousands like 62.500.000.000 (an amount, not +62 500 000 000), and amounts after "Rp".
const AMOUNT = '\\d{1,3}(?:\\.\\d{3})+(?!\\.?\\d)';
// Indonesian phones: +62 / 62 / 0, then 8–13 digits. The first group after the prefix has two digits or more
// (0812, (021), +62 812), and so has every group after a separator: a date such as 02-05-2026 08:00 is no phone.
const PHONE = new RegExp(`(?<!\\d)(?<![Rr][Pp]\\.?\\s?)\\(?(?!${AMOUNT})(?:\\+62|62|0)${SEP}\\d\\d(?:${SEP}(?=\\d\\d)\\d|\\d){6,11}(?!\\d)\\)?`, 'g');

/** Hides emails, 16-digit NIK and phone numbers in free text shown publicly (docs/architecture.md). */
export function maskPersonalData(text: string): string {
  // Most comments have no '@' and no two digits in a row: a replay of many ratings skips the patterns for those.
  const withoutEmail = text.includes('@') ? text.replace(EMAIL, '[email disembunyikan]') : text;
  if (!TWO_DIGITS.test(withoutEmail)) return withoutEmail;
  return withoutEmail.replace(NIK, '[NIK disembunyikan]').replace(PHONE, '[nomor disembunyikan]');
}
