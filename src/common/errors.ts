/**
 * Domain errors. Services throw these; one formatter (common/graphql-errors.ts) turns them into
 * typed GraphQL errors and one Fastify error handler into HTTP answers. Nothing else maps errors.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where in the input the problem is, e.g. `input.units[3].serial`. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export const badInput = (field: string, message: string, details?: Record<string, unknown>): AppError =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, field, details);
export const notFound = (what: string, id: string, field?: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${id} was not found`, field, { id });
export const forbidden = (message: string, field?: string): AppError => new AppError('FORBIDDEN', message, field);
export const conflict = (message: string, field?: string, details?: Record<string, unknown>): AppError =>
  new AppError('CONFLICT', message, field, details);
export const unauthenticated = (message = 'an API key is required: send Authorization: Bearer <key>'): AppError =>
  new AppError('UNAUTHENTICATED', message);

/** The error PostgreSQL raises for a unique violation, with the constraint it names. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const d = e.driverError ?? e;
  return d.code === '23505' ? (d.constraint ?? 'unique') : null;
}
