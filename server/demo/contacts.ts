import type { Contact } from '../../shared/schemas/index.ts';
import type { Rng } from './random.ts';

// Obviously fictional contacts: emails at contoh.id ("example" in Indonesian) and phone numbers in
// an 0812-0000-xxxx block, so no demo record can point at a real person.
const FIRST_NAMES = [
  'Agus',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gilang',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Made',
  'Nur',
  'Oktavia',
  'Putu',
  'Rahmat',
  'Siti',
  'Teguh',
  'Ujang',
  'Wahyu',
  'Yanti',
  'Yusuf',
  'Asep',
  'Dadang',
  'Euis',
  'Neng',
  'Rina',
  'Slamet',
  'Tuti'
];
const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Lestari',
  'Hidayat',
  'Saputra',
  'Rahayu',
  'Nugroho',
  'Kurniawan',
  'Permana',
  'Setiawan',
  'Suryadi',
  'Maulana',
  'Hasanah',
  'Sulastri',
  'Gunawan',
  'Firmansyah',
  ''
];

/** A fictional private contact, or undefined when the citizen left none (about one in eight). */
export function demoContact(rng: Rng): Contact | undefined {
  if (rng.chance(0.12)) return undefined;
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const name = last ? `${first} ${last}` : first;
  const contact: Contact = {};
  if (rng.chance(0.85)) contact.name = name;
  const wantsEmail = rng.chance(0.5);
  // Everyone who leaves a contact leaves a way to reach them.
  if (!wantsEmail || rng.chance(0.6)) contact.phone = `08120000${String(rng.int(0, 9999)).padStart(4, '0')}`;
  if (wantsEmail) {
    const local = [first, last].filter(Boolean).join('.').toLowerCase();
    contact.email = `${local}${rng.int(1, 99)}@contoh.id`;
  }
  return contact;
}
