import type { ZodError } from 'zod';

export const ErrorCodes = {
  invalid_request: 422,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  totp_enrolment_required: 403,
  staff_sign_in_failed: 401,
  totp_required: 401,
  totp_invalid: 401,
  totp_already_enrolled: 409,
  totp_not_started: 409,
  invalid_api_key: 401,
  insufficient_scope: 403,
  api_key_not_accepted: 401,
  cross_site_request: 403,
  not_found: 404,
  version_conflict: 412,
  cart_empty: 422,
  payment_declined: 402,
  payment_method_unavailable: 422,
  precondition_required: 428,
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
  insufficient_stock: 409,
  reservation_limit: 409,
  pickup_unavailable: 409,
  pickup_other_market: 422,
  address_other_market: 422,
  external_id_conflict: 409,
  total_mismatch: 422,
  line_limit_exceeded: 422,
  offer_code_unknown: 422,
  offer_code_other_market: 422,
  currency_mismatch: 422,
  offer_not_applicable: 422,
  sale_has_offer_code: 409,
  offers_changed: 409,
  owner_mismatch: 409,
  order_not_cancellable: 409,
  pickup_closed: 409,
  pickup_code_wrong: 422,
  count_below_reserved: 409,
  count_stale: 409,
  handoff_gone: 410,
  reset_link_invalid: 400,
  current_password_wrong: 422,
  address_book_full: 409,
  staff_email_taken: 409,
  rate_limited: 429,
  code_invalid: 400,
  code_locked: 429,
  resend_too_soon: 429,
  method_not_allowed: 405,
  service_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ErrorCodes;
export type FieldErrors = Record<string, string[]>;

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } & Record<string, unknown> };

export type AppErrorOptions = {
  /** Only where the code's own status does not fit. */
  status?: number;
  fields?: FieldErrors;
  /** Extra members of the error object, e.g. the `lines` short of stock. */
  details?: Record<string, unknown>;
  /** Sent with the answer, e.g. Retry-After (429, 503). */
  headers?: Record<string, string>;
};

/** The one error type the BFF throws on purpose; the route wrapper turns it into JSON. */
export class AppError extends Error {
  readonly status: number;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = options.status ?? ErrorCodes[code];
    this.fields = options.fields;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  /** The Retry-After the answer carries, in seconds, if any. */
  get retryAfterSeconds(): number | undefined {
    const value = this.headers['retry-after'];
    return value === undefined ? undefined : Number(value);
  }

  toBody(): ErrorBody {
    return {
      error: {
        ...this.details,
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    };
  }
}

/** The 404 to throw for a missing `what`: it returns the error, unlike Next's `notFound()`, which throws. */
export function notFoundError(what: string): AppError {
  return new AppError('not_found', `${what} was not found`);
}

/** Retry-After for a refusal that clears by itself (429, 503). */
export function retryAfter(seconds: number): Record<string, string> {
  return { 'retry-after': String(seconds) };
}

/** A zod failure as a 422 whose `fields` name each bad input (dot paths; `_` for the whole input). */
export function fromZodError(error: ZodError, where: 'query' | 'body' | 'params'): AppError {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return new AppError('invalid_request', `The request ${where} is not valid`, { fields });
}
