import { OpenAPIHono } from '@hono/zod-openapi';
import { catalogIndex } from './catalog-index.ts';
import type { Clock } from './clock.ts';
import type { WidgetFile } from './embed/widget-bundle.ts';
import { allowedOrigins } from './middleware/allowed-origins/index.ts';
import { PUBLIC_POST_LIMITS, rateLimit, RateLimiter, type PublicPostLimits } from './middleware/rate-limit/index.ts';
import { hotRoutes, type HotRoutes } from './hot-routes/index.ts';
import { registerBadge } from './routes/badge.ts';
import { recordRoute } from './observability/route-label.ts';
import { bodyLimit } from './middleware/body-limit/index.ts';
import { publicCors } from './middleware/public-cors/index.ts';
import { securityHeaders } from './middleware/security-headers/index.ts';
import { utf8Body } from './middleware/utf8-body/index.ts';
import { problem, problemErrorHandler, problemNotFound, validationHook } from './middleware/problem/index.ts';
import { codeGuessThrottle } from './middleware/code-throttle/index.ts';
import { consoleGuard, sessionCookieName } from './middleware/console-guard/index.ts';
import { registerComplaintLive } from './routes/complaint-live.ts';
import { registerAttachments } from './routes/attachments.ts';
import { registerComplaints } from './routes/complaints.ts';
import { complaintFormLimit, isMultipart } from './routes/complaint-form.ts';
import { registerConsoleComplaints } from './routes/console-complaints.ts';
import { registerConsoleSession } from './routes/console-session.ts';
import { registerEmbed } from './routes/embed.ts';
import { registerHealth } from './routes/health.ts';
import { registerOffices } from './routes/offices.ts';
import { registerOpenData } from './routes/open-data.ts';
import { registerChain } from './routes/chain.ts';
import { openPublicRecord, type PublicRecord, type PublicRecordConfig } from './public-record/index.ts';
import { registerRatings } from './routes/ratings.ts';
import { registerStats } from './routes/stats.ts';
import { registerSite } from './routes/site.ts';
import { registerSurveys } from './routes/surveys.ts';
import { registerConsoleSkm } from './routes/console-skm.ts';
import { registerConsoleBursts } from './routes/console-bursts.ts';
import { registerConsoleOpen311Keys } from './routes/console-open311-keys.ts';
import { registerOpen311 } from './routes/open311.ts';
import { registerAdminCli, type AdminCliConfig } from './routes/admin-cli.ts';
import { registerConsoleAdmin } from './routes/console-admin.ts';
import { registerConsoleAdminStaff } from './routes/console-admin-staff.ts';
import { registerConsoleAdminElementSets } from './routes/console-admin-element-sets.ts';
import { registerPasswordLinks } from './routes/password-links.ts';
import { registerSetup } from './routes/setup.ts';
import { registerNotifications } from './routes/notifications.ts';
import { startNotifications, type Notifications, type NotificationsConfig } from './notifications/index.ts';
import { CLOSED_SETUP_GATE, type SetupGate } from './setup/token-file.ts';
import type { ServiceContext } from './services/context.ts';
import { FigureMemo } from './services/stats/memo.ts';
import { createSecurity } from './security/index.ts';
import { fileSessions } from './security/session-file.ts';
import type { TrustProxy } from './security/client-address.ts';
import { createLogger, lineLog, type Logger } from './observability/logger.ts';
import { requestIdOf } from './observability/observe-requests.ts';
import { keepSnapshots, type SnapshotKeeper } from './snapshot/keeper.ts';
import { openViews } from './snapshot/open-views.ts';
import type { SnapshotStore } from './snapshot/types.ts';
import type { Store } from './store/types.ts';
import { registerConsoleWebhooks } from './routes/console-webhooks.ts';
import { openWebhooks, type WebhookOptions, type Webhooks } from './webhooks/dispatcher.ts';
import { memoryWebhookState } from './webhooks/state-file.ts';

export type AppConfig = {
  bodyLimitBytes: number;
  widgets?: readonly WidgetFile[];
  /** The server's JSON logger (docs/operations.md, "Logs"): the snapshot's lines and every 500 with its request id. Warnings and worse to stdout when absent. */
  logger?: Logger;
  /** Replaces the logging of an unhandled error (tests silence the ones they cause). */
  log?: (error: unknown) => void;
  /** The site's public origin (ORIGIN): staff writes must come from it; https makes cookies Secure. */
  origin?: string;
  /** Secret kept in DATA_DIR (server/idempotency/server-key.ts); a fresh one per app when absent (tests). */
  serverKey?: Buffer;
  /** Per-client limits on the public POSTs; PUBLIC_POST_LIMITS when absent. */
  rateLimits?: Partial<PublicPostLimits>;
  /** Which proxies may name the client (TRUST_PROXY); by default none: limits key on the socket's address. */
  trustProxy?: TrustProxy;
  /** Accounts that may not log in (the demo's, when the demo is off: server/demo/leftover-accounts.ts). */
  disabledAccounts?: readonly string[];
  /** The command line's way in while the server holds DATA_DIR (routes/admin-cli.ts); no such routes without it. */
  adminCli?: AdminCliConfig;
  /** Sessions in this file instead of the store's (tests of a restart over a memory store); the store's when absent. */
  sessionsFile?: string;
  /** The first run's one-time token (server/setup/token-file.ts); closed when absent. */
  setupGate?: SetupGate;
  /** Signed webhooks (docs/webhooks.md): where their state lives (DATA_DIR/webhooks.json from boot; memory when absent) and which hosts may be private. */
  webhooks?: Partial<WebhookOptions>;
  /** The chain key, daily heads and verifier script from DATA_DIR (server/public-record/); in memory when absent. */
  publicRecord?: PublicRecordConfig;
  /** Messages to citizens and managers (server/notifications/); off without a notifier. */
  notifications?: NotificationsConfig;
};

export type SuaraApp = OpenAPIHono & { context: ServiceContext; snapshots?: SnapshotKeeper; webhooks: Webhooks; hotRoutes: HotRoutes; publicRecord: PublicRecord; notifications?: Notifications };

/**
 * The whole HTTP API, built from its dependencies; nothing global, so tests make as many as they like.
 * With `snapshots`, the views start from the last snapshot and the log after it, and are snapshotted again.
 */
export async function createApp({ store, clock, config, snapshots }: { store: Store; clock: Clock; config: AppConfig; snapshots?: SnapshotStore }): Promise<SuaraApp> {
  const logger = config.logger ?? createLogger('warn');
  const opened = await openViews({ store, clock, serverKey: config.serverKey, snapshots, log: lineLog(logger) });
  const { views, idempotency } = opened;
  const context: ServiceContext = {
    store,
    clock,
    views,
    catalog: catalogIndex(store.catalog),
    officeStatsMemo: new FigureMemo(),
    security: createSecurity(clock, {
      sessions: config.sessionsFile === undefined ? store.sessions : fileSessions(config.sessionsFile),
      throttles: store.throttles,
      trustProxy: config.trustProxy,
      disabledAccounts: config.disabledAccounts
    }),
    idempotency
  };
  // After the views, so a queued payload reads the complaint with the event already applied.
  const webhooks = await openWebhooks({ store, clock, views, catalog: context.catalog, options: { state: memoryWebhookState(), log: config.log, ...config.webhooks } });
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const notifications = config.notifications?.notifiers.length ? await startNotifications(context, config.notifications) : undefined;

  app.onError(problemErrorHandler(config.log ?? ((error, c) => logger.error({ event: 'unhandled-error', reqId: requestIdOf(c), err: error }, 'unhandled error'))));
  app.notFound(problemNotFound);
  // First, so the request's log line and metrics carry the pattern of the route that answered.
  app.use('*', recordRoute());
  app.use('*', securityHeaders({ origin: config.origin }));
  // Public reads and the two citizen POSTs answer any origin, never with credentials (docs/architecture.md: agency webmasters embed the widgets).
  app.use('/api/v1/*', publicCors({ allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type', 'Idempotency-Key'], maxAgeSeconds: 86400 }));
  const publicBodyLimit = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: (c) => problem(c, { title: 'Content Too Large', status: 413, detail: `Maksimal ${config.bodyLimitBytes} byte / at most ${config.bodyLimitBytes} bytes` })
  });
  // A complaint with photos may be as large as its files allow (routes/complaint-form.ts); each file's own limit is the service's to answer.
  const formLimit = complaintFormLimit(config.bodyLimitBytes);
  const complaintFormBodyLimit = bodyLimit({
    maxSize: formLimit,
    onError: (c) => problem(c, { title: 'Content Too Large', status: 413, detail: `Maksimal ${formLimit} byte / at most ${formLimit} bytes` })
  });
  // The command line's imports carry whole files, behind their own token and limit (routes/admin-cli.ts).
  app.use('/api/v1/*', (c, next) => {
    if (config.adminCli && c.req.path.startsWith('/api/v1/admin/import/')) return next();
    if (c.req.path === '/api/v1/complaints' && isMultipart(c.req.header('content-type'))) return complaintFormBodyLimit(c, next);
    return publicBodyLimit(c, next);
  });
  app.use('/api/v1/*', utf8Body());

  // The public POSTs: per-client limits first, then the office's allowed origins.
  const limits = { ...PUBLIC_POST_LIMITS, ...config.rateLimits };
  // Shared with the hot route of the same POST (server/hot-routes), so both count against one limit.
  const ratingLimiter = new RateLimiter(limits.ratings, limits.windowMs, clock);
  for (const [path, limit] of [
    ['/api/v1/ratings', limits.ratings],
    ['/api/v1/complaints', limits.complaints],
    ['/api/v1/surveys', limits.surveys]
  ] as const) {
    const limiter = path === '/api/v1/ratings' ? ratingLimiter : undefined;
    app.use(path, rateLimit({ limit, windowMs: limits.windowMs, clientKey: context.security.clientKey, clock, limiter }), allowedOrigins({ catalog: context.catalog, origin: config.origin }));
  }

  registerHealth(app, context);
  registerSite(app, context);
  registerBadge(app, context);
  registerOffices(app, context);
  registerStats(app, context);
  registerRatings(app, context);
  registerSurveys(app, context);
  registerOpenData(app, context);
  const publicRecord = await openPublicRecord(config.publicRecord);
  registerChain(app, context, publicRecord);
  // Before the complaint routes, so that unknown tracking codes count against the guesser.
  // (Hono's `/*` also matches the path without the tail: one registration covers both.)
  app.use('/api/v1/complaints/:trackingCode/*', codeGuessThrottle(context.security));
  registerComplaints(app, context);
  registerComplaintLive(app, context);
  // Open311 GeoReport v2 (docs/open311.md): open reads, and POSTs with an API key limited like our own complaints.
  registerOpen311(app, context, { origin: config.origin, bodyLimitBytes: config.bodyLimitBytes, limit: limits.complaints, windowMs: limits.windowMs });
  registerSetup(app, context, config.setupGate ?? CLOSED_SETUP_GATE);
  registerPasswordLinks(app, context);
  registerNotifications(app, notifications);
  // The staff API: session cookie, CSRF guard, no CORS (see middleware/console-guard).
  app.use('/api/v1/console/*', consoleGuard({ ctx: context, origin: config.origin }));
  registerConsoleSession(app, context, config.origin);
  registerConsoleComplaints(app, context);
  registerAttachments(app, context);
  registerConsoleSkm(app, context);
  registerConsoleBursts(app, context);
  registerConsoleOpen311Keys(app, context);
  // The keeper starts last (below); an erasure asks it for a new snapshot once it runs.
  const later: { keeper?: SnapshotKeeper } = {};
  if (config.adminCli) registerAdminCli(app, context, { ...config.adminCli, writeSnapshot: async () => later.keeper?.write() });
  registerConsoleAdmin(app, context);
  registerConsoleAdminStaff(app, context);
  registerConsoleAdminElementSets(app, context);
  registerConsoleWebhooks(app, context, webhooks);
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', { type: 'apiKey', in: 'cookie', name: sessionCookieName(config.origin) });
  registerEmbed(app, config.widgets ?? []);
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Suara Layanan API',
      version: '1',
      description: 'Ratings, complaints and the published figures of Indonesian public offices. Errors are RFC 9457 problem+json.'
    }
  });
  const hot = hotRoutes({
    ctx: context,
    origin: config.origin,
    bodyLimitBytes: config.bodyLimitBytes,
    ratingLimiter,
    log: config.log ?? ((error) => logger.error({ event: 'unhandled-error', err: error }, 'unhandled error'))
  });
  later.keeper = snapshots && keepSnapshots({ opened, snapshots, clock, catalog: () => store.catalog.get(), log: lineLog(logger) });
  // On PostgreSQL another process may erase (npm run admin -- erase): this process's snapshot loses the data as soon as its views do.
  const keeper = later.keeper;
  if (keeper) await store.subscribe((event) => void (event.type === 'complaint.erased' && keeper.write()), { after: views.head() });
  return Object.assign(app, { context, webhooks, notifications, hotRoutes: hot, snapshots: later.keeper, publicRecord });
}
