import { asc } from 'drizzle-orm';
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { getDb } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { getI18n } from '@/lib/i18n/server';
import { listAudit } from '@/lib/staff/audit-log';
import { requireStaffPage } from '@/lib/staff/page';
import { auditQuerySchema } from '@/lib/staff/schema';
import { localStoreName } from '@/lib/staff/store-name';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffAudit.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** Admins: the audit log, newest first, by store, a page at a time (the same reads as GET /api/staff/audit). */
export default async function AuditPage({ searchParams }: Props) {
  await requireStaffPage('admin');
  const { t, locale, intlLocale } = await getI18n();
  const raw = await searchParams;
  const parsed = auditQuerySchema.safeParse({
    storeId: typeof raw.storeId === 'string' && raw.storeId ? raw.storeId : undefined,
    after: typeof raw.after === 'string' ? raw.after : undefined,
  });
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const db = await getDb();
  const [page, all] = await Promise.all([listAudit(db, query), db.select().from(stores).orderBy(asc(stores.name))]);
  const names = Object.fromEntries(all.map((s) => [s.id, localStoreName(s, locale)]));
  const when = (iso: string) => new Date(iso).toLocaleString(intlLocale, { dateStyle: 'medium', timeStyle: 'medium' });
  const older = new URLSearchParams({
    ...(query.storeId ? { storeId: query.storeId } : {}),
    ...(page.next ? { after: page.next } : {}),
  });
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t('staffAudit.title')}</h1>
      <p className="mt-1 text-muted">{t('staffAudit.intro')}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('staffAudit.filter')}</span>
          <select
            name="storeId"
            defaultValue={query.storeId ?? ''}
            className="rounded-lg border border-line bg-white px-3 py-2.5"
          >
            <option value="">{t('staffAudit.anyStore')}</option>
            {all.map((s) => (
              <option key={s.id} value={s.id}>
                {names[s.id]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass({ variant: 'outline', size: 'lg' })}>
          {t('staffAudit.apply')}
        </button>
      </form>
      {page.entries.length === 0 ? (
        <p className="mt-6">{t('staffAudit.empty')}</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border border-line bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="bg-canvas">
              <tr>
                {(['when', 'who', 'store', 'action', 'target', 'change'] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium">
                    {t(`staffAudit.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {page.entries.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{when(e.at)}</td>
                  <td className="px-3 py-2">
                    {e.staffEmail}
                    <span className="block text-xs text-muted">{t(`staffRoles.${e.role}`)}</span>
                  </td>
                  <td className="px-3 py-2">{e.storeId ? (names[e.storeId] ?? e.storeId) : '—'}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                  <td className="px-3 py-2 break-words">{e.target ?? '—'}</td>
                  <td className="max-w-xs px-3 py-2 font-mono text-xs break-all">
                    {[json(e.before), json(e.after)].filter(Boolean).join(' → ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.next && (
        <Link
          prefetch={false}
          href={`/staff/audit?${older}`}
          className={buttonClass({ variant: 'outline', size: 'lg' }, 'mt-4 inline-block')}
        >
          {t('staffAudit.older')}
        </Link>
      )}
    </div>
  );
}
