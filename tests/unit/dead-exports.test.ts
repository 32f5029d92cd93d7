import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['app', 'components', 'lib', 'tests', 'bench', 'server'];
const TOP_LEVEL = ['proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'drizzle.config.ts', 'playwright.config.ts'];

const files = [
  ...ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true })
      .map((file) => path.join(root, String(file)))
      .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.includes(`${path.sep}migrations${path.sep}`)),
  ),
  ...TOP_LEVEL,
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

const EXPORTED = /^export (?:async )?(?:function|const|let|class|type|interface) (\w+)/gm;

describe('exports', () => {
  it('every lib export is used somewhere: in its own module or by another one', () => {
    const dead: string[] = [];
    for (const { file, text } of files.filter((f) => f.file.startsWith(`lib${path.sep}`))) {
      for (const [, name] of text.matchAll(EXPORTED)) {
        const word = new RegExp(`\\b${name}\\b`);
        const usedHere = text.split(word).length > 2;
        if (!usedHere && !files.some((other) => other.file !== file && word.test(other.text))) {
          dead.push(`${file}: ${name}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });
});
