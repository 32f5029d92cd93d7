import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readEnv } from '@/lib/env';

export const metadata: Metadata = { robots: { index: false }, title: 'Floor' };

/**
 * The page floor for `npm run bench`: the site's shell (layout, header, footer) around an
 * empty page, so each page's own cost shows above it. Only with AISLE_BENCH=1.
 */
export default function BenchFloorPage() {
  if (readEnv().AISLE_BENCH !== '1') notFound();
  return <p className="p-8">Floor.</p>;
}
