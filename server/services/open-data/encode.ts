import type { OpenDataField } from '../../../shared/open-data/dictionary.ts';
import { csvRecord } from './csv-cell.ts';
import type { Cell } from './rows.ts';

export type OpenDataFormat = 'csv' | 'json';

/** How rows become text: a head, a batch of rows (called repeatedly), a tail. */
export type RowEncoder = { head: string; rows(rows: readonly (readonly Cell[])[]): string; tail: string };

/** CSV with a header of field names (RFC 4180), or a JSON array of objects keyed by them. */
export function rowEncoder(format: OpenDataFormat, fields: readonly OpenDataField[]): RowEncoder {
  if (format === 'csv') {
    return {
      head: csvRecord(fields.map((field) => field.name)),
      rows: (rows) => {
        let text = '';
        for (const row of rows) text += csvRecord(row);
        return text;
      },
      tail: ''
    };
  }
  let first = true;
  return {
    head: '[',
    rows: (rows) => {
      let text = '';
      for (const row of rows) {
        const object: Record<string, Cell> = {};
        fields.forEach((field, i) => (object[field.name] = row[i] ?? null));
        text += `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
        first = false;
      }
      return text;
    },
    tail: '\n]\n'
  };
}
