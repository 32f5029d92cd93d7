import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';

// The lint rule says the same for components/** and app/**/*.tsx; this holds even if the rule is switched off.
describe('components and pages reach the BFF only through lib/<domain>/client.ts', () => {
  const files = [...sourceFiles('components'), ...sourceFiles('app').filter((f) => f.path.endsWith('.tsx'))];

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('none calls fetch( or apiFetch(', () => {
    const offenders = files.filter((f) => /\b(?:fetch|apiFetch)\s*\(/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
