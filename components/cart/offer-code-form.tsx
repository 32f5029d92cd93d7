'use client';

import { useState, type FormEvent } from 'react';
import { newActionKey, useOfferCode } from '@/lib/cart/client';
import type { Cart } from '@/lib/cart/schema';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/button';

/** The offer code box: enter, see whether it applies here and now, remove. */
export function OfferCodeForm({ cart }: { cart: Cart }) {
  const { t } = useI18n();
  const mutation = useOfferCode();
  const [error, setError] = useState<string | null>(null);
  const entered = cart.offerCode;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '').trim();
    if (!code) return;
    setError(null);
    mutation.mutate(
      { code, key: newActionKey() },
      {
        onError: (err) =>
          setError(
            err instanceof ApiError && err.code === 'offer_code_unknown'
              ? t('offers.code_unknown_code', { code: code.toUpperCase() })
              : err instanceof ApiError && err.code === 'offer_code_other_market'
                ? t('offers.code_other_market', { code: code.toUpperCase() })
                  : err instanceof ApiError && err.code === 'rate_limited'
                  ? t('account.rateLimited')
                  : submitFailureMessage(t, err, 'cart.errorGeneric'),
          ),
      },
    );
  };

  if (entered) {
    const key = `offers.code_${entered.status}` as MessageKey;
    return (
      <div className="mt-4 flex items-start justify-between gap-3 text-sm">
        <p role="status" className={entered.status === 'applied' ? 'text-ok' : 'text-warn'}>
          {t(key, { code: entered.code })}
        </p>
        <button
          type="button"
          className="shrink-0 underline"
          onClick={() => mutation.mutate({ code: null, key: newActionKey() })}
        >
          {t('offers.removeCode')}
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="mt-4">
      <label htmlFor="offer-code" className="mb-1 block text-sm font-medium">
        {t('offers.codeLabel')}
      </label>
      <div className="flex gap-2">
        <input
          id="offer-code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={40}
          className="min-w-0 flex-1 rounded-lg border border-line bg-white px-3 py-2 text-sm uppercase"
        />
        <Button type="submit" disabled={mutation.isPending} variant="outline" size="md">
          {t('offers.applyCode')}
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
