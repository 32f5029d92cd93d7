'use client';

import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { ApiError } from './client-fetch';

/**
 * Why a request got no answer: the browser says it is offline, or the connection failed on the
 * way (refused, reset, cut by a proxy). Null when the server answered (an ApiError) or the
 * error is something else.
 */
export type NetworkFailure = 'offline' | 'unreachable';

export function networkFailure(error: unknown): NetworkFailure | null {
  if (error instanceof ApiError || !(error instanceof TypeError)) return null;
  return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'unreachable';
}

/**
 * What to tell the shopper when a submit failed: no connection in plain words, anything else
 * the form's own message (`fallback`, or what `refusal` makes of the server's answer).
 */
export function submitFailureMessage(
  t: Translate,
  error: unknown,
  fallback: MessageKey,
  words: { offline: MessageKey; unreachable: MessageKey } = {
    offline: 'forms.offline',
    unreachable: 'forms.unreachable',
  },
): string {
  const failure = networkFailure(error);
  return failure ? t(words[failure]) : t(fallback);
}

/**
 * The options every submit shares: the request is always tried (TanStack Query would otherwise
 * pause it while the browser is offline and leave the form busy until the connection returns,
 * then send it without the shopper pressing anything), once, so a failure is the shopper's to retry.
 */
export function submitOptions<TData, TVariables, TOnMutate = unknown>(
  options: UseMutationOptions<TData, Error, TVariables, TOnMutate>,
): UseMutationOptions<TData, Error, TVariables, TOnMutate> {
  return { ...options, networkMode: 'always', retry: false };
}

/**
 * The one submit helper of every form: a mutation whose pending state always ends, whichever
 * way the request ends (it is released in `finally`; offline is a failure, not a pause), and
 * that ignores a second press while the first is on its way. `failure` says whether the request
 * got no answer, for the form's message (see `submitFailureMessage`).
 */
export function useSubmit<TData, TVariables = void, TOnMutate = unknown>(
  options: UseMutationOptions<TData, Error, TVariables, TOnMutate>,
) {
  // Set at the press, so a second press before React re-renders the disabled button sends nothing.
  const busy = useRef(false);
  const mutation = useMutation(submitOptions(options));
  const { mutateAsync } = mutation;
  /** As `submit`, for a caller that awaits the outcome (it rejects with the failure). */
  const submitAsync = useCallback<typeof mutateAsync>(
    async (...args) => {
      busy.current = true;
      try {
        return await mutateAsync(...args);
      } finally {
        busy.current = false;
      }
    },
    [mutateAsync],
  );
  /** Sends unless a send is on its way; the outcome is the mutation's state (and `callbacks`). */
  const submit = useCallback(
    (...args: Parameters<typeof mutateAsync>) => {
      if (busy.current) return;
      // The failure is not lost: it is `error` and `failure`, which the form shows.
      submitAsync(...args).catch(() => undefined);
    },
    [submitAsync],
  );
  return { ...mutation, submit, submitAsync, failure: mutation.isError ? networkFailure(mutation.error) : null };
}
