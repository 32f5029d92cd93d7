'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { type FormEvent } from 'react';
import { useSignUp } from '@/lib/auth/client';
import { ApiError } from '@/lib/http/client-fetch';
import { errorFields } from '@/lib/http/error-fields';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { TextField, FormError } from '@/components/ui/text-field';
import { Button } from '@/components/ui/button';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const signUp = useSignUp(callbackUrl);
  // Signed in, the page is already loading the callback: the button stays busy meanwhile.
  const pending = signUp.isPending || signUp.data === 'ok';
  const error = signUp.isError
    ? signUp.error instanceof ApiError && signUp.error.code === 'rate_limited'
      ? t('account.rateLimited')
      : submitFailureMessage(t, signUp.error, 'account.signUpFailed')
    : // The e-mail already had an account with another password: sign-up says nothing more.
      signUp.isSuccess && signUp.data !== 'ok'
      ? t('account.invalidCredentials')
      : null;
  // The fields the answer names, or e-mail and password when they do not match an account.
  const wrong = signUp.isSuccess && signUp.data !== 'ok' ? new Set(['email', 'password']) : errorFields(signUp.error);
  const errorId = (field: string) => (error && wrong.has(field) ? 'sign-up-error' : undefined);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    signUp.submit({
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error && <FormError id="sign-up-error">{error}</FormError>}
      <TextField
        label={t('account.name')}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        errorId={errorId('name')}
      />
      <TextField
        label={t('account.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        errorId={errorId('email')}
      />
      <TextField
        label={t('account.password')}
        hint={t('account.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        errorId={errorId('password')}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t('account.working') : t('account.submitSignUp')}
      </Button>
      <p className="text-center text-sm text-muted">
        {t('account.haveAccount')}{' '}
        <LocaleLink href="/account/sign-in" className="font-medium text-ink underline">
          {t('account.signIn')}
        </LocaleLink>
      </p>
    </form>
  );
}
