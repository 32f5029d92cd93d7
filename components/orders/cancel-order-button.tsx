'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { useCancelOrder } from '@/lib/orders/client';
import { Button } from '@/components/ui/button';

/** "Cancel order", behind a dialog that says what happens and defaults to keeping the order. */
export function CancelOrderButton({ orderId, number, token }: { orderId: string; number: string; token?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useCancelOrder(orderId, token);
  const tooLate = cancel.error instanceof ApiError && cancel.error.code === 'order_not_cancellable';
  useEffect(() => {
    if (tooLate) router.refresh();
  }, [tooLate, router]);
  return (
    <div>
      <Button type="button" variant="danger" size="lg" onClick={() => dialog.current?.showModal()}>
        {t('tracking.cancel')}
      </Button>
      <p className="mt-2 text-sm text-muted">{t('tracking.cancelHint')}</p>
      {cancel.isError && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {tooLate ? t('tracking.cancelTooLate') : t('tracking.cancelFailed')}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="cancel-title"
        aria-describedby="cancel-body"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
      >
        <div className="p-6">
          <h2 id="cancel-title" className="text-lg font-semibold">
            {t('tracking.cancelTitle', { number })}
          </h2>
          <p id="cancel-body" className="mt-3 text-sm text-muted">
            {t('tracking.cancelBody')}
          </p>
          <div className="mt-6 flex flex-col gap-2 sm:flex-row-reverse">
            <Button type="button" autoFocus onClick={() => dialog.current?.close()} size="dialog" className="flex-1">
              {t('tracking.cancelKeep')}
            </Button>
            <Button
              type="button"
              variant="danger"
              size="dialog"
              className="flex-1"
              disabled={cancel.isPending}
              onClick={() =>
                cancel.submit(undefined, {
                  onSuccess: () => router.refresh(),
                  onSettled: () => dialog.current?.close(),
                })
              }
            >
              {cancel.isPending ? t('tracking.cancelling') : t('tracking.cancelConfirm')}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
