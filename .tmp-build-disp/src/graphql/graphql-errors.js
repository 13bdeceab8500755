"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatGraphqlError = formatGraphqlError;
exports.graphqlErrorFormatter = graphqlErrorFormatter;
const graphql_1 = require("graphql");
const errors_1 = require("../common/errors");
/**
 * The single mapping from thrown errors to GraphQL errors: every AppError keeps its code
 * (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHENTICATED) and field path in
 * `extensions`; validation failures are GRAPHQL_VALIDATION_FAILED (or the limit's own code);
 * anything unexpected is logged and answered as INTERNAL_SERVER_ERROR without its details.
 */
function formatGraphqlError(error, log) {
    const original = error.originalError;
    // Mercurius wraps parse / validation errors in one error carrying the list.
    if (original && Array.isArray(original.errors)) {
        return original.errors.map((e) => {
            const ge = e instanceof graphql_1.GraphQLError ? e : new graphql_1.GraphQLError(e.message);
            const json = ge.toJSON();
            return {
                ...json,
                extensions: { ...json.extensions, code: json.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' },
            };
        });
    }
    if (original instanceof errors_1.AppError) {
        return [
            {
                message: original.message,
                locations: error.locations,
                path: error.path,
                extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...(original.details ?? {}) },
            },
        ];
    }
    const httpStatus = original?.statusCode;
    if (original && !(original instanceof graphql_1.GraphQLError) && typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
        // Refused by the HTTP layer before any GraphQL work (body over the size limit, malformed
        // JSON): the caller's own mistake, so its message is safe to give back.
        const code = httpStatus === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
        return [{ message: original.message, extensions: { code } }];
    }
    if (!original || original instanceof graphql_1.GraphQLError) {
        // Errors raised by graphql-js itself, e.g. a variable of the wrong type.
        const json = error.toJSON();
        const code = json.extensions?.code ?? (error.path ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
        return [{ ...json, extensions: { ...json.extensions, code } }];
    }
    log?.error({ err: original, path: error.path }, 'unexpected error in a resolver');
    return [
        { message: 'Internal server error', locations: error.locations, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ];
}
function graphqlErrorFormatter(execution, context) {
    const log = context.reply?.log ?? context.app?.log;
    const errors = execution.errors.flatMap((e) => formatGraphqlError(e, log));
    const first = execution.errors[0]?.originalError;
    // Per GraphQL over HTTP: 200 when execution started; 400 for documents refused before it.
    const statusCode = execution.data ? 200 : typeof first?.statusCode === 'number' ? first.statusCode : 200;
    return { statusCode, response: { data: execution.data ?? null, errors } };
}
//# sourceMappingURL=graphql-errors.js.map