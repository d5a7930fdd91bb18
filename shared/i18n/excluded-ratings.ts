/**
 * The public office page's note on ratings left out of its figures (a reviewed burst), apart from the
 * console's burst dictionary (bursts.ts) so the office page ships only these three sentences.
 */
import type { Lang, Vars } from './web.ts';

const words = {
  id: {
    'excluded.note': '{count} penilaian dikecualikan, alasan: {reasons}.',
    'excluded.window': '{reason} ({from}, {count} penilaian)',
    'excluded.how': 'Cara kerjanya'
  },
  en: {
    'excluded.note': '{count} ratings excluded, reason: {reasons}.',
    'excluded.window': '{reason} ({from}, {count} ratings)',
    'excluded.how': 'How this works'
  }
} satisfies Record<Lang, Record<string, string>>;

export type ExcludedRatingsKey = keyof typeof words.id;

/** A sentence of the excluded-ratings note in `lang`, with `{name}` placeholders filled. */
export function tExcluded(lang: Lang, key: ExcludedRatingsKey, vars?: Vars): string {
  const text = words[lang][key] ?? words.id[key];
  return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
}
