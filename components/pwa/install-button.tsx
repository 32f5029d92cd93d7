'use client';

import { useI18n } from '@/lib/i18n/client';
import { useInstallPrompt } from '@/lib/pwa/client';
import { Button } from '@/components/ui/button';

/** "Install the app" where the browser offers it; on iOS, how to add it to the home screen. */
export function InstallButton() {
  const { t } = useI18n();
  const { canInstall, ios, install } = useInstallPrompt();
  if (canInstall) {
    return (
      <Button type="button" onClick={install} variant="outline" size="md">
        {t('pwa.install')}
      </Button>
    );
  }
  return ios ? <p className="max-w-xs text-sm text-muted">{t('pwa.iosInstall')}</p> : null;
}
