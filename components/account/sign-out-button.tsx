'use client';

import { useSignOut } from '@/lib/auth/client';
import { useI18n } from '@/lib/i18n/client';

export function SignOutButton() {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      onClick={() => signOut.mutate()}
      className="rounded-full border border-ink px-5 py-2.5 text-sm font-medium"
    >
      {t('account.signOut')}
    </button>
  );
}
