import { parseArgs } from 'node:util';
import { withCliDb } from '@/lib/db/cli/cli-db';
import { createApiKey, listApiKeys, revokeApiKey } from '../api-keys';
import { KEY_SCOPES, isKeyScope, type KeyScope } from '../scopes';

/**
 * `npm run keys:create -- --name NAME --scopes a,b`: a new integration key, printed alone on the
 * last line (shown this once; only its hash is kept). `npm run keys:list`, `npm run keys:revoke -- ID`.
 */
const USAGE = `Usage: keys:create -- --name NAME --scopes ${KEY_SCOPES.join(',')} | keys:list | keys:revoke -- KEY_ID`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: rest,
      options: { name: { type: 'string' }, scopes: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (command === 'create') {
  const name = values.name?.trim();
  if (!name) fail('A key needs --name');
  const scopes = (values.scopes ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (scopes.length === 0) fail('A key needs --scopes');
  const unknown = scopes.filter((s) => !isKeyScope(s));
  if (unknown.length > 0) fail(`Unknown scope ${unknown.join(', ')}; scopes are ${KEY_SCOPES.join(', ')}`);
  const made = await withCliDb((db) => createApiKey(db, { name, scopes: scopes as KeyScope[] }, new Date()));
  console.info(`Created API key ${made.id} "${name}" with ${scopes.join(', ')}. It is shown this once:`);
  console.info(made.key);
} else if (command === 'list') {
  const keys = await withCliDb((db) => listApiKeys(db));
  if (keys.length === 0) console.info('No API keys yet.');
  for (const k of keys) {
    const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'live';
    const used = k.lastUsedAt ? `last used ${k.lastUsedAt.toISOString()}` : 'never used';
    console.info(`${k.id}  ${k.prefix}…  ${k.name}  [${k.scopes.join(',')}]  ${state}, ${used}`);
  }
} else if (command === 'revoke') {
  const id = positionals[0];
  if (!id) fail('Name the key to revoke');
  const revoked = await withCliDb((db) => revokeApiKey(db, id, new Date()));
  if (!revoked) {
    console.error(`No live API key ${id}`);
    process.exit(1);
  }
  console.info(`Revoked ${id}.`);
} else {
  fail(command ? `Unknown command ${command}` : 'Name a command');
}
