import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../store/types.ts';

/**
 * Bump whenever what the views hold for the same events changes in a way the sources below do not
 * show (a dependency's behaviour, say). A snapshot of another version is not used: the views are
 * replayed from the log instead.
 */
export const VIEWS_FORMAT_VERSION = 1;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The code that decides what the views hold for given events: the projections, the idempotency index, and what they call to apply an event. */
const VIEW_SOURCES = ['server/projections', 'server/idempotency/index.ts', 'server/idempotency/snapshot.ts', 'shared/metrics/burst.ts', 'shared/metrics/time-zone.ts', 'shared/metrics/working-days.ts', 'shared/privacy/mask.ts', 'shared/skm/profile.ts'];

let sources: string | undefined;

/**
 * A hash of VIEW_SOURCES as they are on disk: a snapshot made by other view code is never used, even
 * when nobody remembered to bump VIEWS_FORMAT_VERSION. A release that changes them replays once.
 * (Unreadable sources give a key of this process only: no snapshot is ever reused then.)
 */
function sourcesFingerprint(): string {
  if (sources !== undefined) return sources;
  const hash = createHash('sha256');
  try {
    for (const source of VIEW_SOURCES) {
      const path = join(ROOT, source);
      const files = source.endsWith('.ts') ? [path] : readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort().map((name) => join(path, name));
      for (const file of files) hash.update(`${file.slice(ROOT.length)}\n`).update(readFileSync(file));
    }
    return (sources = hash.digest('base64url').slice(0, 22));
  } catch {
    return (sources = `unreadable-${randomUUID()}`);
  }
}

/**
 * What a snapshot's views depend on besides the events: the view code (format version and sources),
 * the machine's byte order (counters are stored as bytes), and what the projections read from the
 * catalog while applying events (office time zones, service targets and holidays fix days and
 * deadlines). A snapshot is used only under the same key.
 */
export function snapshotKey(catalog: Catalog): string {
  const read = {
    offices: catalog.offices.map((office) => [office.id, office.timeZone]),
    services: catalog.services.map((service) => [service.id, service.targetWorkingDays]),
    holidays: catalog.holidays
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(read)).digest('base64url').slice(0, 22);
  return `views-${VIEWS_FORMAT_VERSION} ${endianness()} code-${sourcesFingerprint()} catalog-${fingerprint}`;
}
