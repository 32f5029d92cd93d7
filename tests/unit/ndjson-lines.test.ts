import { describe, expect, it } from 'vitest';
import { ndjsonLines, type NdjsonLine } from '@/lib/http/ndjson';

const bytes = (text: string) => new TextEncoder().encode(text);

async function read(chunks: Uint8Array[], limits = { maxBytes: 1_000, maxLineBytes: 40 }) {
  const out: NdjsonLine[] = [];
  for await (const line of ndjsonLines(
    (async function* () {
      yield* chunks;
    })(),
    limits,
  ))
    out.push(line);
  return out;
}
const shape = (lines: NdjsonLine[]) => lines.map((l) => ('error' in l ? [l.line, l.error.code] : [l.line, l.value]));

describe('NDJSON lines', () => {
  it('splits lines across chunk boundaries, also inside a multi-byte character; skips blank lines; reads CRLF and a BOM', async () => {
    const text = '\uFEFF{"a":"한"}\r\n\n{"b":2}\n{"c":3}';
    const all = bytes(text);
    // Every split point, so a line or a character cut in two is put back together.
    for (let cut = 1; cut < all.length; cut++) {
      expect(shape(await read([all.subarray(0, cut), all.subarray(cut)])), `cut at ${cut}`).toEqual([
        [1, { a: '한' }],
        [3, { b: 2 }],
        [4, { c: 3 }],
      ]);
    }
  });

  it('reports a line that is not JSON, and one past the line cap without holding it, then goes on', async () => {
    const long = `{"x":"${'y'.repeat(100)}"}`;
    const lines = await read([
      bytes(`{"ok":1}\nnot json\n${long.slice(0, 30)}`),
      bytes(`${long.slice(30)}\n{"ok":2}\n`),
    ]);
    expect(shape(lines)).toEqual([
      [1, { ok: 1 }],
      [2, 'invalid_json'],
      [3, 'payload_too_large'],
      [4, { ok: 2 }],
    ]);
  });

  it('stops with payload_too_large once the body passes its cap, after the lines before it', async () => {
    const seen: unknown[] = [];
    const lines = ndjsonLines(
      (async function* () {
        yield bytes('{"n":1}\n');
        yield bytes('x'.repeat(2_000));
      })(),
      { maxBytes: 1_000, maxLineBytes: 5_000 },
    );
    await expect(
      (async () => {
        for await (const line of lines) seen.push(line);
      })(),
    ).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(seen).toEqual([{ line: 1, value: { n: 1 } }]);
  });
});
