import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { axisTicks } from './axis-ticks.ts';
import BarChart from './BarChart.svelte';
import type { ChartSpec } from './chart-spec.ts';

const spec: ChartSpec = {
  id: 'chart-outcomes',
  title: 'Hasil pengaduan',
  summary: 'Diagram batang hasil pengaduan: Selesai 75, Ditolak 12.',
  type: 'bar',
  horizontal: true,
  labelHeader: 'Hasil',
  valueHeader: 'Pengaduan',
  labels: ['Selesai', 'Ditolak'],
  values: [75, 12],
  display: ['75', '12'],
  locale: 'id-ID',
  colors: ['#1e6b35', '#5b6670']
};

describe('axisTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ from zero past the largest value, as chart.js does', () => {
    expect(axisTicks(2790)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(axisTicks(95)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(113)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it('stops at a fixed maximum (100 for percentages)', () => {
    expect(axisTicks(87, 100)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

describe('BarChart', () => {
  it('is one image named by the summary, with bars in proportion to the axis', () => {
    const { container } = render(BarChart, { spec });
    expect(screen.getByRole('img', { name: spec.summary })).toBeInTheDocument();
    const widths = [...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'));
    expect(widths).toEqual(['93.75%', '15%']); // of 0–80
    expect([...container.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).toEqual(spec.colors);
  });

  it('labels bars and ticks in the page language', () => {
    const { container } = render(BarChart, { spec: { ...spec, horizontal: false, values: [2790, 12], locale: 'id-ID' } });
    expect(screen.getByText('Selesai')).toBeInTheDocument();
    expect([...container.querySelectorAll('text')].map((text) => text.textContent)).toContain('3.000');
  });
});
