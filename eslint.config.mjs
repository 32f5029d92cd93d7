import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { noServerOnlyInClient } from './eslint-rules/no-server-only-in-client.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-bench/**',
      'node_modules/**',
      '.data/**',
      'public/sw.js',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    plugins: { aisle: { rules: { 'no-server-only-in-client': noServerOnlyInClient } } },
    rules: {
      'aisle/no-server-only-in-client': 'error',
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
              target: './lib',
              from: './app',
              message: 'The domain does not depend on routes or pages.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
      'no-restricted-syntax': [
        'error',
        {
          // Every page is rendered per request: a viewport prefetch renders the whole target page on
          // the server for each link on screen (a dozen renders per page view) and competes with the
          // page's own loading. Links navigate on click.
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
          message: 'Give <Link> prefetch={false}: pages are dynamic, and viewport prefetches render each one.',
        },
        {
          // A transaction and either driver's database already are a `Db`: a cast would hide a real mismatch.
          selector:
            "TSAsExpression[typeAnnotation.typeName.name='Db'] > TSAsExpression.expression[typeAnnotation.type='TSUnknownKeyword']",
          message:
            'No cast of a database through unknown: run the work through inTransaction(db, work), which hands on a Db.',
        },
      ],
    },
  },
  {
    // useTestDb() registers the file's database hooks (vitest's, not React's): the name reads like the API.
    files: ['tests/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Components and pages reach the BFF only through lib/<domain>/client.ts (schema, fetcher and hook together).
    files: ['components/**', 'app/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the BFF through a hook or fetcher in lib/<domain>/client.ts.' },
        { name: 'EventSource', message: 'Follow the BFF through a hook in lib/<domain>/client.ts.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/http/client-fetch',
              importNames: ['apiFetch'],
              message: 'Call the BFF through a hook or fetcher in lib/<domain>/client.ts.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
