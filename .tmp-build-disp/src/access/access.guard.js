"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessGuard = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const graphql_1 = require("@nestjs/graphql");
const errors_1 = require("../common/errors");
const access_policy_1 = require("./access-policy");
const access_decorator_1 = require("./access.decorator");
const actor_1 = require("./actor");
/** Global guard: every resolver method and HTTP handler must declare an access rule. */
let AccessGuard = class AccessGuard {
    reflector;
    constructor(reflector) {
        this.reflector = reflector;
    }
    canActivate(ctx) {
        const rule = this.reflector.getAllAndOverride(access_decorator_1.ACCESS_RULE, [ctx.getHandler(), ctx.getClass()]);
        const operation = ctx.getHandler().name;
        if (!rule)
            throw (0, errors_1.forbidden)(`${operation} declares no access rule`);
        let actor;
        if (ctx.getType() === 'graphql') {
            actor = graphql_1.GqlExecutionContext.create(ctx).getContext().actor ?? actor_1.ANONYMOUS;
        }
        else {
            actor = ctx.switchToHttp().getRequest().actor ?? actor_1.ANONYMOUS;
        }
        (0, access_policy_1.checkAccessRule)(rule, actor, operation);
        return true;
    }
};
exports.AccessGuard = AccessGuard;
exports.AccessGuard = AccessGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector])
], AccessGuard);
//# sourceMappingURL=access.guard.js.map