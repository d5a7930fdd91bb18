// Libur nasional and cuti bersama per the SKB 3 Menteri for 2025 and 2026 (ASN observe cuti bersama,
// so public counters are closed). Weekend holidays are listed too: harmless, and readers expect them.
// Lunar dates are the government's official ones; a later SKB revision may shift one by a day.

/** Indonesian national holidays and cuti bersama, 2025–2026, as local dates. */
export const DEMO_HOLIDAYS: readonly string[] = [
  // 2025
  '2025-01-01', // Tahun Baru Masehi
  '2025-01-27', // Isra Mi'raj
  '2025-01-28', // cuti bersama Imlek
  '2025-01-29', // Tahun Baru Imlek 2576
  '2025-03-28', // cuti bersama Nyepi
  '2025-03-29', // Nyepi, Tahun Baru Saka 1947
  '2025-03-31', // Idul Fitri 1446 H
  '2025-04-01', // Idul Fitri 1446 H (hari kedua)
  '2025-04-02', // cuti bersama Idul Fitri
  '2025-04-03', // cuti bersama Idul Fitri
  '2025-04-04', // cuti bersama Idul Fitri
  '2025-04-07', // cuti bersama Idul Fitri
  '2025-04-18', // Wafat Isa Almasih
  '2025-04-20', // Paskah
  '2025-05-01', // Hari Buruh
  '2025-05-12', // Waisak 2569 BE
  '2025-05-13', // cuti bersama Waisak
  '2025-05-29', // Kenaikan Isa Almasih
  '2025-05-30', // cuti bersama Kenaikan Isa Almasih
  '2025-06-01', // Hari Lahir Pancasila
  '2025-06-06', // Idul Adha 1446 H
  '2025-06-09', // cuti bersama Idul Adha
  '2025-06-27', // Tahun Baru Islam 1447 H
  '2025-08-17', // HUT RI ke-80
  '2025-08-18', // cuti bersama HUT RI (ditetapkan Agustus 2025)
  '2025-09-05', // Maulid Nabi Muhammad SAW
  '2025-12-25', // Natal
  '2025-12-26', // cuti bersama Natal
  // 2026 (SKB 1497/2025, 2/2025, 5/2025)
  '2026-01-01', // Tahun Baru Masehi
  '2026-01-16', // Isra Mi'raj
  '2026-02-16', // cuti bersama Imlek
  '2026-02-17', // Tahun Baru Imlek 2577
  '2026-03-18', // cuti bersama Nyepi
  '2026-03-19', // Nyepi, Tahun Baru Saka 1948
  '2026-03-20', // cuti bersama Idul Fitri
  '2026-03-21', // Idul Fitri 1447 H
  '2026-03-22', // Idul Fitri 1447 H (hari kedua)
  '2026-03-23', // cuti bersama Idul Fitri
  '2026-03-24', // cuti bersama Idul Fitri
  '2026-04-03', // Wafat Isa Almasih
  '2026-04-05', // Paskah
  '2026-05-01', // Hari Buruh
  '2026-05-14', // Kenaikan Isa Almasih
  '2026-05-15', // cuti bersama Kenaikan Isa Almasih
  '2026-05-27', // Idul Adha 1447 H
  '2026-05-28', // cuti bersama Idul Adha
  '2026-05-31', // Waisak 2570 BE
  '2026-06-01', // Hari Lahir Pancasila
  '2026-06-16', // Tahun Baru Islam 1448 H
  '2026-08-17', // HUT RI ke-81
  '2026-08-25', // Maulid Nabi Muhammad SAW
  '2026-12-24', // cuti bersama Natal
  '2026-12-25' // Natal
];
