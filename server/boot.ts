import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { provideInProcessApi, type FiguresVersion } from '../shared/api-bridge.ts';
import { createApp, type SuaraApp } from './app.ts';
import type { Clock } from './clock.ts';
import { loadDemoData } from './demo/index.ts';
import { demoAccountsDisabledWarning, demoAccountsIn } from './demo/leftover-accounts.ts';
import { loadWidgetFiles } from './embed/widget-bundle.ts';
import { pageReads } from './pages/page-reads.ts';
import { createLogger, lineLog, type Logger } from './observability/logger.ts';
import { writeCliToken } from './security/cli-token.ts';
import { SESSIONS_FILE } from './security/session-file.ts';
import { backupStore } from './store/segment-log/backup.ts';
import { startScheduler } from './scheduler.ts';
import { sweepOrphanFiles } from './services/attachments/sweep-orphans.ts';
import { openSharedState, type SharedState } from './shared-state/index.ts';
import { fileSnapshotStore } from './snapshot/file.ts';
import type { Config } from './env.ts';
import { gatewayNotifier, smtpNotifier, type Notifier } from './notifications/index.ts';
import { DamagedLogError } from './store/segment-log/index.ts';
import { openStore, type OpenedStore } from './store/open-store.ts';
import { DataDirLocked } from './store/segment-log/lock.ts';
import { FormatTooNew, readChainMigration } from './store/segment-log/migrations/index.ts';
import type { ServiceContext } from './services/context.ts';
import { generation } from './services/stats/memo.ts';
import { SETUP_TOKEN_FILE } from './setup/token-file.ts';

/** The widget build: the script pages embed, and one file per element that it loads on first use (widgets/). */
export const WIDGET_FILES = ['suara.js', 'suara-rating.js', 'suara-score.js', 'suara-forms.js', 'suara-extras.js'] as const;
/** Fetched only when a citizen starts filling in the complaint form (widgets/shared/extras.ts): not a first load. */
export const WIDGET_ON_DEMAND = ['suara-extras.js'] as const;

export { SESSIONS_FILE };

export { WEBHOOKS_FILE } from './shared-state/index.ts';

/** The views' snapshot in DATA_DIR (server/snapshot/file.ts). */
export const SNAPSHOT_FILE = 'views.snapshot';

/**
 * Opens the store (taking DATA_DIR's lock), loads demo data on a first start, builds the API and offers it
 * to the pages. Building the views checks the hash chain of what they replay (the log after the snapshot,
 * or all of it) before any write is served; the whole chain is checked in the background after.
 * Every line it and the store write goes through `logger`, as JSON (docs/operations.md, "Logs").
 */
export async function boot(config: Config, clock: Clock, widgetsDir: string, logger: Logger = createLogger(config.logLevel)): Promise<{ app: SuaraApp; store: OpenedStore; shared: SharedState }> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'server (npm start)', log: lineLog(logger) });
  let shared: SharedState | undefined;
  try {
    // After the store: on PostgreSQL its start applied the migrations that make the shared tables.
    shared = await openSharedState({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log: (error) => logger.error({ event: 'shared-state-failed', err: error }, 'shared state failed') });
    const app = await build(store, shared, config, clock, widgetsDir, logger);
    void store.verifyInBackground();
    return { app, store, shared };
  } catch (error) {
    await shared?.close();
    await store.close();
    throw error;
  }
}

/** Why the server cannot start, for the operator: a known refusal as its message alone (exit 1), anything else as is. */
export function refuseToStart(logger: Logger): (error: unknown) => never {
  return (error) => {
    const known = error instanceof DataDirLocked || error instanceof DamagedLogError || error instanceof FormatTooNew || (error instanceof Error && error.message.startsWith('event log is corrupt'));
    if (!known) throw error;
    logger.fatal({ event: 'cannot-start' }, `Tidak dapat mulai / cannot start: ${error.message}`);
    // pino writes stdout synchronously by default: the line is out before the exit.
    process.exit(1);
  };
}

async function build(store: OpenedStore, shared: SharedState, config: Config, clock: Clock, widgetsDir: string, logger: Logger): Promise<SuaraApp> {
  const empty = store.catalog.get().offices.length === 0 && store.head().seq === 0;
  // Processes starting together on one empty database: only the leader loads the demo, the others follow it.
  if (config.demo && empty && shared.leadership.isLeader()) {
    const started = performance.now();
    const loaded = await loadDemoData(store, clock.now());
    const ms = Math.round(performance.now() - started);
    logger.info({ event: 'demo-loaded', offices: loaded.offices, events: loaded.events, ms }, `Data contoh dimuat / demo data loaded: ${loaded.offices} kantor, ${loaded.events} kejadian (${ms} ms)`);
  }
  // A DATA_DIR first started with the demo keeps its accounts, whose passwords the README publishes: with the
  // demo off they stay, but cannot log in (README, "Akun contoh").
  const disabledAccounts = config.demo ? [] : demoAccountsIn(store.staff.all());
  if (disabledAccounts.length > 0) logger.warn({ event: 'demo-accounts-disabled', accounts: disabledAccounts.length }, demoAccountsDisabledWarning(disabledAccounts));
  // A real installation's first run: one log line with the one-time link (docs/operations.md, "First run").
  const setupGate = await shared.setupGate(!config.demo && store.staff.all().length === 0);
  const setupToken = setupGate.token();
  // The link stays inside the message, with a space after it, so it can be copied (and matched) from the raw line.
  if (setupToken)
    logger.info(
      { event: 'setup-link' },
      `Siapkan instalasi / set up this installation: ${config.origin}/siapkan?token=${setupToken}${shared.engine === 'file' ? ` (token juga di / also in ${join(config.dataDir, SETUP_TOKEN_FILE)})` : ''}`
    );
  const { serverKey, leadership, claims } = shared;
  const app = await createApp({
    store,
    clock,
    // The views' snapshot: a restart replays only the events after it.
    snapshots: fileSnapshotStore(join(config.dataDir, SNAPSHOT_FILE)),
    config: {
      bodyLimitBytes: config.bodyLimitBytes,
      logger,
      widgets: await loadWidgetFiles(widgetsDir, WIDGET_FILES),
      origin: config.origin,
      serverKey,
      trustProxy: config.trustProxy,
      disabledAccounts,
      // `npm run backup` and `npm run import` reach a running server with this token (docs/operations.md).
      // On PostgreSQL the database's own tools back it up (docs/architecture.md): no archive of DATA_DIR then.
      adminCli: { token: await writeCliToken(config.dataDir), ...(store.engine === 'segment-log' && { backup: () => backupStore({ dir: config.dataDir, store }) }) },
      setupGate,
      webhooks: { state: shared.webhooks, allowedHosts: config.webhookAllowedHosts, leadership, claims },
      publicRecord: {
        key: shared.chainKey,
        heads: shared.dailyHeads,
        migration: await readChainMigration(config.dataDir),
        // Built beside main.js (scripts/build-server.ts); absent when run from the sources.
        verifierScript: await readFile(new URL('./verify.mjs', import.meta.url), 'utf8').catch(() => undefined)
      },
      notifications: { notifiers: notifiersOf(config), origin: config.origin, key: serverKey, leadership, claims },
      // The benchmark's load comes from one address: per-client limits still run, but never bite.
      ...(config.bench && { rateLimits: { ratings: Number.MAX_SAFE_INTEGER, complaints: Number.MAX_SAFE_INTEGER, surveys: Number.MAX_SAFE_INTEGER } })
    }
  });
  // Files a crash left without their event: the views now name every file that is kept (docs/operations.md).
  const orphans = await sweepOrphanFiles({ files: store.files, attachments: app.context.views.attachments, clock });
  logger.info({ event: 'orphan-files-swept', removed: orphans }, `Berkas yatim dihapus / orphan files removed: ${orphans}`);
  // The first pass walks every complaint (~0.2 s at 100k): let the server answer first; it repeats every 5 minutes.
  const scheduler = { log: (error: unknown) => logger.error({ event: 'scheduler-failed', err: error }, 'scheduler failed'), report: lineLog(logger) };
  setTimeout(() => startScheduler(app.context, { ...scheduler, publicRecord: app.publicRecord, leadership }), 3_000).unref();
  app.webhooks.start();
  provideInProcessApi((request) => app.fetch(request), figuresVersion(app.context, clock), pageReads(app.context));
  return app;
}

/** The notification channels the environment configures (docs/notifications.md). */
function notifiersOf(config: Config): Notifier[] {
  return [config.smtp && smtpNotifier(config.smtp), config.gateway && gatewayNotifier(config.gateway)].filter((notifier) => notifier !== undefined);
}

/**
 * What a page built from the public figures depends on: the events (of one office, or of all), the catalog
 * (names, holidays, populations) and the minute (open complaints age, deadlines pass) — as the API's own caches.
 */
function figuresVersion(ctx: ServiceContext, clock: Clock): FiguresVersion {
  return (officeId) => {
    const index = ctx.catalog();
    if (officeId !== undefined && !index.office(officeId)) return undefined;
    const events = officeId === undefined ? ctx.views.version() : ctx.views.officeVersion(officeId);
    return `${events}|${generation(index.catalog)}|${Math.floor(clock.now() / 60_000)}`;
  };
}
