import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AccessRule } from './access-policy';
import { Actor, ANONYMOUS, OrganizationKind } from './actor';

export const ACCESS_RULE = 'battrace:access-rule';

/** Declares who may call a query or mutation. An operation without one is refused (fail closed). */
export const Access = {
  public: () => SetMetadata(ACCESS_RULE, { kind: 'PUBLIC' } satisfies AccessRule),
  authenticated: () => SetMetadata(ACCESS_RULE, { kind: 'AUTHENTICATED' } satisfies AccessRule),
  admin: () => SetMetadata(ACCESS_RULE, { kind: 'ADMIN' } satisfies AccessRule),
  organizations: (kinds: OrganizationKind[], opts: { orAdmin?: boolean } = {}) =>
    SetMetadata(ACCESS_RULE, { kind: 'ORGANIZATION', organizationKinds: kinds, orAdmin: opts.orAdmin ?? false } satisfies AccessRule),
};

/** The caller of the current GraphQL operation or HTTP request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  if (ctx.getType<string>() === 'graphql') {
    return (GqlExecutionContext.create(ctx).getContext<{ actor?: Actor }>().actor ?? ANONYMOUS) as Actor;
  }
  return (ctx.switchToHttp().getRequest<{ actor?: Actor }>().actor ?? ANONYMOUS) as Actor;
});
