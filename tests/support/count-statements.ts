import pg from 'pg';
import type { Db } from '@/lib/db';

/** Where a pooled client's queries are counted now (clients stay wrapped once handed out). */
let recorder: ((text: unknown) => void) | undefined;
const wrapped = new WeakSet<object>();

function countedClient(c: pg.PoolClient): pg.PoolClient {
  if (wrapped.has(c)) return c;
  wrapped.add(c);
  const query = c.query as (...args: unknown[]) => unknown;
  (c as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    recorder?.(args[0]);
    return query.apply(c, args);
  };
  return c;
}

/**
 * Counts the statements (each one a round trip to PostgreSQL) a piece of work sends through the
 * test database's driver: BEGIN and COMMIT included, as the server sees them. On PostgreSQL it
 * counts every query of a client the handle's pool hands out; on PGlite, every
 * query, exec and transaction of the handle's PGlite instance.
 */
export async function countStatements<T>(
  db: Db,
  work: () => Promise<T>,
): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const record = (text: unknown) =>
    statements.push(
      String(typeof text === 'object' && text ? (text as { text?: string }).text : text)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 140),
    );
  const client = (db as unknown as { $client: unknown }).$client;
  const restore: (() => void)[] = [];
  if (client instanceof pg.Pool) {
    // Every query, the pool's own included, runs on a client the pool hands out through connect().
    type Connect = (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void) => unknown;
    const pool = client as unknown as { connect: Connect };
    const connect = pool.connect;
    recorder = record;
    pool.connect = function (cb) {
      if (cb) return connect.call(pool, (err, c, done) => cb(err, c && countedClient(c), done));
      return (connect.call(pool) as Promise<pg.PoolClient>).then(countedClient);
    };
    restore.push(() => {
      pool.connect = connect;
      recorder = undefined;
    });
  } else {
    type Runner = { query: (...a: unknown[]) => Promise<unknown>; exec: (...a: unknown[]) => Promise<unknown> };
    const lite = client as Runner & { transaction: (fn: (tx: Runner) => Promise<unknown>) => Promise<unknown> };
    const { query, exec, transaction } = lite;
    const counted = (target: Runner): Runner =>
      new Proxy(target, {
        get(t, name, receiver) {
          const value = Reflect.get(t, name, receiver) as unknown;
          if (name !== 'query' && name !== 'exec') return value;
          return (...args: unknown[]) => {
            record(args[0]);
            return (value as (...a: unknown[]) => Promise<unknown>).apply(t, args);
          };
        },
      });
    lite.query = (...args: unknown[]) => {
      record(args[0]);
      return query.apply(lite, args);
    };
    lite.exec = (...args: unknown[]) => {
      record(args[0]);
      return exec.apply(lite, args);
    };
    lite.transaction = (fn) => {
      record('BEGIN');
      return transaction.call(lite, async (tx: Runner) => {
        const out = await fn(counted(tx));
        record('COMMIT');
        return out;
      });
    };
    restore.push(() => {
      lite.query = query;
      lite.exec = exec;
      lite.transaction = transaction;
    });
  }
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    for (const r of restore) r();
  }
}
