import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SecretField from './SecretField.svelte';

afterEach(() => sessionStorage.clear());

describe('SecretField', () => {
  it('is a plain text field that keeps what was typed readable: no capitalising, no spell check, no autofill', () => {
    render(SecretField, { id: 's', trackingCode: 'SL-AAAA-BBBB-CC' });
    const input = screen.getByLabelText('Kode rahasia');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription(/Cukup diketik sekali/);
  });

  it('is asked once per visit: every field of the same complaint shows what was typed in one, and the tab keeps it', async () => {
    render(SecretField, { id: 'a', trackingCode: 'SL-AAAA-BBBB-CC' });
    render(SecretField, { id: 'b', trackingCode: 'SL-AAAA-BBBB-CC' });
    render(SecretField, { id: 'c', trackingCode: 'SL-OTHE-RCOD-EE' });
    await fireEvent.input(document.getElementById('a')!, { target: { value: '7k3m q9xa' } });
    expect((document.getElementById('b') as HTMLInputElement).value).toBe('7k3m q9xa');
    expect((document.getElementById('c') as HTMLInputElement).value).toBe('');
    expect(sessionStorage.getItem('suara:secret:SL-AAAA-BBBB-CC')).toBe('7k3m q9xa');
  });

  it('shows a secret carried back by the server (a form sent without JavaScript) and names an error', () => {
    render(SecretField, { id: 'd', trackingCode: 'SL-DDDD-DDDD-DD', carried: 'ABCDABCDABCDABCDABCDABCD', error: 'Kode rahasia salah.' });
    const input = screen.getByLabelText('Kode rahasia') as HTMLInputElement;
    expect(input.value).toBe('ABCDABCDABCDABCDABCDABCD');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Kode rahasia salah/);
  });
});
