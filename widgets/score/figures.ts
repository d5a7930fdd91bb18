import { formatCount, formatFixed, formatPercent } from '../../shared/format/numbers.ts';
import type { WidgetLang } from '../../shared/i18n/widget.ts';
import type { ScoreMessages } from '../../shared/i18n/widget-score.ts';
import { sampleFlag } from '../../shared/metrics/sample-flag.ts';
import { fill } from '../shared/i18n.ts';

/** `GET /api/v1/offices/{id}/badge` (shared/schemas/badge.ts), as far as the badge reads it. */
export type Badge = {
  officeName: string;
  satisfaction: { responses: number; satisfiedShare: number | null };
  ikm: { value: number | null; mutu: string | null; responses: number; requiredSample?: number | null } | null;
  firstResponseHours: { value: number; moreThan: boolean } | null;
};

/** The badge's words and numbers, formatted for one language. */
export type BadgeView = { share: string; responses: string; ikm: string; firstResponse: string };

/**
 * Formats the figures as the badge shows them, with the site's own formatters (shared/format/numbers.ts), so
 * the badge and the office page write one figure alike: `87,1 %`, `dari 1.234 penilaian`,
 * `82,50 (B) · n = 310`, and the small-sample warning beside a grade whose sample is below the minimum.
 */
export function badgeView(badge: Badge, lang: WidgetLang, t: ScoreMessages): BadgeView {
  const { responses, satisfiedShare } = badge.satisfaction;
  return {
    share: satisfiedShare === null ? '–' : formatPercent(lang, satisfiedShare),
    responses: responses ? fill(t.responses, { n: formatCount(lang, responses) }) : t.noData,
    ikm: badge.ikm?.value != null ? ikmText(badge.ikm, lang, t) : '',
    firstResponse: badge.firstResponseHours ? duration(badge.firstResponseHours, lang, t) : '–'
  };
}

function ikmText(ikm: NonNullable<Badge['ikm']>, lang: WidgetLang, t: ScoreMessages): string {
  const n = formatCount(lang, ikm.responses);
  const value = `${formatFixed(lang, ikm.value)}${ikm.mutu ? ` (${ikm.mutu})` : ''}`;
  const flag = sampleFlag(ikm);
  if (!flag) return `${value} · n = ${n}`;
  if (flag.kind === 'small') return `${value} · ${fill(t.smallSample, { n })}`;
  return `${value} · ${fill(t.shortSample, { n, required: formatCount(lang, flag.required) })}`;
}

function duration({ value, moreThan }: { value: number; moreThan: boolean }, lang: WidgetLang, t: ScoreMessages): string {
  const text = value < 48 ? fill(t.hours, { n: formatCount(lang, Math.max(1, Math.round(value))) }) : fill(t.days, { n: formatFixed(lang, value / 24, 1) });
  return moreThan ? fill(t.moreThan, { x: text }) : text;
}
