'use client';

import { useEffect, useRef, useState } from 'react';
import { addressLine, formatPhoneForInput } from '@/components/account/address-text';
import { useAddresses } from '@/lib/addresses/client';
import type { Address } from '@/lib/addresses/schema';
import { useI18n } from '@/lib/i18n/client';

/** What a saved address puts in the checkout's delivery fields (the city is the first word of a Korean address). */
export function checkoutFieldsOf(a: Address): Record<string, string> {
  return {
    name: a.recipient,
    line1: a.line1,
    line2: a.line2,
    city: a.line1.split(/\s+/)[0] ?? '',
    postalCode: a.postalCode,
    phone: formatPhoneForInput(a.phone),
  };
}

/**
 * A signed-in shopper's saved addresses as choices above the delivery fields: choosing one
 * fills them (the default is chosen at first); "a new address" empties them and offers to save it.
 */
export function SavedAddresses({ onPick }: { onPick: (fields: Record<string, string> | null) => void }) {
  const { t } = useI18n();
  const { data: addresses = [] } = useAddresses();
  const [chosen, setChosen] = useState<string | null>(null);
  const preset = useRef(false);
  const current = chosen ?? 'new';
  // The default fills the fields once, when the book first arrives.
  useEffect(() => {
    const first = addresses.find((a) => a.isDefault);
    if (preset.current || !first) return;
    preset.current = true;
    setChosen(first.id);
    onPick(checkoutFieldsOf(first));
  }, [addresses, onPick]);
  const choose = (id: string) => {
    setChosen(id);
    const a = addresses.find((x) => x.id === id);
    onPick(a ? checkoutFieldsOf(a) : null);
  };
  return (
    <>
      {addresses.length > 0 && (
        <fieldset className="space-y-2 sm:col-span-2">
          <legend className="mb-2 text-sm font-medium">{t('addresses.useSaved')}</legend>
          {addresses.map((a) => (
            <label key={a.id} className="flex gap-3 rounded-lg border border-line bg-white p-3 text-sm">
              <input
                type="radio"
                name="savedAddress"
                value={a.id}
                checked={current === a.id}
                onChange={() => choose(a.id)}
              />
              <span>
                <span className="block font-medium">
                  {a.recipient}
                  {a.isDefault ? ` · ${t('addresses.default')}` : ''}
                </span>
                <span className="text-muted">{addressLine(a)}</span>
              </span>
            </label>
          ))}
          <label className="flex gap-3 rounded-lg border border-line bg-white p-3 text-sm">
            <input
              type="radio"
              name="savedAddress"
              value="new"
              checked={current === 'new'}
              onChange={() => choose('new')}
            />
            <span className="font-medium">{t('addresses.newAddress')}</span>
          </label>
        </fieldset>
      )}
      {current === 'new' && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="saveAddress" className="size-5" />
          {t('addresses.saveForLater')}
        </label>
      )}
    </>
  );
}
