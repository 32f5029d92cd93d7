import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { readEnv, type Env } from '@/lib/env';
import type { Auth } from './operation';
import type { CallerFor } from './route-auth';

/** What every handler is given: the request's database, clock, settings and caller, made once. */
export type RequestContext<A extends Auth = Auth> = {
  db: Db;
  now: Date;
  env: Env;
  caller: CallerFor<A>;
  request: Request;
};

/**
 * The parts of the context that do not depend on the route: for the wrapper, and for the one
 * handler next-auth owns. The database is opened only when asked for (some answers must not
 * wait on it).
 */
export async function openRequestContext<D extends boolean>(
  request: Request,
  options: { db: D },
): Promise<{ db: D extends true ? Db : undefined; now: Date; env: Env; request: Request }> {
  const now = new Date();
  const env = readEnv();
  const db = (options.db ? await getDb() : undefined) as D extends true ? Db : undefined;
  return { db, now, env, request };
}
