import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { catalogIndex } from './catalog-index.ts';
import type { Clock } from './clock.ts';
import type { WidgetFile } from './embed/widget-bundle.ts';
import { problem, problemErrorHandler, problemNotFound, validationHook } from './middleware/problem/index.ts';
import { createProjections } from './projections/index.ts';
import { registerComplaints } from './routes/complaints.ts';
import { registerEmbed } from './routes/embed.ts';
import { registerHealth } from './routes/health.ts';
import { registerOffices } from './routes/offices.ts';
import { registerRatings } from './routes/ratings.ts';
import { registerStats } from './routes/stats.ts';
import type { ServiceContext } from './services/context.ts';
import { FigureMemo } from './services/stats/memo.ts';
import type { Store } from './store/types.ts';

export type AppConfig = {
  bodyLimitBytes: number;
  widgets?: readonly WidgetFile[];
  log?: (error: unknown) => void;
};

export type SuaraApp = OpenAPIHono & { context: ServiceContext };

/** The whole HTTP API, built from its dependencies; nothing global, so tests make as many as they like. */
export async function createApp({ store, clock, config }: { store: Store; clock: Clock; config: AppConfig }): Promise<SuaraApp> {
  const views = await createProjections(store);
  const context: ServiceContext = { store, clock, views, catalog: catalogIndex(store.catalog), officeStatsMemo: new FigureMemo() };
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.onError(problemErrorHandler(config.log));
  app.notFound(problemNotFound);
  // Public reads and the two citizen POSTs answer any origin, never with credentials (DESIGN §2, webmaster).
  app.use('/api/v1/*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type', 'Idempotency-Key'], maxAge: 86400 }));
  app.use(
    '/api/v1/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: (c) => problem(c, { title: 'Content Too Large', status: 413, detail: `Maksimal ${config.bodyLimitBytes} byte / at most ${config.bodyLimitBytes} bytes` })
    })
  );

  registerHealth(app);
  registerOffices(app, context);
  registerStats(app, context);
  registerRatings(app, context);
  registerComplaints(app, context);
  registerEmbed(app, config.widgets ?? []);
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Suara Layanan API',
      version: '1',
      description: 'Ratings, complaints and the published figures of Indonesian public offices. Errors are RFC 9457 problem+json.'
    }
  });
  return Object.assign(app, { context });
}
