import { PRIVATE_MARK } from './public-form.ts';

/**
 * The line with its private part (salt and private fields) overwritten by spaces: same length, so it can
 * be written over the old bytes in place; same public form and commitment "z", so the chain holds
 * (docs/public-record.md, "Erasure"). Undefined when the line has no private part left.
 */
export function erasedLine(line: string): string | undefined {
  const mark = line.indexOf(PRIVATE_MARK);
  if (mark < 0) return undefined;
  const tail = Buffer.byteLength(line.slice(mark, -1));
  return line.slice(0, mark) + ' '.repeat(tail) + '}';
}
