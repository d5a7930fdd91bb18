import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../security/password.ts';
import { demoCatalog } from './catalog.ts';
import { DEMO_STAFF } from './staff.ts';

describe('demo staff', () => {
  it('have working passwords (as listed in the README) and offices that exist', async () => {
    const catalog = demoCatalog();
    const offices = new Set(catalog.offices.map((office) => office.id));
    for (const account of DEMO_STAFF) {
      expect(await verifyPassword(account.demoPassword, account.passwordHash), account.email).toBe(true);
      for (const id of account.officeIds) expect(offices.has(id), id).toBe(true);
    }
    expect(catalog.staff.map((s) => s.role).sort()).toEqual(['admin', 'manager', 'officer', 'officer']);
    expect(JSON.stringify(catalog.staff)).not.toContain('demoPassword');
  });
});
