// Loaded only in the browser, after the page is readable: the numbers are already in the tables.
// Only the chart.js pieces these four charts use are registered, so the rest is tree-shaken away.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration
} from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1f23';
// Low-end phones: no animation work; also what prefers-reduced-motion users want.
Chart.defaults.animation = false;

/** A chart.js configuration for a spec; tooltips print the same text as the table. */
export function toChartConfig(spec: ChartSpec): ChartConfiguration<'line' | 'bar', (number | null)[], string | string[]> {
  const numbers = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 0 });
  const valueAxis = {
    beginAtZero: true,
    max: spec.max,
    grid: { color: '#e3e7eb' },
    ticks: { precision: 0, callback: (value: number | string) => `${numbers.format(Number(value))}${spec.tickSuffix ?? ''}` }
  };
  // Bar labels wrap onto lines instead of being rotated or cut off on a phone.
  const categoryAxis = { grid: { display: false }, ticks: spec.type === 'bar' ? { autoSkip: false, maxRotation: 0 } : {} };
  return {
    type: spec.type,
    data: {
      labels: spec.type === 'bar' ? spec.labels.map((label) => wrap(label, spec.horizontal ? 18 : 9)) : spec.labels,
      datasets: [
        {
          label: spec.valueHeader,
          data: spec.values,
          backgroundColor: spec.colors,
          borderColor: spec.colors[0],
          borderWidth: spec.type === 'line' ? 3 : 0,
          pointRadius: 4,
          spanGaps: false
        }
      ]
    },
    options: {
      locale: spec.locale,
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip: { callbacks: { label: (item) => ` ${spec.display[item.dataIndex]}` } }
      }
    }
  };
}

/** Words on lines of at most `width` characters (a longer word gets its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export { Chart };
