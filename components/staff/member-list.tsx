'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/text-field';
import { useI18n } from '@/lib/i18n/client';
import { useMembers, useMemberSessions, useRemoveMember, useRevokeSession } from '@/lib/staff/client';
import type { Member } from '@/lib/staff/schema';

function Sessions({ member }: { member: Member }) {
  const { t, intlLocale } = useI18n();
  const sessions = useMemberSessions(member.id, true);
  const revoke = useRevokeSession(member.id);
  const at = (iso: string) => new Date(iso).toLocaleString(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
  if (!sessions.data) return null;
  return (
    <div
      className="mt-3 rounded-lg bg-canvas p-3"
      aria-label={t('staffMembers.sessionsLabel', { name: member.name })}
      role="group"
    >
      {sessions.data.length === 0 ? (
        <p className="text-sm">{t('staffMembers.noSessions')}</p>
      ) : (
        <ul className="space-y-2">
          {sessions.data.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                {t('staffMembers.since', { date: at(s.createdAt) })},{' '}
                {t('staffMembers.lastSeen', { date: at(s.lastSeenAt) })}
                {s.current && <strong className="ml-2">{t('staffMembers.thisDevice')}</strong>}
              </span>
              <Button variant="outline" size="sm" onClick={() => revoke.submit(s.id)} disabled={revoke.isPending}>
                {t('staffMembers.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The members the caller sees; remove and sessions on the ones they manage. */
export function MemberList({
  initial,
  manageable,
  storeNames,
}: {
  initial: Member[];
  /** Ids of the members the caller may remove and whose sessions they may end. */
  manageable: string[];
  storeNames: Record<string, string>;
}) {
  const { t } = useI18n();
  const members = useMembers(initial);
  const remove = useRemoveMember();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title" className="text-lg font-semibold">
        {t('staffMembers.listTitle')}
      </h2>
      {remove.isError && <FormError>{t('staffMembers.error')}</FormError>}
      <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-white">
        {members.data.map((m) => (
          <li key={m.id} className="p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <p className="font-medium">
                  {m.name} <span className="text-sm font-normal text-muted">· {t(`staffRoles.${m.role}`)}</span>
                </p>
                <p className="text-sm text-muted">{m.email}</p>
                <p className="text-sm">
                  {m.role === 'admin'
                    ? t('staffMembers.allStores')
                    : m.storeIds.map((s) => storeNames[s] ?? s).join(', ')}
                </p>
                <p className="text-xs text-muted">
                  {!m.passwordSet ? t('staffMembers.pending') : m.totpEnrolled ? t('staffMembers.totpOn') : null}
                </p>
              </div>
              {manageable.includes(m.id) && (
                <div className="flex gap-2">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-expanded={open === m.id}
                    onClick={() => setOpen(open === m.id ? null : m.id)}
                  >
                    {t('staffMembers.sessions')}
                  </Button>
                  <Button
                    variant="danger"
                    size="sm"
                    aria-label={t('staffMembers.removeLabel', { name: m.name })}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t('staffMembers.removeConfirm', { name: m.name }))) remove.submit(m.id);
                    }}
                  >
                    {t('staffMembers.remove')}
                  </Button>
                </div>
              )}
            </div>
            {open === m.id && <Sessions member={m} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
