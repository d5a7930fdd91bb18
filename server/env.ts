import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './security/client-address.ts';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** Set: the events, catalog and the rest live in this PostgreSQL database (server/store/open-store.ts); unset: the file log in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'postgres://user:password@host:port/database')
    .optional(),
  SUARA_DEMO: z.enum(['0', '1']).default('1'),
  ORIGIN: z.url().optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  /** The proxies in front of the server: a hop count or their addresses/CIDRs (docs/operations.md). Unset: X-Forwarded-For is ignored. */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.issues.push({ code: 'custom', message: (error as Error).message, input: value });
        return z.NEVER;
      }
    }),
  /** Bearer token for GET /metrics (Prometheus); unset: no metrics are collected and /metrics is 404 (docs/operations.md). */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** How much the JSON log says: `info` has one line per request; `warn` only problems. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where notification emails go out (docs/notifications.md), e.g. `smtps://user:pass@mail.example.go.id:465`; unset: no email. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of those emails; default `Suara Layanan <no-reply@…>` at ORIGIN's host name. */
  SMTP_FROM: z.string().min(3).optional(),
  /** A WhatsApp or SMS provider's HTTP endpoint for notifications to phone numbers (a JSON POST); unset: none. */
  NOTIFY_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Bearer token for NOTIFY_GATEWAY_URL. */
  NOTIFY_GATEWAY_TOKEN: z.string().min(1).optional(),
  /** 1: load-test mode for `npm run bench` and the durability test: internal figures under /__bench/, per-client POST limits lifted (the load comes from one address). Never in production. */
  SUARA_BENCH: z.enum(['0', '1']).default('0'),
  /** Comma-separated hosts webhooks may reach although they are private or local (docs/webhooks.md); empty: none. */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean)
    )
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** The PostgreSQL database to keep the data in instead of DATA_DIR's files (docs/architecture.md). */
  databaseUrl?: string;
  demo: boolean;
  origin: string;
  /** ORIGIN was not set: forms posted from another address get a page that says what to set. */
  originIsDefault: boolean;
  bodyLimitBytes: number;
  trustProxy: TrustProxy;
  bench: boolean;
  metricsToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webhookAllowedHosts: string[];
  /** Notification channels (docs/notifications.md); both undefined: notifications are off. */
  smtp: { url: string; from: string } | undefined;
  gateway: { url: string; token: string } | undefined;
};

/** Reads the environment once, with a schema; nothing else reads process.env. */
export function parseEnv(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${issues.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NOTIFY_GATEWAY_URL && !e.NOTIFY_GATEWAY_TOKEN) throw new Error('Invalid environment: NOTIFY_GATEWAY_TOKEN: required with NOTIFY_GATEWAY_URL');
  const origin = e.ORIGIN ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL && { databaseUrl: e.DATABASE_URL }),
    demo: e.SUARA_DEMO === '1',
    origin,
    originIsDefault: e.ORIGIN === undefined,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    bench: e.SUARA_BENCH === '1',
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM ?? `Suara Layanan <no-reply@${new URL(origin).hostname}>` } : undefined,
    gateway: e.NOTIFY_GATEWAY_URL && e.NOTIFY_GATEWAY_TOKEN ? { url: e.NOTIFY_GATEWAY_URL, token: e.NOTIFY_GATEWAY_TOKEN } : undefined
  };
}
