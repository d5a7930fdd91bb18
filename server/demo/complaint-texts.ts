import type { ComplaintCategory } from '../../shared/schemas/index.ts';
import type { Rng } from './random.ts';

// A description is opening + detail + closing, with the service and a number filled in, so that
// two thousand complaints read like two thousand people rather than one template.
type Parts = { openings: readonly string[]; details: readonly string[] };

const PARTS: Record<ComplaintCategory, Parts> = {
  pelayanan_lambat: {
    openings: [
      'Saya mengurus {layanan} sejak {n} hari yang lalu tetapi sampai sekarang belum selesai.',
      'Pengurusan {layanan} sangat lambat, sudah {n} hari belum ada kabar.',
      'Saya antre untuk {layanan} dari jam 7 pagi dan baru dilayani setelah {n} jam.'
    ],
    details: [
      'Setiap ditanya jawabannya hanya "sistem sedang gangguan".',
      'Katanya menunggu tanda tangan pejabat yang sedang dinas luar.',
      'Nomor antrean dibatasi sehingga banyak warga pulang tanpa dilayani.',
      'Janji selesai hari itu, ternyata disuruh kembali minggu depan.',
      'Hanya satu loket yang buka padahal antrean panjang.'
    ]
  },
  petugas: {
    openings: [
      'Petugas yang melayani {layanan} bersikap tidak sopan kepada saya.',
      'Saya kecewa dengan sikap petugas saat mengurus {layanan}.',
      'Petugas loket {layanan} membentak warga yang bertanya.'
    ],
    details: [
      'Ketika saya bertanya persyaratan, petugas malah menyuruh saya mencari sendiri.',
      'Petugas lebih sibuk dengan telepon genggam daripada melayani antrean.',
      'Orang tua saya yang sudah lansia tidak dibantu sama sekali.',
      'Petugas datang terlambat dan loket baru buka menjelang jam 9.',
      'Ada petugas yang mendahulukan kenalannya tanpa antre.'
    ]
  },
  biaya: {
    openings: [
      'Saya dikenakan biaya Rp{rp} untuk {layanan}, padahal setahu saya gratis.',
      'Biaya {layanan} yang saya bayar berbeda dengan yang tertera di papan informasi.',
      'Ada tambahan biaya Rp{rp} saat mengurus {layanan} tanpa penjelasan.'
    ],
    details: [
      'Tidak diberikan kuitansi resmi atas pembayaran tersebut.',
      'Petugas menyebut itu biaya administrasi tetapi tidak ada dasar aturannya.',
      'Warga lain yang antre juga membayar jumlah yang sama.',
      'Saya minta rincian biaya tetapi tidak diberikan.'
    ]
  },
  prosedur: {
    openings: [
      'Persyaratan {layanan} berubah-ubah setiap kali saya datang.',
      'Prosedur {layanan} terlalu berbelit, saya sudah datang {n} kali.',
      'Saya disuruh melengkapi dokumen yang tidak ada di daftar persyaratan {layanan}.'
    ],
    details: [
      'Pertama diminta fotokopi, lalu diminta surat pengantar RT/RW, lalu legalisir.',
      'Pendaftaran online tidak diakui, tetap harus antre dari awal.',
      'Formulir hanya tersedia di kantor dan tidak bisa diunduh.',
      'Setiap petugas memberi penjelasan yang berbeda.'
    ]
  },
  fasilitas: {
    openings: [
      'Fasilitas ruang tunggu untuk {layanan} sangat tidak layak.',
      'Sarana pelayanan {layanan} kurang memadai.',
      'Saya ingin menyampaikan keluhan tentang fasilitas saat mengurus {layanan}.'
    ],
    details: [
      'Kursi kurang sehingga banyak warga menunggu sambil berdiri.',
      'Toilet kotor dan tidak ada air.',
      'Tidak ada jalur kursi roda, ibu saya harus digendong naik tangga.',
      'Mesin antrean rusak sudah {n} minggu.',
      'Pendingin ruangan mati dan ruangan sangat pengap.'
    ]
  },
  informasi: {
    openings: ['Informasi tentang {layanan} tidak jelas.', 'Saya kesulitan mendapatkan informasi {layanan}.', 'Nomor layanan informasi untuk {layanan} tidak pernah diangkat.'],
    details: [
      'Jadwal pelayanan di situs web berbeda dengan kenyataan di kantor.',
      'Tidak ada papan informasi persyaratan dan biaya.',
      'Status berkas saya tidak bisa dicek di mana pun.',
      'Pesan WhatsApp ke nomor pengaduan tidak dibalas {n} hari.'
    ]
  },
  pungli: {
    openings: [
      'Saya dimintai uang Rp{rp} oleh oknum agar {layanan} cepat selesai.',
      'Ada calo di sekitar kantor yang menawarkan jasa {layanan} dengan bayaran Rp{rp}.',
      'Oknum petugas meminta "uang rokok" saat saya mengambil hasil {layanan}.'
    ],
    details: [
      'Kalau tidak membayar, berkas katanya akan lama diproses.',
      'Calo tersebut terlihat akrab dengan petugas di dalam.',
      'Saya tidak memberi dan berkas saya sampai sekarang belum jadi.',
      'Kejadian ini sudah menjadi rahasia umum di kalangan warga.'
    ]
  },
  lainnya: {
    openings: ['Saya ingin menyampaikan masukan terkait {layanan}.', 'Ada masalah lain terkait {layanan} yang perlu diperhatikan.', 'Mohon perhatian atas pelayanan {layanan}.'],
    details: [
      'Data saya salah ketik dan harus diperbaiki lagi.',
      'Hasil cetak tidak terbaca karena tinta printer habis.',
      'Jam istirahat terlalu lama, loket baru buka lagi jam 14.00.',
      'Pengumuman libur pelayanan tidak disampaikan sebelumnya.'
    ]
  }
};

const CLOSINGS = [
  'Mohon segera ditindaklanjuti.',
  'Terima kasih atas perhatiannya.',
  'Semoga ke depan bisa lebih baik.',
  'Mohon penjelasan dari pihak kantor.',
  'Saya berharap ada perbaikan.',
  'Tolong ditertibkan.',
  ''
];

/** A plausible Indonesian complaint text for a category and (optional) service name. */
export function complaintDescription(rng: Rng, category: ComplaintCategory, serviceName: string | undefined): string {
  const parts = PARTS[category];
  const fill = (text: string) =>
    text
      .replace('{layanan}', serviceName ?? 'layanan di kantor ini')
      .replace('{n}', String(rng.int(2, 9)))
      .replace('{rp}', rng.pick(['25.000', '50.000', '75.000', '100.000', '150.000', '300.000']));
  const sentences = [fill(rng.pick(parts.openings)), fill(rng.pick(parts.details)), rng.pick(CLOSINGS)];
  return sentences.filter(Boolean).join(' ');
}
