/** The longest a deferred task waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2_000;
/** Where the browser has no requestIdleCallback (Safari): a beat after the page's own work. */
const FALLBACK_DELAY_MS = 200;

/**
 * Runs work that the page does not need to show or answer input (service worker registration,
 * the offline queue's replay) when the main thread is idle, so it never lengthens hydration's
 * tasks. Returns a function that cancels it, for an effect's cleanup.
 */
export function afterIdle(work: () => void, timeout = IDLE_TIMEOUT_MS): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => work(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, FALLBACK_DELAY_MS);
  return () => window.clearTimeout(id);
}
