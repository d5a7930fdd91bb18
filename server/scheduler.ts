import { closeStaleResolved } from './services/complaints/close-stale-resolved.ts';
import type { ServiceContext } from './services/context.ts';

/**
 * The server's periodic work: closing resolved complaints nobody answered (docs/architecture.md). The timer
 * only wakes it; what is due is decided by the injected clock inside the verb.
 */
export function startScheduler(
  ctx: ServiceContext,
  { everyMs = 5 * 60_000, log = console.error, report = console.log }: { everyMs?: number; log?: (error: unknown) => void; /** What it did, a line. */ report?: (line: string) => void } = {}
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const closed = await closeStaleResolved({ ctx });
      if (closed > 0) report(`Pengaduan ditutup otomatis / auto-closed: ${closed}`);
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
