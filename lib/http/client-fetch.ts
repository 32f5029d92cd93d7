import { LOCALE_HEADER } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/translate';

/** A failed BFF call, with the JSON error's code so the UI can say something useful. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The rest of the error object (e.g. `attemptsLeft`), and Retry-After in seconds. */
    readonly details: Record<string, unknown> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The locale of the page making the call (its `<html lang>`, which its address decides), so that
 * what the BFF writes for the shopper (an e-mail, a text) is in the language they were reading.
 */
export function pageLocaleHeaders(): Record<string, string> {
  const lang = typeof document === 'undefined' ? null : document.documentElement.lang;
  return isLocale(lang) ? { [LOCALE_HEADER]: lang } : {};
}

/** fetch for the BFF from the browser: JSON in and out, errors as ApiError. */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    credentials: 'same-origin',
    headers: {
      ...pageLocaleHeaders(),
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...rest.headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (!response.ok) {
    // An error from a proxy may not be JSON; the status still says what happened.
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string } & Record<string, unknown>;
    } | null;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? response.statusText,
      body?.error ?? {},
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return (await response.json()) as T;
}
