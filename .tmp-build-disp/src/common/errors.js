"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unauthenticated = exports.conflict = exports.forbidden = exports.notFound = exports.badInput = exports.AppError = void 0;
exports.uniqueViolation = uniqueViolation;
class AppError extends Error {
    code;
    field;
    details;
    constructor(code, message, 
    /** Where in the input the problem is, e.g. `input.units[3].serial`. */
    field, details) {
        super(message);
        this.code = code;
        this.field = field;
        this.details = details;
        this.name = 'AppError';
    }
    get httpStatus() {
        return HTTP_STATUS[this.code];
    }
}
exports.AppError = AppError;
const HTTP_STATUS = {
    BAD_USER_INPUT: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    CONFLICT: 409,
    RATE_LIMITED: 429,
};
const badInput = (field, message, details) => new AppError('BAD_USER_INPUT', `${field}: ${message}`, field, details);
exports.badInput = badInput;
const notFound = (what, id, field) => new AppError('NOT_FOUND', `${what} ${id} was not found`, field, { id });
exports.notFound = notFound;
const forbidden = (message, field) => new AppError('FORBIDDEN', message, field);
exports.forbidden = forbidden;
const conflict = (message, field, details) => new AppError('CONFLICT', message, field, details);
exports.conflict = conflict;
const unauthenticated = (message = 'an API key is required: send Authorization: Bearer <key>') => new AppError('UNAUTHENTICATED', message);
exports.unauthenticated = unauthenticated;
/** The error PostgreSQL raises for a unique violation, with the constraint it names. */
function uniqueViolation(err) {
    const e = err;
    const d = e.driverError ?? e;
    return d.code === '23505' ? (d.constraint ?? 'unique') : null;
}
//# sourceMappingURL=errors.js.map