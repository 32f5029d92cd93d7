import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '@/lib/http/contract';
import { acceptedAuths } from '@/lib/http/operation';

/**
 * Route handlers take the database, clock, settings and caller from `route()` and declare who
 * may call them; none of them opens, reads or checks these itself.
 */
const root = join(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

type Rule = [pattern: RegExp, what: string];

const fakeRequest: Rule = [/new Request\(\s*['"`]http:\/\/local/, 'a fake Request — pass the headers'];

const handlerRules: Rule[] = [
  [/\bgetDb\(/, 'getDb( — take `db` from the context'],
  [/\bnew Date\(/, 'new Date( — take `now` from the context'],
  [/\breadEnv\(/, 'readEnv( — take `env` from the context'],
  [/as unknown as Db\b/, 'as unknown as Db — use inTransaction(db, fn)'],
  [/['"]unauthorized['"]/, "a hand-written 'unauthorized' check — declare `auth`, or use signedIn()"],
  fakeRequest,
];

function offences(files: string[], rules: Rule[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return rules.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${file}: ${what}`);
  });
}

describe('route handlers take their context from route()', () => {
  it('no handler under app/api opens the database, reads the clock or the env, or checks sign-in itself', () => {
    expect(offences(sourcesUnder('app/api'), handlerRules)).toEqual([]);
  });

  it('every route() under app/api declares its auth', () => {
    // Through its operation (lib/<domain>/contract.ts), never an inline spec beside the handler.
    const inline = sourcesUnder('app/api').filter((file) =>
      /\b(route|signedPosRoute)\(\s*\{/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(inline).toEqual([]);
    const undeclared = operations.filter((op) => !op.auth || acceptedAuths(op).length === 0);
    expect(undeclared.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('nothing in the tree builds a fake Request to read headers', () => {
    expect(offences(['app', 'lib', 'components'].flatMap(sourcesUnder), [fakeRequest])).toEqual([]);
  });
});
