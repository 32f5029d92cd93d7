import { LocaleLink } from '@/components/i18n/locale-link';
import { Fragment } from 'react';

/** Home › … › the current page. `label` is the navigation's accessible name; the last crumb is the page itself. */
export function Breadcrumbs({
  label,
  trail,
  current,
  className = '',
}: {
  label: string;
  trail: { href: string; name: string }[];
  current: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`text-sm text-muted ${className}`.trim()}>
      <ol className="flex flex-wrap gap-2">
        {trail.map((crumb) => (
          <Fragment key={crumb.href}>
            <li>
              <LocaleLink href={crumb.href} className="hover:underline">
                {crumb.name}
              </LocaleLink>
            </li>
            <li aria-hidden>/</li>
          </Fragment>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
