// Loaded only in the browser, after the page is readable: the numbers are already in the tables.
// Only the chart.js pieces the trend chart uses are registered, so the rest is tree-shaken away
// (../../../build/prune-chart-chunk.ts removes what Rolldown cannot); the bar charts are drawn by the server.
// The hover label is ChartFigure's own few lines of HTML, not chart.js's Tooltip plugin (4.5 KB gzipped).
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type Plugin } from 'chart.js';
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
          // Months from fewer than 30 ratings are hollow; the line into a month not yet complete is dashed.
          pointBackgroundColor: spec.values.map((_, i) => (spec.hollow?.[i] ? '#fff' : spec.colors[0]!)),
          segment: { borderDash: (context) => (spec.partial?.[context.p1DataIndex] || spec.partial?.[context.p0DataIndex] ? [6, 4] : undefined) },
          spanGaps: false
        }
      ]
    },
    plugins: [monthMarks(spec)],
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

/**
 * What chart.js does not draw by itself, in a few canvas calls rather than another plugin's bytes: a hatched
 * background behind each month not yet complete, and each month's 95 % interval as a whisker.
 */
function monthMarks(spec: ChartSpec): Plugin<'line'> {
  return {
    id: 'monthMarks',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const step = chart.data.labels!.length > 1 ? Math.abs(scales.x!.getPixelForValue(1) - scales.x!.getPixelForValue(0)) : chartArea.width;
      spec.partial?.forEach((partial, i) => {
        if (!partial) return;
        ctx.save();
        ctx.strokeStyle = '#c9d2da';
        ctx.lineWidth = 1;
        const left = Math.max(chartArea.left, scales.x!.getPixelForValue(i) - step / 2);
        const right = Math.min(chartArea.right, scales.x!.getPixelForValue(i) + step / 2);
        ctx.beginPath();
        ctx.rect(left, chartArea.top, right - left, chartArea.height);
        ctx.clip();
        ctx.beginPath();
        for (let x = left - chartArea.height; x < right; x += 8) {
          ctx.moveTo(x, chartArea.bottom);
          ctx.lineTo(x + chartArea.height, chartArea.top);
        }
        ctx.stroke();
        ctx.restore();
      });
    },
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      ctx.save();
      ctx.strokeStyle = spec.colors[0]!;
      ctx.lineWidth = 1.5;
      spec.intervals?.forEach((interval, i) => {
        if (!interval) return;
        const x = scales.x!.getPixelForValue(i);
        const [low, high] = [scales.y!.getPixelForValue(interval[0]), scales.y!.getPixelForValue(interval[1])];
        ctx.beginPath();
        ctx.moveTo(x, low);
        ctx.lineTo(x, high);
        ctx.moveTo(x - 3, low);
        ctx.lineTo(x + 3, low);
        ctx.moveTo(x - 3, high);
        ctx.lineTo(x + 3, high);
        ctx.stroke();
      });
      ctx.restore();
    }
  };
}

export { Chart };
