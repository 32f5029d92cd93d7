import type { Db } from '@/lib/db';
import type { TestDb } from './test-db';
import { createApiKey } from '@/lib/integrations/api-keys';
import type { KeyScope } from '@/lib/integrations/scopes';

let made = 0;

/** A live API key with `scopes`, made as `npm run keys:create` makes one; answers the key itself. */
export async function keyWith(handle: TestDb | Db, scopes: readonly KeyScope[]): Promise<string> {
  const db = 'label' in handle ? handle.db : handle;
  const { key } = await createApiKey(db, { name: `test key ${++made}`, scopes }, new Date());
  return key;
}
