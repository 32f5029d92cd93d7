import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '@/lib/http/api-routes';

const appFiles = readdirSync('app', { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));
const inBenchFolder = (file: string) => file.split('/').some((segment) => segment.startsWith('bench'));

// next.config.mjs routes `.bench.tsx`/`.bench.ts` files only in the benchmark's build (AISLE_BENCH_BUILD=1);
// tests/e2e/production-server.spec.ts checks the production build itself.
describe('nothing of the benchmarks ships', () => {
  it('every file in a bench folder under app/ is a .bench file, and no other file is', () => {
    const code = appFiles.filter((f) => /\.(tsx?|jsx?)$/.test(f));
    const benchFolders = code.filter(inBenchFolder);
    expect(benchFolders.length).toBeGreaterThanOrEqual(3);
    expect(benchFolders.filter((f) => !/\.bench\.tsx?$/.test(f))).toEqual([]);
    expect(code.filter((f) => /\.bench\./.test(f) && !inBenchFolder(f))).toEqual([]);
  });

  it('the production route table has no bench route', () => {
    expect(Object.keys(API_ROUTES).filter((p) => p.includes('bench'))).toEqual([]);
  });
});
