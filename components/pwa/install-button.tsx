'use client';

import { useI18n } from '@/lib/i18n/client';
import { useInstallPrompt } from '@/lib/pwa/client';

/** "Install the app" where the browser offers it; on iOS, how to add it to the home screen. */
export function InstallButton() {
  const { t } = useI18n();
  const { canInstall, ios, install } = useInstallPrompt();
  if (canInstall) {
    return (
      <button type="button" onClick={install} className="rounded-full border border-ink px-4 py-2 text-sm font-medium">
        {t('pwa.install')}
      </button>
    );
  }
  return ios ? <p className="max-w-xs text-sm text-muted">{t('pwa.iosInstall')}</p> : null;
}
