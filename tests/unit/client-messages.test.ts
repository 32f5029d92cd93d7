import { describe, expect, it } from 'vitest';
import { clientMessages, getMessages } from '@/lib/i18n/catalogs';
import { SHOP_CLIENT_NAMESPACES, STAFF_CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { en } from '@/lib/i18n/messages/en';
import { LOCALES } from '@/lib/i18n/translate';
import { clientModules } from '../support/client-graph';

const catalog = en as Record<string, Record<string, string>>;

/** The namespaces the client modules translate with: 'ns.key' literals, and `ns.prefix_${…}` templates. */
function namespacesUsed(modules: ReturnType<typeof clientModules>): Map<string, string> {
  const used = new Map<string, string>();
  for (const [file, module] of modules) {
    for (const literal of module.literals) {
      const m = /^([a-zA-Z]+)\.(\w*)(\$\{)?/.exec(literal);
      if (!m || !(m[1]! in catalog)) continue;
      // A template names its namespace; a plain string only when it is one of the namespace's keys.
      const key = m[3] ? true : m[0] === literal && m[2]! in catalog[m[1]!]!;
      if (key && !used.has(m[1]!)) used.set(m[1]!, file);
    }
  }
  return used;
}

const trees = [
  {
    name: 'shop',
    namespaces: SHOP_CLIENT_NAMESPACES as readonly string[],
    modules: clientModules(['app/(site)'], ['app/global-not-found.tsx']),
  },
  {
    name: 'staff console',
    namespaces: STAFF_CLIENT_NAMESPACES as readonly string[],
    modules: clientModules(['app/staff']),
  },
];

describe('client message namespaces', () => {
  for (const tree of trees) {
    it(`the ${tree.name}'s provider holds every namespace its client components translate with, and no other`, () => {
      expect(tree.modules.size, 'the scan finds the client components').toBeGreaterThan(20);
      const used = namespacesUsed(tree.modules);
      const missing = [...used].filter(([ns]) => !tree.namespaces.includes(ns)).map(([ns, file]) => `${ns} (${file})`);
      expect(missing, 'used by a client component but not handed to the client').toEqual([]);
      expect(
        tree.namespaces.filter((ns) => !used.has(ns)),
        'handed to the client but no client component uses it',
      ).toEqual([]);
    });
  }

  it('hands the client the page locale only, and only those namespaces', () => {
    for (const locale of LOCALES) {
      for (const namespaces of [SHOP_CLIENT_NAMESPACES, STAFF_CLIENT_NAMESPACES]) {
        const payload = clientMessages(locale, namespaces) as Record<string, unknown>;
        expect(Object.keys(payload).sort()).toEqual([...namespaces].sort());
        const own = getMessages(locale) as Record<string, unknown>;
        for (const ns of namespaces) expect(payload[ns]).toBe(own[ns]);
        // No other locale's text: every message that reads differently elsewhere reads as this locale's.
        const text = JSON.stringify(payload);
        for (const other of LOCALES.filter((l) => l !== locale)) {
          const theirs = getMessages(other) as Record<string, Record<string, string>>;
          const foreign = namespaces.flatMap((ns) =>
            Object.entries(theirs[ns]!).filter(
              ([key, value]) =>
                value !== (own[ns] as Record<string, string>)[key] &&
                value.length > 12 &&
                text.includes(JSON.stringify(value)),
            ),
          );
          expect(foreign, `${locale} payload carries ${other} text`).toEqual([]);
        }
      }
    }
  });

  it('leaves most of the catalog on the server', () => {
    const whole = JSON.stringify(getMessages('en')).length;
    expect(JSON.stringify(clientMessages('en', SHOP_CLIENT_NAMESPACES)).length).toBeLessThan(whole);
    expect(JSON.stringify(clientMessages('en', STAFF_CLIENT_NAMESPACES)).length).toBeLessThan(whole / 2);
  });
});
