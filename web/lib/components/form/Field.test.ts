import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { FieldAttrs } from '../../forms.ts';
import ErrorSummary from './ErrorSummary.svelte';
import Field from './Field.svelte';

const input = createRawSnippet((attrs: () => FieldAttrs) => ({
  render: () => {
    const a = attrs();
    const describedBy = a['aria-describedby'] ? ` aria-describedby="${a['aria-describedby']}"` : '';
    const invalid = a['aria-invalid'] ? ` aria-invalid="true"` : '';
    return `<input id="${a.id}" name="${a.name}"${describedBy}${invalid} />`;
  }
}));

describe('Field', () => {
  it('ties the server error for its name to the input', () => {
    render(Field, { name: 'contact.email', label: 'Email', hint: 'Tidak pernah ditampilkan', errors: { 'contact.email': 'Alamat email tidak valid.' }, children: input });
    const field = screen.getByRole('textbox', { name: 'Email' });
    expect(field).toHaveAttribute('name', 'contact.email');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Tidak pernah ditampilkan Alamat email tidak valid.');
  });

  it('shows nothing extra without an error for its name', () => {
    render(Field, { name: 'description', label: 'Uraian', errors: { 'contact.email': 'x' }, children: input });
    expect(screen.getByRole('textbox', { name: 'Uraian' })).not.toHaveAttribute('aria-invalid');
  });
});

describe('ErrorSummary', () => {
  it('lists every error with a link to its field', () => {
    render(ErrorSummary, { errors: { description: 'Terlalu pendek', _form: 'Kantor tidak ditemukan' }, labels: { description: 'Uraian' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Periksa kembali isian berikut');
    expect(screen.getByRole('link', { name: 'Uraian: Terlalu pendek' })).toHaveAttribute('href', '#f-description');
    expect(screen.getByText('Kantor tidak ditemukan')).toBeInTheDocument();
  });
});
