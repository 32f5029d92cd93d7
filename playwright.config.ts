import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// Debian's Chromium where Playwright has no browser of its own (no downloads on this network).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const reportDir = process.env.AISLE_REPORT_DIR;
/**
 * `npm run test:load` (AISLE_LOAD=1): the load test in tests/load, against servers it starts
 * itself. Apart from the journeys, so `npm run test:e2e` never runs it unless asked.
 */
const load = process.env.AISLE_LOAD === '1';
/** How every test's Chromium starts; tests that need their own (persistent) browser reuse it. */
export const E2E_LAUNCH = {
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
export const E2E_BASE_URL = baseURL;
/** The test server's POS secret; the tests sign store-side calls with it. */
export const E2E_POS_SECRET = 'e2e-only-pos-secret-0123456789';
/** Where the test server's integration API key is written (tests/e2e/support/integration.ts reads it). */
export const E2E_API_KEY_FILE = '.data/e2e-api-key';
/** The set-password link of the admin who invites the store-floor journeys' associates (tests/e2e/support/staff-floor.ts). */
export const E2E_FLOOR_ADMIN_LINK_FILE = '.data/e2e-staff-floor-admin-link';
const E2E_KEY_SCOPES = 'catalog:write,stock:write,stores:write,orders:read,webhooks:write';
/** Where the test server's first staff admin's one-time set-password link is written (staff:create's last line). */
export const E2E_STAFF_ADMIN_LINK_FILE = '.data/e2e-staff-admin-link';
export const E2E_STAFF_ADMIN_EMAIL = 'admin@staff.test';
/** The CDN country header the test server trusts (AISLE_GEO_COUNTRY_HEADER). */
export const E2E_COUNTRY_HEADER = 'x-aisle-country';
/** An associate of Seongsu for the endless-aisle journey (its own link: the admin's is the console journey's). */
export const E2E_STAFF_AISLE_LINK_FILE = '.data/e2e-staff-aisle-link';
export const E2E_STAFF_AISLE_EMAIL = 'aisle-associate@staff.test';
/** Specs that must run after every journey: they spend a shared budget, or rebuild the service worker. */
const LAST = /client-address|pwa-update/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Journeys visit several pages and run axe on each; a 2-core CI machine needs the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/${load ? 'load' : 'e2e'}.json` }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: E2E_LAUNCH,
    // The test server sits "behind a CDN in Korea": every browser lands in the KR market, whatever its
    // language (an en-US browser alone would land in the US); the markets journey sends its own country.
    extraHTTPHeaders: { [E2E_COUNTRY_HEADER]: 'KR' },
  },
  projects: load
    ? [{ name: 'load', testDir: 'tests/load', use: { ...devices['Desktop Chrome'] } }]
    : [
        { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@phone/, testIgnore: LAST },
        { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/, testIgnore: LAST },
        // Spends 127.0.0.1's whole budget of order look-ups, which the journeys use too: after them.
        {
          name: 'budgets',
          use: { ...devices['Desktop Chrome'] },
          testMatch: /client-address/,
          dependencies: ['desktop', 'phone'],
        },
        // Rebuilds the service worker under the running server: only after every other test.
        {
          name: 'update',
          use: { ...devices['Desktop Chrome'] },
          testMatch: /pwa-update/,
          dependencies: ['desktop', 'phone'],
        },
      ],
  webServer: load
    ? undefined
    : {
        // The production build, as `npm start` serves it, on a fresh embedded database that this run owns.
        // First an integration key for the journeys that feed the shop as a retailer's systems do,
        // made as a retailer makes one (keys:create, before the server owns the folder).
        command: [
          'rm -rf .data/e2e && mkdir -p .data',
          `npm run --silent keys:create -- --name e2e --scopes ${E2E_KEY_SCOPES} | tail -n 1 > ${E2E_API_KEY_FILE}`,
          // The console's first admin, as a retailer makes one (staff:create), also before the server starts.
          `npm run --silent staff:create -- --email ${E2E_STAFF_ADMIN_EMAIL} --role admin | tail -n 1 > ${E2E_STAFF_ADMIN_LINK_FILE}`,
          // A second admin, who invites the associates of the pickup and count journeys (tests/e2e/support/staff-floor.ts).
          `npm run --silent staff:create -- --email floor-admin@e2e.test --role admin | tail -n 1 > ${E2E_FLOOR_ADMIN_LINK_FILE}`,
          // Its store must exist first: the demo retailer, seeded as the server would on its first start.
          'npm run --silent db:seed',
          `npm run --silent staff:create -- --email ${E2E_STAFF_AISLE_EMAIL} --role associate --store seongsu | tail -n 1 > ${E2E_STAFF_AISLE_LINK_FILE}`,
          // The offers journey's own admin (password set, TOTP enrolled by the journey): apart from the first, whose one-time link is another journey's.
          'npx tsx --conditions=react-server tests/e2e/support/make-staff-admin.ts',
          `node server/start.mjs -p ${PORT} -H 127.0.0.1`,
        ].join(' && '),
        url: `${baseURL}/api/health`,
        timeout: 120_000,
        // E2E_REUSE=1 runs against a server you started yourself (e.g. npm run dev with E2E_PORT=3000).
        reuseExistingServer: process.env.E2E_REUSE === '1',
        env: {
          AISLE_DATA_DIR: '.data/e2e',
          AISLE_PUBLIC_URL: baseURL,
          // The production build needs a secret; this one exists only for the test server.
          AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
          POS_WEBHOOK_SECRET: E2E_POS_SECRET,
          AISLE_DEV_OUTBOX: '1',
          // POST /api/dev/stock: a stock count, so a journey can restock a store (back-in-stock messages).
          AISLE_DEV_STOCK: '1',
          // Webhooks to a receiver the test runs on 127.0.0.1 (plain http), in this production build.
          AISLE_WEBHOOK_LOCAL_RECEIVERS: '1',
          // Product photos the PIM journey serves from 127.0.0.1, in this production build.
          AISLE_IMAGE_LOCAL_SOURCES: '1',
          // Every journey comes from 127.0.0.1: one address's daily budget of unpaid units is not what they test.
          AISLE_HOLD_UNITS_PER_ADDRESS: '1000000',
          // Nor are the 20 sign-ups an hour one address may make: the journeys sign up more shoppers than that.
          AISLE_SIGNUPS_PER_ADDRESS: '1000000',
          AISLE_SECURITY_CONTACT: 'mailto:security@aisle.test',
          AISLE_GEO_COUNTRY_HEADER: E2E_COUNTRY_HEADER,
        },
      },
});
