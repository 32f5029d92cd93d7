'use client';

import { useSignOut } from '@/lib/auth/client';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <>
      <Button type="button" onClick={() => signOut.submit()} disabled={signOut.isPending} variant="outline" size="lg">
        {t('account.signOut')}
      </Button>
      {signOut.isError && (
        <p role="alert" className="text-sm text-red-800">
          {submitFailureMessage(t, signOut.error, 'account.signOutFailed')}
        </p>
      )}
    </>
  );
}
