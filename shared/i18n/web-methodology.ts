import type { Lang } from './web.ts';

/** A paragraph, a formula (monospace, kept as written) or a bulleted list. */
export type MethodBlock = string | { formula: string } | { list: string[] };
export type MethodSection = { id: string; title: string; body: MethodBlock[] };

/** The methodology page, section by section, exactly as docs/methodology.md defines each figure. */
export const methodology: Record<Lang, MethodSection[]> = {
  id: [
    {
      id: 'kepuasan',
      title: 'Kepuasan (penilaian cepat)',
      body: [
        'Setiap penilaian cepat adalah satu jawaban pada skala SKM 1–4: 1 Tidak Baik, 2 Kurang Baik, 3 Baik, 4 Sangat Baik.',
        'Kepuasan adalah bagian penilaian yang bernilai 3 atau 4 dari semua penilaian dalam periode. Di sampingnya kami tampilkan rata-rata skor dan jumlah penilaian (n).',
        'Ketidakpastiannya ditunjukkan dengan interval kepercayaan 95\u00a0% metode Wilson. Berbeda dengan interval "±" biasa, interval Wilson tetap masuk akal untuk sampel kecil dan untuk angka yang mendekati 0\u00a0% atau 100\u00a0%.',
        {
          formula:
            'p = x ÷ n      (x = penilaian 3–4, n = semua penilaian, z = 1,96)\ntengah  = (p + z²/(2n)) ÷ (1 + z²/n)\nselisih = z × √( p(1 − p)/n + z²/(4n²) ) ÷ (1 + z²/n)\ninterval 95\u00a0% = tengah − selisih  sampai  tengah + selisih'
        },
        'Bila interval dua kantor tumpang tindih, perbedaan angka keduanya bisa jadi hanya kebetulan.'
      ]
    },
    {
      id: 'ikm',
      title: 'Indeks Kepuasan Masyarakat (IKM)',
      body: [
        'Survei kepuasan masyarakat (SKM) lengkap menurut PermenPANRB Nomor 14 Tahun 2017 menanyakan 9 unsur pelayanan, masing-masing dengan skala 1–4.',
        { formula: 'NRR_i = jumlah jawaban unsur i ÷ n\nNI    = Σ NRR_i × w_i,   dengan w_i = 1/9 tepat (bukan 0,11 atau 0,111)\nIKM   = NI × 25' },
        'IKM dibulatkan setengah ke atas menjadi dua desimal dari nilai eksaknya, lalu digolongkan:',
        { list: ['A (Sangat Baik): 88,31–100,00', 'B (Baik): 76,61–88,30', 'C (Kurang Baik): 65,00–76,60', 'D (Tidak Baik): 25,00–64,99'] },
        'Jumlah jawaban mentah setiap unsur disimpan, sehingga setiap IKM dapat dihitung ulang. Kami juga menunjukkan apakah jumlah responden sudah mencapai sampel minimum Krejcie–Morgan untuk populasi pengguna layanan kantor (N):',
        { formula: 's = 3,841 × N × 0,25 ÷ (0,0025 × (N − 1) + 3,841 × 0,25), dibulatkan' }
      ]
    },
    {
      id: 'waktu-tanggapan',
      title: 'Waktu tanggapan pertama dan waktu penyelesaian',
      body: [
        'Waktu tanggapan pertama dihitung dari saat pengaduan diajukan sampai tindakan pertama yang dapat dilihat pelapor: verifikasi, balasan publik, atau penolakan. Waktu penyelesaian dihitung dari saat diajukan sampai pengaduan dinyatakan selesai.',
        'Keduanya dilaporkan sebagai median (separuh pengaduan lebih cepat dari angka ini) dan persentil ke-90 (sembilan dari sepuluh lebih cepat), dengan metode Kaplan–Meier. Pengaduan yang masih terbuka tidak dibuang: pengaduan itu dihitung sebagai pengamatan tersensor, yaitu "sudah menunggu setidaknya selama ini". Karena itu kantor tidak bisa tampak cepat dengan cara tidak menjawab.',
        'Bila kurang dari separuh pengaduan sudah ditanggapi, median belum diketahui. Yang ditampilkan adalah "lebih dari X", dengan X waktu tunggu terpanjang yang sudah teramati. Hal yang sama berlaku untuk persentil ke-90.',
        'Pengaduan yang ditolak tidak ikut dalam waktu penyelesaian, karena penolakan bukan penyelesaian. Penolakan tetap dihitung sebagai tanggapan pertama.',
        'Waktu ditulis dalam satuan yang mudah dibaca: menit, jam (mis. "2,5 jam"), atau hari kalender (mis. "3 hari").'
      ]
    },
    {
      id: 'tingkat-penyelesaian',
      title: 'Tingkat penyelesaian',
      body: [
        { formula: 'tingkat penyelesaian = pengaduan selesai ÷ pengaduan jatuh tempo' },
        'Pengaduan jatuh tempo adalah pengaduan dalam periode yang:',
        {
          list: [
            'sudah dinyatakan selesai;',
            'ditolak dengan alasan "tidak lengkap" atau "alasan lain" (bukan "di luar kewenangan" atau "duplikat"); atau',
            'masih terbuka padahal batas waktunya sudah lewat.'
          ]
        },
        'Tidak dihitung: pengaduan terbuka yang belum melewati batas waktu, dan pengaduan yang ditolak karena di luar kewenangan kantor atau duplikat. Pengaduan yang dibuka kembali oleh pelapor dihitung terbuka lagi.',
        'Rinciannya selalu dapat dibuka dengan satu klik: selesai dan dikonfirmasi pelapor, selesai tetapi disanggah, selesai tanpa konfirmasi, ditolak menurut alasannya, terbuka dalam batas waktu, dan lewat batas waktu. Status "ditutup" tidak pernah diam-diam dihitung sebagai "sudah beres".',
        'Pelapor dapat menyatakan puas atau tidak puas atas penyelesaian. Bila tidak ada jawaban dalam 10 hari kerja, pengaduan yang selesai ditutup.'
      ]
    },
    {
      id: 'kepatuhan-tenggat',
      title: 'Kepatuhan tenggat',
      body: [
        'Target waktu mengikuti SP4N-LAPOR!: verifikasi dalam 3 hari kerja, tindak lanjut dalam 5 hari kerja, dan penyelesaian sesuai target layanan masing-masing (tercantum di halaman kantor).',
        'Kepatuhan tanggapan adalah bagian pengaduan yang ditanggapi dalam 3 hari kerja. Kepatuhan penyelesaian adalah bagian pengaduan yang selesai dalam target layanannya.'
      ]
    },
    {
      id: 'perbandingan-adil',
      title: 'Perbandingan yang adil',
      body: [
        'Peringkat hanya memuat kantor dengan sedikitnya 30 penilaian dalam periode, dan selalu disertai intervalnya. Kantor dengan sampel lebih kecil tetap ditampilkan dengan tanda "sampel kecil" dan diurutkan di bawah, tidak pernah disembunyikan.',
        'Periode bawaan dimulai pada tanggal 1 bulan yang sama tahun lalu ditambah satu bulan, sampai hari ini: bulan berjalan (belum lengkap) dan 11 bulan penuh sebelumnya, misalnya 1 Jan – 2 Des 2026. Halaman angka selalu menuliskan tanggal periode yang ditampilkan, dan bulan berjalan ditandai pada grafik bulanan. Periode lain dapat dipilih di setiap halaman angka.'
      ]
    },
    {
      id: 'hari-kerja',
      title: 'Hari kerja dan zona waktu',
      body: [
        'Hari kerja adalah Senin sampai Jumat, dikurangi daftar hari libur yang dapat diatur (libur nasional dan cuti bersama).',
        'Hari dan hari kerja dihitung dalam zona waktu kantor sendiri: WIB (Asia/Jakarta), WITA (Asia/Makassar), atau WIT (Asia/Jayapura). Batas waktu berakhir pada akhir hari kerja terakhirnya, pukul 23.59 waktu setempat.'
      ]
    },
    {
      id: 'data-terbuka',
      title: 'Data terbuka dan jejak audit',
      body: [
        'Halaman ini membaca semua angka dari API publik yang sama dengan yang dapat dipakai siapa pun (lihat halaman API). Tidak ada angka dari jalur tersembunyi.',
        'Setiap kejadian (penilaian, pengaduan, tindak lanjut) menyimpan sidik (hash) kejadian sebelumnya, sehingga perubahan data di kemudian hari dapat diketahui: lihat bagian berikut.',
        'Data pribadi (nama, telepon, email, NIK) tidak pernah ditampilkan. Teks yang tampil publik disamarkan bila memuat nomor telepon, email, atau NIK 16 digit. Alamat IP tidak disimpan.'
      ]
    },
    {
      id: 'catatan-publik',
      title: 'Catatan yang dapat diperiksa siapa pun',
      body: [
        'Setiap kejadian (penilaian, survei, pengaduan dan setiap tindak lanjutnya) dicatat berurutan, dan masing-masing memuat sidik (hash SHA-256) kejadian sebelumnya beserta nomor urutnya. Bila satu kejadian lama diubah, dihapus atau ditukar tempatnya, sidiknya tidak lagi cocok dengan yang dicatat sesudahnya.',
        'Setiap kejadian punya bentuk publik: semua yang boleh diketahui umum (kantor, layanan, skor, kanal, waktu, kode pelacakan, kategori, status, alasan penolakan). Bagian pribadinya (kontak, uraian pengaduan, pesan, komentar, profil responden, siapa petugasnya) tidak ikut; sebagai gantinya ada "komitmen": sidik bagian pribadi itu yang dicampur dengan bilangan acak, sehingga dari komitmen itu tidak ada yang bisa ditebak.',
        'Rantai dihitung dari bentuk publik, jadi siapa pun dapat mengunduhnya di /api/v1/chain/events dan menghitung ulang setiap sambungan tanpa melihat data pribadi. Skrip pemeriksa di halaman Data terbuka melakukannya dan menyebut nomor kejadian pertama yang rusak.',
        'Kepala rantai (nomor dan sidik kejadian terakhir) ditandatangani dengan kunci Ed25519 milik instalasi ini, dan setiap hari pukul 00.00 WIB kepala rantai dicatat dan diterbitkan. Rantai hari ini harus melewati setiap kepala yang pernah ditandatangani; kalau catatan lama ditulis ulang seluruhnya, tanda tangan lama membuktikannya.',
        'Warga berhak meminta data pribadinya dihapus (UU 27/2022 tentang Pelindungan Data Pribadi). Penghapusan membuang bagian pribadi pengaduan (kontak, uraian, pesan warga) tetapi mempertahankan bentuk publik dan komitmennya, sehingga rantai tetap utuh. Penghapusan itu sendiri dicatat sebagai kejadian.'
      ]
    },
    {
      id: 'lonjakan',
      title: 'Lonjakan penilaian dan penilaian yang dikecualikan',
      body: [
        'Penilaian bisa dibanjiri: banyak penilaian dalam waktu singkat untuk satu kantor, sering dengan skor yang sama. Sistem memeriksa setiap kantor terhadap riwayatnya sendiri, jam demi jam, saat penilaian masuk.',
        'Jam sibuk normal sebuah kantor adalah median jumlah penilaian per jam pada jam-jam yang ada penilaiannya dalam 28 hari terakhir. Sebarannya adalah median simpangan absolut jam-jam itu (× 1,4826), paling kecil akar dari median atau 1. Keduanya tahan terhadap beberapa jam yang luar biasa.',
        {
          formula:
            'lonjakan bila  penilaian dalam satu jam ≥ maks(30, ⌈normal + 6 × sebaran⌉)\natau, bila satu skor ≥ 80 % jam itu dan ≥ 40 poin di atas porsi biasanya (28 hari):\n               penilaian dalam satu jam ≥ maks(30, ⌈normal + 3 × sebaran⌉)'
        },
        'Jam dengan kurang dari 30 penilaian tidak pernah ditandai, sehingga kantor kecil tidak ditandai karena beberapa penilaian saja.',
        'Lonjakan hanya ditandai untuk ditinjau di konsol petugas; tidak ada yang berubah dengan sendirinya. Manajer kantor itu atau admin dapat mengecualikan penilaian jam tersebut dari angka yang diterbitkan, dengan alasan yang ditampilkan di halaman kantor. Pengecualian dan pembatalannya dicatat sebagai kejadian di jejak audit (siapa, kapan, jam mana, berapa penilaian, alasannya). Tidak ada penilaian yang dihapus.',
        'Penilaian yang dikecualikan tidak dihitung dalam kepuasan, rata-rata, interval, jumlah penilaian, tren, peringkat, dan lencana kantor.'
      ]
    }
  ],
  en: [
    {
      id: 'kepuasan',
      title: 'Satisfaction (quick rating)',
      body: [
        'Each quick rating is one answer on the SKM scale 1–4: 1 Poor (Tidak Baik), 2 Fair (Kurang Baik), 3 Good (Baik), 4 Very good (Sangat Baik).',
        'Satisfaction is the share of ratings of 3 or 4 among all ratings in the period. Next to it we show the mean score and the number of ratings (n).',
        'Its uncertainty is shown as a 95% Wilson confidence interval. Unlike the usual "±" interval, the Wilson interval stays sensible for small samples and for shares close to 0% or 100%.',
        {
          formula:
            'p = x ÷ n      (x = ratings of 3–4, n = all ratings, z = 1.96)\ncentre = (p + z²/(2n)) ÷ (1 + z²/n)\nspread = z × √( p(1 − p)/n + z²/(4n²) ) ÷ (1 + z²/n)\n95% interval = centre − spread  to  centre + spread'
        },
        "When two offices' intervals overlap, the difference between their figures may be chance."
      ]
    },
    {
      id: 'ikm',
      title: 'Community Satisfaction Index (IKM)',
      body: [
        'The full community satisfaction survey (SKM) of PermenPANRB regulation 14/2017 asks about 9 service elements, each on the 1–4 scale.',
        { formula: 'NRR_i = sum of the answers to element i ÷ n\nNI    = Σ NRR_i × w_i,   with w_i = exactly 1/9 (never 0.11 or 0.111)\nIKM   = NI × 25' },
        'The IKM is rounded half-up to two decimals from its exact value, then classified:',
        { list: ['A (Very good): 88.31–100.00', 'B (Good): 76.61–88.30', 'C (Fair): 65.00–76.60', 'D (Poor): 25.00–64.99'] },
        "The raw sums of every element are kept, so any IKM can be recomputed. We also show whether the number of respondents reaches the Krejcie–Morgan minimum sample for the office's user population (N):",
        { formula: 's = 3.841 × N × 0.25 ÷ (0.0025 × (N − 1) + 3.841 × 0.25), rounded' }
      ]
    },
    {
      id: 'waktu-tanggapan',
      title: 'First response time and resolution time',
      body: [
        'First response time runs from the submission of a complaint to the first action the citizen can see: verification, a public reply, or a rejection. Resolution time runs from submission until the complaint is declared resolved.',
        'Both are reported as the median (half of the complaints were faster) and the 90th percentile (nine in ten were faster), using the Kaplan–Meier method. Complaints still open are not dropped: they count as censored observations, "waiting at least this long". So an office cannot look fast by not answering.',
        'When fewer than half of the complaints have been answered, the median is not known yet. We then show "more than X", where X is the longest wait observed so far. The same holds for the 90th percentile.',
        'Rejected complaints are left out of resolution times, because a rejection is not a resolution. A rejection does count as a first response.',
        'Times are written in units people read easily: minutes, hours (e.g. "2.5 h") or calendar days (e.g. "3 days").'
      ]
    },
    {
      id: 'tingkat-penyelesaian',
      title: 'Resolution rate',
      body: [
        { formula: 'resolution rate = complaints resolved ÷ complaints due' },
        'A complaint of the period is due when it is:',
        { list: ['declared resolved;', 'rejected as "incomplete" or for an "other reason" (not as out of scope or a duplicate); or', 'still open after its deadline has passed.'] },
        "Not counted: open complaints still within their deadline, and complaints rejected as outside the office's remit or as duplicates. A complaint the citizen reopens is open again.",
        'The breakdown is always one click away: resolved and confirmed by the citizen, resolved but disputed, resolved without confirmation, rejected by reason, open within the deadline, and overdue. "Closed" is never silently counted as "fixed".',
        'The citizen may say whether they are satisfied with a resolution. Without an answer within 10 working days, a resolved complaint closes.'
      ]
    },
    {
      id: 'kepatuhan-tenggat',
      title: 'Deadline compliance',
      body: [
        "Targets follow SP4N-LAPOR!: verification within 3 working days, a follow-up within 5 working days, and resolution within the service's own target (listed on each office page).",
        "Response compliance is the share of complaints answered within 3 working days. Resolution compliance is the share of complaints resolved within their service's target."
      ]
    },
    {
      id: 'perbandingan-adil',
      title: 'Fair comparison',
      body: [
        'Rankings include only offices with at least 30 ratings in the period, always with their interval. Offices with smaller samples are still shown, marked "small sample" and sorted last; they are never hidden.',
        'The default period runs from the 1st of the month eleven months ago to today: the current (incomplete) month and the 11 full months before it, e.g. 1 Jan – 2 Dec 2026. Every page with figures states the dates it shows, and the monthly chart marks the current month. Any other period can be chosen on every page with figures.'
      ]
    },
    {
      id: 'hari-kerja',
      title: 'Working days and time zones',
      body: [
        'Working days are Monday to Friday, minus a configurable list of holidays (national holidays and collective leave days).',
        "Days and working days are counted in the office's own time zone: WIB (Asia/Jakarta), WITA (Asia/Makassar) or WIT (Asia/Jayapura). A deadline ends at the end of its last working day, 23:59 local time."
      ]
    },
    {
      id: 'data-terbuka',
      title: 'Open data and audit trail',
      body: [
        'These pages read every figure from the same public API anyone can use (see the API page). No figure comes from a back door.',
        'Every event (rating, complaint, follow-up) carries the hash of the event before it, so any later edit of the data can be detected.',
        'Personal data (names, phone numbers, emails, NIK) is never shown. Public text is masked where it contains phone numbers, emails or 16-digit NIK numbers. IP addresses are not stored.'
      ]
    },
    {
      id: 'catatan-publik',
      title: 'A record anyone can verify',
      body: [
        'Every event (a rating, a survey, a complaint and each step taken on it) is recorded in order, and each holds the fingerprint (a SHA-256 hash) of the one before it, with its number. If an old event is changed, removed or moved, its fingerprint no longer matches the one recorded after it.',
        'Every event has a public form: everything the public may know (office, service, score, channel, time, tracking code, category, status, rejection reason). Its private part (contact, complaint text, messages, comments, respondent profile, which staff member acted) is left out; in its place is a "commitment": a fingerprint of that private part mixed with a random number, from which nothing can be guessed.',
        'The chain is computed over the public forms, so anyone can download them from /api/v1/chain/events and recompute every link without seeing any personal data. The verifier on the Open data page does this and names the first event that is broken.',
        "The chain head (the number and fingerprint of the last event) is signed with this installation's Ed25519 key, and every day at 00:00 WIB the head is recorded and published. Today's chain must pass through every head ever signed; if the old record were rewritten whole, the old signatures would show it.",
        "Citizens have the right to have their personal data erased (UU 27/2022 on Personal Data Protection). Erasure removes the private part of a complaint (contact, text, the citizen's messages) but keeps its public form and commitment, so the chain stays intact. The erasure itself is recorded as an event."
      ]
    },
    {
      id: 'lonjakan',
      title: 'Rating bursts and excluded ratings',
      body: [
        'Ratings can be stuffed: many ratings for one office in a short time, often with the same score. Every office is checked against its own history, hour by hour, as ratings arrive.',
        "An office's normal busy hour is the median number of ratings per hour over the hours of the last 28 days that had any. Its spread is the median absolute deviation of those hours (× 1.4826), at least the square root of the median, or 1. Both hold up against a few unusual hours.",
        {
          formula:
            'a burst when  ratings in one hour ≥ max(30, ⌈normal + 6 × spread⌉)\nor, when one score is ≥ 80 % of the hour and ≥ 40 points above its usual share (28 days):\n               ratings in one hour ≥ max(30, ⌈normal + 3 × spread⌉)'
        },
        'An hour with fewer than 30 ratings is never flagged, so a small office is not flagged over a handful of ratings.',
        "A burst is only flagged for review in the staff console; nothing changes by itself. The office's manager or an admin may exclude that hour's ratings from the published figures, with a reason shown on the office page. The exclusion and its undo are events in the audit trail (who, when, which hour, how many ratings, why). No rating is deleted.",
        "Excluded ratings are left out of the office's satisfaction, mean, interval, number of ratings, trend, ranking and badge."
      ]
    }
  ]
};
