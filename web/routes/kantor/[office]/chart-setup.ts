// Loaded only in the browser, after the page is readable: the numbers are already in the tables.
// Only the chart.js pieces the trend chart uses are registered, so the rest is tree-shaken away
// (../../../build/prune-chart-chunk.ts removes what Rolldown cannot); the bar charts are drawn by the server.
// The hover label is ChartFigure's own few lines of HTML, not chart.js's Tooltip plugin (4.5 KB gzipped).
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1f23';
// Low-end phones: no animation work; also what prefers-reduced-motion users want.
Chart.defaults.animation = false;

/** A chart.js configuration for a line spec. */
export function toChartConfig(spec: ChartSpec): ChartConfiguration<'line', (number | null)[], string> {
  const numbers = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 0 });
  return {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: [
        {
          label: spec.valueHeader,
          data: spec.values,
          backgroundColor: spec.colors,
          borderColor: spec.colors[0],
          borderWidth: 3,
          pointRadius: 4,
          spanGaps: false
        }
      ]
    },
    options: {
      locale: spec.locale,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          max: spec.max,
          grid: { color: '#e3e7eb' },
          ticks: { precision: 0, callback: (value) => `${numbers.format(Number(value))}${spec.tickSuffix ?? ''}` }
        }
      }
    }
  };
}

export { Chart };
