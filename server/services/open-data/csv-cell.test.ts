import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './csv-cell.ts';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+62812', '-2', '@SUM(A1)', '\tx', '\rx'])('quotes %j so no spreadsheet runs it', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCell('Antrean lama')).toBe('Antrean lama');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('')).toBe('');
  });
});
