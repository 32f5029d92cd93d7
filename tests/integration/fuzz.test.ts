import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signUp } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import { users } from '@/lib/db/schema';
import { DEVELOPMENT_POS_SECRET } from '@/lib/env';
import type { Order } from '@/lib/orders/schema';
import { signPosRequest } from '@/lib/pos/signature';
import { actingAs } from '../support/acting';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, setStock, warehouseLocationId } from '../support/checkout-fixtures';
import { dbFingerprint, watchWrites } from '../support/db-fingerprint';
import { casesFor, type Case, type Doc } from '../support/fuzz-inputs';
import { applyBreak, breaksOf } from '../support/fuzz-breaks';
import { validExamples, type FuzzWorld } from '../support/fuzz-valid-bodies';
import { DB_LABEL, useTestDb } from '../support/test-db';

type Handler = (
  request: Request,
  ctx: { params: Promise<Record<string, string | string[] | undefined>> },
) => Promise<Response>;
// The fuzzed requests go to the handlers straight, with the params a case names (not always what its path decodes to).
const modules = import.meta.glob<Record<string, Handler>>('/app/api/**/route.ts');
const TIMEOUT_MS = 10_000;

const db = useTestDb();
let user: SessionUser;
let world: FuzzWorld;

/** The signed-in shopper; made again when a fuzzed `DELETE /api/account` happened to be valid. */
async function ensureUser(): Promise<void> {
  if (user && (await db.db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).length > 0) return;
  await signUp(db.db, { email: 'fuzz@example.com', password: 'fuzz-password-123', name: 'Fuzz' }, new Date());
  const [row] = await db.db.select().from(users).where(eq(users.email, 'fuzz@example.com'));
  user = { id: row!.id, email: row!.email, name: row!.name, phone: null };
}

beforeAll(async () => {
  await ensureUser();
  // What the valid requests refer to: a variant with plenty of stock, and a guest's pickup order.
  const item = await pickStoreVariant(db.db, 3);
  await setStock(db.db, item.locationId, item.variantId, 100_000);
  await setStock(db.db, await warehouseLocationId(db.db), item.variantId, 100_000);
  const bag = await guestCartWith(db.db, item, 1);
  const placed = await api
    .guest({ 'aisle-cart': bag.token })
    .post<{ order: Order }>(
      '/api/checkout',
      { contact: { email: 'pickup@example.com' }, payment: { method: 'pay_at_pickup' } },
      { idempotencyKey: 'fuzz-pickup' },
    );
  expect(placed.status).toBe(201);
  world = {
    db: db.db,
    user: () => user,
    item,
    pickup: { orderId: placed.body.order.id, code: placed.body.order.pickup!.code! },
  };
});

type Sent = { status: number; body: unknown };

describe(`fuzz: every route in the OpenAPI document (${DB_LABEL})`, () => {
  it('answers malformed, oversized, wrongly typed, hostile and missing input with a 4xx JSON error or a success, never a 500 or a hang, and a refusal writes nothing', async () => {
    const doc = (await api.get<Doc>('/api/openapi.json')).body;
    const examples = validExamples();
    const failures: string[] = [];
    // What each table held after the last request; `changed()` hashes only the tables written since.
    const baseline = await dbFingerprint(db.db);
    const changed = await watchWrites(db.db);
    const counts = { generic: 0, broken: 0 };
    // Half the generic cases on each database, a guest's and a shopper's in every four: PostgreSQL
    // the first two, PGlite the other two, so CI (which runs both) sends every case once. They test
    // the edge, the same code on either; the whole run took ~280 s on PGlite before.
    const half = db.label === 'postgres' ? 0 : 1;
    let operations = 0;
    let seq = 0;
    const warn = vi.spyOn(console, 'warn');

    /** Sends one case and checks the answer; `records` names refusals that may write, and where. */
    async function send(
      handler: Handler,
      c: Case,
      signedIn: boolean,
      records: Record<string, string[]> = {},
    ): Promise<Sent | null> {
      if (signedIn) await ensureUser();
      // Whatever was written to set the case up (an account made again, a bag) is not the case's doing.
      Object.assign(baseline, await changed());
      if (c.path.startsWith('/api/pos/') && typeof c.init.body === 'string') {
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
          actingAs(signedIn ? user : null, () =>
            handler(new Request(`http://aisle.test${c.path}`, c.init), { params: Promise.resolve(c.params) }),
          ),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hang')), TIMEOUT_MS)),
        ]);
        status = response.status;
        contentType = response.headers.get('content-type') ?? '';
        // An event stream (GET /api/cart/events) is open until the caller leaves: its answer is its status.
        if (contentType === 'text/event-stream') await response.body?.cancel();
        const text = contentType === 'text/event-stream' ? '' : await response.text();
        body = text && contentType.includes('json') ? JSON.parse(text) : text;
      } catch (error) {
        failures.push(`${c.label}: threw ${(error as Error).message}`);
        return null;
      }
      // The database's own refusal (class 22) is a safety net: the edge should have caught the input first.
      if (warn.mock.calls.slice(warnedBefore).some(([m]) => String(m).includes('refused by the database'))) {
        failures.push(`${c.label}: reached the database with text the edge should have refused`);
      }
      if (status >= 500) failures.push(`${c.label}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
      const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
      if (status >= 400 && (!contentType.includes('json') || typeof code !== 'string')) {
        failures.push(`${c.label}: ${status} without a JSON error code`);
      }
      // A success may write; a refusal may only have counted itself (rate_limits, idempotency_keys)
      // or written what it exists to record.
      const now = await changed();
      const allowed = status >= 400 ? (records[String(code)] ?? []) : Object.keys(now);
      const altered = Object.keys(now).filter((t) => now[t] !== baseline[t] && !allowed.includes(t));
      if (altered.length > 0) failures.push(`${c.label}: refused with ${status} but changed ${altered.join(', ')}`);
      Object.assign(baseline, now);
      return { status, body };
    }

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
        // The handler enforces the very operation the document describes (route() hangs it on the handler).
        if (!nextAuth) expect((handler as { operation?: { path: string } }).operation?.path).toBe(apiPath);
        operations++;

        // Generic: bad input anywhere, in a request that is wrong in other ways too.
        const cases = casesFor(apiPath, method, op, doc).map((c) =>
          nextAuth ? { ...c, params: { nextauth: apiPath.slice('/api/auth/'.length).split('/') } } : c,
        );
        for (const [i, c] of cases.entries()) {
          if (Math.floor((i % 4) / 2) !== half) continue;
          if (await send(handler, c, i % 2 === 1)) counts.generic++;
        }

        // Broken valid bodies: one wrong field in a request the handler otherwise accepts.
        const example = examples[`${method} ${apiPath}`];
        if (!example) {
          if (op.requestBody?.content['application/json'])
            failures.push(`${method} ${apiPath}: no valid example in tests/support/fuzz-valid-bodies.ts`);
          continue;
        }
        await ensureUser();
        const first = await example.make(world, seq++);
        for (const [j, b] of [null, ...breaksOf(first.body)].entries()) {
          await ensureUser();
          const req = j === 0 ? first : await example.make(world, seq++);
          const params = req.params ?? {};
          const c: Case = {
            label: `${method.toUpperCase()} ${apiPath} valid body${b ? ` with ${b.label}` : ''}`,
            path: apiPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? '')),
            params,
            init: {
              method: method.toUpperCase(),
              headers: {
                'content-type': 'application/json',
                // Each from its own address, so per-address limits do not stop the cases before the handler.
                'x-forwarded-for': `10.77.${Math.floor(seq / 250) % 250}.${seq % 250}`,
                ...req.headers,
              },
              body: JSON.stringify(b ? applyBreak(req.body, b) : req.body),
            },
          };
          const sent = await send(handler, c, req.signedIn, example.records);
          if (!sent) continue;
          counts.broken++;
          if (j === 0 && sent.status !== example.expect) {
            failures.push(
              `${c.label}: ${sent.status} (not ${example.expect}) ${JSON.stringify(sent.body).slice(0, 200)}`,
            );
          }
        }
      }
    }
    warn.mockRestore();
    console.info(
      `[fuzz] ${counts.generic + counts.broken} cases over ${operations} operations on ${db.label}: ` +
        `${counts.generic} generic (the ${half ? 'second' : 'first'} half of each four), ${counts.broken} broken valid bodies`,
    );
    expect(failures.slice(0, 30)).toEqual([]);
    expect(operations).toBeGreaterThanOrEqual(30);
    expect(counts.generic).toBeGreaterThan(2_000);
    expect(counts.broken).toBeGreaterThan(1_000);
    // ~20,000 cases over 92 operations take ~280 s on PGlite on an idle 2-core machine; a hang is
    // caught per request above, so this bound is only for the whole run.
  }, 600_000);
});
