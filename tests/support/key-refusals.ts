import { expect } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import type { Db } from '@/lib/db';
import { createApiKey, revokeApiKey } from '@/lib/integrations/api-keys';
import { KEY_SCOPES, type KeyScope } from '@/lib/integrations/scopes';
import { api, type Answer } from './api';

type Call = (client: typeof api) => Promise<Answer>;

/**
 * An integration route refuses every caller but a live key with its scope, and each refusal
 * changes nothing (`state` reads what the route would write): no key and a shopper's cookie 401,
 * a made-up or revoked key 401, a key with every other scope 403.
 */
export async function expectKeyScopeOnly(
  db: Db,
  options: { scope: KeyScope; call: Call; shopper: SessionUser; state: () => Promise<unknown> },
): Promise<void> {
  const before = await options.state();
  const { key: revoked, id } = await createApiKey(db, { name: 'revoked', scopes: [options.scope] }, new Date());
  await revokeApiKey(db, id, new Date());
  const others = KEY_SCOPES.filter((s) => s !== options.scope);
  const { key: underScoped } = await createApiKey(db, { name: 'other scopes', scopes: others }, new Date());
  const refusals: [string, typeof api, number, string][] = [
    ['no key', api, 401, 'unauthorized'],
    ['a shopper', api.as(options.shopper), 401, 'unauthorized'],
    ['a made-up key', api.key('aisle_sk_not-a-key-at-all'), 401, 'invalid_api_key'],
    ['a revoked key', api.key(revoked), 401, 'invalid_api_key'],
    ['a key with every other scope', api.key(underScoped), 403, 'insufficient_scope'],
  ];
  for (const [who, client, status, code] of refusals) {
    const answer = await options.call(client);
    expect(answer.status, who).toBe(status);
    expect(answer.body.error?.code, who).toBe(code);
  }
  expect(await options.state()).toEqual(before);
}
