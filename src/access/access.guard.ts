import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden } from '../common/errors';
import { AccessRule, checkAccessRule } from './access-policy';
import { ACCESS_RULE } from './access.decorator';
import { Actor, ANONYMOUS } from './actor';

/** Global guard: every resolver method and HTTP handler must declare an access rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [ctx.getHandler(), ctx.getClass()]);
    const operation = ctx.getHandler().name;
    if (!rule) throw forbidden(`${operation} declares no access rule`);
    let actor: Actor;
    if (ctx.getType<string>() === 'graphql') {
      actor = GqlExecutionContext.create(ctx).getContext<{ actor?: Actor }>().actor ?? ANONYMOUS;
    } else {
      actor = ctx.switchToHttp().getRequest<{ actor?: Actor }>().actor ?? ANONYMOUS;
    }
    checkAccessRule(rule, actor, operation);
    return true;
  }
}
