"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppErrorFilter = void 0;
const common_1 = require("@nestjs/common");
const errors_1 = require("../common/errors");
const http_setup_1 = require("./http-setup");
/**
 * Maps domain errors on HTTP routes. In GraphQL the error is handed back untouched and the
 * GraphQL error formatter (graphql/graphql-errors.ts) maps it.
 */
let AppErrorFilter = class AppErrorFilter {
    catch(exception, host) {
        if (host.getType() === 'graphql')
            return exception;
        const reply = host.switchToHttp().getResponse();
        if (exception instanceof errors_1.AppError)
            return (0, http_setup_1.sendAppError)(reply, exception);
        if (exception instanceof common_1.HttpException) {
            return reply
                .status(exception.getStatus())
                .send({ error: { code: 'HTTP_' + exception.getStatus(), message: exception.message }, requestId: reply.request.id });
        }
        const err = exception;
        if (typeof err.statusCode === 'number' && err.statusCode < 500) {
            return reply
                .status(err.statusCode)
                .send({ error: { code: err.code ?? 'BAD_REQUEST', message: err.message }, requestId: reply.request.id });
        }
        reply.request.log.error({ err }, 'unhandled error');
        return reply
            .status(500)
            .send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }, requestId: reply.request.id });
    }
};
exports.AppErrorFilter = AppErrorFilter;
exports.AppErrorFilter = AppErrorFilter = __decorate([
    (0, common_1.Catch)()
], AppErrorFilter);
//# sourceMappingURL=app-error.filter.js.map