import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask.ts';

describe('maskPersonalData', () => {
  it.each([
    ['hubungi 081234567890 ya', 'hubungi [nomor disembunyikan] ya'],
    ['WA +62 812-3456-7890', 'WA [nomor disembunyikan]'],
    ['email budi.s@contoh.id terima kasih', 'email [email disembunyikan] terima kasih'],
    ['NIK 3201234567890001 salah', 'NIK [NIK disembunyikan] salah'],
    ['NIK 3201 2345 6789 0001', 'NIK [NIK disembunyikan]']
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('leaves ordinary numbers alone', () => {
    const text = 'Antre 3 jam, nomor antrean 125, biaya Rp 50.000 pada 12-05-2026';
    expect(maskPersonalData(text)).toBe(text);
  });
});
