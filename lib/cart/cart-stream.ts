'use client';

/*
 * The page's one stream of its bag's changes (GET /api/cart/events, server-sent events), shared by
 * every component that shows the bag. Loaded after the page (lib/cart/client.ts imports it
 * dynamically): it is no part of the first load. Each event only says that the bag changed; the
 * page then reads its cart as it always does, so what is shown is always GET /api/cart's answer.
 */

/** When the server closed the stream for good (no bag yet, too many pages, a server full), another try after this. */
const REOPEN_MS = 30_000;

export type CartStreamHandlers = {
  /** The bag changed somewhere, or changes may have been missed: read it again. */
  changed: () => void;
  /** The stream opened (events will come) or dropped (until it is back, the poll is the only news). */
  opened: (open: boolean) => void;
};

type Following = {
  refs: number;
  source: EventSource | null;
  reopen?: ReturnType<typeof setTimeout>;
  handlers: CartStreamHandlers;
  open: boolean;
};

const following = new Map<string, Following>();

function connect(entry: Following): void {
  const source = new EventSource('/api/cart/events');
  entry.source = source;
  const setOpen = (open: boolean) => {
    if (entry.open === open) return;
    entry.open = open;
    entry.handlers.opened(open);
  };
  source.onopen = () => {
    setOpen(true);
    // What changed while the stream was not open (first load, a reconnect) is read now.
    entry.handlers.changed();
  };
  source.onmessage = () => entry.handlers.changed();
  source.onerror = () => {
    setOpen(false);
    // CONNECTING: the browser reconnects by itself. CLOSED: the server answered otherwise than with
    // a stream (204, 429, 503): try again later, polling every 2 s meanwhile.
    if (source.readyState !== EventSource.CLOSED) return;
    source.close();
    entry.source = null;
    entry.reopen = setTimeout(() => entry.refs > 0 && connect(entry), REOPEN_MS);
  };
}

/**
 * Follows the caller's bag (`key`: the account's owner tag, or a guest's bag id; a new key is a new
 * stream) until the returned function has been called as many times as this one: one EventSource
 * per page, whoever asks.
 */
export function followCart(key: string, handlers: CartStreamHandlers): () => void {
  let entry = following.get(key);
  if (!entry) {
    entry = { refs: 0, source: null, handlers, open: false };
    following.set(key, entry);
    connect(entry);
  }
  entry.refs += 1;
  const held = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.refs -= 1;
    if (held.refs > 0) return;
    clearTimeout(held.reopen);
    held.source?.close();
    following.delete(key);
    if (held.open) held.handlers.opened(false);
  };
}
