import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, databaseError } from '../common/errors';
import { sendAppError } from './http-setup';

/**
 * Maps domain errors on HTTP routes. In GraphQL the error is handed back untouched and the
 * GraphQL error formatter (graphql/graphql-errors.ts) maps it.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof AppError) return sendAppError(reply, exception);
    const mapped = databaseError(exception);
    if (mapped) {
      reply.request.log.warn({ err: exception }, `database error answered ${mapped.code}`);
      return sendAppError(reply, mapped);
    }
    if (exception instanceof HttpException) {
      return reply
        .status(exception.getStatus())
        .send({ error: { code: 'HTTP_' + exception.getStatus(), message: exception.message }, requestId: reply.request.id });
    }
    const err = exception as Error & { statusCode?: number; code?: string };
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
}
