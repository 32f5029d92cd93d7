import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export async function NotFoundMessage() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold tracking-tight">{t('errors.notFoundTitle')}</h1>
      <p className="mt-3 text-muted">{t('errors.notFoundBody')}</p>
      <Link
        prefetch={false}
        href="/"
        className="mt-8 inline-block rounded-full bg-ink px-6 py-3 text-sm font-medium text-white"
      >
        {t('errors.backHome')}
      </Link>
    </div>
  );
}
