import { directionsLinks, type Destination } from '@/lib/stores/directions';
import type { Translate } from '@/lib/i18n/translate';

/** Directions to a store in Kakao Map, Naver Map and Google Maps (each opens in a new tab). */
export function DirectionsLinks({ store, t }: { store: Destination; t: Translate }) {
  const apps = { kakao: t('stores.kakaoMap'), naver: t('stores.naverMap'), google: t('stores.googleMaps') };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">{t('stores.directions') + t('site.colon').trim()}</span>
      {directionsLinks(store).map((d) => (
        <a
          key={d.app}
          href={d.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('stores.directionsIn', { store: store.name, app: apps[d.app] })}
          className="inline-flex min-h-6 items-center rounded-full border border-line px-3 py-1 font-medium underline-offset-2 hover:underline"
        >
          {apps[d.app]}
        </a>
      ))}
    </p>
  );
}
