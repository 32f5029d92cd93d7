import 'server-only';
import type { Db } from './open-db';

type Thunks<T extends unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Promise.all for queries. On a pool they run side by side; inside a transaction, whose one
 * connection takes one query at a time, they run in turn: node-postgres deprecates overlapping
 * queries on one client, and pg 9 refuses them.
 */
export async function queriesTogether<T extends unknown[]>(db: Db, ...thunks: Thunks<T>): Promise<T> {
  const run = thunks as (() => Promise<unknown>)[];
  // A transaction can roll back; the database handle cannot. (Not `instanceof`: a bundle may hold
  // two copies of drizzle's classes.)
  if (!('rollback' in db)) return (await Promise.all(run.map((t) => t()))) as T;
  const out: unknown[] = [];
  for (const t of run) out.push(await t());
  return out as T;
}
