import { AppError } from '@/lib/http/errors';

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * A credentials callback's body, read once into the one form that is both counted and checked.
 * next-auth would also take JSON (any content type that merely contains `application/json`) and,
 * for a repeated key, the last value; the limits could not count such a body the same way, so
 * it is refused. The caller hands next-auth this form re-serialised, under exactly `FORM_TYPE`.
 */
export function readSignInForm(contentType: string | null, text: string): URLSearchParams {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (essence !== FORM_TYPE || /json/i.test(contentType ?? '')) {
    throw new AppError('unsupported_media_type', `Sign in with a form body (${FORM_TYPE})`);
  }
  const form = new URLSearchParams(text);
  const repeated = [...new Set(form.keys())].filter((key) => form.getAll(key).length > 1);
  if (repeated.length > 0) {
    throw new AppError('invalid_request', 'Each sign-in field may be sent once', {
      fields: Object.fromEntries(repeated.map((key) => [key, ['Send this field once']])),
    });
  }
  return form;
}
