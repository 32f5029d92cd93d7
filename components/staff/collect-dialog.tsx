'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { useMarkCollected } from '@/lib/staff-pickups/client';
import type { PickupActionResponse, QueuedPickup } from '@/lib/staff-pickups/schema';
import { CameraScanner } from './camera-scanner';
import { pickupErrorText } from './pickup-error-text';

/**
 * Hands an order over: the customer's code, scanned from the QR on their confirmation page or
 * typed, is checked by the server; a wrong code stays in the dialog with the reason.
 */
export function CollectDialog({
  pickup,
  onClose,
  onDone,
}: {
  pickup: QueuedPickup;
  onClose: () => void;
  onDone: (result: PickupActionResponse) => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState('');
  const [scanned, setScanned] = useState<string | null>(null);
  const collect = useMarkCollected(pickup.storeId);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (value: string) =>
    collect.mutate(
      { orderId: pickup.orderId, code: value },
      {
        onSuccess: (result) => {
          dialog.current?.close();
          onDone(result);
        },
      },
    );

  const error = collect.error;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[92vh] w-[min(36rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
    >
      <form
        className="space-y-4 p-6"
        onSubmit={(event) => {
          event.preventDefault();
          submit(code);
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {t('staffPickups.collectTitle', { number: pickup.number })}
        </h2>
        <p className="text-sm text-muted">{t('staffPickups.collectIntro')}</p>
        <CameraScanner
          kind="qr"
          onCode={(text) => {
            setCode(text);
            setScanned(text);
            submit(text);
          }}
        />
        {scanned && !error && (
          <p role="status" className="text-sm">
            {t('staffPickups.scanned', { code: scanned })}
          </p>
        )}
        {error && (
          <FormError id={errorId}>
            {pickupErrorText(t, error instanceof ApiError ? error : null, error.message)}
          </FormError>
        )}
        <TextField
          name="code"
          label={t('staffPickups.codeLabel')}
          hint={t('staffPickups.codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          errorId={error ? errorId : undefined}
        />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="outline" size="dialog" onClick={() => dialog.current?.close()}>
            {t('staffPickups.cancel')}
          </Button>
          <Button type="submit" size="dialog" disabled={collect.isPending}>
            {collect.isPending ? t('staffPickups.collecting') : t('staffPickups.confirmCollect')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
