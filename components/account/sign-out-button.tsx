'use client';

import { useSignOut } from '@/lib/auth/client';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <Button type="button" onClick={() => signOut.mutate()} variant="outline" size="lg">
      {t('account.signOut')}
    </Button>
  );
}
