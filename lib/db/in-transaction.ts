import 'server-only';
import type { Db } from './open-db';

type TransactionConfig = Parameters<Db['transaction']>[1];

/**
 * Runs `work` in one transaction. The transaction is handed on as a `Db`, so every domain
 * function that takes `db` also runs inside it; nothing needs to cast it.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, config?: TransactionConfig): Promise<T> {
  return db.transaction((tx) => work(tx), config);
}
