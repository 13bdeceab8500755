import { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, databaseError } from '../common/errors';
import type { ErrorReason } from '../common/error-reasons';
import { rewordedInputValueError } from './input-values';

/**
 * The single mapping from thrown errors to GraphQL errors: every AppError keeps its code
 * (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHENTICATED) and field path in
 * `extensions`; a PostgreSQL error a service did not map itself is mapped by `databaseError`
 * (unique violation CONFLICT, missing reference NOT_FOUND, unreadable value BAD_USER_INPUT); validation failures are GRAPHQL_VALIDATION_FAILED (or the limit's own code);
 * anything unexpected is logged and answered as INTERNAL_SERVER_ERROR without its details.
 */
export function formatGraphqlError(error: GraphQLError, log?: FastifyBaseLogger): GraphQLFormattedError[] {
  const original = error.originalError as (Error & { errors?: unknown[]; code?: string }) | undefined;
  // Mercurius wraps parse / validation errors in one error carrying the list.
  if (original && Array.isArray(original.errors)) {
    return original.errors.map((e) => {
      const given = e instanceof GraphQLError ? e : new GraphQLError((e as Error).message);
      // A variable refused by an input scalar (a DateTime off the calendar): named by its path.
      const ge = rewordedInputValueError(given) ?? given;
      const json = ge.toJSON();
      const code = (json.extensions?.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED';
      return { ...json, extensions: { ...json.extensions, code, reason: json.extensions?.reason ?? graphqlLayerReason(code, ge.message) } };
    });
  }
  // graphql-jit's coercion of a variable (variableInputCheck normally refuses it first).
  const reworded = rewordedInputValueError(error);
  if (reworded) return [reworded.toJSON()];
  const mapped = original instanceof AppError ? original : databaseError(original);
  // A database error reaching here is a check a service lacks (or a race it did not map): logged.
  if (mapped && mapped !== original) log?.warn({ err: original, path: error.path }, `database error answered ${mapped.code}`);
  if (mapped) {
    return [
      {
        message: mapped.message,
        locations: error.locations,
        path: error.path,
        extensions: mapped.extensions,
      },
    ];
  }
  const httpStatus = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (original && !(original instanceof GraphQLError) && typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
    // Refused by the HTTP layer before any GraphQL work (body over the size limit, malformed
    // JSON): the caller's own mistake, so its message is safe to give back.
    const code = httpStatus === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return [{ message: original.message, extensions: { code, reason: graphqlLayerReason(code) } }];
  }
  if (!original || original instanceof GraphQLError) {
    // Errors raised by graphql-js itself, e.g. a variable of the wrong type.
    const json = error.toJSON();
    const code = (json.extensions?.code as string | undefined) ?? (error.path ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
    const reason = code === 'INTERNAL_SERVER_ERROR' ? {} : { reason: json.extensions?.reason ?? graphqlLayerReason(code) };
    return [{ ...json, extensions: { ...json.extensions, code, ...reason } }];
  }
  log?.error({ err: original, path: error.path }, 'unexpected error in a resolver');
  return [
    { message: 'Internal server error', locations: error.locations, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ];
}

/**
 * The reason of an error raised by the GraphQL layer itself (a document or variable refused
 * before any resolver runs, a limit, an unreadable body), from its code.
 */
export function graphqlLayerReason(code: string, message = ''): ErrorReason {
  switch (code) {
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      // graphql-js coercing the variables (`Variable "$input" got invalid value …`).
      return message.startsWith('Variable "$') ? 'WRONG_TYPE' : 'INVALID_DOCUMENT';
    case 'QUERY_TOO_DEEP':
    case 'QUERY_TOO_COSTLY':
    case 'TOO_MANY_ALIASES':
    case 'PAYLOAD_TOO_LARGE':
      return 'OVER_LIMIT';
    case 'BAD_REQUEST':
      return 'UNREADABLE_REQUEST';
    case 'BAD_USER_INPUT':
      return 'WRONG_TYPE';
    default:
      return 'INVALID_INPUT';
  }
}

export function graphqlErrorFormatter(
  execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>,
  context: { reply?: { log: FastifyBaseLogger }; app?: { log: FastifyBaseLogger } },
): { statusCode: number; response: FormattedExecutionResult } {
  const log = context.reply?.log ?? context.app?.log;
  const errors = execution.errors.flatMap((e) => formatGraphqlError(e, log));
  const first = execution.errors[0]?.originalError as { statusCode?: number } | undefined;
  // Per GraphQL over HTTP: 200 when execution started; 400 for documents refused before it.
  const statusCode = execution.data ? 200 : typeof first?.statusCode === 'number' ? first.statusCode : 200;
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
