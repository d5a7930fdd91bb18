import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ActionComposer from './ActionComposer.svelte';

vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const offices = [{ id: 'puskesmas-uji', name: 'Puskesmas Uji' }];
const actions = ['reply', 'note', 'resolve', 'reject', 'forward'] as const;

describe('ActionComposer', () => {
  it('is one form with one message field for every action', () => {
    render(ActionComposer, { actions: [...actions], offices, failure: null });
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    const message = screen.getByRole('textbox', { name: 'Pesan' });
    expect(message).toBeRequired();
    expect(message).toHaveAccessibleDescription(/Tampil di halaman lacak pelapor/);
  });

  it('asks for a reason and a ticked confirmation before rejecting, with a destructive button', async () => {
    render(ActionComposer, { actions: [...actions], offices, failure: null });
    await fireEvent.click(screen.getByRole('radio', { name: 'Tolak' }));
    expect(screen.getByRole('combobox', { name: 'Alasan penolakan' })).toBeRequired();
    expect(screen.getByRole('checkbox', { name: /Ya, tolak pengaduan ini/ })).toBeRequired();
    expect(screen.getByRole('button', { name: 'Tolak' })).toHaveClass('destructive');
  });

  it('comes back with the action that was sent and its error by field name', () => {
    const failure = { errors: { reason: 'Pilih alasan penolakan.' }, values: { action: 'reject', message: 'Ganda' } };
    render(ActionComposer, { actions: [...actions], offices, failure });
    expect(screen.getByRole('radio', { name: 'Tolak' })).toBeChecked();
    const reason = screen.getByRole('combobox', { name: 'Alasan penolakan' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Pilih alasan penolakan.');
    expect(screen.getByRole('textbox', { name: 'Pesan' })).toHaveValue('Ganda');
  });

  it('offers the other offices when forwarding', async () => {
    render(ActionComposer, { actions: [...actions], offices, failure: null });
    await fireEvent.click(screen.getByRole('radio', { name: 'Teruskan ke kantor lain' }));
    expect(screen.getByRole('option', { name: 'Puskesmas Uji' })).toBeInTheDocument();
  });
});
