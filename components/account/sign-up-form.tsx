'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { signInWithPassword } from '@/lib/auth/client';
import { apiFetch, ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { TextField, FormError } from '@/components/ui/text-field';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    try {
      await apiFetch('/api/account/signup', { method: 'POST', json: input });
      const outcome = await signInWithPassword(input.email, input.password, callbackUrl);
      if (outcome === 'ok') return;
      // The e-mail already had an account with another password: sign-up says nothing more.
      setError(t('account.invalidCredentials'));
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'rate_limited' ? t('account.rateLimited') : t('account.signUpFailed'),
      );
    }
    setPending(false);
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error && <FormError>{error}</FormError>}
      <TextField label={t('account.name')} name="name" autoComplete="name" required maxLength={100} />
      <TextField label={t('account.email')} name="email" type="email" autoComplete="email" required />
      <TextField
        label={t('account.password')}
        hint={t('account.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-ink px-6 py-3 text-sm font-medium text-white disabled:opacity-50"
      >
        {pending ? t('account.working') : t('account.submitSignUp')}
      </button>
      <p className="text-center text-sm text-muted">
        {t('account.haveAccount')}{' '}
        <Link prefetch={false} href="/account/sign-in" className="font-medium text-ink underline">
          {t('account.signIn')}
        </Link>
      </p>
    </form>
  );
}
