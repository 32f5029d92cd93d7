import 'server-only';
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** node-postgres connection string; when unset Aisle uses embedded PGlite. */
  DATABASE_URL: z.url().optional(),
  /** Where PGlite keeps its files. */
  AISLE_DATA_DIR: z.string().min(1).default('./.data'),
  /** Set to 0 to skip seeding an empty database on start. */
  AISLE_SEED: z.enum(['0', '1']).default('1'),
  /** Public origin used for absolute URLs (sitemap, Open Graph). */
  AISLE_PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Signs session tokens. Required in production; a documented default elsewhere. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** Shared secret POS systems sign their requests with. Required in production. */
  POS_WEBHOOK_SECRET: z.string().min(16, 'POS_WEBHOOK_SECRET must be at least 16 characters').optional(),
  /** How long a pickup is held before it is released, in hours. */
  /** 1 shows /dev/outbox and its API even in production (demos, test runs of the build). */
  AISLE_DEV_OUTBOX: z.enum(['0', '1']).default('0'),
  /** 1 (test servers only) opens POST /api/dev/stock, a stock count, so end-to-end tests can restock. */
  AISLE_DEV_STOCK: z.enum(['0', '1']).default('0'),
  /**
   * 1 lets webhooks go to plain http on localhost or 127.0.0.1 in production too: a receiver on
   * the same host (a test run of the production build). Never set it on a shop that takes orders.
   */
  AISLE_WEBHOOK_LOCAL_RECEIVERS: z.enum(['0', '1']).default('0'),
  /**
   * 1 lets product images named by URL over the API come from this machine or its network in
   * production too (a test run of the production build serves them from 127.0.0.1). Never on a real shop.
   */
  AISLE_IMAGE_LOCAL_SOURCES: z.enum(['0', '1']).default('0'),
  /**
   * Request headers a CDN sets with the client's coarse location, e.g. `cf-region-code` and
   * `cf-ipcountry` (Cloudflare) or `x-vercel-ip-country-region` and `x-vercel-ip-country`.
   * Unset: no region from headers.
   */
  AISLE_GEO_REGION_HEADER: z.string().trim().toLowerCase().optional(),
  AISLE_GEO_COUNTRY_HEADER: z.string().trim().toLowerCase().optional(),
  /**
   * Redis for rate-limit counters, shared by every instance (e.g. redis://127.0.0.1:6379).
   * Unset: the counters live in the database, which every instance shares too.
   */
  REDIS_URL: z.url().optional(),
  /**
   * Where the client's address comes from, for per-address rate limits. 0 (no proxy; the
   * default): `npm start` (server/start.mjs) writes the socket's address into the header,
   * whatever the client sent. 1 or more (behind a load balancer or CDN): the header the proxy in
   * front sets (`x-forwarded-for`, or e.g. `cf-connecting-ip`, `x-real-ip`), and how many proxies
   * append to it. The address is the entry that many from the right: entries further left are
   * the client's own claims.
   */
  AISLE_CLIENT_ADDRESS_HEADER: z.string().trim().toLowerCase().min(1).default('x-forwarded-for'),
  AISLE_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Set by server/start.mjs, never by hand: the address header holds the socket's address. */
  AISLE_SOCKET_ADDRESS: z.enum(['0', '1']).default('0'),
  /** Requests one integration API key may make a minute (each key has its own budget). */
  AISLE_API_KEY_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** One-time codes the whole shop sends an hour, whoever asks: a ceiling against SMS pumping. */
  AISLE_OTP_SENDS_PER_HOUR: z.coerce.number().int().positive().default(500),
  /** Checkout attempts allowed per client address in 10 minutes (a store's Wi-Fi is one address). */
  AISLE_CHECKOUT_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(300),
  /**
   * Open cart event streams (GET /api/cart/events) one instance holds: per bag or account (its
   * tabs and devices), per client address, and in all. Past them: 429, or 503 for the instance.
   */
  AISLE_CART_STREAMS_PER_BAG: z.coerce.number().int().min(1).default(16),
  AISLE_CART_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).default(64),
  AISLE_CART_STREAMS_PER_INSTANCE: z.coerce.number().int().min(1).default(10_000),
  /** Tries a webhook delivery gets (backoff and jitter between them) before it is marked failed. */
  AISLE_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /**
   * E-mail delivery over SMTP, e.g. smtps://user:password@smtp.example.com:465 (or smtp:// with
   * STARTTLS on 587), and the From address. Unset: e-mail stays in the outbox.
   */
  AISLE_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  AISLE_EMAIL_FROM: z.string().trim().min(3).default('Aisle <no-reply@localhost>'),
  /**
   * SMS through Twilio's Messages API (or a gateway that speaks it: set its base URL).
   * Unset: text messages stay in the outbox.
   */
  TWILIO_ACCOUNT_SID: z.string().trim().min(1).optional(),
  TWILIO_AUTH_TOKEN: z.string().trim().min(1).optional(),
  TWILIO_FROM_NUMBER: z.string().trim().min(1).optional(),
  AISLE_TWILIO_API_URL: z.url().default('https://api.twilio.com'),
  /**
   * Where to report a vulnerability in this shop, published at /.well-known/security.txt:
   * comma-separated `mailto:`, `https:` or `tel:` URIs. Unset: no security.txt.
   */
  AISLE_SECURITY_CONTACT: z.string().trim().optional(),
  /**
   * How long catalog reads (products, categories, listings, stores) are kept in each
   * instance's memory; 0 turns it off. Stock, carts and offers are always read live.
   */
  AISLE_CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * Units one client address may hold without payment (pay at pickup, the test card) in a day,
   * beside the per-shopper limits: made-up e-mails from one address do not empty a shelf.
   */
  AISLE_HOLD_UNITS_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
  /** New accounts one client address may create in an hour. */
  AISLE_SIGNUPS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** A staff session ends after this many minutes without a request (a tablet left on the counter). */
  AISLE_STAFF_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A staff session ends this many hours after sign-in, however active. */
  AISLE_STAFF_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  AISLE_PICKUP_HOLD_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(72),
});

/** Documented in the README; only ever used outside production. */
export const DEVELOPMENT_POS_SECRET = 'aisle-development-pos-secret';

/** Used only outside production, so `npm run dev` and the tests need no setup. */
export const DEVELOPMENT_AUTH_SECRET = 'aisle-development-secret-never-use-in-production';

export type Env = z.infer<typeof envSchema>;

/** A setting that is missing or wrong: its message is one line that names the variable. */
export class InvalidEnvError extends Error {
  constructor(detail: string) {
    super(`Invalid environment: ${detail}`);
    this.name = 'InvalidEnvError';
  }
}

/** Reads the environment when asked, never at import time, so tests can set it first. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new InvalidEnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.AUTH_SECRET) {
    throw new InvalidEnvError('AUTH_SECRET must be set in production');
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.POS_WEBHOOK_SECRET) {
    throw new InvalidEnvError('POS_WEBHOOK_SECRET must be set in production');
  }
  const twilio = [parsed.data.TWILIO_ACCOUNT_SID, parsed.data.TWILIO_AUTH_TOKEN, parsed.data.TWILIO_FROM_NUMBER];
  if (twilio.some(Boolean) && !twilio.every(Boolean)) {
    throw new InvalidEnvError('SMS needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER together');
  }
  return parsed.data;
}

/**
 * The environment at start, or the process ends: a wrong setting cannot heal while the server
 * runs, and serving a 500 to every request (one log line each) only hides it. One line on
 * stderr, no stack: it is a configuration error, not a bug.
 */
export function readEnvOrExit(): Env {
  try {
    return readEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(`[env] ${error.message}`);
    process.exit(1);
  }
}

export function authSecret(env: Env): string {
  return env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET;
}

export function dataDir(env: Env): string {
  // memory:// keeps PGlite in memory (throwaway demos and tests).
  return env.AISLE_DATA_DIR.startsWith('memory://') ? env.AISLE_DATA_DIR : path.resolve(env.AISLE_DATA_DIR);
}

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in the data folder. */
export function dbTarget(env: Env): { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string } {
  return env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: dataDir(env) };
}

export function posSecret(env: Env): string {
  return env.POS_WEBHOOK_SECRET ?? DEVELOPMENT_POS_SECRET;
}

export function devOutboxEnabled(env: Env): boolean {
  return env.NODE_ENV !== 'production' || env.AISLE_DEV_OUTBOX === '1';
}

/** Cookies are `Secure` (and may use `__Host-`) wherever the site is served over HTTPS. */
export function secureCookies(env: Env): boolean {
  return env.NODE_ENV === 'production' && env.AISLE_PUBLIC_URL.startsWith('https://');
}
