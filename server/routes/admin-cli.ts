// What the command line asks of a running server (docs/operations.md, "The command line and a running server"):
// it holds DATA_DIR's lock, so `npm run backup`, `npm run import` and `npm run admin` go through it, bearing
// DATA_DIR/cli-token.
// Not in the public OpenAPI document: these are the operator's, on the server's own machine.
import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ValidationError } from '../errors.ts';
import { bodyLimit } from '../middleware/body-limit/index.ts';
import { problem } from '../middleware/problem/index.ts';
import { cliTokenGuard } from '../security/cli-token.ts';
import { staffSummary } from '../services/admin/staff.ts';
import type { ServiceContext } from '../services/context.ts';
import { eraseComplaint } from '../services/complaints/erase-complaint.ts';
import { CLI_ACTOR, createStaff, NewStaff } from '../services/staff/create-staff.ts';
import { setStaffPassword } from '../services/staff/set-staff-password.ts';
import { defineElementSet } from '../services/surveys/define-element-set.ts';
import { importSurveyCsv } from '../services/surveys/import/import-csv.ts';
import { setSurveyPopulation } from '../services/surveys/set-population.ts';
import type { Backup } from '../store/segment-log/backup.ts';

export type AdminCliConfig = {
  /** The bearer token the server wrote to DATA_DIR/cli-token at start. */
  token: string;
  /** Starts a backup at the committed head; absent for a store that has none (memory). */
  backup?: () => Backup;
  /** Writes the views' snapshot now (an erasure must not leave the data in the last one); set by createApp. */
  writeSnapshot?: () => Promise<void>;
};

/** An SKM file of a few hundred thousand rows; the public routes keep their small limit. */
export const ADMIN_BODY_LIMIT_BYTES = 256 * 1024 * 1024;

const PopulationInput = z.object({ officeId: z.string(), period: z.string(), population: z.number().int().min(1).max(100_000_000) });
const PasswordInput = z.object({ email: z.string(), password: z.string() });
const flag = (value: string | undefined) => value === '1' || value === 'true';

/** Parses `value` with `schema`, or throws the 422 naming every bad field. */
function valid<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })));
  return parsed.data;
}

/** The request's JSON body; one that is not JSON is a 422, not a 500. */
async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ValidationError([{ field: 'body', message: 'bukan JSON / not JSON' }]);
  }
}

export function registerAdminCli(app: OpenAPIHono, ctx: ServiceContext, config: AdminCliConfig): void {
  const guard = cliTokenGuard(config.token);
  const limit = bodyLimit({
    maxSize: ADMIN_BODY_LIMIT_BYTES,
    onError: (c) => problem(c, { title: 'Content Too Large', status: 413, detail: `Maksimal / at most ${ADMIN_BODY_LIMIT_BYTES} byte` })
  });
  app.use('/api/v1/admin/backup', guard);
  app.use('/api/v1/admin/import/*', guard, limit);
  app.use('/api/v1/admin/staff', guard);
  app.use('/api/v1/admin/staff/*', guard);
  app.use('/api/v1/admin/complaints/*', guard);

  // `npm run admin -- erase CODE`: a citizen's personal data leaves the log and the views; the chain holds.
  app.post('/api/v1/admin/complaints/:trackingCode/erase', async (c) => {
    const report = await eraseComplaint({ ctx, trackingCode: c.req.param('trackingCode'), actor: CLI_ACTOR });
    await config.writeSnapshot?.();
    return c.json(report, 200);
  });

  app.get('/api/v1/admin/backup', (c) => {
    if (!config.backup) return problem(c, { title: 'Not Implemented', status: 501, detail: 'Penyimpanan ini tanpa cadangan / this store has no backup' });
    const { manifest, archive } = config.backup();
    return new Response(Readable.toWeb(archive) as ReadableStream, {
      headers: {
        'Content-Type': 'application/x-tar',
        'Content-Disposition': `attachment; filename="suara-backup-${manifest.head.seq}.tar"`,
        'Suara-Backup-Head': `${manifest.head.seq} ${manifest.head.hash}`,
        'Cache-Control': 'no-store'
      }
    });
  });

  // The CSV as it is (any encoding the importer reads), the options in the query.
  app.post('/api/v1/admin/import/skm', async (c) => {
    const query = c.req.query();
    if (!query.office) throw new ValidationError([{ field: 'office', message: 'wajib / required' }]);
    const report = await importSurveyCsv({
      ctx,
      options: {
        officeId: query.office,
        csv: Buffer.from(await c.req.arrayBuffer()),
        elementSet: query.set,
        date: query.date,
        skipInvalid: flag(query.skipInvalid),
        dryRun: flag(query.dryRun)
      }
    });
    return c.json(report, 200);
  });

  app.post('/api/v1/admin/import/population', async (c) => {
    const input = valid(PopulationInput, await jsonBody(c));
    await setSurveyPopulation({ ctx, by: { id: CLI_ACTOR }, ...input });
    return c.body(null, 204);
  });

  app.post('/api/v1/admin/import/elements', async (c) => c.json(await defineElementSet({ ctx, input: await jsonBody(c) }), 200));

  // `npm run admin`: the accounts as the admin area shows them, never a password hash.
  app.get('/api/v1/admin/staff', (c) => c.json(ctx.store.staff.all().map(staffSummary), 200));

  app.post('/api/v1/admin/staff', async (c) => {
    const account = await createStaff({ store: ctx.store, input: valid(NewStaff, await jsonBody(c)), clock: ctx.clock });
    return c.json(staffSummary(account), 201);
  });

  // A new password ends the account's open sessions, as a one-time link does.
  app.post('/api/v1/admin/staff/password', async (c) => {
    const input = valid(PasswordInput, await jsonBody(c));
    const account = await setStaffPassword({ store: ctx.store, ...input, clock: ctx.clock });
    await ctx.security.sessions.closeAllOf(account.id);
    return c.json(staffSummary(account), 200);
  });
}
