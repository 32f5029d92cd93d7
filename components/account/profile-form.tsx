'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { useUpdateProfile } from '@/lib/auth/account-client';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';

/** The account's name; saved, the page's greeting follows. */
export function ProfileForm({ name }: { name: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const update = useUpdateProfile();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    update.submit(String(new FormData(e.currentTarget).get('name') ?? '').trim(), {
      onSuccess: () => router.refresh(),
    });
  };
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-3">
      {update.isError && <FormError>{t('profile.failed')}</FormError>}
      <TextField
        label={t('account.name')}
        name="name"
        autoComplete="name"
        defaultValue={name}
        maxLength={100}
        required
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" variant="outline" disabled={update.isPending}>
          {update.isPending ? t('account.working') : t('profile.saveName')}
        </Button>
        <p role="status" className="text-sm text-ok">
          {update.isSuccess ? t('profile.saved') : ''}
        </p>
      </div>
    </form>
  );
}
