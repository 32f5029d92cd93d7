import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { marketOf } from './markets';
import { requestMarket } from './request-market';

/** The page's market (and so its prices and currency), read once per request: the bag's, else the shopper's choice or guess. */
export const getMarket = cache(async () => {
  const db = await getDb();
  const [headerStore, user] = await Promise.all([headers(), getSessionUser(db)]);
  const code = await requestMarket({ db, headers: headerStore, env: readEnv(), userId: user?.id ?? null });
  return marketOf(code);
});
