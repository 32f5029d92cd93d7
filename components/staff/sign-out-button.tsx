'use client';

import { useI18n } from '@/lib/i18n/client';
import { useStaffSignOut } from '@/lib/staff/client';

export function SignOutButton() {
  const { t } = useI18n();
  const signOut = useStaffSignOut();
  return (
    <button
      type="button"
      onClick={() => signOut.submit()}
      disabled={signOut.isPending}
      className="rounded-full border border-white/60 px-4 py-2 text-sm font-medium text-white hover:bg-white/10"
    >
      {t('staffNav.signOut')}
    </button>
  );
}
