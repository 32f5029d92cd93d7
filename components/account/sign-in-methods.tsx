'use client';

import { useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { PhoneSignInForm } from './phone-sign-in-form';
import { SignInForm } from './sign-in-form';

/** E-mail and password, or phone and texted code: one choice, one form at a time. */
export function SignInMethods({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const [method, setMethod] = useState<'email' | 'phone'>('email');
  const tab = (value: 'email' | 'phone', label: string) => (
    <button
      type="button"
      aria-pressed={method === value}
      onClick={() => setMethod(value)}
      className={`flex-1 rounded-full px-4 py-2 text-sm font-medium ${method === value ? 'bg-ink text-white' : 'text-ink'}`}
    >
      {label}
    </button>
  );
  return (
    <div className="space-y-6">
      <div
        role="group"
        aria-label={t('account.signInMethod')}
        className="flex gap-1 rounded-full border border-line bg-white p-1"
      >
        {tab('email', t('account.withEmail'))}
        {tab('phone', t('account.withPhone'))}
      </div>
      {method === 'email' ? <SignInForm callbackUrl={callbackUrl} /> : <PhoneSignInForm callbackUrl={callbackUrl} />}
    </div>
  );
}
