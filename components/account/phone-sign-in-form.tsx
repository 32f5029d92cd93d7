'use client';

import { TextField } from '@/components/ui/text-field';
import { usePhoneSignIn } from '@/lib/auth/client';
import { useI18n } from '@/lib/i18n/client';
import { PhoneCodeSteps } from './phone-code-steps';

/** Sign in with a phone and the code texted to it; a number with no account yet gets one. */
export function PhoneSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const signIn = usePhoneSignIn(callbackUrl);
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t('phone.signInIntro')}</p>
      <PhoneCodeSteps
        purpose="sign_in"
        submitLabel={t('phone.signInSubmit')}
        extraFields={<TextField label={t('phone.newAccountName')} name="name" autoComplete="name" maxLength={100} />}
        onCode={async (phone, code, form) => {
          const name = String(form.get('name') ?? '').trim();
          const outcome = await signIn.submitAsync({ phone, code, ...(name ? { name } : {}) });
          if (outcome === 'ok') return null;
          if (outcome === 'code_locked') return { key: 'phone.locked' };
          if (outcome === 'rate_limited') return { key: 'account.rateLimited' };
          return { key: 'phone.wrongCode' };
        }}
      />
    </div>
  );
}
