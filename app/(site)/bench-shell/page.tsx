import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readEnv } from '@/lib/env';

export const metadata: Metadata = { robots: { index: false }, title: 'Shell' };

/** For `npm run bench`: the storefront's shell (header, footer, providers) around an empty page. Only with AISLE_BENCH=1. */
export default function BenchShellPage() {
  if (readEnv().AISLE_BENCH !== '1') notFound();
  return <p className="p-8">Shell.</p>;
}
