'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { type FormEvent } from 'react';
import { usePasswordSignIn } from '@/lib/auth/client';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { TextField, FormError } from '@/components/ui/text-field';
import { Button } from '@/components/ui/button';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const signIn = usePasswordSignIn(callbackUrl);
  // Signed in, the page is already loading the callback: the button stays busy meanwhile.
  const pending = signIn.isPending || signIn.data === 'ok';
  const error = signIn.isError
    ? submitFailureMessage(t, signIn.error, 'account.signInFailed')
    : signIn.data === 'rate_limited'
      ? t('account.rateLimited')
      : signIn.data === 'invalid'
        ? t('account.invalidCredentials')
        : null;
  // A wrong e-mail or password is about both fields; a failed request or a limit about neither.
  const fieldError = signIn.data === 'invalid' ? 'sign-in-error' : undefined;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    signIn.submit({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
      {error && <FormError id="sign-in-error">{error}</FormError>}
      <TextField
        label={t('account.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        errorId={fieldError}
      />
      <TextField
        label={t('account.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errorId={fieldError}
      />
      <p className="-mt-2 text-right text-sm">
        <LocaleLink href="/account/forgot-password" className="font-medium text-ink underline">
          {t('reset.forgotLink')}
        </LocaleLink>
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t('account.working') : t('account.submitSignIn')}
      </Button>
      <p className="text-center text-sm text-muted">
        {t('account.noAccount')}{' '}
        <LocaleLink
          href={`/account/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          className="font-medium text-ink underline"
        >
          {t('account.signUp')}
        </LocaleLink>
      </p>
    </form>
  );
}
