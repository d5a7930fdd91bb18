/*
 * The stored lines as they are, in and out (npm run store:copy, docs/scaling.md, "Moving an installation"): read in
 * position order, and appended under the chain-head lock like every append (./appender.ts), each line checked to
 * link to the one before it, so the events keep their seqs and hashes.
 */
import type { Sql } from 'postgres';
import { ChainLinkMismatch } from '../chain-link.ts';
import { hashLine } from '../chain.ts';
import { decodeLine, readPrevHash } from '../codec.ts';
import { streamOf, submissionKeyOf } from '../streams.ts';
import type { ChainHead, StoredEvent } from '../types.ts';
import { insertRows, type CommittedBatch, type Row } from './appender.ts';
import { READ_BATCH } from './follower.ts';

/** Hands the stored lines after < position ≤ upTo to `visit`, in order, a batch at a time. */
export async function readLines(sql: Sql, range: { after: number; upTo: number }, visit: (line: string, seq: number) => void): Promise<void> {
  for (let from = range.after; from < range.upTo;) {
    const rows = await sql<{ position: string; line: string }[]>`select position, line from events where position > ${from} and position <= ${range.upTo} order by position limit ${READ_BATCH}`;
    if (rows.length === 0) return;
    for (const row of rows) visit(row.line, Number(row.position));
    from = Number(rows.at(-1)!.position);
  }
}

/**
 * Appends `lines` after the head in one transaction. A key stored before is kept without its uniqueness: the file
 * log answers a key for 31 days only (server/store/stream-guard.ts), so a source may hold one twice, months apart.
 */
export async function appendLines(sql: Sql, lines: readonly string[]): Promise<CommittedBatch> {
  return sql.begin(async (tx) => {
    const [head] = await tx<{ position: string; hash: string }[]>`select position, hash from chain_head where id = 1 for update`;
    const before: ChainHead = { seq: Number(head!.position), hash: head!.hash };
    let { seq, hash } = before;
    const events: StoredEvent[] = [];
    for (const line of lines) {
      if (readPrevHash(line) !== hash || line.includes('\n')) throw new ChainLinkMismatch(seq + 1, hash);
      hash = hashLine(++seq, line);
      events.push(Object.assign(decodeLine(line).event, { seq, hash }));
    }
    if (events.length === 0) return { before, events };
    const streams = [...new Set(events.map(streamOf).filter((stream) => stream !== undefined))];
    const versions = new Map<string, number>();
    if (streams.length > 0) {
      for (const row of await tx<{ stream: string; version: number }[]>`select stream, max(version) as version from events where stream = any(${streams}::text[]) group by stream`) {
        versions.set(row.stream, Number(row.version));
      }
    }
    const submissions = events.map(submissionKeyOf);
    const keys = submissions.filter((submission) => submission !== undefined);
    const seen = new Set<string>();
    if (keys.length > 0) {
      const stored = await tx<{ kind: string; key: string }[]>`
        select e.submission_kind as kind, e.submission_key as key
        from unnest(${keys.map((k) => k.kind)}::text[], ${keys.map((k) => k.keyHash)}::text[]) as k(kind, key)
        join events e on e.submission_kind = k.kind and e.submission_key = k.key`;
      for (const row of stored) seen.add(`${row.kind}:${row.key}`);
    }
    const rows: Row[] = events.map((event, index) => {
      const stream = streamOf(event);
      const version = stream === undefined ? null : (versions.get(stream) ?? 0) + 1;
      if (stream !== undefined) versions.set(stream, version!);
      const submission = submissions[index];
      const id = submission && `${submission.kind}:${submission.keyHash}`;
      const unique = id !== undefined && !seen.has(id);
      if (unique) seen.add(id);
      return {
        position: event.seq,
        stream: stream ?? null,
        version,
        type: event.type,
        at: event.at,
        line: lines[index]!,
        hash: event.hash,
        kind: unique ? submission!.kind : null,
        key: unique ? submission!.keyHash : null
      };
    });
    await insertRows(tx, rows);
    await tx`update chain_head set position = ${seq}, hash = ${hash} where id = 1`;
    await tx`select pg_notify('suara_events', ${String(seq)})`;
    return { before, events };
  });
}
