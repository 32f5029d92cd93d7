import type { ArtKind } from '@/lib/catalog/art/kinds';
import type { StoreTranslations } from '@/lib/db/schema/stores';

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  /** The silhouette shown on the category tile. */
  kind: ArtKind;
};

/** hex: six lowercase hex digits, no '#'. */
export type SeedColor = { name: string; hex: string };

/** How the seed spreads stock: shapes the demo's per-location differences. */
export type SeedAvailability = 'everywhere' | 'online-only' | 'store-only' | 'limited';

export type SeedProduct = {
  handle: string;
  title: string;
  category: string;
  kind: ArtKind;
  description: string;
  /** Price in KRW (minor units: KRW has none, so won). */
  price: number;
  colors: SeedColor[];
  /** null for one-size items. */
  sizes: string[] | null;
  tags: string[];
  featured?: boolean;
  availability?: SeedAvailability;
};

export type OpeningHours = { open: string; close: string } | null;

export type SeedStore = {
  slug: string;
  name: string;
  street: string;
  city: string;
  /** ISO 3166-2 subdivision, e.g. KR-11 for Seoul, JP-13 for Tokyo. */
  region: string;
  postalCode: string;
  country: 'KR' | 'JP' | 'SG';
  lat: number;
  lng: number;
  /** E.164 */
  phone: string;
  timezone: 'Asia/Seoul' | 'Asia/Tokyo' | 'Asia/Singapore';
  /** Seven entries, Monday first; null is closed that day. Times are local 'HH:MM'. */
  hours: [OpeningHours, OpeningHours, OpeningHours, OpeningHours, OpeningHours, OpeningHours, OpeningHours];
  climate: 'cold' | 'mild' | 'warm';
  /** The name and address as Korean and Japanese shoppers read them (the base fields are English). */
  translations: StoreTranslations;
};
