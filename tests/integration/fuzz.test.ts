import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getOpenApi } from '@/app/api/openapi.json/route';
import { signUp } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import { provideDb } from '@/lib/db';
import { users } from '@/lib/db/schema';
import { DEVELOPMENT_POS_SECRET } from '@/lib/env';
import { signPosRequest } from '@/lib/pos/signature';
import { acting } from '../support/acting-user';
import { callRoute } from '../support/call-route';
import { dbFingerprint, watchWrites } from '../support/db-fingerprint';
import { casesFor, type Doc } from '../support/fuzz-inputs';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user, rotateSession: async () => {} }));

type Handler = (
  request: Request,
  ctx: { params: Promise<Record<string, string | string[] | undefined>> },
) => Promise<Response>;
const modules = import.meta.glob<Record<string, Handler>>('/app/api/**/route.ts');
const TIMEOUT_MS = 10_000;

let db: TestDb;
let user: SessionUser;

/** The signed-in shopper; made again when a fuzzed `DELETE /api/account` happened to be valid. */
async function ensureUser(): Promise<void> {
  if (user && (await db.db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).length > 0) return;
  await signUp(db.db, { email: 'fuzz@example.com', password: 'fuzz-password-123', name: 'Fuzz' }, new Date());
  const [row] = await db.db.select().from(users).where(eq(users.email, 'fuzz@example.com'));
  user = { id: row!.id, email: row!.email, name: row!.name, phone: null };
}

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  await ensureUser();
});
afterAll(async () => {
  acting.user = null;
  provideDb(undefined);
  await db.drop();
});

describe(`fuzz: every route in the OpenAPI document (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('answers malformed, oversized, wrongly typed, hostile and missing input with a 4xx JSON error or a success, never a 500 or a hang, and a refusal writes nothing', async () => {
    const doc = (await callRoute<Doc>(getOpenApi, '/api/openapi.json')).body;
    const failures: string[] = [];
    // What each table held after the last request; `changed()` hashes only the tables written since.
    const baseline = await dbFingerprint(db.db);
    const changed = await watchWrites(db.db);
    let count = 0;
    let operations = 0;
    const warn = vi.spyOn(console, 'warn');
    for (const [apiPath, methods] of Object.entries(doc.paths)) {
      // next-auth's own routes are one catch-all handler.
      const nextAuth = apiPath.startsWith('/api/auth/');
      const file = nextAuth
        ? '/app/api/auth/[...nextauth]/route.ts'
        : `/app/api${apiPath.slice(4).replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
      const load = modules[file];
      expect(load, `${apiPath} has a route file`).toBeDefined();
      const mod = await load!();
      for (const [method, op] of Object.entries(methods)) {
        const handler = mod[method.toUpperCase()];
        expect(handler, `${method} ${apiPath}`).toBeDefined();
        if (!handler) continue;
        operations++;
        const cases = casesFor(apiPath, method, op, doc).map((c) =>
          nextAuth ? { ...c, params: { nextauth: apiPath.slice('/api/auth/'.length).split('/') } } : c,
        );
        for (const [i, c] of cases.entries()) {
          const signedIn = i % 2 === 1;
          if (signedIn) await ensureUser();
          Object.assign(baseline, await changed());
          acting.user = signedIn ? user : null;
          if (apiPath.startsWith('/api/pos/') && typeof c.init.body === 'string') {
            // Signed like a real till, so the fuzzed body reaches validation instead of stopping at the signature.
            const at = Math.floor(Date.now() / 1000);
            c.init.headers['x-aisle-timestamp'] = String(at);
            c.init.headers['x-aisle-signature'] = signPosRequest(DEVELOPMENT_POS_SECRET, at, c.init.body);
          }
          const warnedBefore = warn.mock.calls.length;
          let status = 0;
          let body: unknown = null;
          let contentType = '';
          try {
            const response = await Promise.race([
              handler(new Request(`http://aisle.test${c.path}`, c.init), { params: Promise.resolve(c.params) }),
              new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hang')), TIMEOUT_MS)),
            ]);
            status = response.status;
            contentType = response.headers.get('content-type') ?? '';
            const text = await response.text();
            body = text && contentType.includes('json') ? JSON.parse(text) : text;
          } catch (error) {
            failures.push(`${c.label}: threw ${(error as Error).message}`);
            continue;
          }
          count++;
          // The database's own refusal (class 22) is a safety net: the edge should have caught the input first.
          if (warn.mock.calls.slice(warnedBefore).some(([m]) => String(m).includes('refused by the database'))) {
            failures.push(`${c.label}: reached the database with text the edge should have refused`);
          }
          if (status >= 500) failures.push(`${c.label}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
          if (status >= 400) {
            const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
            if (!contentType.includes('json') || typeof code !== 'string') {
              failures.push(`${c.label}: ${status} without a JSON error code`);
            }
          }
          // A success may write; a refusal may only have counted itself (rate_limits, idempotency_keys).
          const now = await changed();
          const altered = Object.keys(now).filter((t) => now[t] !== baseline[t]);
          if (status >= 400 && altered.length > 0) {
            failures.push(`${c.label}: refused with ${status} but changed ${altered.join(', ')}`);
          }
          Object.assign(baseline, now);
        }
      }
    }
    warn.mockRestore();
    console.info(`[fuzz] ${count} cases over ${operations} operations on ${db.label}`);
    expect(failures.slice(0, 30)).toEqual([]);
    expect(operations).toBeGreaterThanOrEqual(30);
    expect(count).toBeGreaterThan(2_000);
  }, 300_000);
});
