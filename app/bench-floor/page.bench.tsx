import type { Metadata } from 'next';

export const metadata: Metadata = { robots: { index: false }, title: 'Floor' };

/**
 * The floor for `npm run bench`: a bare Next.js page from the same build (the root layout
 * only: document, stylesheet, metadata), so each page's cost shows above the framework's own.
 * A `.bench.tsx` file: only the benchmark's build has it (next.config.mjs).
 */
export default function BenchFloorPage() {
  return <p className="p-8">Floor.</p>;
}
