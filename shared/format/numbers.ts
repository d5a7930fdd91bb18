// How every published number is written, on the site, in the console and in the widgets alike, so one
// figure reads the same everywhere (`83,8 %` on the office page and on `<suara-score>`).

export type NumberLang = 'id' | 'en';

export const LOCALE: Record<NumberLang, string> = { id: 'id-ID', en: 'en-GB' };

// Building an Intl formatter costs tens of microseconds and a server-rendered office page formats
// hundreds of values: build each (locale, decimals) once per process, not per call or per render.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached number formatter for a locale and a range of decimals. */
export function numberFormat(locale: string, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max })));
  return format;
}

/** A count with thousands separators: `4.834` / `4,834`. */
export function formatCount(lang: NumberLang, value: number): string {
  return numberFormat(LOCALE[lang], 0, 0).format(value);
}

/** A fixed count of decimals, as a report prints IKM: `81,25`; null becomes a dash. */
export function formatFixed(lang: NumberLang, value: number | null | undefined, digits = 2): string {
  return value == null ? '—' : numberFormat(LOCALE[lang], digits, digits).format(value);
}

/** The percent sign as each language writes it: `87,3 %` (with a no-break space) / `87.3%`. */
export function percentSign(lang: NumberLang): string {
  return lang === 'id' ? '\u00a0%' : '%';
}

/** A share 0–1 as a percentage with one decimal: `87,3 %`; null becomes a dash. */
export function formatPercent(lang: NumberLang, share: number | null | undefined): string {
  return share == null ? '—' : `${numberFormat(LOCALE[lang], 1, 1).format(share * 100)}${percentSign(lang)}`;
}
