import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';

/**
 * What can be promised is on hand − reserved − safety stock, and availableSql() alone says so:
 * an `on_hand - reserved` written anywhere else would skip safety stock (the product page, a
 * listing, the bag or checkout promising the last unit on the shop floor twice).
 */
describe('availability is computed in one place', () => {
  it('has no on_hand − reserved outside lib/inventory/available-sql.ts', () => {
    const pattern = /on_?hand\}?\s*-\s*(\$\{)?[\w.]*reserved/i;
    const offenders = sourceFiles('lib', 'app', 'components')
      .filter((f) => f.path !== 'lib/inventory/available-sql.ts' && !f.path.startsWith('lib/db/migrations'))
      .flatMap((f) =>
        f.text
          .split('\n')
          .map((line, i) => ({ line, at: `${f.path}:${i + 1}` }))
          .filter(({ line }) => pattern.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//')),
      )
      .map((o) => `${o.at}: ${o.line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('recognises the forms it forbids', () => {
    const pattern = /on_?hand\}?\s*-\s*(\$\{)?[\w.]*reserved/i;
    for (const form of [
      's.on_hand - s.reserved',
      'on_hand - reserved',
      '${stockLevels.onHand} - ${stockLevels.reserved}',
    ]) {
      expect(pattern.test(form), form).toBe(true);
    }
  });
});
