'use client';

import { useId, useState, type FormEvent } from 'react';
import type { EndlessAisleBody, EndlessAisleResult } from '@/lib/endless-aisle/schema';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { AislePlace, isDelivery, type Place, type PlaceStore } from './aisle-place';

type Details = { bag: Pick<EndlessAisleBody, 'lines' | 'fulfillment'> };

/**
 * Who the bag is for and what happens to it: sent to the customer's phone (they pay online), or
 * placed now for pickup at a store (paid at its till, or by card) or delivered from the warehouse
 * or from a store that has the whole bag.
 */
export function AisleOutcome({
  storeId,
  stores,
  place,
  onPlace,
  hasWholeBag,
  bag,
  pending,
  error,
  result,
  onSubmit,
  onNewBag,
}: Details & {
  storeId: string;
  stores: PlaceStore[];
  place: Place;
  onPlace: (place: Place) => void;
  hasWholeBag: (storeId: string) => boolean;
  pending: boolean;
  error: unknown;
  result: EndlessAisleResult | undefined;
  onSubmit: (body: EndlessAisleBody) => void;
  onNewBag: () => void;
}) {
  const { t, intlLocale } = useI18n();
  const id = useId();
  const [action, setAction] = useState<EndlessAisleBody['action']>('send_link');
  const [payment, setPayment] = useState<'pay_at_store' | 'test_card'>('pay_at_store');
  const delivered = isDelivery(place);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const customerPhone = text('customerPhone');
    if (action === 'send_link') return onSubmit({ action, storeId, customerPhone, ...bag });
    onSubmit({
      action,
      storeId,
      customerPhone,
      customer: { name: text('name'), email: text('email') },
      ...bag,
      payment: delivered ? 'test_card' : payment,
      ...((delivered || payment === 'test_card') && { cardNumber: text('cardNumber') }),
      ...(delivered && {
        shippingAddress: {
          name: text('name'),
          line1: text('line1'),
          city: text('city'),
          postalCode: text('postalCode'),
          country: 'KR' as const,
        },
      }),
    });
  };
  const errorId = `${id}-error`;
  const fields = error instanceof ApiError ? ((error.details.fields ?? {}) as Record<string, string[]>) : {};
  const fieldError = (name: string) => (fields[name] ? errorId : undefined);
  const until = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  if (result) {
    return (
      <div role="status" className="space-y-3 rounded-xl border border-green-200 bg-green-50 p-4">
        <p className="font-medium text-ok">
          {'handoff' in result
            ? t('staffEndlessAisle.sent', { phone: result.handoff.phone, until: until(result.handoff.expiresAt) })
            : t('staffEndlessAisle.placed', { number: result.order.number })}
        </p>
        <Button size="lg" variant="primary" onClick={onNewBag}>
          {t('staffEndlessAisle.newBag')}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby={error ? errorId : undefined} noValidate>
      {error ? (
        <FormError id={errorId}>
          {error instanceof ApiError ? error.message : t('errors.errorBody')}
          {Object.entries(fields).map(([name, messages]) => (
            <span key={name} className="block">
              {name}: {messages.join(', ')}
            </span>
          ))}
        </FormError>
      ) : null}
      <TextField
        label={t('staffEndlessAisle.phoneLabel')}
        name="customerPhone"
        type="tel"
        autoComplete="off"
        inputMode="tel"
        required
        errorId={fieldError('customerPhone')}
      />
      <AislePlace
        storeId={storeId}
        stores={stores}
        place={place}
        onPlace={onPlace}
        hasWholeBag={(id) => action === 'place_order' && hasWholeBag(id)}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">{t('staffEndlessAisle.outcomeLabel')}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="action"
            className="mt-1"
            checked={action === 'send_link'}
            onChange={() => {
              // A link's bag is the shopper's own: it ships from the warehouse, never a store.
              if (place !== 'ship' && 'shipFrom' in place) onPlace('ship');
              setAction('send_link');
            }}
          />
          <span>
            {t('staffEndlessAisle.sendLink')}
            <span className="block text-muted">{t('staffEndlessAisle.sendLinkHint')}</span>
          </span>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="action"
            checked={action === 'place_order'}
            onChange={() => setAction('place_order')}
          />
          {t('staffEndlessAisle.placeOrder')}
        </label>
      </fieldset>
      {action === 'place_order' && (
        <div className="space-y-3">
          <TextField
            label={t('staffEndlessAisle.nameLabel')}
            name="name"
            autoComplete="off"
            required
            errorId={fieldError('customer.name')}
          />
          <TextField
            label={t('staffEndlessAisle.emailLabel')}
            name="email"
            type="email"
            autoComplete="off"
            required
            errorId={fieldError('customer.email')}
          />
          {!delivered && (
            <fieldset className="space-y-2">
              <legend className="mb-1 text-sm font-medium">{t('staffEndlessAisle.payment')}</legend>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="payment"
                  checked={payment === 'pay_at_store'}
                  onChange={() => setPayment('pay_at_store')}
                />
                {t('staffEndlessAisle.payAtStore')}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="payment"
                  checked={payment === 'test_card'}
                  onChange={() => setPayment('test_card')}
                />
                {t('staffEndlessAisle.card')}
              </label>
            </fieldset>
          )}
          {(delivered || payment === 'test_card') && (
            <TextField
              label={t('staffEndlessAisle.cardLabel')}
              name="cardNumber"
              inputMode="numeric"
              autoComplete="off"
              required
              errorId={fieldError('cardNumber')}
            />
          )}
          {delivered && (
            <fieldset className="space-y-3">
              <legend className="mb-1 text-sm font-medium">{t('staffEndlessAisle.addressLabel')}</legend>
              <TextField
                label={t('staffEndlessAisle.addressLine1')}
                name="line1"
                required
                errorId={fieldError('shippingAddress.line1')}
              />
              <TextField
                label={t('staffEndlessAisle.addressCity')}
                name="city"
                required
                errorId={fieldError('shippingAddress.city')}
              />
              <TextField
                label={t('staffEndlessAisle.addressPostal')}
                name="postalCode"
                required
                errorId={fieldError('shippingAddress.postalCode')}
              />
            </fieldset>
          )}
        </div>
      )}
      <Button type="submit" size="xl" variant="primary" disabled={pending || bag.lines.length === 0}>
        {action === 'send_link' ? t('staffEndlessAisle.submitSend') : t('staffEndlessAisle.submitPlace')}
      </Button>
    </form>
  );
}
