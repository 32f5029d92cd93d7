import { AppError } from './errors';

/** One line of an NDJSON body: its 1-based number and its JSON, or why it is not JSON. */
export type NdjsonLine = { line: number; value: unknown } | { line: number; error: AppError };

export type NdjsonLimits = { maxBytes: number; maxLineBytes: number };

async function* chunksOf(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Not awaited: a reader that stopped early (too large) need not wait for the client's side.
    reader.cancel().catch(() => undefined);
  }
}

function parseLine(line: number, text: string, check: (value: unknown) => void): NdjsonLine {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { line, error: new AppError('invalid_json', 'This line is not valid JSON') };
  }
  try {
    check(value);
  } catch (error) {
    if (error instanceof AppError) return { line, error };
    throw error;
  }
  return { line, value };
}

/**
 * An NDJSON body line by line, as it arrives: never more than one line is held, and a line past
 * `maxLineBytes` is skipped unread (reported as its own error). Blank lines count but yield
 * nothing. Past `maxBytes` in all it stops with `payload_too_large`, after the lines before.
 * `check` runs on each parsed value (the edge's text checks) and turns its AppError into the line's.
 */
export async function* ndjsonLines(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  limits: NdjsonLimits,
  check: (value: unknown) => void = () => undefined,
): AsyncGenerator<NdjsonLine> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let total = 0;
  let line = 1;
  let pending = '';
  let pendingBytes = 0;
  let skipping = false;
  const finish = (text: string): NdjsonLine | null => {
    const n = line++;
    if (skipping) {
      skipping = false;
      return {
        line: n,
        error: new AppError('payload_too_large', `A line may hold at most ${limits.maxLineBytes} bytes`),
      };
    }
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    return trimmed === '' ? null : parseLine(n, trimmed, check);
  };
  for await (const chunk of chunksOf(source)) {
    total += chunk.byteLength;
    if (total > limits.maxBytes)
      throw new AppError('payload_too_large', `The body is larger than ${limits.maxBytes} bytes`);
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl === -1 ? chunk.byteLength : nl);
      if (!skipping) {
        pendingBytes += piece.byteLength;
        if (pendingBytes > limits.maxLineBytes) {
          skipping = true;
          pending = '';
          decoder.decode();
        } else pending += decoder.decode(piece, { stream: true });
      }
      if (nl === -1) break;
      const done = finish(skipping ? '' : pending + decoder.decode());
      pending = '';
      pendingBytes = 0;
      if (done) yield done;
      start = nl + 1;
    }
  }
  const last = finish(pending + decoder.decode());
  if (last) yield last;
}
