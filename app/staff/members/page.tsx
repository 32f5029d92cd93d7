import { asc, inArray } from 'drizzle-orm';
import type { Metadata } from 'next';
import { InviteForm } from '@/components/staff/invite-form';
import { MemberList } from '@/components/staff/member-list';
import { getDb } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { getI18n } from '@/lib/i18n/server';
import { requireStaffPage } from '@/lib/staff/page';
import { localStoreName } from '@/lib/staff/store-name';
import { listMembers, manages } from '@/lib/staff/team';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffMembers.title') };
}

/** Managers and admins: invite, end sessions, remove. What a manager may give is what the API allows. */
export default async function MembersPage() {
  const staff = await requireStaffPage('manager');
  const { t, locale } = await getI18n();
  const db = await getDb();
  const members = await listMembers(db, staff);
  const all = await db.select().from(stores).orderBy(asc(stores.name));
  const giveable =
    staff.storeIds === 'all'
      ? all
      : staff.storeIds.length
        ? await db.select().from(stores).where(inArray(stores.id, staff.storeIds)).orderBy(asc(stores.name))
        : [];
  const storeNames = Object.fromEntries(all.map((s) => [s.id, localStoreName(s, locale)]));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('staffMembers.title')}</h1>
        <p className="mt-1 text-muted">{t('staffMembers.intro')}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="rounded-2xl border border-line bg-white p-5 shadow-sm">
          <InviteForm
            roles={staff.role === 'admin' ? ['associate', 'manager', 'admin'] : ['associate']}
            stores={giveable.map((s) => ({ id: s.id, name: localStoreName(s, locale) }))}
          />
        </div>
        <MemberList
          initial={members}
          manageable={members.filter((m) => manages(staff, m)).map((m) => m.id)}
          storeNames={storeNames}
        />
      </div>
    </div>
  );
}
