import { describe, expect, it } from 'vitest';
import { FormatTooNew, migrate, type Migration } from './run.ts';

const steps: Migration<string[]>[] = [
  { from: 1, why: 'a', up: (log) => [...log, '1→2'] },
  { from: 2, why: 'b', up: async (log) => [...log, '2→3'] }
];

describe('migrate', () => {
  it('runs the steps after the stored version, in order', async () => {
    expect((await migrate('x', steps, [], 1)).subject).toEqual(['1→2', '2→3']);
    expect((await migrate('x', steps, [], 2)).subject).toEqual(['2→3']);
    expect((await migrate('x', steps, [], 3)).ran).toEqual([]);
  });

  it('refuses a version newer than it knows, naming both', async () => {
    const refused = migrate('catalog.json', steps, [], 4);
    await expect(refused).rejects.toBeInstanceOf(FormatTooNew);
    await expect(refused).rejects.toThrow(/catalog\.json .*newer release .*format 4; this release reads up to 3/);
  });

  it('refuses a list with a gap and a version that is not one', async () => {
    await expect(migrate('x', [steps[1]!], [], 1)).rejects.toThrow(/out of order/);
    await expect(migrate('x', steps, [], 0)).rejects.toThrow(/not a version/);
  });
});
