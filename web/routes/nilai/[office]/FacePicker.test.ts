import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FacePicker from './FacePicker.svelte';

describe('FacePicker', () => {
  it('is a group of four labelled radios, each one a native input (keyboard operable)', async () => {
    render(FacePicker, { attrs: { id: 'f-score', name: 'score' }, selected: '3' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent?.trim())).toEqual(['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik']);
    expect(screen.getByRole('radio', { name: 'Baik' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'Sangat Baik' }));
    expect(screen.getByRole('radio', { name: 'Sangat Baik' })).toBeChecked();
    expect(radios.every((radio) => radio.getAttribute('name') === 'score')).toBe(true);
  });
});
