/**
 * Cart writes made offline, kept in IndexedDB until the connection returns. Plain IndexedDB,
 * no framework: the page and the service worker (Background Sync) both replay from here.
 * Each write keeps its Idempotency-Key, so however often it is replayed the server applies it
 * once; and the owner it was made for, so it is never applied to anyone else's cart.
 */
export type QueuedWrite = {
  key: string;
  owner: string;
  method: 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  path: string;
  body: string | null;
  /** What the shopper sees while it waits. */
  label: string;
  quantity: number;
  createdAt: number;
};

export type ReplayOutcome = {
  applied: number;
  refused: { label: string; code: string; message: string }[];
  stillOffline: boolean;
};

import { idbStore } from './idb-store';
const DB = 'aisle-offline';
const STORE = 'cart-writes';
export const SYNC_TAG = 'aisle-cart-queue';
export const QUEUE_CHANGED = 'aisle-queue-changed';

const run = idbStore(DB, STORE, { keyPath: 'key' });

export const enqueueWrite = (write: QueuedWrite) => run('readwrite', (s) => s.put(write)).then(() => undefined);
export const removeWrite = (key: string) => run('readwrite', (s) => s.delete(key)).then(() => undefined);
export const clearWrites = () => run('readwrite', (s) => s.clear()).then(() => undefined);
export const listWrites = () =>
  run('readonly', (s) => s.getAll() as IDBRequest<QueuedWrite[]>).then((all) =>
    all.sort((a, b) => a.createdAt - b.createdAt),
  );

/**
 * Sends the queued writes in the order they were made. A write the server answered (done, or
 * refused: out of stock meanwhile, another owner) leaves the queue; a network failure stops
 * the replay with the rest kept for next time; so does a write the server is still running.
 */
export async function replayWrites(
  send: (write: QueuedWrite) => Promise<Response> = (w) =>
    fetch(w.path, {
      method: w.method,
      credentials: 'same-origin',
      headers: {
        'idempotency-key': w.key,
        'x-aisle-owner': w.owner,
        ...(w.body !== null ? { 'content-type': 'application/json' } : {}),
      },
      body: w.body,
    }),
): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { applied: 0, refused: [], stillOffline: false };
  for (const write of await listWrites()) {
    let response: Response;
    try {
      response = await send(write);
    } catch {
      outcome.stillOffline = true;
      break;
    }
    if (response.ok) {
      outcome.applied++;
    } else {
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
      const code = body.error?.code ?? `http_${response.status}`;
      if (code === 'idempotency_key_in_use' || response.status >= 500) break;
      outcome.refused.push({ label: write.label, code, message: body.error?.message ?? '' });
    }
    await removeWrite(write.key);
  }
  return outcome;
}
