import { LocaleLink } from '@/components/i18n/locale-link';

export function Pagination(props: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  const { page, pages, hrefFor, labels } = props;
  if (pages <= 1) return null;
  const link = 'rounded-full border border-line bg-white px-4 py-2 text-sm hover:border-ink';
  return (
    <nav aria-label={labels.nav} className="mt-10 flex items-center justify-center gap-4">
      {page > 1 ? (
        <LocaleLink href={hrefFor(page - 1)} className={link} rel="prev">
          {labels.previous}
        </LocaleLink>
      ) : (
        <span className={`${link} opacity-40`} aria-hidden>
          {labels.previous}
        </span>
      )}
      <span className="text-sm text-muted" aria-current="page">
        {labels.pageOf}
      </span>
      {page < pages ? (
        <LocaleLink href={hrefFor(page + 1)} className={link} rel="next">
          {labels.next}
        </LocaleLink>
      ) : (
        <span className={`${link} opacity-40`} aria-hidden>
          {labels.next}
        </span>
      )}
    </nav>
  );
}
