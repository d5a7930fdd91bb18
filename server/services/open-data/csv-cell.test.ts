import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord, neutraliseCell } from './csv-cell.ts';

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

describe('csvRecord', () => {
  const cells: (string | number | null)[][] = [
    ['2026-11-25', 'disdukcapil-uji', null, 'web', 4, 12, 0],
    ['koma, di sini', 'kutip "ganda"', 'baris\nbaru', 'cr\rlf', '', ' spasi ', -1.5],
    ['=1+1', '+62812', '-2', '@SUM(A1)', '\tx', 'a=b', 0],
    ['Jl. Melati "17", RT 03', 'ümlaut – ✓', '"', ',', 3.25, null, null]
  ];
  it('writes each record as csv-stringify does, cells neutralised', () => {
    for (const row of cells) {
      const expected = stringify([row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))]);
      expect(csvRecord(row)).toBe(expected);
    }
  });
});
