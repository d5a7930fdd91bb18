import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ActionForm from './ActionForm.svelte';

vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const offices = [{ id: 'puskesmas-uji', name: 'Puskesmas Uji' }];

describe('ActionForm', () => {
  it('requires the public message to resolve', () => {
    render(ActionForm, { action: 'resolve', offices, failure: null });
    const message = screen.getByRole('textbox', { name: 'Pesan' });
    expect(message).toBeRequired();
    expect(message).toHaveAccessibleDescription(/Wajib: jelaskan kepada publik/);
    expect(screen.getByRole('button', { name: 'Nyatakan selesai' })).toBeInTheDocument();
  });

  it('shows the server error by field name, only in the form that was sent', () => {
    const failure = { errors: { reason: 'Pilih alasan penolakan.' }, values: { action: 'reject', message: 'Ganda' } };
    render(ActionForm, { action: 'reject', offices, failure });
    const reason = screen.getByRole('combobox', { name: 'Alasan penolakan' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Pilih alasan penolakan.');
    expect(screen.getByRole('textbox', { name: 'Pesan' })).toHaveValue('Ganda');
  });

  it('leaves other forms alone', () => {
    const failure = { errors: { message: 'Tulis pesannya.' }, values: { action: 'reply' } };
    render(ActionForm, { action: 'note', offices, failure });
    expect(screen.getByRole('textbox', { name: 'Pesan' })).not.toHaveAttribute('aria-invalid');
  });

  it('offers the other offices when forwarding', () => {
    render(ActionForm, { action: 'forward', offices, failure: null });
    expect(screen.getByRole('option', { name: 'Puskesmas Uji' })).toBeInTheDocument();
  });
});
