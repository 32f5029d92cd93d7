/** An open event stream (GET /api/cart/events) as a page holds it: its answer, and the events as they come. */
export type EventStream = {
  response: Response;
  /** The next `data:` event within `ms`, or null when none came. */
  next: (ms?: number) => Promise<string | null>;
  /** Everything received so far, comments included. */
  text: () => string;
  close: () => Promise<void>;
};

/** Reads `response`'s body as an EventSource would; `close()` leaves, as a page that goes away. */
export function readEvents(response: Response): EventStream {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  let consumed = 0;
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  let closed = false;
  const nextEvent = () => {
    // Events end with a blank line; only `data:` ones count (comments and `retry:` do not).
    for (;;) {
      const end = received.indexOf('\n\n', consumed);
      if (end < 0) return null;
      const block = received.slice(consumed, end);
      consumed = end + 2;
      const data = block.split('\n').find((l) => l.startsWith('data: '));
      if (data) return data.slice('data: '.length);
    }
  };
  return {
    response,
    text: () => received,
    next: async (ms = 5_000) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const ready = nextEvent();
        if (ready !== null) return ready;
        const left = deadline - Date.now();
        if (left <= 0 || closed) return null;
        pending ??= reader.read();
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), left));
        const result = await Promise.race([pending, timeout]);
        if (result === 'timeout') return null;
        pending = null;
        if (result.done) {
          closed = true;
          continue;
        }
        received += decoder.decode(result.value, { stream: true });
      }
    },
    close: async () => {
      closed = true;
      await reader.cancel().catch(() => undefined);
    },
  };
}
