import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readEnv } from '@/lib/env';

export const metadata: Metadata = { robots: { index: false }, title: 'Floor' };

/**
 * The floor for `npm run bench`: a bare Next.js page from the same build (the root layout
 * only: document, stylesheet, metadata), so each page's cost shows above the framework's own.
 * Only with AISLE_BENCH=1.
 */
export default function BenchFloorPage() {
  if (readEnv().AISLE_BENCH !== '1') notFound();
  return <p className="p-8">Floor.</p>;
}
