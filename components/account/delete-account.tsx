'use client';

import { useRef } from 'react';
import { useDeleteAccount } from '@/lib/auth/client';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';

/** "Delete my account", behind a dialog that says what happens and defaults to keeping it. */
export function DeleteAccount() {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const remove = useDeleteAccount();
  // Deleted, the page is already loading home: the button stays busy meanwhile.
  const pending = remove.isPending || remove.isSuccess;
  const failed = remove.isError ? submitFailureMessage(t, remove.error, 'account.deleteFailed') : null;

  return (
    <>
      <Button type="button" onClick={() => dialog.current?.showModal()} variant="danger" size="lg">
        {t('account.deleteAccount')}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
      >
        <div className="p-6">
          <h2 id="delete-title" className="text-lg font-semibold">
            {t('account.deleteDialogTitle')}
          </h2>
          <p id="delete-body" className="mt-3 text-sm text-muted">
            {t('account.deleteDialogBody')}
          </p>
          {failed && (
            <p role="alert" className="mt-3 text-sm text-red-800">
              {failed}
            </p>
          )}
          <div className="mt-6 flex flex-col gap-2 sm:flex-row-reverse">
            <Button type="button" autoFocus onClick={() => dialog.current?.close()} size="dialog" className="flex-1">
              {t('account.deleteCancel')}
            </Button>
            <Button
              type="button"
              disabled={pending}
              onClick={() => remove.submit()}
              variant="danger"
              size="dialog"
              className="flex-1"
            >
              {pending ? t('account.working') : t('account.deleteConfirm')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
