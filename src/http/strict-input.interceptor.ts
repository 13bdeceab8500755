import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { AcceptedFields, acceptedFields, refuseMalformedText, refuseUnknownFields } from './strict-input';

/**
 * Refuses unknown query parameters and JSON body fields, and text that is not well formed, on
 * every plain HTTP route (strict-input.ts).
 */
@Injectable()
export class StrictInputInterceptor implements NestInterceptor {
  private readonly accepted = new WeakMap<object, AcceptedFields>();

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const handler = ctx.getHandler();
    let fields = this.accepted.get(handler);
    if (!fields) {
      fields = acceptedFields(Reflect.getMetadata(ROUTE_ARGS_METADATA, ctx.getClass(), handler.name));
      this.accepted.set(handler, fields);
    }
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    refuseMalformedText('query', req.query);
    refuseMalformedText('body', req.body);
    refuseUnknownFields('query', req.query, fields.query);
    refuseUnknownFields('body', req.body, fields.body);
    return next.handle();
  }
}
