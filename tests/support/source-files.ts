import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** The .ts and .tsx files under these folders of the repository, with their text. */
export function sourceFiles(...dirs: string[]): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    });
  return dirs
    .flatMap((dir) => walk(join(repoRoot, dir)))
    .map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
}
