import { getI18n } from '@/lib/i18n/server';
import { MessagePage } from './message-page';

export async function NotFoundMessage() {
  const { t } = await getI18n();
  return <MessagePage title={t('errors.notFoundTitle')} body={t('errors.notFoundBody')} home={t('errors.backHome')} />;
}
