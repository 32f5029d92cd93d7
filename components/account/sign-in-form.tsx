'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { signInWithPassword } from '@/lib/auth/client';
import { useI18n } from '@/lib/i18n/client';
import { TextField, FormError } from '@/components/ui/text-field';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const outcome = await signInWithPassword(
      String(form.get('email') ?? ''),
      String(form.get('password') ?? ''),
      callbackUrl,
    );
    if (outcome === 'ok') return;
    setPending(false);
    setError(outcome === 'rate_limited' ? t('account.rateLimited') : t('account.invalidCredentials'));
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
      {error && <FormError>{error}</FormError>}
      <TextField label={t('account.email')} name="email" type="email" autoComplete="email" required />
      <TextField
        label={t('account.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-ink px-6 py-3 text-sm font-medium text-white disabled:opacity-50"
      >
        {pending ? t('account.working') : t('account.submitSignIn')}
      </button>
      <p className="text-center text-sm text-muted">
        {t('account.noAccount')}{' '}
        <Link
          prefetch={false}
          href={`/account/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          className="font-medium text-ink underline"
        >
          {t('account.signUp')}
        </Link>
      </p>
    </form>
  );
}
