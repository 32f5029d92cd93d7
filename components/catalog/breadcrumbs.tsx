import { LocaleLink } from '@/components/i18n/locale-link';
import { Fragment } from 'react';

/**
 * Home › … › the current page. `label` is the navigation's accessible name; the last crumb is the page itself.
 * A crumb's `lang` marks a name left in another language than the page's (an untranslated category).
 */
export function Breadcrumbs({
  label,
  trail,
  current,
  currentLang,
  className = '',
}: {
  label: string;
  trail: { href: string; name: string; lang?: string }[];
  current: string;
  currentLang?: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`text-sm text-muted ${className}`.trim()}>
      <ol className="flex flex-wrap gap-2">
        {trail.map((crumb) => (
          <Fragment key={crumb.href}>
            <li>
              <LocaleLink href={crumb.href} className="hover:underline" lang={crumb.lang}>
                {crumb.name}
              </LocaleLink>
            </li>
            <li aria-hidden>/</li>
          </Fragment>
        ))}
        <li aria-current="page" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
