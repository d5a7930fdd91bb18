/*
 * Layout of a segment-log store directory:
 *   catalog.json                 agencies, offices, services, holidays, demo flag (lowdb)
 *   events/000000000001.jsonl    events 1…segmentSize, one compact JSON line each (../codec.ts)
 *   events/000000100001.jsonl    the next segment, named after its first seq; only the last is written
 *   events/format.json           the log's format version (catalog.json has its own: ./migrations/)
 *   attachments/<sha256>         photos and documents of complaints, named by content (./files.ts)
 *   suara.lock                   who holds the store: one writer per directory (./lock.ts)
 * The directory is its owner's only (0700, files 0600: ./modes.ts).
 * lowdb rewrites a whole file on every write: fine for the small catalog, but for events it would
 * rewrite the whole history per rating (seconds at a million). So events never go through lowdb:
 * they are appended to bounded segment files that are never rewritten once sealed,
 * group-committed with one write and one datasync per batch, and chained by hash ("p" = hash of
 * the previous line) so later edits show. A line's seq is its position (segment base + index).
 */
import { basename, join } from 'node:path';
import { ChainChecker } from '../chain.ts';
import { decodeLine } from '../codec.ts';
import { Subscribers } from '../subscribers.ts';
import type { Store, StoreHealth } from '../types.ts';
import { openCatalog } from './catalog.ts';
import { diskFiles, FILES_DIR } from './files.ts';
import { lockDataDir } from './lock.ts';
import { migrateDataDir } from './migrations/index.ts';
import { makePrivateDir } from './modes.ts';
import { publicForm } from '../public-chain/public-form.ts';
import { erasePrivateParts } from './erase.ts';
import { forEachStoredLine } from './replay.ts';
import { recoverLog, type Segment } from './segments.ts';
import { SharedReplay, UnreadableEvent } from './shared-replay.ts';
import { damagedLogMessage, LogDamaged } from './unavailable.ts';
import { verifySegments, type ChainBreak, type ChainReport } from './verify-chain.ts';
import { SegmentWriter, type WriterStats } from './writer.ts';
import { StreamGuard } from '../stream-guard.ts';
import { submissionKeyOf } from '../streams.ts';
import { learnStreams } from './learn-streams.ts';
import type { AppendOptions, DomainEvent } from '../types.ts';

// `{"p":"<22 characters>","t":"r",…}`: a rating line (../codec.ts).
const RATING_TYPE = '","t":"r",';
const RATING_TYPE_AT = 28;

/** A Store on disk: the catalog through lowdb, events in append-only segment files. */
export type SegmentLogStore = Store & {
  readonly stats: Readonly<WriterStats>;
  health(): StoreHealth;
  /** Recomputes the whole hash chain without holding up requests; a break refuses writes from then on. */
  verifyInBackground(): Promise<ChainReport>;
};

export type SegmentLogOptions = {
  dir: string;
  segmentSize?: number;
  /** What this process is, for the DATA_DIR lock (./lock.ts); the script's name by default. */
  command?: string;
  log?: (line: string) => void;
};

/** The replay could not build views past a damaged line; the message is the operator's (file, line, seq). */
export class DamagedLogError extends Error {
  constructor(readonly found: ChainBreak) {
    super(damagedLogMessage(found));
    this.name = 'DamagedLogError';
  }
}

/**
 * Opens (or creates) the store in `dir`: takes its lock (one writer per DATA_DIR), makes it private
 * to its owner, and recovers from a write torn by a crash, saying so.
 */
export async function openSegmentLogStore(options: SegmentLogOptions): Promise<SegmentLogStore> {
  const { dir, segmentSize = 100_000, log = console.log } = options;
  await makePrivateDir(dir);
  const lock = await lockDataDir(dir, options.command ?? defaultCommand(), log);
  try {
    return await openLocked(dir, segmentSize, log, () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openLocked(dir: string, segmentSize: number, log: (line: string) => void, release: () => Promise<void>): Promise<SegmentLogStore> {
  const eventsDir = join(dir, 'events');
  await makePrivateDir(eventsDir);
  await migrateDataDir(dir, log);
  const catalog = await openCatalog(join(dir, 'catalog.json'));
  const recovered = await recoverLog(eventsDir);
  if (recovered.cut) {
    log(
      `Ekor log yang robek dipotong / torn tail truncated: ${recovered.cut.bytes} byte setelah kejadian / bytes after event ${recovered.cut.afterSeq} (${recovered.cut.path}); it was never acknowledged`
    );
  }
  const subscribers = new Subscribers();
  const writer = await SegmentWriter.open(eventsDir, segmentSize, recovered, (events) => subscribers.notify(events), log);
  let chain: StoreHealth['chain'] = { state: 'verifying' };
  const broken = (found: ChainBreak) => {
    if (chain.state === 'broken' && chain.break!.seq <= found.seq) return;
    chain = { state: 'broken', events: chain.events, break: found };
    log(damagedLogMessage(found));
  };
  const replays = new SharedReplay((seq, reason) => broken({ ...locate(writer.segments, seq), reason }));
  let closed = false;
  // The rules append enforces (../stream-guard.ts) are learnt from the log in the background, so start-up does not
  // wait for a read of the whole log; only an append those rules concern waits for it.
  const guard = new StreamGuard();
  let learnt = false;
  const learning = learnStreams(guard, [...writer.segments], writer.committed.seq).then(() => {
    learnt = true;
  });
  learning.catch((error: Error) => log(`Indeks aliran tidak terbaca / streams index unreadable: ${error.message}`));

  return {
    catalog: {
      get: () => catalog.get(),
      update(change) {
        if (chain.state === 'broken') return Promise.reject(new LogDamaged(chain.break!));
        return catalog.update(change);
      }
    },
    files: diskFiles(join(dir, FILES_DIR)),
    stats: writer.stats,
    append(events, options) {
      if (chain.state === 'broken') return Promise.reject(new LogDamaged(chain.break!));
      if (!learnt && concernsGuard(events, options)) return learning.then(() => writer.append(events, guard, options));
      return writer.append(events, guard, options);
    },
    head: () => writer.committed,

    async appendLines(lines) {
      if (chain.state === 'broken') throw new LogDamaged(chain.break!);
      await learning; // the guard learns these after what the log already held, in seq order
      const stored = await writer.appendLines(lines, guard);
      return stored.length === 0 ? writer.committed : { seq: stored.at(-1)!.seq, hash: stored.at(-1)!.hash };
    },

    async readLines({ after, upTo }, visit) {
      await forEachStoredLine([...writer.segments], { after, upTo: Math.min(upTo, writer.committed.seq) }, visit);
    },

    async subscribe(listener, options) {
      if (closed) throw new Error('store is closed');
      // Taken together with the registration (same tick): older events come from the files,
      // newer ones from the commits.
      const head = writer.committed;
      const segments = [...writer.segments];
      try {
        return await subscribers.add(listener, (deliver) => replays.join(segments, options?.after, head, deliver));
      } catch (error) {
        if (error instanceof UnreadableEvent && chain.break) throw new DamagedLogError(chain.break);
        throw error;
      }
    },

    async readRatings({ after, upTo }, visit) {
      await forEachStoredLine([...writer.segments], { after, upTo: Math.min(upTo, writer.committed.seq) }, (line) => {
        // Every line's type sits at the same place (the codec's fixed prefix): other events are skipped unread.
        if (!line.startsWith(RATING_TYPE, RATING_TYPE_AT)) return;
        const { event } = decodeLine(line);
        if (event.type === 'rating.recorded') visit(event);
      });
    },

    async readPublicForms({ after, upTo }, visit) {
      await forEachStoredLine([...writer.segments], { after, upTo: Math.min(upTo, writer.committed.seq) }, (line, seq) => visit(publicForm(line), seq));
    },

    erasePrivate(select) {
      if (chain.state === 'broken') return Promise.reject(new LogDamaged(chain.break!));
      return erasePrivateParts([...writer.segments], writer.committed.seq, select);
    },

    async verify() {
      const head = writer.committed;
      const checker = new ChainChecker();
      await forEachStoredLine([...writer.segments], { upTo: head.seq }, (line) => checker.push(line));
      return checker.finish(head);
    },

    health() {
      const failing = writer.failing;
      return {
        writable: chain.state !== 'broken' && !failing,
        chain,
        writes: failing ? { state: 'failing', since: failing.since.toISOString(), error: failing.error } : { state: 'ok' }
      };
    },

    async verifyInBackground() {
      const started = performance.now();
      const head = writer.committed;
      const report = await verifySegments([...writer.segments], { upTo: head.seq });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!report.ok) {
        broken(report.break);
      } else if (report.head.hash !== head.hash) {
        broken({ ...locate(writer.segments, head.seq), reason: 'it is not the event this server wrote there' });
      } else if (chain.state !== 'broken') {
        chain = { state: 'ok', events: report.events };
        log(`Rantai hash utuh / hash chain intact: ${report.events} kejadian/events verified (${seconds} s)`);
      }
      return report;
    },

    async close() {
      closed = true;
      await learning.catch(() => {});
      try {
        await Promise.all([writer.close(), catalog.close()]);
      } finally {
        await release();
      }
    }
  };
}

/** Whether checking `events` needs what the guard learns from the log: an expected version, or an idempotency key. */
function concernsGuard(events: readonly DomainEvent[], options: AppendOptions | undefined): boolean {
  return Object.keys(options?.expectedVersions ?? {}).length > 0 || events.some((event) => submissionKeyOf(event) !== undefined);
}

/** The file and line (from 1) of event `seq`. */
function locate(segments: readonly Segment[], seq: number): { seq: number; file: string; line: number } {
  const segment = segments.findLast((candidate) => candidate.base <= seq) ?? segments[0]!;
  return { seq, file: segment.path, line: seq - segment.base + 1 };
}

function defaultCommand(): string {
  return (
    process.argv
      .slice(1, 3)
      .map((arg, i) => (i === 0 ? basename(arg) : arg))
      .join(' ') || 'node'
  );
}
