import { LocaleLink } from '@/components/i18n/locale-link';
import type { ProductSummary } from '@/lib/catalog/schema';
import { ProductGrid } from './product-grid';

/** A titled row of products with a "view all" link, as the home page lists them. */
export function ProductSection(props: {
  id: string;
  title: string;
  viewAll: { href: string; label: string };
  products: ProductSummary[];
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <div className="mb-4 flex items-baseline justify-between">
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight">
          {props.title}
        </h2>
        <LocaleLink href={props.viewAll.href} className="text-sm underline">
          {props.viewAll.label}
        </LocaleLink>
      </div>
      <ProductGrid products={props.products} eagerCount={0} />
    </section>
  );
}
