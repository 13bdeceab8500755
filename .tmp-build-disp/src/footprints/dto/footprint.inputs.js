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
exports.DeclareFootprintInput = exports.CalculateFootprintInput = void 0;
const graphql_1 = require("@nestjs/graphql");
let CalculateFootprintInput = class CalculateFootprintInput {
    batchId;
    rulesetId;
};
exports.CalculateFootprintInput = CalculateFootprintInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CalculateFootprintInput.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'EU_CFB_DRAFT_2024, ISO14067_MARKET_BASED or JRC_CFB_EV_2023 (see the rulesets query)' }),
    __metadata("design:type", String)
], CalculateFootprintInput.prototype, "rulesetId", void 0);
exports.CalculateFootprintInput = CalculateFootprintInput = __decorate([
    (0, graphql_1.InputType)()
], CalculateFootprintInput);
let DeclareFootprintInput = class DeclareFootprintInput {
    footprintId;
};
exports.DeclareFootprintInput = DeclareFootprintInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], DeclareFootprintInput.prototype, "footprintId", void 0);
exports.DeclareFootprintInput = DeclareFootprintInput = __decorate([
    (0, graphql_1.InputType)()
], DeclareFootprintInput);
//# sourceMappingURL=footprint.inputs.js.map