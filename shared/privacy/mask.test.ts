import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask.ts';

const PHONE = '[nomor disembunyikan]';
const NIK = '[NIK disembunyikan]';
const EMAIL = '[email disembunyikan]';

describe('maskPersonalData', () => {
  it.each([
    ['hubungi 081234567890 ya', `hubungi ${PHONE} ya`],
    ['WA +62 812-3456-7890', `WA ${PHONE}`],
    ['email budi.s@contoh.id terima kasih', `email ${EMAIL} terima kasih`],
    ['NIK 3201234567890001 salah', `NIK ${NIK} salah`],
    ['NIK 3201 2345 6789 0001', `NIK ${NIK}`]
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['NIK3201234567890001', `NIK${NIK}`],
    ['nik:3201234567890001.', `nik:${NIK}.`],
    ['hp:081234567890', `hp:${PHONE}`],
    ['wa08123456789', `wa${PHONE}`],
    ['HP0812-3456-7890 aktif', `HP${PHONE} aktif`],
    ['telp.021-5551234', `telp.${PHONE}`],
    ['nomorku081234567890ya', `nomorku${PHONE}ya`],
    ['kontak+6281234567890', `kontak${PHONE}`]
  ])('masks numbers glued to letters or prefixes: %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['kantor (021) 555-1234', `kantor ${PHONE}`],
    ['telp (0274) 123456 pagi', `telp ${PHONE} pagi`],
    ['(+62) 812-3456-7890', PHONE],
    ['(+62)81234567890', PHONE],
    ['+62 (812) 3456-7890', PHONE],
    ['hubungi saya (081234567890) segera', `hubungi saya ${PHONE} segera`]
  ])('masks phone numbers with brackets: %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['NIK 3201-2345-6789-0001', `NIK ${NIK}`],
    ['NIK 3201.2345.6789.0001', `NIK ${NIK}`],
    ['NIK: 320123-456789-0001 ok', `NIK: ${NIK} ok`],
    ['nik 3201 234567 890001', `nik ${NIK}`],
    ['KK 3201-2345-6789-0001-', `KK ${NIK}-`]
  ])('masks a NIK in groups, the first group too: %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['+6281234567890', PHONE],
    ['6281234567890', PHONE],
    ['081234567890', PHONE],
    ['+62 812 3456 7890', PHONE],
    ['62-812-3456-7890', PHONE],
    ['0812 3456 7890', PHONE],
    ['0812.3456.7890', PHONE],
    ['+62 21 555 1234', PHONE],
    ['nomor 0812345678 atau 081298765432', `nomor ${PHONE} atau ${PHONE}`]
  ])('masks phones with the +62, 62 or 0 prefix: %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    ['user+tag@sub.example.co.id'],
    ["o'brien@contoh.id"],
    ['BUDI.SANTOSO@DUKCAPIL.GO.ID'],
    ['first-last_2@dinas-kependudukan.go.id'],
    ['"john..doe"@example.com'],
    ['"budi santoso"@contoh.id'],
    ['admin@[192.168.1.1]'],
    ['warga@[IPv6:2001:db8::1]'],
    ['pengguna@xn--80ak6aa92e.xn--p1ai'],
    ['δοκιμή@παράδειγμα.δοκιμή'],
    ['budi!#$%&*=?^`{|}~@contoh.id'],
    ['0812345678@contoh.id']
  ])('masks an unusual but valid email: %s', (email) => {
    expect(maskPersonalData(`surel ${email}, terima kasih`)).toBe(`surel ${EMAIL}, terima kasih`);
  });

  it('leaves ordinary numbers alone', () => {
    const text = 'Antre 3 jam, nomor antrean 125, biaya Rp 50.000 pada 12-05-2026';
    expect(maskPersonalData(text)).toBe(text);
  });

  it.each([
    ['dates', 'Datang 02-05-2026 08:00, lalu 2026-05-02 dan 5/2/2026, juga 02.05.2026 pukul 08.30'],
    ['amounts', 'Biaya Rp 50.000, Rp1.250.000, Rp 62.500.000.000 dan 62.500.000.000 rupiah, atau Rp. 0,5 juta'],
    ['years and periods', 'Tahun 2025 dan 2026, semester 2026-S1, triwulan 2026-Q3'],
    ['queue and counter numbers', 'Nomor antrean A-012, antrean 0123, loket 03, B-0045, tiket 00123456'],
    ['times and durations', 'Buka 08.00-12.00 WIB, 13.00 - 15.30, tunggu 45 menit, 2 jam 30 menit'],
    ['counts and percentages', 'Sebanyak 1.000 orang, 95% puas, 3 dari 4 petugas, 10 hari kerja'],
    ['addresses', 'Jl. Merdeka No. 17 RT 003 RW 012, kode pos 40115'],
    ['short numbers starting with 0', 'Ruang 021, lantai 02, kode 0800']
  ])('does not over-mask %s', (_, text) => {
    expect(maskPersonalData(text)).toBe(text);
  });
});
