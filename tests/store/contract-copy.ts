import { expect, it } from 'vitest';
import { ChainLinkMismatch } from '../../server/store/chain-link.ts';
import type { Store } from '../../server/store/types.ts';
import { rating, sampleEvents } from './fixtures/events.ts';
import { replayAll } from './harness.ts';

type WithStore<S extends Store> = (test: (store: S, reopen: () => Promise<S>) => Promise<void>) => Promise<void>;

/** Contract cases for moving a log between stores (npm run store:copy): the lines, their seqs and hashes stay. */
export function copyCases<S extends Store>(withStore: WithStore<S>) {
  it('hands its stored lines to another store, which keeps their seqs and hashes (private parts, erased ones too)', () =>
    withStore(async (source) => {
      if (!source.readLines || !source.appendLines) return;
      await source.append(sampleEvents);
      await source.erasePrivate?.((event) => event.type === 'complaint.submitted');
      const lines: string[] = [];
      await source.readLines({ after: 0, upTo: source.head().seq }, (line, seq) => {
        expect(seq).toBe(lines.length + 1);
        lines.push(line);
      });
      expect(lines).toHaveLength(sampleEvents.length);
      await withStore(async (target) => {
        const middle = Math.floor(lines.length / 2);
        await target.appendLines!(lines.slice(0, middle));
        expect(await target.appendLines!(lines.slice(middle))).toEqual(source.head());
        expect(target.head()).toEqual(source.head());
        expect(await target.verify()).toEqual({ ok: true, events: lines.length });
        expect(await replayAll(target)).toStrictEqual(await replayAll(source));
        const copied: string[] = [];
        await target.readLines!({ after: 0, upTo: target.head().seq }, (line) => copied.push(line));
        expect(copied).toEqual(lines);
      });
    }));

  it('refuses lines that do not link to its head, writing none of them', () =>
    withStore(async (source) => {
      if (!source.readLines || !source.appendLines) return;
      await source.append([rating(1), rating(2), rating(3)]);
      const lines: string[] = [];
      await source.readLines({ after: 0, upTo: 3 }, (line) => lines.push(line));
      await withStore(async (target) => {
        await expect(target.appendLines!([lines[0]!, lines[2]!])).rejects.toBeInstanceOf(ChainLinkMismatch);
        await expect(target.appendLines!([lines[1]!])).rejects.toThrow(/event 1 does not link/);
        expect(target.head().seq).toBe(0);
        await target.append([rating(9)]);
        await expect(target.appendLines!([lines[0]!])).rejects.toThrow(/event 2 does not link/);
        expect(target.head().seq).toBe(1);
      });
    }));
}
