/**
 * One field of a valid body at a time, replaced: with the wrong type, hostile text, a huge string,
 * a near miss of its value, or nothing.
 */

const MISSING = Symbol('missing');
export type Break = { path: (string | number)[]; label: string; value: unknown };

/** What one field may be replaced with: wrong types, hostile text, a huge string, near misses of its value. */
function replacementsFor(valid: unknown): { label: string; value: unknown }[] {
  const out: { label: string; value: unknown }[] = [
    { label: 'missing', value: MISSING },
    ...[null, true, -1, 1.5, 2 ** 53 + 2, 1e308, 'x', '', [], {}, { $gt: '' }].map((value) => ({
      label: JSON.stringify(value),
      value,
    })),
    ...[
      '\u0000',
      '\ud800',
      '\u202Eevil',
      '😀'.repeat(200),
      'e\u0301',
      '\uFEFF',
      'ｆｕｌｌｗｉｄｔｈ',
      "'; DROP TABLE users; --",
      '<script>alert(1)</script>',
      '__proto__',
    ].map((value) => ({ label: JSON.stringify(value).slice(0, 20), value })),
    { label: 'a huge string', value: 'a'.repeat(5_000) },
  ];
  if (typeof valid === 'string') {
    for (const [label, value] of [
      ['padded', ` ${valid} `],
      ['+NUL', `${valid}\u0000`],
      ['+emoji', `${valid}😀`],
      ['+combining', `${valid}\u0301`],
      ['+RTL override', `\u202E${valid}`],
      ['fullwidth', valid.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    ])
      out.push({ label: `the valid value ${label}`, value });
  } else if (typeof valid === 'number') {
    for (const value of [0, valid + 1, -valid, valid + 0.5, valid * 1e9, String(valid)])
      out.push({ label: `near ${JSON.stringify(value)}`, value });
  } else if (Array.isArray(valid)) {
    out.push({ label: 'the valid list twice', value: [...valid, ...valid] });
    out.push({ label: '600 copies', value: Array.from({ length: 600 }, () => valid[0]) });
  }
  return out;
}

/** Every field (nested ones and list items too) with every replacement. */
export function breaksOf(body: unknown, path: (string | number)[] = []): Break[] {
  const out: Break[] = [];
  const children: [string | number, unknown][] = Array.isArray(body)
    ? body.map((v, i) => [i, v])
    : body && typeof body === 'object'
      ? Object.entries(body)
      : [];
  for (const [key, child] of children) {
    const at = [...path, key];
    for (const r of replacementsFor(child)) out.push({ path: at, label: `${at.join('.')}=${r.label}`, value: r.value });
    out.push(...breaksOf(child, at));
  }
  return out;
}

/** A copy of `body` with the one field replaced (or removed). */
export function applyBreak(body: Record<string, unknown>, b: Break): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of b.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = b.path.at(-1)!;
  if (b.value === MISSING) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = b.value;
  }
  return copy;
}
