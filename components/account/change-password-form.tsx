'use client';

import { useRef, type FormEvent } from 'react';
import { useChangePassword } from '@/lib/auth/account-client';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';

/** Changes the password with the current one; the other devices are signed out. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const change = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const wrongCurrent = change.error instanceof ApiError && change.error.code === 'current_password_wrong';
  const error = wrongCurrent
    ? t('profile.currentWrong')
    : change.error instanceof ApiError && change.error.code === 'rate_limited'
      ? t('account.rateLimited')
      : change.isError
        ? t('profile.failed')
        : null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    change.submit(
      {
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
      },
      { onSuccess: () => form.current?.reset() },
    );
  };
  return (
    <form ref={form} onSubmit={onSubmit} className="mt-4 space-y-3">
      {error && <FormError>{error}</FormError>}
      <TextField
        label={t('profile.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={wrongCurrent || undefined}
      />
      <TextField
        label={t('profile.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={8}
        maxLength={200}
        required
        hint={t('account.passwordHint')}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" variant="outline" disabled={change.isPending}>
          {change.isPending ? t('account.working') : t('profile.changePassword')}
        </Button>
        <p role="status" className="text-sm text-ok">
          {change.isSuccess ? t('profile.passwordChanged') : ''}
        </p>
      </div>
    </form>
  );
}
