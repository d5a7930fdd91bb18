import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HeadlineFigure from './HeadlineFigure.svelte';

describe('HeadlineFigure', () => {
  it('shows the label as a heading, the value, its interval and its sample size', () => {
    render(HeadlineFigure, { label: 'Kepuasan', value: '82,9 %', detail: 'Interval 95 %: 81,8–83,9 %', sample: 'n = 4.834 penilaian' });
    expect(screen.getByRole('heading', { level: 3, name: 'Kepuasan' })).toBeInTheDocument();
    expect(screen.getByText('82,9 %')).toHaveClass('value');
    expect(screen.getByText('Interval 95 %: 81,8–83,9 %')).toBeInTheDocument();
    expect(screen.getByText('n = 4.834 penilaian')).toBeInTheDocument();
  });

  it('marks a small sample visibly instead of hiding the figure', () => {
    render(HeadlineFigure, { label: 'Kepuasan', value: '60,0 %', sample: 'n = 10 penilaian', caution: 'Sampel kecil' });
    expect(screen.getByText('60,0 %')).toBeInTheDocument();
    expect(screen.getByText('Sampel kecil')).toBeInTheDocument();
  });
});
