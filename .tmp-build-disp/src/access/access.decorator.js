"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CurrentActor = exports.Access = exports.ACCESS_RULE = void 0;
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const actor_1 = require("./actor");
exports.ACCESS_RULE = 'battrace:access-rule';
/** Declares who may call a query or mutation. An operation without one is refused (fail closed). */
exports.Access = {
    public: () => (0, common_1.SetMetadata)(exports.ACCESS_RULE, { kind: 'PUBLIC' }),
    authenticated: () => (0, common_1.SetMetadata)(exports.ACCESS_RULE, { kind: 'AUTHENTICATED' }),
    admin: () => (0, common_1.SetMetadata)(exports.ACCESS_RULE, { kind: 'ADMIN' }),
    organizations: (kinds, opts = {}) => (0, common_1.SetMetadata)(exports.ACCESS_RULE, { kind: 'ORGANIZATION', organizationKinds: kinds, orAdmin: opts.orAdmin ?? false }),
};
/** The caller of the current GraphQL operation or HTTP request. */
exports.CurrentActor = (0, common_1.createParamDecorator)((_, ctx) => {
    if (ctx.getType() === 'graphql') {
        return (graphql_1.GqlExecutionContext.create(ctx).getContext().actor ?? actor_1.ANONYMOUS);
    }
    return (ctx.switchToHttp().getRequest().actor ?? actor_1.ANONYMOUS);
});
//# sourceMappingURL=access.decorator.js.map