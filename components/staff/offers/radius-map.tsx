'use client';

import { useId } from 'react';
import { formatDistance } from '@/lib/geo/distance';
import { useI18n } from '@/lib/i18n/client';
import { radiusMap, type PlaceOnMap } from '@/lib/offers/coverage';

/**
 * The area of a near-store offer, drawn to scale without map tiles (the console must work with
 * no tile server and offline): the store, the circle, the other stores nearby and a scale bar.
 * Loaded only when a store target is chosen (next/dynamic in the form).
 */
export function RadiusMap({
  center,
  radiusMeters,
  stores,
}: {
  center: PlaceOnMap;
  radiusMeters: number;
  stores: readonly PlaceOnMap[];
}) {
  const { t, intlLocale } = useI18n();
  const titleId = useId();
  const map = radiusMap(center, radiusMeters, stores);
  const { size } = map;
  const unit = size / 100; // one hundredth of the view: dot and text sizes that do not depend on the radius
  return (
    <figure className="rounded-lg border border-line bg-white p-3">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-labelledby={titleId}
        className="mx-auto aspect-square w-full max-w-sm"
      >
        <title id={titleId}>
          {t('staffOffers.mapTitle', { radius: formatDistance(radiusMeters, intlLocale), store: center.name })}
        </title>
        <rect width={size} height={size} fill="#f5f5f4" />
        <circle
          cx={size / 2}
          cy={size / 2}
          r={map.radius}
          fill="#1c1917"
          fillOpacity={0.08}
          stroke="#1c1917"
          strokeWidth={unit * 0.6}
        />
        {map.stores.map((s) => (
          <g key={s.id}>
            <circle
              cx={s.x}
              cy={s.y}
              r={unit * (s.center ? 2.2 : 1.6)}
              fill={s.inside ? '#1c1917' : '#ffffff'}
              stroke="#1c1917"
              strokeWidth={unit * 0.6}
            />
            <text x={s.x + unit * 3} y={s.y + unit * 1.5} fontSize={unit * 4.2} fill="#1c1917">
              {s.name}
            </text>
          </g>
        ))}
        <g aria-hidden="true">
          <line
            x1={unit * 4}
            x2={unit * 4 + map.scaleMeters}
            y1={size - unit * 5}
            y2={size - unit * 5}
            stroke="#1c1917"
            strokeWidth={unit * 0.8}
          />
          <text x={unit * 4} y={size - unit * 7} fontSize={unit * 4} fill="#1c1917">
            {formatDistance(map.scaleMeters, intlLocale)}
          </text>
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span>{t('staffOffers.mapScale', { length: formatDistance(map.scaleMeters, intlLocale) })}</span>
        <span>
          <span aria-hidden="true">● </span>
          {t('staffOffers.mapInside')}
        </span>
        <span>
          <span aria-hidden="true">○ </span>
          {t('staffOffers.mapOutside')}
        </span>
      </figcaption>
    </figure>
  );
}
