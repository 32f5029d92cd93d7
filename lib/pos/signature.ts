import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/http/errors';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * hex HMAC-SHA256 of "{timestamp}.{raw body}": what a POS puts in X-Aisle-Signature. The body
 * is taken as the bytes sent (a string as its UTF-8 bytes), never as text decoded from them.
 */
export function signPosRequest(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** A request's signature headers, well-formed and within 5 minutes of `now`. */
export type PosSignature = { timestamp: number; signature: Buffer };

const unauthorized = (why: string) => new AppError('unauthorized', why);

/** Refuses (401) a request whose signature headers are missing, malformed, or older or newer than 5 minutes. */
export function readPosSignature(headers: Headers, now: Date): PosSignature {
  const timestampHeader = headers.get('x-aisle-timestamp') ?? '';
  const signature = headers.get('x-aisle-signature') ?? '';
  if (!/^\d{1,12}$/.test(timestampHeader) || !/^[0-9a-f]{64}$/i.test(signature)) {
    throw unauthorized('Sign the request with X-Aisle-Timestamp and X-Aisle-Signature');
  }
  const timestamp = Number(timestampHeader);
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    throw unauthorized('The request timestamp is more than 5 minutes off');
  }
  return { timestamp, signature: Buffer.from(signature, 'hex') };
}

/** Whether `secret` made this signature over these bytes (in constant time). */
export function signedWith(secret: string, signed: PosSignature, rawBody: string | Uint8Array): boolean {
  const expected = Buffer.from(signPosRequest(secret, signed.timestamp, rawBody), 'hex');
  return expected.length === signed.signature.length && timingSafeEqual(expected, signed.signature);
}
