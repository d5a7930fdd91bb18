// Short rating comments, as citizens type them on a phone: informal, sometimes without punctuation.

/** Comments by SKM score (index 0 = score 1, Tidak Baik). */
export const RATING_COMMENTS: readonly (readonly string[])[] = [
  [
    'Antre dari pagi, sampai siang belum dipanggil.',
    'Petugasnya ketus dan tidak menjelaskan apa-apa.',
    'Disuruh bolak-balik tiga kali hanya karena fotokopi.',
    'Ada yang minta uang pelicin, tolong ditindak.',
    'Sistem katanya offline terus, tidak ada kepastian.',
    'Loket tutup sebelum jam pelayanan selesai.',
    'Tidak ada informasi persyaratan yang jelas',
    'Ruang tunggu panas dan kursinya kurang.',
    'Nomor antrean habis jam 9 pagi, kecewa sekali.',
    'Sangat lambat, pelayanan tidak manusiawi.'
  ],
  [
    'Lumayan lama menunggu, petugas kurang ramah.',
    'Prosesnya masih berbelit-belit.',
    'Informasi di papan pengumuman beda dengan kata petugas.',
    'Antrean kurang tertib, ada yang menyerobot.',
    'Parkir sempit dan toilet kotor.',
    'Harus datang lagi besok karena blanko habis.',
    'Pelayanan cukup, tapi jam buka sering molor.',
    'Petugas sibuk main HP waktu antre.',
    'kurang jelas alurnya',
    'Hasilnya belum jadi sesuai janji.'
  ],
  [
    'Cukup baik, antrean tertib.',
    'Pelayanan lumayan cepat.',
    'Petugas sopan, hanya ruang tunggu agak sempit.',
    'Sudah lebih baik dari tahun lalu.',
    'Prosesnya jelas, terima kasih.',
    'Baik, semoga dipertahankan.',
    'oke, tidak ada pungutan',
    'Selesai hari ini, walau menunggu agak lama.',
    'Petugas membantu mengisi formulir.',
    'Alurnya sudah jelas ada papan petunjuk.'
  ],
  [
    'Cepat sekali, selesai kurang dari satu jam!',
    'Petugas ramah dan sangat membantu.',
    'Mantap, pelayanan prima dan gratis.',
    'Terima kasih, prosesnya mudah dan jelas.',
    'Tempatnya bersih dan nyaman.',
    'Sangat puas, tidak perlu bolak-balik.',
    'Pelayanan terbaik, pertahankan!',
    'Bisa daftar online dulu jadi tidak antre lama.',
    'mantul, petugasnya sabar sekali',
    'Ibu petugas loket 2 sangat membantu lansia.'
  ]
];
