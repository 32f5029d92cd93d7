import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { notFound } from 'next/navigation';
import { BusinessDetails } from '@/components/help/business-details';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import { dateTimeFormat } from '@/lib/i18n/formatters';
import { HELP_PAGES, helpText, isHelpPage, POLICIES_UPDATED, type HelpPage } from '@/lib/legal/content';
import type { MessageKey } from '@/lib/i18n/translate';

type Props = { params: Promise<{ page: string }> };

const NAV_LABEL: Record<HelpPage, MessageKey> = {
  shipping: 'help.shipping',
  returns: 'help.returns',
  privacy: 'help.privacy',
  terms: 'help.terms',
  contact: 'help.contact',
  business: 'help.business',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ page }, { t, locale }] = await Promise.all([params, getI18n()]);
  if (!isHelpPage(page)) return {};
  const title = page === 'business' ? t('help.businessTitle') : helpText(locale, page).title;
  return { title, ...(await localeMetadata(`/help/${page}`, { title })) };
}

/** The footer's customer-service pages: delivery, returns, privacy, terms, contact and 사업자 정보. */
export default async function HelpPage({ params }: Props) {
  const [{ page }, { t, locale, intlLocale }] = await Promise.all([params, getI18n()]);
  if (!isHelpPage(page)) notFound();
  const text = page === 'business' ? null : helpText(locale, page);
  const updated = dateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(
    new Date(`${POLICIES_UPDATED}T00:00:00+09:00`),
  );
  return (
    <div className="mx-auto grid max-w-5xl gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label={t('help.nav')} className="text-sm">
        <p className="mb-2 font-semibold">{t('help.nav')}</p>
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          {HELP_PAGES.map((p) => (
            <li key={p}>
              <LocaleLink
                href={`/help/${p}`}
                aria-current={p === page ? 'page' : undefined}
                className={`inline-block rounded-full px-3 py-1.5 lg:rounded-lg ${
                  p === page ? 'bg-ink text-white' : 'border border-line bg-white hover:underline'
                }`}
              >
                {t(NAV_LABEL[p])}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
      <article className="min-w-0">
        <h1 className="text-3xl font-semibold tracking-tight">{text ? text.title : t('help.businessTitle')}</h1>
        {text && <p className="mt-3 text-muted">{text.intro}</p>}
        {(page === 'business' || page === 'contact') && (
          <div className="mt-6">
            <BusinessDetails t={t} locale={locale} />
          </div>
        )}
        {text?.sections.map((s) => (
          <section key={s.heading} className="mt-8">
            <h2 className="text-lg font-semibold">{s.heading}</h2>
            <ul className="mt-3 list-disc space-y-2 pl-5 text-sm leading-relaxed">
              {s.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
        {page === 'contact' && (
          <p className="mt-4 text-sm">
            <LocaleLink href="/stores" className="font-medium underline">
              {t('site.footerStores')}
            </LocaleLink>
          </p>
        )}
        <p className="mt-10 text-xs text-muted">{t('help.updated', { date: updated })}</p>
      </article>
    </div>
  );
}
