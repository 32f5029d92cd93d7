import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Fails an import of a `server-only` module from a module the browser may load. The test is the
 * modules' own text, read at lint time, so a new module is covered the moment it is written:
 * - a client module says `'use client'` or is a lib/<domain>/client.ts(x);
 * - any other lib module without `import 'server-only'` is client-safe (client modules import it),
 *   so it may not import a server-only one either, which carries the rule through every import a
 *   client module makes, not only its direct ones. Command-line scripts (lib/**\/cli/) run outside
 *   Next and are exempt.
 * Type-only imports count too: a type the client needs belongs in a client-safe schema module.
 */
const SERVER_ONLY = /^import 'server-only';$/m;
const USE_CLIENT = /^\s*['"]use client['"]/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

const textOf = new Map();
function read(file) {
  if (!textOf.has(file)) textOf.set(file, existsSync(file) ? readFileSync(file, 'utf8') : null);
  return textOf.get(file);
}

function resolveModule(specifier, importer, root) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(importer), specifier);
  else return null;
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (/\.tsx?$/.test(candidate) && read(candidate) !== null) return candidate;
  }
  return null;
}

function importerKind(file, text, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (USE_CLIENT.test(text) || /^lib\/.+\/client\.tsx?$/.test(rel)) return 'client';
  if (rel.startsWith('lib/') && !SERVER_ONLY.test(text) && !/^lib\/(.+\/)?cli\//.test(rel)) return 'client-safe';
  return null;
}

export const noServerOnlyInClient = {
  meta: {
    type: 'problem',
    docs: { description: "Client and client-safe modules never import a 'server-only' module." },
    messages: {
      client: "Client modules import only client-safe modules: '{{ source }}' is 'server-only'.",
      'client-safe':
        "A module without 'server-only' is client-safe: it cannot import '{{ source }}', which is 'server-only' (mark this one 'server-only' if it is server code).",
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const kind = importerKind(context.filename, context.sourceCode.text, root);
    if (!kind) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveModule(source.value, context.filename, root);
      if (target && SERVER_ONLY.test(read(target))) {
        context.report({ node: source, messageId: kind, data: { source: source.value } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
