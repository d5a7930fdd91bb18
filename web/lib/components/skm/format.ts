import { skmT } from '$shared/i18n/skm.ts';
import type { Lang } from '$shared/i18n/web.ts';
import { parseSkmPeriod } from '$shared/skm/period.ts';
import { dateFormat, LOCALE } from '$lib/format.ts';
const ROMAN = ['I', 'II', 'III', 'IV'];

/** `1 Januari 2026` */
export function longDate(lang: Lang, iso: string): string {
  return dateFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** `Semester I 2026`, `Triwulan III 2026`, `November 2026`, or the dates of a custom range. */
export function periodName(lang: Lang, period: { from: string; to: string; label: string | null }): string {
  const parsed = period.label ? parseSkmPeriod(period.label) : undefined;
  if (!parsed) return skmT(lang, 'period.range', { from: longDate(lang, period.from), to: longDate(lang, period.to) });
  if (parsed.kind === 'month') {
    const month = dateFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${parsed.from}T00:00:00Z`));
    return skmT(lang, 'period.month', { month });
  }
  return skmT(lang, `period.${parsed.kind}`, { year: parsed.year, roman: ROMAN[parsed.index - 1] ?? '' });
}
