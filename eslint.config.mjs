import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Modules that hold server state or secrets: never imported by UI or client-side code. */
const serverOnly = ['./lib/db', './lib/env.ts', './lib/site.ts', './lib/http/route.ts'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'public/sw.js',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './components',
              from: ['./lib/db', './lib/env.ts'],
              message: 'Components get data from pages; they never reach the database.',
            },
            {
              target: [
                './lib/**/client.ts',
                './lib/**/client.tsx',
                './lib/**/schema.ts',
                './lib/money.ts',
                './lib/i18n/translate.ts',
                './lib/i18n/messages',
              ],
              from: serverOnly,
              message: 'Client-safe modules must not import server-only modules.',
            },
            {
              target: './lib',
              from: './app',
              message: 'The domain does not depend on routes or pages.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
    },
  },
];

export default config;
