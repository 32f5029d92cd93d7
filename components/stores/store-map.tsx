'use client';

import { useI18n } from '@/lib/i18n/client';

type Pin = { id: string; name: string; lat: number; lng: number; mine: boolean };

const TILE_URL = process.env.NEXT_PUBLIC_MAP_TILE_URL ?? '';
const ZOOM = 7;
const TILE = 256;

/** Web Mercator: world pixel coordinates at a zoom level. */
function project(lat: number, lng: number, zoom: number) {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

/**
 * The stores on a map. Tiles come from NEXT_PUBLIC_MAP_TILE_URL ({z}/{x}/{y}) when it is
 * set; without it (or offline) the pins are drawn on a plain projection, so the page works
 * (and says nothing of the missing tiles: that is the retailer's setting, not the shopper's news).
 */
export default function StoreMap({ pins }: { pins: Pin[] }) {
  const { t } = useI18n();
  const points = pins.map((p) => ({ ...p, ...project(p.lat, p.lng, ZOOM) }));
  // Label greedily, the shopper's store first: a pin too close to a labelled one stays unlabelled.
  const labelled: typeof points = [];
  for (const p of [...points].sort((a, b) => Number(b.mine) - Number(a.mine))) {
    if (labelled.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 28)) labelled.push(p);
  }
  const pad = 40;
  const minX = Math.min(...points.map((p) => p.x)) - pad;
  const minY = Math.min(...points.map((p) => p.y)) - pad;
  const width = Math.max(...points.map((p) => p.x)) + pad + 90 - minX;
  const height = Math.max(...points.map((p) => p.y)) + pad - minY;
  const tiles: { x: number; y: number }[] = [];
  if (TILE_URL) {
    for (let tx = Math.floor(minX / TILE); tx <= Math.floor((minX + width) / TILE); tx++)
      for (let ty = Math.floor(minY / TILE); ty <= Math.floor((minY + height) / TILE); ty++)
        tiles.push({ x: tx, y: ty });
  }
  return (
    <figure className="overflow-hidden rounded-xl border border-line bg-[#e8eef1]">
      <svg
        viewBox={`${minX} ${minY} ${width} ${height}`}
        role="img"
        aria-label={t('stores.map')}
        className="h-auto w-full"
      >
        {tiles.map((tile) => (
          <image
            key={`${tile.x}-${tile.y}`}
            href={TILE_URL.replace('{z}', String(ZOOM)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y))}
            x={tile.x * TILE}
            y={tile.y * TILE}
            width={TILE}
            height={TILE}
          />
        ))}
        {points.map((p) => (
          <g key={p.id}>
            <circle
              cx={p.x}
              cy={p.y}
              r={p.mine ? 7 : 5}
              className={p.mine ? 'fill-accent' : 'fill-ink'}
              stroke="white"
              strokeWidth={2}
            />
            {labelled.includes(p) && (
              <text x={p.x + 9} y={p.y + 4} fontSize={12} fontWeight={p.mine ? 600 : 400} className="fill-ink">
                {p.name.replace(/^Aisle /, '')}
              </text>
            )}
            <title>{p.name}</title>
          </g>
        ))}
      </svg>
    </figure>
  );
}
