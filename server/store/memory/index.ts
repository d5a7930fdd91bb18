import { changedCatalog, emptyCatalog } from '../catalog.ts';
import { ChainChecker, GENESIS_HASH, hashLine } from '../chain.ts';
import { ChainLinkMismatch } from '../chain-link.ts';
import { decodeLine, encodeEvent, readPrevHash } from '../codec.ts';
import { erasedLine } from '../public-chain/erase-line.ts';
import { publicForm } from '../public-chain/public-form.ts';
import { memoryFiles } from '../files.ts';
import { checkResumePoint } from '../resume.ts';
import { StreamGuard } from '../stream-guard.ts';
import { Subscribers } from '../subscribers.ts';
import type { AppendOptions, Catalog, ChainHead, DomainEvent, Store, StoredEvent } from '../types.ts';

/** A Store held entirely in memory, for unit tests; same lines and hashes as the segment-log store. */
export function createMemoryStore(initial?: Partial<Catalog>): Store {
  let catalog: Catalog = { ...emptyCatalog(), ...structuredClone(initial) };
  // Keeping the encoded lines (not objects) gives the exact hashes and round-trip of the files.
  const lines: string[] = [];
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  let closed = false;
  const subscribers = new Subscribers();
  const guard = new StreamGuard();

  const eventAt = (index: number, hash: string): StoredEvent => Object.assign(decodeLine(lines[index]!).event, { seq: index + 1, hash });

  return {
    files: memoryFiles(),
    catalog: {
      get: () => catalog,
      async update(change) {
        if (closed) throw new Error('store is closed');
        catalog = changedCatalog(catalog, change);
      }
    },

    async append(events: readonly DomainEvent[], options?: AppendOptions) {
      if (closed) throw new Error('store is closed');
      guard.check(events, options, head.seq + 1);
      // Encode everything first: an unknown event type rejects the call without storing any of it.
      const encoded: { line: string; hash: string }[] = [];
      let hash = head.hash;
      for (const event of events) {
        const line = encodeEvent(event, hash);
        hash = hashLine(head.seq + encoded.length + 1, line);
        encoded.push({ line, hash });
      }
      const stored = encoded.map(({ line, hash }) => {
        lines.push(line);
        const event = eventAt(lines.length - 1, hash);
        guard.record(event, event.seq);
        return event;
      });
      if (stored.length > 0) head = { seq: lines.length, hash };
      subscribers.notify(stored);
      return stored;
    },

    async subscribe(listener, options) {
      if (closed) throw new Error('store is closed');
      const upTo = { ...head };
      const after = options?.after;
      return subscribers.add(listener, (deliver) => {
        if (after) checkResumePoint(after, upTo, after.seq === 0 ? GENESIS_HASH : lines[after.seq - 1] && hashLine(after.seq, lines[after.seq - 1]!));
        for (let index = after?.seq ?? 0; index < upTo.seq; index++) deliver(eventAt(index, hashLine(index + 1, lines[index]!)));
      });
    },

    head: () => head,

    async appendLines(added) {
      if (closed) throw new Error('store is closed');
      let hash = head.hash;
      const hashes = added.map((line, index) => {
        if (readPrevHash(line) !== hash || line.includes('\n')) throw new ChainLinkMismatch(head.seq + index + 1, hash);
        return (hash = hashLine(head.seq + index + 1, line));
      });
      const stored = added.map((line, index) => {
        lines.push(line);
        const event = eventAt(lines.length - 1, hashes[index]!);
        guard.record(event, event.seq);
        return event;
      });
      if (stored.length > 0) head = { seq: lines.length, hash };
      subscribers.notify(stored);
      return head;
    },

    async readLines({ after, upTo }, visit) {
      for (let index = Math.max(0, after); index < Math.min(upTo, head.seq); index++) visit(lines[index]!, index + 1);
    },

    async readRatings({ after, upTo }, visit) {
      for (let index = Math.max(0, after); index < Math.min(upTo, lines.length); index++) {
        const { event } = decodeLine(lines[index]!);
        if (event.type === 'rating.recorded') visit(event);
      }
    },

    async readPublicForms({ after, upTo }, visit) {
      for (let index = Math.max(0, after); index < Math.min(upTo, head.seq); index++) visit(publicForm(lines[index]!), index + 1);
    },

    async erasePrivate(select) {
      const erased: number[] = [];
      lines.forEach((line, index) => {
        const blank = erasedLine(line);
        if (blank === undefined || !select(decodeLine(line).event)) return;
        lines[index] = blank;
        erased.push(index + 1);
      });
      return erased;
    },

    async verify() {
      const checker = new ChainChecker();
      for (const line of lines) if (!checker.push(line)) break;
      return checker.finish(head);
    },

    async close() {
      closed = true;
    }
  };
}
