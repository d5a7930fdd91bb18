import type { MessageKey } from '$shared/i18n/web.ts';
import type { OfficeStats } from '$shared/schemas/index.ts';
import type { Formatter } from '$lib/format.ts';
import type { Translate } from '$lib/i18n.ts';
import type { ChartSpec } from './chart-spec.ts';
import { trendMonths } from './trend-months.ts';

const BRAND = '#0b4f71';
const SCORE_COLORS = ['#b3261e', '#c25e00', '#4c8c2b', '#1e6b35'];
const SCORE_LABELS: MessageKey[] = ['score.1', 'score.2', 'score.3', 'score.4'];

// The API names its response-time buckets in Indonesian; these are their translations.
const BUCKETS: Record<string, MessageKey> = {
  '< 1 hari': 'bucket.under1',
  '1–3 hari': 'bucket.1to3',
  '3–7 hari': 'bucket.3to7',
  '7–14 hari': 'bucket.7to14',
  '> 14 hari': 'bucket.over14',
  'belum dijawab': 'bucket.unanswered'
};

/**
 * The four charts of an office page: monthly trend, score distribution, outcomes, first-response times.
 * `currentMonthOpen`: the period ends today, so its last, partial month is the month still running.
 */
export function officeChartSpecs(stats: OfficeStats, t: Translate, fmt: Formatter, currentMonthOpen = false): ChartSpec[] {
  const { satisfaction, complaints, trend, responseTimeHistogram } = stats;
  const total = satisfaction.responses;
  const b = complaints.breakdown;
  const rejected = b.rejected.out_of_scope + b.rejected.duplicate + b.rejected.incomplete + b.rejected.other;
  const outcomes: [MessageKey, number][] = [
    ['outcome.resolvedConfirmed', b.resolvedConfirmed],
    ['outcome.resolvedDisputed', b.resolvedDisputed],
    ['outcome.resolvedUnconfirmed', b.resolvedUnconfirmed],
    ['outcome.rejected', rejected],
    ['outcome.openWithinDeadline', b.openWithinDeadline],
    ['outcome.overdue', b.overdue]
  ];
  const months = trendMonths(stats, currentMonthOpen);
  const monthNote = (i: number) => {
    const n = fmt.count(trend[i]!.responses);
    const month = months[i]!;
    if (month.partial) return t(month.partial === 'current' ? 'chart.partialMonth' : 'chart.partialPart', { n });
    return month.small ? t('chart.smallMonth', { n }) : '';
  };
  const best = trend.reduce<(typeof trend)[number] | undefined>((a, p) => (p.satisfiedShare !== null && (!a || p.satisfiedShare > (a.satisfiedShare ?? -1)) ? p : a), undefined);

  return [
    {
      id: 'chart-trend',
      title: t('chart.trendTitle'),
      summary: t('chart.trendSummary', { months: fmt.count(trend.length), best: best ? `${fmt.month(best.month)} (${fmt.percent(best.satisfiedShare)})` : fmt.dash }),
      type: 'line',
      labelHeader: t('chart.month'),
      valueHeader: t('figure.satisfaction'),
      labels: trend.map((point) => fmt.month(point.month)),
      values: trend.map((point) => (point.satisfiedShare === null ? null : point.satisfiedShare * 100)),
      display: trend.map((point) => fmt.percent(point.satisfiedShare)),
      max: 100,
      tickSuffix: fmt.lang === 'id' ? '\u00a0%' : '%',
      locale: fmt.locale,
      colors: [BRAND],
      notes: trend.map((_, i) => monthNote(i)),
      intervals: months.map((month) => (month.ci95 ? [month.ci95[0] * 100, month.ci95[1] * 100] : null)),
      partial: months.map((month) => month.partial !== null),
      hollow: months.map((month) => month.small),
      // The month still running is named under the chart too, with its n: `Des 2026: bulan berjalan, n = 45.`
      legend: [...trend.flatMap((point, i) => (months[i]!.partial ? [`${fmt.month(point.month)}: ${monthNote(i)}.`] : [])), t('chart.trendLegend')].join(' '),
      extra: [
        { header: t('chart.interval'), cells: months.map((month) => fmt.interval(month.ci95)) },
        { header: t('chart.ratings'), cells: trend.map((point) => fmt.count(point.responses)) },
        { header: t('chart.complaints'), cells: trend.map((point) => fmt.count(point.complaints)) }
      ]
    },
    {
      id: 'chart-scores',
      title: t('chart.scoresTitle'),
      summary: t('chart.scoresSummary', { n: fmt.count(total), list: satisfaction.distribution.map((count, i) => `${t(SCORE_LABELS[i])} ${fmt.count(count)}`).join(', ') }),
      type: 'bar',
      labelHeader: t('chart.score'),
      valueHeader: t('chart.ratings'),
      labels: SCORE_LABELS.map((key, i) => `${i + 1} ${t(key)}`),
      values: [...satisfaction.distribution],
      display: satisfaction.distribution.map((count) => `${fmt.count(count)} (${fmt.percent(total ? count / total : null)})`),
      colors: SCORE_COLORS,
      locale: fmt.locale
    },
    {
      id: 'chart-outcomes',
      title: t('chart.outcomesTitle'),
      summary: t('chart.outcomesSummary', { list: outcomes.map(([key, count]) => `${t(key)} ${fmt.count(count)}`).join(', ') }),
      type: 'bar',
      horizontal: true,
      labelHeader: t('breakdown.outcome'),
      valueHeader: t('chart.complaints'),
      labels: outcomes.map(([key]) => t(key)),
      values: outcomes.map(([, count]) => count),
      display: outcomes.map(([, count]) => fmt.count(count)),
      colors: ['#1e6b35', '#8a5a00', '#4c8c2b', '#5b6670', '#0b4f71', '#b3261e'],
      locale: fmt.locale
    },
    {
      id: 'chart-response',
      title: t('chart.responseTitle'),
      summary: t('chart.responseSummary', { list: responseTimeHistogram.map((bucket) => `${bucketLabel(bucket.label, t)} ${fmt.count(bucket.count)}`).join(', ') }),
      type: 'bar',
      // Horizontal: six bucket names do not fit side by side on a 360 px phone.
      horizontal: true,
      labelHeader: t('chart.responseTime'),
      valueHeader: t('chart.complaints'),
      labels: responseTimeHistogram.map((bucket) => bucketLabel(bucket.label, t)),
      values: responseTimeHistogram.map((bucket) => bucket.count),
      display: responseTimeHistogram.map((bucket) => fmt.count(bucket.count)),
      colors: [BRAND],
      locale: fmt.locale
    }
  ];
}

function bucketLabel(label: string, t: Translate): string {
  const key = BUCKETS[label];
  return key ? t(key) : label;
}
