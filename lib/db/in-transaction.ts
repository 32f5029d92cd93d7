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

/**
 * As inTransaction, but inside a transaction already it runs `work` in that one, without a
 * savepoint (two round trips fewer): for work whose failure fails the whole transaction anyway,
 * never for work whose caller catches the failure and goes on.
 */
export function inOneTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  // A transaction can roll back; the database handle cannot (not `instanceof`: a bundle may hold two copies of drizzle).
  return 'rollback' in db ? work(db) : db.transaction((tx) => work(tx));
}
