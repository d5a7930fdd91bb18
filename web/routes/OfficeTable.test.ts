import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OfficeTable from './OfficeTable.svelte';
import { ROWS } from './office-table.fixtures.ts';

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').querySelector('a')?.textContent);

describe('OfficeTable', () => {
  it('renders offices in the order of the query, with figures, intervals and n', () => {
    render(OfficeTable, { rows: ROWS, query: { q: '', sort: 'response', dir: 'asc' } });
    expect(rowNames()).toEqual(['Puskesmas Cibiru', 'Disdukcapil Sukamaju', 'Kantor Bersama Samsat', 'Dinas Lambat', 'Kantor Desa Kecil']);
    const disdukcapil = screen.getByRole('row', { name: /Disdukcapil Sukamaju/ });
    expect(disdukcapil).toHaveTextContent('83,0 %');
    expect(disdukcapil).toHaveTextContent('81,0–85,0 %');
    expect(disdukcapil).toHaveTextContent('n = 4.834');
    expect(disdukcapil).toHaveTextContent('31,4 jam');
    expect(screen.getByRole('row', { name: /Dinas Lambat/ })).toHaveTextContent('lebih dari 12,5 hari');
  });

  it('marks the sorted column and links each header to the next order (works without JS)', () => {
    render(OfficeTable, { rows: ROWS, query: { q: '', sort: 'satisfaction', dir: 'desc' }, keep: { from: '2026-01-01', to: null } });
    const header = screen.getByRole('columnheader', { name: /Kepuasan/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(within(header).getByRole('link')).toHaveAttribute('href', '?from=2026-01-01&sort=satisfaction&dir=asc#offices-title'); // lands back at the table
    expect(within(screen.getByRole('columnheader', { name: /Kantor/ })).getByRole('link')).toHaveAttribute('href', '?from=2026-01-01&sort=name&dir=asc#offices-title');
  });

  it('keeps small samples visible and marked', () => {
    render(OfficeTable, { rows: ROWS, query: { q: 'kecil', sort: 'satisfaction', dir: 'desc' } });
    const row = screen.getByRole('row', { name: /Kantor Desa Kecil/ });
    expect(within(row).getByText('sampel kecil')).toBeInTheDocument();
    expect(screen.getByText('Menampilkan 1 dari 5 kantor.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Cari kantor' })).toHaveValue('kecil');
  });
});
