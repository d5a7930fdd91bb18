import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code that decides what the views hold for given events: the views, the idempotency index, and what they call to apply an event. */
export const VIEW_SOURCES = [
  'server/views',
  'server/idempotency/index.ts',
  'server/idempotency/snapshot.ts',
  'shared/metrics/burst.ts',
  'shared/metrics/time-zone.ts',
  'shared/metrics/working-days.ts',
  'shared/privacy/mask.ts',
  'shared/skm/profile.ts'
];

/**
 * A hash of VIEW_SOURCES as they are under `root`. Run from source it is taken at start; the compiled server
 * gets the one taken when it was built (scripts/build-server.ts), since its sources are not beside it.
 * Throws when a source cannot be read.
 */
export function viewCodeFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const source of VIEW_SOURCES) {
    const path = join(root, source);
    const files = source.endsWith('.ts')
      ? [path]
      : readdirSync(path, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
          .sort()
          .map((name) => join(path, name));
    for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('base64url').slice(0, 22);
}
