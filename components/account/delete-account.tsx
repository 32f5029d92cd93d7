'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { apiFetch } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { forgetPersonalData } from '@/lib/pwa/client';

/** "Delete my account", behind a dialog that says what happens and defaults to keeping it. */
export function DeleteAccount() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const confirm = async () => {
    setPending(true);
    setFailed(false);
    try {
      await apiFetch('/api/account', { method: 'DELETE', json: { confirm: true } });
      qc.clear();
      await forgetPersonalData();
      // A full load: nothing of the deleted account survives in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/');
    } catch {
      setPending(false);
      setFailed(true);
    }
  };

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
              onClick={confirm}
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
