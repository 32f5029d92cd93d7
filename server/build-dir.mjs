// @ts-check
/**
 * Which build this process makes or serves. `npm run bench` builds with AISLE_BENCH_BUILD=1:
 * its build adds the `.bench.tsx`/`.bench.ts` pages and routes (next.config.mjs) and lives in a
 * folder of its own, so that it never stands in for, or overwrites, the production build.
 */
export const BENCH_BUILD_DIR = '.next-bench';

export const benchBuild = process.env.AISLE_BENCH_BUILD === '1';

export const buildDir = benchBuild ? BENCH_BUILD_DIR : '.next';
