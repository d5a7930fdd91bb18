import type { RejectReason } from '../../shared/schemas/index.ts';

// What staff and citizens write along a complaint's life. Public messages are addressed to the
// citizen; `noted` is internal and never shown publicly.

/** Messages by ComplaintAction type (and rejection reason), for the lifecycle generator. */
export const MESSAGES = {
  verified: [
    'Pengaduan Anda telah kami terima dan diverifikasi. Kami akan menindaklanjuti sesuai ketentuan.',
    'Terima kasih atas laporannya. Pengaduan sudah diverifikasi dan diteruskan ke bidang terkait.',
    'Laporan diterima. Kami sedang mengumpulkan keterangan dari petugas yang bertugas.'
  ],
  started: ['Pengaduan sedang ditangani oleh bidang terkait.', 'Kami sedang memeriksa berkas Anda.', 'Tindak lanjut sedang berjalan; kami akan mengabari perkembangannya.'],
  replied: [
    'Mohon maaf atas ketidaknyamanannya. Kami sedang memeriksa kejadian tersebut bersama kepala seksi.',
    'Berkas Anda sudah kami temukan dan sedang diproses. Mohon kesediaannya menunggu.',
    'Terima kasih, keterangan Anda sangat membantu. Petugas yang bersangkutan sudah dipanggil untuk klarifikasi.',
    'Kami telah menambah petugas loket pada jam sibuk mulai pekan ini.'
  ],
  noted: ['Sudah dikoordinasikan dengan koordinator loket.', 'Menunggu konfirmasi dari bagian TI terkait gangguan sistem.', 'Petugas yang disebut sudah dimintai keterangan.'],
  resolved: [
    'Dokumen Anda sudah selesai dan dapat diambil di loket pengambilan dengan membawa bukti pendaftaran.',
    'Petugas yang bersangkutan telah diberi pembinaan. Terima kasih atas laporan Anda.',
    'Perbaikan fasilitas telah dilakukan. Terima kasih atas masukannya.',
    'Biaya yang tidak sesuai ketentuan telah dikembalikan dan petugas dikenai sanksi disiplin.',
    'Informasi persyaratan dan jadwal telah diperbarui di papan informasi dan situs web.'
  ],
  info_added: ['Saya tambahkan: kejadiannya sekitar jam 10 pagi di loket 3.', 'Nomor antrean saya waktu itu A-112, kalau membantu.', 'Sampai hari ini masih belum ada perubahan.'],
  reopened: ['Dokumen yang saya ambil ternyata datanya masih salah.', 'Masalahnya terulang lagi minggu ini.', 'Saya belum menerima apa pun, mohon dicek kembali.'],
  notSatisfied: ['Penyelesaiannya tidak sesuai harapan saya.', 'Jawaban terlalu umum, tidak menjawab masalah saya.'],
  satisfied: ['Terima kasih, sudah selesai.', 'Terima kasih atas tindak lanjutnya.', '']
} as const;

/** Public explanation that must accompany each rejection reason. */
export const REJECTION_MESSAGES: Readonly<Record<RejectReason, readonly string[]>> = {
  duplicate: ['Pengaduan ini sama dengan laporan yang sudah Anda kirim sebelumnya dan sedang kami tangani.'],
  out_of_scope: ['Permasalahan ini bukan kewenangan kantor kami. Silakan menghubungi instansi yang berwenang.', 'Hal ini merupakan urusan pihak swasta dan di luar kewenangan kami.'],
  incomplete: ['Informasi belum cukup untuk ditindaklanjuti (waktu, lokasi, atau loket tidak disebutkan). Silakan kirim pengaduan baru dengan keterangan lengkap.'],
  other: ['Pengaduan tidak dapat kami tindak lanjuti karena tidak memuat permasalahan pelayanan.']
};
