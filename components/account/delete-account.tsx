'use client';

import { useRef } from 'react';
import { useDeleteAccount } from '@/lib/auth/client';
import { useI18n } from '@/lib/i18n/client';

/** "Delete my account", behind a dialog that says what happens and defaults to keeping it. */
export function DeleteAccount() {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const remove = useDeleteAccount();
  // Deleted, the page is already loading home: the button stays busy meanwhile.
  const pending = remove.isPending || remove.isSuccess;
  const failed = remove.isError;

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-full border border-red-700 px-5 py-2.5 text-sm font-medium text-red-800"
      >
        {t('account.deleteAccount')}
      </button>
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
              {t('account.deleteFailed')}
            </p>
          )}
          <div className="mt-6 flex flex-col gap-2 sm:flex-row-reverse">
            <button
              type="button"
              autoFocus
              onClick={() => dialog.current?.close()}
              className="flex-1 rounded-full bg-ink px-5 py-3 text-sm font-medium text-white"
            >
              {t('account.deleteCancel')}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => remove.mutate()}
              className="flex-1 rounded-full border border-red-700 px-5 py-3 text-sm font-medium text-red-800 disabled:opacity-50"
            >
              {pending ? t('account.working') : t('account.deleteConfirm')}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
