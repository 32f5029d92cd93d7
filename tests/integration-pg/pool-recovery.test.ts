import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPoolWhole } from '@/lib/db/keep-pool-whole';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { DatabaseSwitch } from '../support/database-switch';

/**
 * A pool of one connection behind a switch: if a failed transaction kept its connection, the
 * next query would find none and the pool would never recover.
 */
let dbSwitch: DatabaseSwitch;
let pool: pg.Pool;

beforeEach(async () => {
  const url = new URL(process.env.DATABASE_URL!);
  dbSwitch = await DatabaseSwitch.on({ host: url.hostname, port: Number(url.port || 5432) });
  await dbSwitch.up();
  url.host = `127.0.0.1:${dbSwitch.port}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 1, connectionTimeoutMillis: 2_000, query_timeout: 300 });
  pool.on('error', () => undefined);
  keepPoolWhole(pool);
});

afterEach(async () => {
  await dbSwitch.down();
  await pool.end().catch(() => undefined);
});

const selectOne = (db: ReturnType<typeof drizzle>) => db.execute(sql`select 1 as one`).then((r) => r.rows[0]);
const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error,
  );

describe('the pool through an outage', () => {
  it('a BEGIN that got no answer does not keep its connection', async () => {
    const db = drizzle(pool);
    await selectOne(db);
    dbSwitch.freeze();
    const error = await failure(db.transaction(async (tx) => tx.execute(sql`select 1`)));
    expect(isDatabaseUnavailable(error)).toBe(true);
    dbSwitch.thaw();
    expect(await selectOne(db)).toEqual({ one: 1 });
  });

  it('a statement inside a transaction that got no answer: the transaction fails as unavailable', async () => {
    const db = drizzle(pool);
    await selectOne(db);
    const error = await failure(
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        dbSwitch.freeze();
        await tx.execute(sql`select 2`);
      }),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    dbSwitch.thaw();
    expect(await selectOne(db)).toEqual({ one: 1 });
  });

  it('a BEGIN whose connection was cut does not keep it, and the process does not crash', async () => {
    const db = drizzle(pool);
    await selectOne(db);
    dbSwitch.freeze();
    const work = failure(db.transaction(async (tx) => tx.execute(sql`select 1`)));
    await new Promise((r) => setTimeout(r, 100));
    await dbSwitch.down();
    expect(isDatabaseUnavailable(await work)).toBe(true);
    await dbSwitch.up();
    // The connection is taken back after the borrower's grace second.
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await selectOne(db)).toEqual({ one: 1 });
  });
});
