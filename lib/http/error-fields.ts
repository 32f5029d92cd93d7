import { ApiError } from './client-fetch';

/** The fields a refused request named as wrong (AppError's `fields`), for marking them invalid. */
export function errorFields(error: unknown): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  const fields = error.details.fields;
  return new Set(fields && typeof fields === 'object' ? Object.keys(fields) : []);
}
