/** The public office page's words for a closed office, apart from the admin area's dictionary so the page stays light. */
import type { Lang } from './web.ts';

const words = {
  id: { closed: 'tutup', closedNote: 'Kantor ini sudah tutup: riwayatnya tetap tampil, tetapi tidak menerima penilaian dan pengaduan baru.' },
  en: { closed: 'closed', closedNote: 'This office is closed: its history stays, but it takes no new ratings or complaints.' }
} satisfies Record<Lang, Record<string, string>>;

export type OfficeClosedKey = keyof typeof words.id;

/** A closed office's label or note in `lang`. */
export const tClosed = (lang: Lang, key: OfficeClosedKey): string => words[lang][key];
