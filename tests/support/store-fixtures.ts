import type { StoreUpsertBody } from '@/lib/stores/upsert-schema';

const DAY = { open: '10:00', close: '21:00' };

/** A store as the retailer's systems send it (PUT /api/integrations/stores/{code}), with `changes`. */
export function storeBody(changes: Partial<StoreUpsertBody> = {}): StoreUpsertBody {
  return {
    name: { en: 'Aisle Mangwon', ko: '에일 망원', ja: 'エイル望遠' },
    address: {
      street: { en: '35 Poeun-ro, Mapo-gu', ko: '마포구 포은로 35' },
      city: { en: 'Seoul', ko: '서울', ja: 'ソウル' },
      region: 'KR-11',
      postalCode: '04007',
    },
    country: 'KR',
    lat: 37.5558,
    lng: 126.9019,
    phone: '+8223340001',
    timezone: 'Asia/Seoul',
    hours: [DAY, DAY, DAY, DAY, DAY, { open: '10:00', close: '22:00' }, null],
    pickup: true,
    ...changes,
  };
}
