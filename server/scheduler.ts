import { closeStaleResolved } from './services/complaints/close-stale-resolved.ts';
import type { PublicRecord } from './public-record/index.ts';
import type { ServiceContext } from './services/context.ts';
import { SOLE_LEADER, type Leadership } from './shared-state/leadership.ts';

/**
 * The server's periodic work: closing resolved complaints nobody answered (docs/architecture.md),
 * recording the day's signed chain head, and forgetting idempotency keys past REMEMBER_MS. The timer
 * only wakes it; what is due is decided by the injected clock inside the verb.
 */
export function startScheduler(
  ctx: ServiceContext,
  {
    everyMs = 5 * 60_000,
    log = console.error,
    report = console.log,
    publicRecord,
    leadership = SOLE_LEADER
  }: {
    everyMs?: number;
    log?: (error: unknown) => void;
    /** What it did, a line. */
    report?: (line: string) => void;
    publicRecord?: PublicRecord;
    /** Only the leading process runs the passes (server/shared-state/leadership.ts), so nothing is closed or recorded twice. */
    leadership?: Leadership;
  } = {}
): () => void {
  let running = false;
  const tick = async () => {
    if (running || !leadership.isLeader()) return;
    running = true;
    try {
      const closed = await closeStaleResolved({ ctx });
      if (closed > 0) report(`Pengaduan ditutup otomatis / auto-closed: ${closed}`);
      // The day's signed head (docs/public-record.md): the first tick from 00:00 WIB on records it.
      const head = await publicRecord?.daily.recordIfDue(ctx.store.head(), ctx.clock.now());
      if (head) report(`Kepala rantai harian / daily chain head: seq ${head.seq} ${head.hash}`);
      // On PostgreSQL the idempotency keys live in a table that only grows unless someone forgets the old ones.
      const forgotten = await ctx.store.forgetSubmissionKeys?.(ctx.clock.now());
      if (forgotten) report(`Kunci idempotensi lama dilupakan / old idempotency keys forgotten: ${forgotten}`);
    } catch (error) {
      log(error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
