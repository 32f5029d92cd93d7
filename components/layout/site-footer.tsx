import { InstallButton } from '@/components/pwa/install-button';
import { LocaleLink } from '@/components/i18n/locale-link';
import { BusinessDetails } from '@/components/help/business-details';
import { Island } from '@/components/ui/island';
import { getI18n } from '@/lib/i18n/server';
import { LocaleSwitch } from './locale-switch';
import { MarketSwitch } from './market-switch';

const HELP_LINKS = [
  ['shipping', 'help.shipping'],
  ['returns', 'help.returns'],
  ['contact', 'help.contact'],
  ['terms', 'help.terms'],
  ['privacy', 'help.privacy'],
  ['business', 'help.business'],
] as const;

export async function SiteFooter() {
  const { t, locale } = await getI18n();
  return (
    <footer className="mt-16 border-t border-line bg-white">
      {/* Below every page: its switches and install button hydrate after the page, in a boundary of their own. */}
      <Island>
        {/* The phone's language and market (the header holds them from tablet width up). */}
        <div className="flex flex-wrap items-center gap-3 border-b border-line px-4 py-4 sm:hidden">
          <LocaleSwitch />
          <MarketSwitch testId="market-switch-footer" />
        </div>
        <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
          <div>
            <p className="text-lg font-semibold">{t('site.name')}</p>
            <p className="mt-2 max-w-xs text-muted">{t('site.footerAbout')}</p>
            <div className="mt-4">
              <InstallButton />
            </div>
          </div>
          <div>
            <h2 className="font-medium">{t('site.footerShop')}</h2>
            <ul className="mt-2 space-y-1.5 text-muted">
              <li>
                <LocaleLink className="hover:underline" href="/search">
                  {t('nav.allProducts')}
                </LocaleLink>
              </li>
              <li>
                <LocaleLink className="hover:underline" href="/c/outerwear">
                  {t('home.heroCta')}
                </LocaleLink>
              </li>
            </ul>
          </div>
          <div>
            <h2 className="font-medium">{t('site.footerHelp')}</h2>
            <ul className="mt-2 space-y-1.5 text-muted">
              <li>
                <LocaleLink className="hover:underline" href="/stores">
                  {t('site.footerStores')}
                </LocaleLink>
              </li>
              <li>
                <LocaleLink className="hover:underline" href="/orders/lookup">
                  {t('order.lookupTitle')}
                </LocaleLink>
              </li>
              <li>
                <a className="hover:underline" href="/api/openapi.json">
                  {t('site.footerApi')}
                </a>
              </li>
            </ul>
          </div>
          <nav aria-labelledby="footer-service">
            <h2 id="footer-service" className="font-medium">
              {t('help.nav')}
            </h2>
            <ul className="mt-2 space-y-1.5 text-muted">
              {HELP_LINKS.map(([slug, key]) => (
                <li key={slug}>
                  <LocaleLink
                    className={slug === 'privacy' ? 'font-semibold text-ink hover:underline' : 'hover:underline'}
                    href={`/help/${slug}`}
                  >
                    {t(key)}
                  </LocaleLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="mx-auto max-w-7xl border-t border-line px-4 py-4 text-xs text-muted sm:px-6">
          <BusinessDetails t={t} locale={locale} compact />
        </div>
        <p className="border-t border-line py-4 text-center text-xs text-muted">
          {t('site.footerCopyright', { year: new Date().getFullYear() })}
        </p>
      </Island>
    </footer>
  );
}
