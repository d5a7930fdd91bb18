import type { StaffAccount } from '../store/types.ts';
import { DEMO_STAFF } from './staff.ts';

const DEMO_EMAILS = new Set(DEMO_STAFF.map((account) => account.email));

/** The demo's console accounts still among `accounts`: their passwords are public (README, "Akun contoh"). */
export function demoAccountsIn(accounts: readonly StaffAccount[]): string[] {
  return accounts.map((account) => account.email.toLowerCase()).filter((email) => DEMO_EMAILS.has(email));
}

/** The line the log shows, loudly, when the demo is off and its accounts are still there. */
export function demoAccountsDisabledWarning(emails: readonly string[]): string {
  return [
    `PERINGATAN: SUARA_DEMO=0, tetapi DATA_DIR masih berisi ${emails.length} akun contoh yang kata sandinya tercantum di README (${emails.join(', ')}).`,
    'Akun itu DINONAKTIFKAN: tidak bisa masuk selama SUARA_DEMO=0. Buat akun sendiri dengan `npm run admin -- create …`.',
    `WARNING: SUARA_DEMO=0 but DATA_DIR still holds ${emails.length} demo accounts whose passwords are public in the README; they are DISABLED and cannot log in while SUARA_DEMO=0.`
  ].join('\n');
}
