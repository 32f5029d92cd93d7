import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const reportDir = process.env.AISLE_REPORT_DIR;
// CI sums every suite's counts from these JSON reports.
// The report is named after the run (AISLE_REPORT_NAME) and the project chosen on the command line.
const project = process.argv.includes('--project') ? process.argv[process.argv.indexOf('--project') + 1] : 'all';
const reportName = [process.env.AISLE_REPORT_NAME ?? 'main', project?.replace(/\W/g, '')].join('-');
const reporters = reportDir
  ? ['default', ['json', { outputFile: `${reportDir}/vitest-${reportName}.json` }]]
  : ['default'];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React Server environment; tests run domain code directly.
      { find: /^server-only$/, replacement: `${root}/tests/support/empty-module.ts` },
    ],
  },
  test: {
    reporters: reporters as never,
    // next-auth imports `next/server` without an extension, which Node's ESM resolver refuses;
    // inlined, Vite resolves it (the fuzz suite calls next-auth's own routes).
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Who is signed in comes from the test client (tests/support/api.ts).
          setupFiles: ['tests/support/session-mock.ts'],
          globalSetup: ['tests/support/test-db-templates.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // Tests that only mean something on a real server (several processes, one database).
      ...(process.env.DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'integration-pg',
                include: ['tests/integration-pg/**/*.test.ts'],
                setupFiles: ['tests/support/session-mock.ts'],
                environment: 'node' as const,
                testTimeout: 180_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
