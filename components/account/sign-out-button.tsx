'use client';

import { useQueryClient } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useI18n } from '@/lib/i18n/client';
import { forgetPersonalData } from '@/lib/pwa/client';

export function SignOutButton() {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <button
      type="button"
      onClick={async () => {
        qc.clear();
        await forgetPersonalData();
        await signOut({ redirect: false });
        // A full load on purpose: nothing of the previous account survives in memory.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign('/');
      }}
      className="rounded-full border border-ink px-5 py-2.5 text-sm font-medium"
    >
      {t('account.signOut')}
    </button>
  );
}
