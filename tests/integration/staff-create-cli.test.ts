import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimDataDir } from '@/lib/db/data-dir-owner';
import { openDb } from '@/lib/db/open-db';
import { staffMembers, staffPasswordTokens } from '@/lib/db/schema';
import { hashStaffToken } from '@/lib/staff/sessions';

const run = promisify(execFile);
type Failure = { code: number; stderr: string };

describe('npm run staff:create', () => {
  const cli = path.join(process.cwd(), 'lib/staff/cli/staff-create.ts');
  const tsx = (args: string[], dataDir: string) =>
    run(process.execPath, ['--import', 'tsx', '--conditions=react-server', cli, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        AISLE_DATA_DIR: dataDir,
        AISLE_SEED: '0',
        AISLE_PUBLIC_URL: 'https://shop.example.com',
      },
    });

  it('prints the one-time set-password link on its last line; refuses bad input; on a folder a server holds it says so in one line', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aisle-staff-'));
    try {
      const made = await tsx(['--email', 'Boss@Example.com', '--role', 'admin'], dataDir);
      const link = made.stdout.trim().split('\n').at(-1)!;
      expect(link).toMatch(/^https:\/\/shop\.example\.com\/staff\/set-password\?token=[A-Za-z0-9_-]{43}$/);
      const handle = await openDb({ kind: 'pglite', dataDir });
      try {
        const [member] = await handle.db.select().from(staffMembers);
        expect(member).toMatchObject({ email: 'boss@example.com', role: 'admin', passwordHash: null });
        const token = new URL(link).searchParams.get('token')!;
        const [stored] = await handle.db
          .select()
          .from(staffPasswordTokens)
          .where(eq(staffPasswordTokens.tokenHash, hashStaffToken(token)));
        expect(stored?.staffId).toBe(member!.id);
      } finally {
        await handle.close();
      }
      const again = await tsx(['--email', 'boss@example.com', '--role', 'admin'], dataDir).catch((e: Failure) => e);
      expect(again).toMatchObject({ code: 1 });
      for (const bad of [
        ['--email', 'x@example.com', '--role', 'owner'],
        ['--email', 'x@example.com', '--role', 'associate'],
        ['--email', 'x@example.com', '--role', 'admin', '--store', 'seongsu'],
        ['--role', 'admin'],
      ]) {
        expect(await tsx(bad, dataDir).catch((e: Failure) => e), bad.join(' ')).toMatchObject({ code: 2 });
      }

      const release = claimDataDir(dataDir);
      try {
        const refused = await tsx(['--email', 'second@example.com', '--role', 'admin'], dataDir).catch(
          (e: Failure) => e,
        );
        expect(refused).toMatchObject({ code: 1 });
        expect((refused as Failure).stderr.trim().split('\n')).toEqual([
          expect.stringContaining(`in use by process ${process.pid}`),
        ]);
      } finally {
        release();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
