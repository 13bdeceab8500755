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
exports.MarkRecycledInput = exports.MarkRepurposedInput = exports.DisassembleInput = exports.RepackUnitsInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const provenance_model_1 = require("../provenance.model");
let RepackUnitsInput = class RepackUnitsInput {
    serials;
    parentId;
    at;
    reason;
};
exports.RepackUnitsInput = RepackUnitsInput;
__decorate([
    (0, graphql_1.Field)(() => [String], { description: 'Serials (of the caller) of the cells or modules to move; 1 to 1,000' }),
    __metadata("design:type", Array)
], RepackUnitsInput.prototype, "serials", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'Global id (`Unit:<number>`) of the module or pack they move into' }),
    __metadata("design:type", String)
], RepackUnitsInput.prototype, "parentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'When it happened; defaults to now, never in the future' }),
    __metadata("design:type", Object)
], RepackUnitsInput.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RepackUnitsInput.prototype, "reason", void 0);
exports.RepackUnitsInput = RepackUnitsInput = __decorate([
    (0, graphql_1.InputType)()
], RepackUnitsInput);
let DisassembleInput = class DisassembleInput {
    serial;
    at;
    reason;
};
exports.DisassembleInput = DisassembleInput;
__decorate([
    (0, graphql_1.Field)({ description: 'Serial of the pack or module taken apart' }),
    __metadata("design:type", String)
], DisassembleInput.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DisassembleInput.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], DisassembleInput.prototype, "reason", void 0);
exports.DisassembleInput = DisassembleInput = __decorate([
    (0, graphql_1.InputType)()
], DisassembleInput);
let MarkRepurposedInput = class MarkRepurposedInput {
    serial;
    status;
    at;
    reason;
};
exports.MarkRepurposedInput = MarkRepurposedInput;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], MarkRepurposedInput.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => provenance_model_1.SecondLifeStatusEnum, { nullable: true, defaultValue: 'REPURPOSED' }),
    __metadata("design:type", Object)
], MarkRepurposedInput.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], MarkRepurposedInput.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MarkRepurposedInput.prototype, "reason", void 0);
exports.MarkRepurposedInput = MarkRepurposedInput = __decorate([
    (0, graphql_1.InputType)()
], MarkRepurposedInput);
let MarkRecycledInput = class MarkRecycledInput {
    serial;
    at;
    reason;
};
exports.MarkRecycledInput = MarkRecycledInput;
__decorate([
    (0, graphql_1.Field)({ description: 'The unit handed to recycling; it and every unit inside it become WASTE' }),
    __metadata("design:type", String)
], MarkRecycledInput.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], MarkRecycledInput.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MarkRecycledInput.prototype, "reason", void 0);
exports.MarkRecycledInput = MarkRecycledInput = __decorate([
    (0, graphql_1.InputType)()
], MarkRecycledInput);
//# sourceMappingURL=provenance.inputs.js.map