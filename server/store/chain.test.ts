import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { plainRating, rating } from '../../tests/store/fixtures/events.ts';
import { ChainChecker, GENESIS_HASH, hashLine } from './chain.ts';
import { encodeEvent } from './codec.ts';

function chain(count: number): string[] {
  const lines: string[] = [];
  let hash = GENESIS_HASH;
  for (let n = 1; n <= count; n++) {
    lines.push(encodeEvent(rating(n), hash));
    hash = hashLine(n, lines.at(-1)!);
  }
  return lines;
}

function check(lines: string[], head: { seq: number; hash: string }) {
  const checker = new ChainChecker();
  for (const line of lines) if (!checker.push(line)) break;
  return checker.finish(head);
}

describe('hash chain', () => {
  it('pins the hash of a line: sha256, base64url, 22 characters', () => {
    expect(GENESIS_HASH).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(hashLine(1, encodeEvent(plainRating, GENESIS_HASH))).toBe(
      hashLine(1, '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":1736130600000,"o":"disdukcapil-kab-sukamaju","v":"ktp-elektron","s":4,"c":"widget"}')
    );
    expect(hashLine(1, '{}')).toBe(createHash('sha256').update('1\n{}').digest('base64url').slice(0, 22));
  });

  it('accepts an intact chain and an empty one', () => {
    const lines = chain(5);
    expect(check(lines, { seq: 5, hash: hashLine(5, lines[4]!) })).toEqual({ ok: true, events: 5 });
    expect(check([], { seq: 0, hash: GENESIS_HASH })).toEqual({ ok: true, events: 0 });
  });

  it.each([1, 3, 5])('blames event %i when its stored bytes changed', (seq) => {
    const lines = chain(5);
    const head = { seq: 5, hash: hashLine(5, lines[4]!) };
    lines[seq - 1] = lines[seq - 1]!.replace(/"s":\d/, '"s":9');
    expect(check(lines, head)).toMatchObject({ ok: false, firstBadSeq: seq });
  });

  it('blames an unreadable line and a missing tail', () => {
    const lines = chain(5);
    const head = { seq: 5, hash: hashLine(5, lines[4]!) };
    expect(check([...lines.slice(0, 2), 'garbage', ...lines.slice(3)], head)).toMatchObject({ firstBadSeq: 3 });
    expect(check(lines.slice(0, 3), head)).toMatchObject({ ok: false, firstBadSeq: 4 });
    expect(check([lines[0]!, lines[2]!], head)).toMatchObject({ ok: false, firstBadSeq: 1 });
  });
});
