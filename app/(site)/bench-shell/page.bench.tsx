import type { Metadata } from 'next';

export const metadata: Metadata = { robots: { index: false }, title: 'Shell' };

/** For `npm run bench`: the storefront's shell (header, footer, providers) around an empty page. Only in the benchmark's build. */
export default function BenchShellPage() {
  return <p className="p-8">Shell.</p>;
}
