import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// The lint rule says the same for components/**; this holds even if the rule is switched off.
describe('components reach the BFF only through lib/<domain>/client.ts', () => {
  const files = sources(join(root, 'components'));

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no component calls fetch( or apiFetch(', () => {
    const offenders = files
      .filter((file) => /\b(?:fetch|apiFetch)\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
