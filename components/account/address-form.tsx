'use client';

import { useId, type FormEvent } from 'react';
import { useSaveAddress } from '@/lib/addresses/client';
import type { Address } from '@/lib/addresses/schema';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { formatPhoneForInput } from './address-text';

/** Adds or edits one address (Korean fields); the fields the server refused are marked. */
export function AddressForm({
  address,
  onDone,
  onCancel,
}: {
  address?: Address;
  onDone: (saved: Address) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveAddress();
  const errorId = useId();
  const fields = save.error instanceof ApiError ? ((save.error.details.fields ?? {}) as Record<string, string[]>) : {};
  const invalid = (name: string) =>
    name in fields ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const error = save.isError
    ? save.error instanceof ApiError && save.error.code === 'address_book_full'
      ? t('addresses.full')
      : t('addresses.failed')
    : null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (name: string) => String(f.get(name) ?? '').trim();
    save.submit(
      {
        ...(address ? { id: address.id } : {}),
        recipient: get('recipient'),
        phone: get('phone'),
        postalCode: get('postalCode'),
        line1: get('line1'),
        line2: get('line2'),
        isDefault: f.get('isDefault') === 'on',
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      {error && (
        <div id={errorId} className="sm:col-span-2">
          <FormError>{error}</FormError>
        </div>
      )}
      <TextField
        label={t('addresses.recipient')}
        name="recipient"
        autoComplete="name"
        defaultValue={address?.recipient}
        maxLength={100}
        required
        {...invalid('recipient')}
      />
      <TextField
        label={t('addresses.phone')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        defaultValue={address ? formatPhoneForInput(address.phone) : undefined}
        required
        {...invalid('phone')}
      />
      <TextField
        label={t('addresses.postalCode')}
        name="postalCode"
        inputMode="numeric"
        autoComplete="postal-code"
        pattern="\d{5}"
        hint={t('addresses.postalHint')}
        defaultValue={address?.postalCode}
        required
        {...invalid('postalCode')}
      />
      <TextField
        label={t('addresses.line1')}
        name="line1"
        autoComplete="address-line1"
        className="sm:col-span-2"
        hint={t('addresses.line1Hint')}
        defaultValue={address?.line1}
        maxLength={200}
        required
        {...invalid('line1')}
      />
      <TextField
        label={t('addresses.line2')}
        name="line2"
        autoComplete="address-line2"
        className="sm:col-span-2"
        defaultValue={address?.line2}
        maxLength={200}
        {...invalid('line2')}
      />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="isDefault" defaultChecked={address?.isDefault} className="size-5" />
        {t('addresses.setDefault')}
      </label>
      <div className="flex flex-wrap gap-3 sm:col-span-2">
        <Button type="submit" size="lg" disabled={save.isPending}>
          {save.isPending ? t('account.working') : t('addresses.save')}
        </Button>
        {onCancel && (
          <Button type="button" size="lg" variant="outline" onClick={onCancel}>
            {t('addresses.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
