import { eq } from 'drizzle-orm';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { getI18n } from '@/lib/i18n/server';
import { staffActsOn } from '@/lib/staff/access';
import { requireStaffPage } from '@/lib/staff/page';
import { localStoreName } from '@/lib/staff/store-name';

type Props = { params: Promise<{ storeId: string }> };

async function storeFor(storeId: string) {
  const staff = await requireStaffPage('associate');
  // Another store's page does not exist for this member, as its API answers 404.
  if (!staffActsOn(staff, storeId)) notFound();
  const [store] = await (await getDb()).select().from(stores).where(eq(stores.id, storeId));
  if (!store) notFound();
  return store;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: localStoreName(await storeFor((await params).storeId), locale) };
}

/** One store's start page: the work that can be done there. */
export default async function StaffStorePage({ params }: Props) {
  const store = await storeFor((await params).storeId);
  const { t, locale } = await getI18n();
  const name = localStoreName(store, locale);
  const sections = [
    { href: 'pickups', title: t('staffNav.pickups'), body: t('staffStore.pickupsBody') },
    { href: 'counts', title: t('staffNav.counts'), body: t('staffStore.countsBody') },
    { href: 'endless-aisle', title: t('staffNav.endlessAisle'), body: t('staffStore.endlessAisleBody') },
  ];
  return (
    <div>
      <h1 className="text-2xl font-semibold">{name}</h1>
      <p className="mt-1 text-muted">{t('staffStore.intro', { store: name })}</p>
      <nav aria-label={t('staffNav.storeLabel')} className="mt-6">
        <ul className="grid gap-3 sm:grid-cols-3">
          {sections.map((s) => (
            <li key={s.href}>
              <Link
                prefetch={false}
                href={`/staff/stores/${store.id}/${s.href}`}
                className="block h-full rounded-xl border border-line bg-white p-5 shadow-sm hover:border-ink"
              >
                <span className="block text-lg font-medium">{s.title}</span>
                <span className="mt-1 block text-sm text-muted">{s.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
