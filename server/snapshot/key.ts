import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import type { Catalog } from '../store/types.ts';

/**
 * Bump whenever what the views hold for the same events changes: the projections
 * (server/projections), the idempotency index, or how their snapshot parts are encoded. A snapshot
 * of another version is not used (the views are replayed from the log instead).
 */
export const VIEWS_FORMAT_VERSION = 1;

/**
 * What a snapshot's views depend on besides the events: the code's format version, the machine's
 * byte order (counters are stored as bytes), and what the projections read from the catalog while
 * applying events (office time zones, service targets and holidays fix days and deadlines). A
 * snapshot is used only under the same key.
 */
export function snapshotKey(catalog: Catalog): string {
  const read = {
    offices: catalog.offices.map((office) => [office.id, office.timeZone]),
    services: catalog.services.map((service) => [service.id, service.targetWorkingDays]),
    holidays: catalog.holidays
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(read)).digest('base64url').slice(0, 22);
  return `views-${VIEWS_FORMAT_VERSION} ${endianness()} catalog-${fingerprint}`;
}
