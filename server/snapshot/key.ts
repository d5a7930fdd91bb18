import { createHash, randomUUID } from 'node:crypto';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../store/types.ts';
import { viewCodeFingerprint } from './view-code.ts';

/**
 * Bump whenever what the views hold for the same events changes in a way the sources below do not
 * show (a dependency's behaviour, say). A snapshot of another version is not used: the views are
 * replayed from the log instead.
 */
export const VIEWS_FORMAT_VERSION = 1;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Set by the server's build (scripts/build-server.ts): the view code's fingerprint when it was compiled. */
declare const __SUARA_VIEW_CODE__: string | undefined;

let sources: string | undefined;

/**
 * A hash of the view code (VIEW_SOURCES): a snapshot made by other view code is never used, even when
 * nobody remembered to bump VIEWS_FORMAT_VERSION. A release that changes them replays once. The compiled
 * server carries the hash taken at build time; run from source, it is taken from the files on disk.
 * (Unreadable sources give a key of this process only: no snapshot is ever reused then.)
 */
function sourcesFingerprint(): string {
  if (sources !== undefined) return sources;
  if (typeof __SUARA_VIEW_CODE__ === 'string') return (sources = __SUARA_VIEW_CODE__);
  try {
    return (sources = viewCodeFingerprint(ROOT));
  } catch {
    return (sources = `unreadable-${randomUUID()}`);
  }
}

/**
 * What a snapshot's views depend on besides the events: the view code (format version and sources),
 * the machine's byte order (counters are stored as bytes), and what the views read from the
 * catalog while applying events (office time zones, service targets and holidays fix days and
 * deadlines). A snapshot is used only under the same key.
 */
export function snapshotKey(catalog: Catalog): string {
  const read = {
    offices: catalog.offices.map((office) => [office.id, office.timeZone]),
    services: catalog.services.map((service) => [service.id, service.targetWorkingDays, service.firstResponseWorkingDays]),
    holidays: catalog.holidays
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(read)).digest('base64url').slice(0, 22);
  return `views-${VIEWS_FORMAT_VERSION} ${endianness()} code-${sourcesFingerprint()} catalog-${fingerprint}`;
}
