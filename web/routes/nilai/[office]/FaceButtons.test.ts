import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FaceButtons from './FaceButtons.svelte';

describe('FaceButtons', () => {
  it('is four submit buttons named score, from Tidak Baik to Sangat Baik, so one tap sends the form', () => {
    render(FaceButtons, { describedBy: 'hint' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent?.trim())).toEqual(['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik']);
    expect(buttons.map((button) => [button.getAttribute('type'), button.getAttribute('name'), button.getAttribute('value')])).toEqual([
      ['submit', 'score', '1'],
      ['submit', 'score', '2'],
      ['submit', 'score', '3'],
      ['submit', 'score', '4']
    ]);
    expect(buttons.every((button) => button.getAttribute('aria-describedby') === 'hint')).toBe(true);
  });
});
