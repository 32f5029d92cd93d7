import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/staff/sign-out-button';
import { StaffProviders } from '@/components/staff/staff-providers';
import { clientMessages } from '@/lib/i18n/catalogs';
import { I18nProvider } from '@/lib/i18n/client';
import { STAFF_CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { getI18n } from '@/lib/i18n/server';
import { roleAtLeast } from '@/lib/staff/caller';
import { currentStaff } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t('staff.metaTitle'), template: `%s · ${t('staff.consoleName')}` },
    robots: { index: false },
  };
}

/**
 * The staff console's own shell, beside the shop's (site) group: no shop header, cart or
 * footer. Its nav shows what the signed-in member's role reaches; each page checks again.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  const staff = await currentStaff();
  const ready = staff && !(staff.role === 'admin' && !staff.totpEnrolled);
  const links = ready
    ? [
        { href: '/staff', label: t('staffNav.stores') },
        ...(staff.role === 'admin' ? [{ href: '/staff/offers', label: t('staffNav.offers') }] : []),
        ...(roleAtLeast(staff.role, 'manager') ? [{ href: '/staff/members', label: t('staffNav.members') }] : []),
        ...(staff.role === 'admin' ? [{ href: '/staff/audit', label: t('staffNav.audit') }] : []),
      ]
    : [];
  return (
    <I18nProvider locale={locale} messages={clientMessages(locale, STAFF_CLIENT_NAMESPACES)}>
      <StaffProviders>
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 text-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t('staff.skipToContent')}
        </a>
        <header className="bg-ink text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
            <Link prefetch={false} href="/staff" className="text-lg font-semibold tracking-tight">
              {t('staff.consoleName')}
            </Link>
            {links.length > 0 && (
              <nav aria-label={t('staffNav.label')} className="order-3 w-full sm:order-none sm:w-auto">
                <ul className="flex flex-wrap gap-1">
                  {links.map((l) => (
                    <li key={l.href}>
                      <Link
                        prefetch={false}
                        href={l.href}
                        className="block rounded-full px-3 py-2 text-sm hover:bg-white/10"
                      >
                        {l.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {staff && (
              <div className="ml-auto flex items-center gap-3">
                <span className="hidden text-sm text-white/80 md:inline">
                  {t('staffNav.signedInAs', { name: staff.name, role: t(`staffRoles.${staff.role}`) })}
                </span>
                <SignOutButton />
              </div>
            )}
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
      </StaffProviders>
    </I18nProvider>
  );
}
