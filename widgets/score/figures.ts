import type { WidgetLang } from '../../shared/i18n/widget.ts';
import type { ScoreMessages } from '../../shared/i18n/widget-score.ts';
import { fill } from '../shared/i18n.ts';

/** `GET /api/v1/offices/{id}/badge` (shared/schemas/badge.ts), as far as the badge reads it. */
export type Badge = {
  officeName: string;
  satisfaction: { responses: number; satisfiedShare: number | null };
  ikm: { value: number | null; mutu: string | null; responses: number } | null;
  firstResponseHours: { value: number; moreThan: boolean } | null;
};

/** The badge's words and numbers, formatted for one language. */
export type BadgeView = { share: string; responses: string; ikm: string; firstResponse: string };

/** Formats the figures as the badge shows them: `87%`, `dari 1.234 penilaian`, `82,50 (B)`, `1,5 hari`. */
export function badgeView(badge: Badge, lang: WidgetLang, t: ScoreMessages): BadgeView {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const number = (value: number, digits = 0) => value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const { responses, satisfiedShare } = badge.satisfaction;
  const ikm = badge.ikm?.value != null ? `${number(badge.ikm.value, 2)}${badge.ikm.mutu ? ` (${badge.ikm.mutu})` : ''}` : '';
  return {
    share: satisfiedShare === null ? '–' : satisfiedShare.toLocaleString(locale, { style: 'percent' }),
    responses: responses ? fill(t.responses, { n: number(responses) }) : t.noData,
    ikm,
    firstResponse: badge.firstResponseHours ? duration(badge.firstResponseHours, number, t) : '–'
  };
}

function duration({ value, moreThan }: { value: number; moreThan: boolean }, number: (v: number, d?: number) => string, t: ScoreMessages): string {
  const text = value < 48 ? fill(t.hours, { n: number(Math.max(1, Math.round(value))) }) : fill(t.days, { n: number(value / 24, 1) });
  return moreThan ? fill(t.moreThan, { x: text }) : text;
}
