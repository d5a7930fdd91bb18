import { formatCount, formatFixed, formatPercent, LOCALE, numberFormat, percentSign } from '$shared/format/numbers.ts';
import { t, type Lang } from '$shared/i18n/web.ts';
import type { SampleFlag } from '$shared/metrics/sample-flag.ts';
import { zoneName } from '$shared/time/zone-name.ts';

export { LOCALE, numberFormat };

export type KmQuantile = { value: number; moreThan: boolean } | null;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached date formatter for a locale and options. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Numbers with a fixed count of decimals, as a report prints them: `81,25`. */
export function fixed(lang: Lang, value: number | null | undefined, digits = 2): string {
  return formatFixed(lang, value, digits);
}

const formatters = new Map<Lang, ReturnType<typeof makeFormatter>>();

/** Formatting for one language: Indonesian style `87,3 %`, `4.834`, `2,5 jam`, `3 hari`. Made once per language. */
export function formatter(lang: Lang): Formatter {
  let format = formatters.get(lang);
  if (!format) formatters.set(lang, (format = makeFormatter(lang)));
  return format;
}

function makeFormatter(lang: Lang) {
  const locale = LOCALE[lang];
  const num = (value: number, min = 0, max = min) => numberFormat(locale, min, max).format(value);
  const sign = percentSign(lang);
  const dash = '—';
  const dayFormat = dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  // Every office page names its period and a month per row of its trend: ICU's range formatting alone cost more
  // than the rest of the page's words (docs/bench.md, "Office page"), and the same few periods and months come back.
  const ranges = new Map<string, string>();
  const months = new Map<string, string>();

  const self = {
    lang,
    locale,
    dash,
    /** A count: `4.834`. */
    count: (value: number) => formatCount(lang, value),
    /** A plain number with up to `digits` decimals: `3,38`. */
    decimal: (value: number, digits = 2) => num(value, 0, digits),
    /** A share 0–1 as a percentage with one decimal: `87,3 %`; null becomes a dash. */
    percent: (share: number | null | undefined) => formatPercent(lang, share),
    /** A 95 % interval: `81,8–83,9 %`. */
    interval: (ci: readonly [number, number] | null | undefined) => (ci ? `${num(ci[0] * 100, 1)}–${num(ci[1] * 100, 1)}${sign}` : dash),
    /** Elapsed hours in the unit a person thinks in: `45 menit`, `2,5 jam`, `3 hari`. */
    hours: (hours: number) => {
      if (hours < 1) return t(lang, 'unit.minutes', { n: num(Math.max(1, Math.round(hours * 60))) });
      if (hours < 48) return t(lang, 'unit.hours', { n: num(hours, 0, 1) });
      return t(lang, 'unit.days', { n: num(hours / 24, 0, 1) });
    },
    /** A Kaplan–Meier quantile; `lebih dari X` when fewer than that share were answered. */
    quantile: (q: KmQuantile) => {
      if (!q) return dash;
      return q.moreThan ? t(lang, 'unit.moreThan', { x: self.hours(q.value) }) : self.hours(q.value);
    },
    /** The warning a figure from too small a sample carries: `sampel kecil (n = 18)`; empty when it is enough. */
    sampleFlag: (flag: SampleFlag) => {
      if (!flag) return '';
      if (flag.kind === 'small') return t(lang, 'sample.small', { n: num(flag.n) });
      return t(lang, 'sample.short', { n: num(flag.n), required: num(flag.required) });
    },
    /** `n = 4.834` */
    n: (value: number) => t(lang, 'unit.n', { n: num(value) }),
    /** A calendar date `YYYY-MM-DD` as `1 Des 2025`. */
    day: (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    /** A period of calendar dates, the year written once when both share it: `1 Jan – 2 Des 2026`. */
    range: (from: string, to: string) => remembered(ranges, `${from}|${to}`, () => dayFormat.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))),
    /** A month `YYYY-MM` as `Des 2025`. */
    month: (isoMonth: string) => remembered(months, isoMonth, () => monthFormat.format(new Date(`${isoMonth}-01T00:00:00Z`))),
    /** An instant in the office's own time zone: `7 Jan 2026, 11.02 WIB`. */
    instant: (iso: string, timeZone: string) => dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso)) + ` ${zoneName(timeZone)}`,
    /** The date part of an instant in the office's time zone. */
    instantDay: (iso: string, timeZone: string) => dateFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso))
  };
  return self;
}

export type Formatter = ReturnType<typeof makeFormatter>;

// Enough for every period and month a busy page is asked for; past it the oldest go, so odd periods cannot grow it.
const REMEMBERED = 512;

/** `make()` for `key`, made once while it is among the last REMEMBERED keys of `words`. */
function remembered(words: Map<string, string>, key: string, make: () => string): string {
  let text = words.get(key);
  if (text === undefined) {
    text = make();
    if (words.size >= REMEMBERED) words.delete(words.keys().next().value!);
    words.set(key, text);
  }
  return text;
}
