// Libur nasional and cuti bersama that ship with the product; a new installation starts with them
// (server/services/admin/setup.ts), and admins add regional ones in the console. 2026 follows the SKB 3 Menteri
// (1497/2025, 2/2025, 5/2025). The SKB for 2027 was not out when this list was written: its lunar dates are
// the astronomical estimates and its cuti bersama the usual pattern, marked `estimated`; check them against
// the SKB when it is published (docs/operations.md, "Holidays").

export type NationalHoliday = { date: string; name: string; cutiBersama?: true; estimated?: true };

export const NATIONAL_HOLIDAYS: readonly NationalHoliday[] = [
  { date: '2026-01-01', name: 'Tahun Baru Masehi' },
  { date: '2026-01-16', name: "Isra Mi'raj Nabi Muhammad SAW" },
  { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek', cutiBersama: true },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577' },
  { date: '2026-03-18', name: 'Cuti bersama Nyepi', cutiBersama: true },
  { date: '2026-03-19', name: 'Hari Suci Nyepi, Tahun Baru Saka 1948' },
  { date: '2026-03-20', name: 'Cuti bersama Idul Fitri', cutiBersama: true },
  { date: '2026-03-21', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 H (hari kedua)' },
  { date: '2026-03-23', name: 'Cuti bersama Idul Fitri', cutiBersama: true },
  { date: '2026-03-24', name: 'Cuti bersama Idul Fitri', cutiBersama: true },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus', cutiBersama: true },
  { date: '2026-05-27', name: 'Idul Adha 1447 H' },
  { date: '2026-05-28', name: 'Cuti bersama Idul Adha', cutiBersama: true },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila' },
  { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H' },
  { date: '2026-08-17', name: 'Hari Kemerdekaan RI' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW' },
  { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', cutiBersama: true },
  { date: '2026-12-25', name: 'Hari Raya Natal' },

  { date: '2027-01-01', name: 'Tahun Baru Masehi' },
  { date: '2027-01-05', name: "Isra Mi'raj Nabi Muhammad SAW", estimated: true },
  { date: '2027-02-05', name: 'Cuti bersama Tahun Baru Imlek', cutiBersama: true, estimated: true },
  { date: '2027-02-06', name: 'Tahun Baru Imlek 2578' },
  { date: '2027-03-08', name: 'Hari Suci Nyepi, Tahun Baru Saka 1949', estimated: true },
  { date: '2027-03-10', name: 'Idul Fitri 1448 H', estimated: true },
  { date: '2027-03-11', name: 'Idul Fitri 1448 H (hari kedua)', estimated: true },
  { date: '2027-03-09', name: 'Cuti bersama Idul Fitri', cutiBersama: true, estimated: true },
  { date: '2027-03-12', name: 'Cuti bersama Idul Fitri', cutiBersama: true, estimated: true },
  { date: '2027-03-26', name: 'Wafat Yesus Kristus' },
  { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2027-05-01', name: 'Hari Buruh Internasional' },
  { date: '2027-05-06', name: 'Kenaikan Yesus Kristus' },
  { date: '2027-05-07', name: 'Cuti bersama Kenaikan Yesus Kristus', cutiBersama: true, estimated: true },
  { date: '2027-05-17', name: 'Idul Adha 1448 H', estimated: true },
  { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', estimated: true },
  { date: '2027-06-01', name: 'Hari Lahir Pancasila' },
  { date: '2027-06-06', name: 'Tahun Baru Islam 1449 H', estimated: true },
  { date: '2027-08-17', name: 'Hari Kemerdekaan RI' },
  { date: '2027-08-15', name: 'Maulid Nabi Muhammad SAW', estimated: true },
  { date: '2027-12-24', name: 'Cuti bersama Hari Raya Natal', cutiBersama: true, estimated: true },
  { date: '2027-12-25', name: 'Hari Raya Natal' }
];
