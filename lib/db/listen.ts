import 'server-only';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Hears `NOTIFY channel` as it is sent. `onGap` is called when notifications may have been missed
 * (the connection was lost and is back): a listener that keeps state from them should re-read it.
 * Resolves once the database listens, so a change committed after it is heard.
 */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onGap?: () => void,
) => Promise<() => Promise<void>>;

type Listener = { onNotify: (payload: string) => void; onGap?: () => void };

/** Our channels are fixed names: anything else is a programming error, never quoted SQL. */
function assertChannel(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
}

/** PGlite is one session in this process: it delivers its own notifications to `listen`. */
export function pgliteListen(client: PGlite): Listen {
  return async (channel, onNotify) => {
    assertChannel(channel);
    const unlisten = await client.listen(channel, onNotify);
    return () => unlisten();
  };
}

const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * PostgreSQL: one dedicated connection per instance (a pooled one would be handed to a query and
 * its LISTEN lost), opened on the first `listen` and kept while anyone listens. When it drops
 * (restart, failover, a proxy's idle timeout) it is opened again with a growing pause, every
 * channel is listened on again, and each listener is told of the gap.
 */
export function postgresListener(
  url: string,
  connectTimeoutMs: number,
): { listen: Listen; close: () => Promise<void> } {
  const channels = new Map<string, Set<Listener>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = RECONNECT_FIRST_MS;
  let closed = false;

  const listening = () => [...channels.values()].some((set) => set.size > 0);

  function connect(gap: boolean): Promise<pg.Client> {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true });
      next.on('notification', (message) => {
        for (const listener of channels.get(message.channel) ?? []) listener.onNotify(message.payload ?? '');
      });
      const lost = (error?: Error) => {
        if (client !== next) return;
        client = null;
        console.warn('[db] listening connection lost:', error?.message ?? 'ended');
        next.end().catch(() => undefined);
        scheduleReconnect();
      };
      next.on('error', lost);
      next.on('end', () => lost());
      try {
        await next.connect();
        for (const channel of channels.keys()) await next.query(`LISTEN ${channel}`);
      } catch (error) {
        next.end().catch(() => undefined);
        throw error;
      }
      client = next;
      retryMs = RECONNECT_FIRST_MS;
      if (gap) for (const set of channels.values()) for (const listener of set) listener.onGap?.();
      return next;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  function scheduleReconnect(): void {
    if (closed || retryTimer || !listening()) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect(true).catch((error: Error) => {
        console.warn('[db] listening connection not back yet:', error.message);
        retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
        scheduleReconnect();
      });
    }, retryMs);
    retryTimer.unref();
  }

  const listen: Listen = async (channel, onNotify, onGap) => {
    assertChannel(channel);
    if (closed) throw new Error('The database is closed');
    const listener: Listener = { onNotify, onGap };
    const set = channels.get(channel) ?? new Set();
    const first = !channels.has(channel);
    channels.set(channel, set.add(listener));
    try {
      const live = client ?? (await (connecting ?? connect(false)));
      // LISTEN twice is harmless: a connection opening as this channel was added may have missed it.
      if (first) await live.query(`LISTEN ${channel}`);
    } catch (error) {
      set.delete(listener);
      if (set.size === 0) channels.delete(channel);
      throw error;
    }
    return async () => {
      set.delete(listener);
      if (set.size > 0 || channels.get(channel) !== set) return;
      channels.delete(channel);
      await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
    };
  };

  return {
    listen,
    close: async () => {
      closed = true;
      clearTimeout(retryTimer);
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
    },
  };
}
