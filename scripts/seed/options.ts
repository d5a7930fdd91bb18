import { parseArgs } from 'node:util';

/** What `npm run seed` was asked for. */
export type SeedOptions = {
  ratings: number;
  complaints: number;
  offices: number;
  dir: string;
  /** Seed this PostgreSQL database instead of `dir` (server/store/open-store.ts). */
  databaseUrl?: string;
  seed: number;
  months: number;
  /** Where the data ends (epoch ms); by default the start of today in WIB, so reruns on a day agree. */
  now: number;
  batch: number;
  summary?: string;
};

const USAGE = `usage: npm run seed -- [--ratings N] [--complaints N] [--offices N] [--dir DATA_DIR] [--database-url URL]
                       [--seed N] [--months N] [--now ISO-DATE] [--batch N] [--summary FILE.json]`;

/**
 * Parses the command line; throws with the usage on anything wrong. `environmentDatabaseUrl` (DATABASE_URL) is
 * seeded when neither --dir nor --database-url names the store, as every other command picks the engine.
 */
export function parseSeedOptions(args: string[], today = Date.now(), environmentDatabaseUrl?: string): SeedOptions {
  const { values } = parseArgs({
    args,
    options: {
      ratings: { type: 'string', default: '1000000' },
      complaints: { type: 'string', default: '100000' },
      offices: { type: 'string', default: '200' },
      dir: { type: 'string' },
      'database-url': { type: 'string' },
      seed: { type: 'string', default: '20250817' },
      months: { type: 'string', default: '36' },
      now: { type: 'string' },
      batch: { type: 'string', default: '20000' },
      summary: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true
  });
  if (values.help) throw new Error(USAGE);
  const count = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}\n${USAGE}`);
    return n;
  };
  const now = values.now === undefined ? startOfWibDay(today) : Date.parse(values.now);
  if (!Number.isFinite(now)) throw new Error(`--now must be a date, got ${values.now}\n${USAGE}`);
  return {
    ratings: count('ratings', values.ratings, 0),
    complaints: count('complaints', values.complaints, 0),
    offices: count('offices', values.offices, 1),
    dir: values.dir ?? './data',
    ...(values['database-url'] ? { databaseUrl: values['database-url'] } : !values.dir && environmentDatabaseUrl && { databaseUrl: environmentDatabaseUrl }),
    seed: count('seed', values.seed, 0),
    months: count('months', values.months, 1),
    now,
    batch: count('batch', values.batch, 1),
    summary: values.summary
  };
}

const WIB_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

function startOfWibDay(at: number): number {
  return Math.floor((at + WIB_MS) / DAY_MS) * DAY_MS - WIB_MS;
}
