'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { useInvite } from '@/lib/staff/client';
import type { Member } from '@/lib/staff/schema';

const REFUSALS: Record<string, MessageKey> = {
  staff_email_taken: 'staffMembers.taken',
  forbidden: 'staffMembers.forbidden',
};

export type StoreChoice = { id: string; name: string };

/** Invite a member: the roles and stores offered are those the caller may give. */
export function InviteForm({ roles, stores }: { roles: Member['role'][]; stores: StoreChoice[] }) {
  const { t } = useI18n();
  const invite = useInvite();
  const [role, setRole] = useState<Member['role']>(roles[0]!);
  const [noStore, setNoStore] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const storeIds = role === 'admin' ? [] : form.getAll('storeIds').map(String);
    if (role !== 'admin' && storeIds.length === 0) return setNoStore(true);
    setNoStore(false);
    invite.submit(
      { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? ''), role, storeIds },
      { onSuccess: () => formEl.reset() },
    );
  }

  const code = invite.error instanceof ApiError ? invite.error.code : null;
  const message = noStore
    ? t('staffMembers.chooseStore')
    : invite.isError
      ? code && REFUSALS[code]
        ? t(REFUSALS[code])
        : submitFailureMessage(t, invite.error, 'staffMembers.error')
      : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="invite-title">
      <h2 id="invite-title" className="text-lg font-semibold">
        {t('staffMembers.inviteTitle')}
      </h2>
      {message && <FormError id="invite-error">{message}</FormError>}
      {invite.data && (
        <div role="status" className="rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-ok">
          <p>{t('staffMembers.invited', { email: invite.data.member.email })}</p>
          <p className="mt-2 font-mono text-xs break-all text-ink" data-testid="invite-link">
            {invite.data.setPasswordUrl}
          </p>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('staffMembers.email')} name="email" type="email" autoComplete="off" required />
        <TextField label={t('staffMembers.name')} name="name" autoComplete="off" required />
      </div>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t('staffMembers.role')}</span>
        <select
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Member['role'])}
          className="w-full rounded-lg border border-line bg-white px-3 py-2.5"
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`staffRoles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {role !== 'admin' && (
        <fieldset aria-describedby={noStore ? 'invite-error' : undefined}>
          <legend className="mb-1 text-sm font-medium">{t('staffMembers.stores')}</legend>
          <div className="grid max-h-64 gap-1 overflow-y-auto rounded-lg border border-line bg-white p-3 sm:grid-cols-2">
            {stores.map((s) => (
              <label key={s.id} className="flex items-center gap-2 py-1 text-sm">
                <input type="checkbox" name="storeIds" value={s.id} className="size-5" />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Button type="submit" disabled={invite.isPending}>
        {t('staffMembers.submit')}
      </Button>
    </form>
  );
}
