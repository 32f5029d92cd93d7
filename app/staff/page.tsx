import { asc, inArray } from 'drizzle-orm';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { getI18n } from '@/lib/i18n/server';
import { requireStaffPage } from '@/lib/staff/page';
import { localStoreName } from '@/lib/staff/store-name';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffHome.title') };
}

/** The console's home: the stores this member acts on, each a way into its pages. */
export default async function StaffHome() {
  const staff = await requireStaffPage('associate');
  const { t, locale } = await getI18n();
  const db = await getDb();
  const rows =
    staff.storeIds === 'all'
      ? await db.select().from(stores).orderBy(asc(stores.name))
      : staff.storeIds.length > 0
        ? await db.select().from(stores).where(inArray(stores.id, staff.storeIds)).orderBy(asc(stores.name))
        : [];
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t('staffHome.title')}</h1>
      <p className="mt-1 text-muted">{staff.storeIds === 'all' ? t('staffHome.allStores') : t('staffHome.intro')}</p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-4">{t('staffHome.noStores')}</p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((s) => (
            <li key={s.id}>
              <Link
                prefetch={false}
                href={`/staff/stores/${s.id}`}
                className="block h-full rounded-xl border border-line bg-white p-4 shadow-sm hover:border-ink"
              >
                <span className="block text-lg font-medium">{localStoreName(s, locale)}</span>
                <span className="mt-1 block text-sm text-muted">{s.city}</span>
                <span className={`mt-2 block text-sm ${s.pickup ? 'text-ok' : 'text-warn'}`}>
                  {s.pickup ? t('staffHome.pickupOpen') : t('staffHome.pickupClosed')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
