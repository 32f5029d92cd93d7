'use client';

import { useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { ShopImage } from '@/components/ui/shop-image';

type GalleryImage = { url: string; alt: string };

export function ProductGallery({ images }: { images: GalleryImage[] }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const current = images[Math.min(index, images.length - 1)];
  if (!current) return null;
  return (
    <section aria-label={t('product.gallery')} className="md:sticky md:top-32">
      <div className="aspect-[4/5] overflow-hidden rounded-xl bg-stone-100">
        <ShopImage
          key={current.url}
          src={current.url}
          alt={current.alt}
          width={800}
          height={1000}
          // The page's LCP: a <link rel="preload"> in the HTML's head, fetched before any script runs.
          priority
          sizes="(min-width: 768px) 50vw, 100vw"
          className="size-full object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul className="mt-3 grid grid-cols-5 gap-2">
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-label={t('product.showImage', { n: i + 1, total: images.length })}
                aria-current={i === index ? 'true' : undefined}
                className={`block aspect-[4/5] w-full overflow-hidden rounded-md border-2 bg-stone-100 ${
                  i === index ? 'border-ink' : 'border-transparent'
                }`}
              >
                <ShopImage src={img.url} alt="" width={160} height={200} className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
