import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/http/errors';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** hex HMAC-SHA256 of "{timestamp}.{raw body}": what a POS puts in X-Aisle-Signature. */
export function signPosRequest(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** Refuses (401) a request whose signature is missing, wrong, or older or newer than 5 minutes. */
export function verifyPosSignature(headers: Headers, rawBody: string, secret: string, now: Date): void {
  const unauthorized = (why: string) => new AppError('unauthorized', why);
  const timestampHeader = headers.get('x-aisle-timestamp') ?? '';
  const signature = headers.get('x-aisle-signature') ?? '';
  if (!/^\d{1,12}$/.test(timestampHeader) || !/^[0-9a-f]{64}$/i.test(signature)) {
    throw unauthorized('Sign the request with X-Aisle-Timestamp and X-Aisle-Signature');
  }
  const timestamp = Number(timestampHeader);
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    throw unauthorized('The request timestamp is more than 5 minutes off');
  }
  const expected = Buffer.from(signPosRequest(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw unauthorized('The signature does not match');
  }
}
