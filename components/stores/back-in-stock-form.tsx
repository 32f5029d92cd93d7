'use client';

import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { useRequestBackInStock } from '@/lib/inventory/client';
import { useSignedIn } from '@/lib/wishlist/client';
import { Button } from '@/components/ui/button';

/** On a size sold out at the shopper's store: "tell me when it's at Aisle Seongsu", by e-mail or text. */
export function BackInStockForm({
  variantId,
  storeId,
  storeName,
}: {
  variantId: string;
  storeId: string;
  storeName: string;
}) {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const request = useRequestBackInStock();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [to, setTo] = useState('');
  const ids = useId();
  const formId = `${ids}-form`;
  const errorId = `${ids}-error`;
  const hintId = `${ids}-hint`;

  const refusedAddress =
    request.error instanceof ApiError &&
    Boolean((request.error.details.fields as Record<string, unknown> | undefined)?.to);
  const fieldError = refusedAddress
    ? t(channel === 'email' ? 'backInStock.invalidEmail' : 'backInStock.invalidPhone')
    : null;
  const formError =
    request.error && !fieldError
      ? request.error instanceof ApiError && request.error.code === 'rate_limited'
        ? t('backInStock.rateLimited')
        : t('backInStock.failed')
      : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate({ variantId, storeId, channel, ...(to.trim() ? { to: to.trim() } : {}) });
  };

  if (request.data) {
    return (
      <p role="status" className="mt-4 rounded-lg bg-green-50 p-3 text-sm text-green-900">
        {t(request.data.status === 'notified' ? 'backInStock.doneNow' : 'backInStock.done', {
          store: storeName,
          to: request.data.to,
        })}
      </p>
    );
  }
  return (
    <div className="mt-4 rounded-lg border border-line bg-white p-4 text-sm">
      <p>{t('backInStock.soldOutAt', { store: storeName })}</p>
      <Button
        variant="outline"
        size="md"
        className="mt-2"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('backInStock.cta', { store: storeName })}
      </Button>
      <form id={formId} hidden={!open} onSubmit={submit} noValidate className="mt-3 space-y-3">
        <fieldset>
          <legend className="font-medium">{t('backInStock.channel')}</legend>
          <div className="mt-1 flex gap-4">
            {(['email', 'sms'] as const).map((c) => (
              <label key={c} className="flex items-center gap-2">
                <input type="radio" name={`${ids}-channel`} checked={channel === c} onChange={() => setChannel(c)} />
                {t(c === 'email' ? 'backInStock.email' : 'backInStock.sms')}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block">
          <span className="mb-1 block font-medium">
            {t(channel === 'email' ? 'backInStock.emailLabel' : 'backInStock.phoneLabel')}
          </span>
          <input
            type={channel === 'email' ? 'email' : 'tel'}
            autoComplete={channel === 'email' ? 'email' : 'tel'}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            required={!signedIn}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={
              [fieldError ? errorId : null, signedIn ? hintId : null].filter(Boolean).join(' ') || undefined
            }
            className="w-full rounded-lg border border-line bg-white px-3 py-2.5"
          />
          {signedIn && (
            <span id={hintId} className="mt-1 block text-xs text-muted">
              {t('backInStock.accountHint')}
            </span>
          )}
          {fieldError && (
            <span id={errorId} className="mt-1 block text-red-700">
              {fieldError}
            </span>
          )}
        </label>
        {formError && (
          <p role="alert" className="text-red-700">
            {formError}
          </p>
        )}
        <Button type="submit" size="md" disabled={request.isPending}>
          {request.isPending ? t('backInStock.sending') : t('backInStock.submit')}
        </Button>
      </form>
    </div>
  );
}
