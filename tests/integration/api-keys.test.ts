import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimDataDir } from '@/lib/db/data-dir-owner';
import { openDb } from '@/lib/db/open-db';
import { apiKeys } from '@/lib/db/schema';
import { route } from '@/lib/http/route';
import { authenticateApiKey, revokeApiKey } from '@/lib/integrations/api-keys';
import { keyWith } from '../support/api-keys';
import { callRoute } from '../support/call-route';
import { testOperation } from '../support/test-operation';
import { useTestDb } from '../support/test-db';

const run = promisify(execFile);
const db = useTestDb({ seed: false });

type Answer = { key?: { id: string; name: string; scopes: string[] }; error?: { code: string; required?: string } };

/** A route that needs stock:write and answers the key it was called with. */
const stockRoute = route(testOperation({ auth: 'key:stock:write' }), async ({ caller }) => ({ key: caller.key }));
const call = (key?: string) =>
  callRoute<Answer>(stockRoute, '/x', {
    init: { method: 'POST', headers: key === undefined ? {} : { authorization: `Bearer ${key}` } },
  });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('API keys on an integration route', () => {
  it('admits a live key with the scope, and tells the handler which key called', async () => {
    const key = await keyWith(db, ['stock:write', 'orders:read']);
    const answer = await call(key);
    expect(answer.status).toBe(200);
    expect(answer.body.key).toMatchObject({ scopes: ['stock:write', 'orders:read'] });
    const [row] = await db.db.select().from(apiKeys).where(eq(apiKeys.id, answer.body.key!.id));
    // Only the hash is kept, and the use is noted.
    expect(row!.hash).not.toContain(key);
    expect(JSON.stringify(row)).not.toContain(key);
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it('refuses a missing, unknown or malformed key with 401 and an under-scoped one with 403', async () => {
    expect((await call()).status).toBe(401);
    for (const bad of ['aisle_sk_not-a-key', 'garbage', '']) {
      const answer = await call(bad);
      expect(answer.status, bad).toBe(401);
    }
    expect((await call('aisle_sk_not-a-key')).body.error?.code).toBe('invalid_api_key');
    const readOnly = await keyWith(db, ['orders:read']);
    const answer = await call(readOnly);
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'insufficient_scope', required: 'stock:write' });
  });

  it('refuses a revoked key at once', async () => {
    const key = await keyWith(db, ['stock:write']);
    const me = await authenticateApiKey(db.db, key, new Date());
    expect((await call(key)).status).toBe(200);
    expect(await revokeApiKey(db.db, me!.id, new Date())).toBe(true);
    const answer = await call(key);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('invalid_api_key');
    expect(await revokeApiKey(db.db, me!.id, new Date())).toBe(false);
  });

  it('limits each key to its own budget a minute: the next call is 429, another key is unaffected', async () => {
    vi.stubEnv('AISLE_API_KEY_REQUESTS_PER_MINUTE', '3');
    const busy = await keyWith(db, ['stock:write']);
    const quiet = await keyWith(db, ['stock:write']);
    for (let i = 0; i < 3; i++) expect((await call(busy)).status).toBe(200);
    const refused = await call(busy);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await call(quiet)).status).toBe(200);
  });
});

describe('npm run keys:create', () => {
  const cli = path.join(process.cwd(), 'lib/integrations/cli/keys.ts');
  const tsx = (args: string[], dataDir: string) =>
    run(process.execPath, ['--import', 'tsx', '--conditions=react-server', cli, ...args], {
      env: { ...process.env, DATABASE_URL: '', AISLE_DATA_DIR: dataDir, AISLE_SEED: '0' },
    });

  it('prints the key alone on its last line, and that key works; on a folder a server holds it says so in one line', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aisle-keys-'));
    try {
      const made = await tsx(['create', '--name', 'ERP', '--scopes', 'stock:write,orders:read'], dataDir);
      const key = made.stdout.trim().split('\n').at(-1)!;
      expect(key).toMatch(/^aisle_sk_[\w-]{40,}$/);
      const handle = await openDb({ kind: 'pglite', dataDir });
      try {
        expect(await authenticateApiKey(handle.db, key, new Date())).toMatchObject({
          name: 'ERP',
          scopes: ['stock:write', 'orders:read'],
        });
      } finally {
        await handle.close();
      }

      const release = claimDataDir(dataDir);
      try {
        const refused = await tsx(['list'], dataDir).then(
          () => null,
          (error: { code: number; stderr: string }) => error,
        );
        expect(refused?.code).toBe(1);
        expect(refused?.stderr.trim().split('\n')).toEqual([
          expect.stringContaining(`in use by process ${process.pid}`),
        ]);
      } finally {
        release();
      }
      const unknownScope = await tsx(['create', '--name', 'x', '--scopes', 'admin'], dataDir).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(unknownScope).toMatchObject({ code: 2 });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
