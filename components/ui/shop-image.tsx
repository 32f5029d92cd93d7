import Image from 'next/image';
import { preload } from 'react-dom';
import { isVectorImage } from '@/lib/catalog/art/url';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  className?: string;
  /** For `next/image`'s srcset (imported photos); a drawing is resolution-independent. */
  sizes?: string;
  loading?: 'eager' | 'lazy';
  /** The page's LCP image: preloaded from the head at high priority, never lazy. */
  priority?: boolean;
};

/**
 * A product or site image. The shop's own drawings (SVG, already any size) are a plain `<img>`:
 * `next/image` would add nothing to them but a client component to hydrate per image, and a
 * category page has dozens. Imported photos go through `next/image`, which resizes them.
 * Usable from server and client components alike.
 */
export function ShopImage({ src, alt, width, height, className, sizes, loading, priority = false }: Props) {
  if (!isVectorImage(src)) {
    return (
      <Image
        src={src}
        alt={alt}
        width={width}
        height={height}
        sizes={sizes}
        className={className}
        {...(priority ? { preload: true, fetchPriority: 'high' as const } : { loading })}
      />
    );
  }
  // In the head, ahead of the scripts: fetched with the document, not when they have run.
  if (priority) preload(src, { as: 'image', fetchPriority: 'high' });
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a drawing needs no resizing (see above)
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      decoding="async"
      className={className}
      {...(priority ? { fetchPriority: 'high' as const } : { loading: loading ?? 'lazy' })}
    />
  );
}
