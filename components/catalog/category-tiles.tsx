import { LocaleLink } from '@/components/i18n/locale-link';
import { TILE_COLORS, tileKind } from '@/lib/catalog/art/site-art';
import { artUrl } from '@/lib/catalog/art/url';
import type { Category } from '@/lib/catalog/schema';
import { ShopImage } from '@/components/ui/shop-image';

export function CategoryTiles({
  categories,
  countLabel,
}: {
  categories: Category[];
  countLabel: (n: number) => string;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 sm:gap-4">
      {categories.map((c, i) => (
        <li key={c.id} className="group relative overflow-hidden rounded-lg bg-stone-100">
          <ShopImage
            src={artUrl(tileKind(c.imageKind), TILE_COLORS[i % TILE_COLORS.length] ?? '2f3e46', 'front')}
            alt=""
            width={400}
            height={500}
            className="aspect-[4/5] w-full object-cover transition duration-300 group-hover:scale-[1.03]"
          />
          <div className="absolute inset-x-0 bottom-0 bg-black/75 p-3 text-white">
            <LocaleLink href={`/c/${c.slug}`} className="font-medium after:absolute after:inset-0" lang={c.nameLang}>
              {c.name}
            </LocaleLink>
            <p className="text-xs text-white/85">{countLabel(c.productCount)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
