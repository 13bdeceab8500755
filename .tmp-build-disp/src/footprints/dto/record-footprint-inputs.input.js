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
exports.RecordFootprintInputsInput = exports.OffsetsInput = exports.DataQualityInput = exports.DeclaredCyclesInput = exports.DistributionEstimateInput = exports.EndOfLifeInput = exports.ProcessEnergyInput = exports.ElectricityInput = exports.MaterialInput = void 0;
const graphql_1 = require("@nestjs/graphql");
let MaterialInput = class MaterialInput {
    material;
    supplierName;
    supplierOrganizationId;
    originCountry;
    massKg;
    factorId;
    declaredKgCo2ePerKg;
    evidence;
    recycledShare;
};
exports.MaterialInput = MaterialInput;
__decorate([
    (0, graphql_1.Field)({ description: 'e.g. lithium carbonate, LFP cathode active material, graphite, aluminium' }),
    __metadata("design:type", String)
], MaterialInput.prototype, "material", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "supplierName", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'The supplier, when it is an organization on battrace' }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "supplierOrganizationId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", String)
], MaterialInput.prototype, "originCountry", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Mass used for the whole batch, kg (> 0)' }),
    __metadata("design:type", Number)
], MaterialInput.prototype, "massKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'An emission factor row of kind MATERIAL' }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Declared kg CO2e per kg, instead of a factor row' }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "declaredKgCo2ePerKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Evidence for a declared value (EPD, supplier PCF, ...)' }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "evidence", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, defaultValue: 0, description: 'Recycled share 0..1 (reported)' }),
    __metadata("design:type", Object)
], MaterialInput.prototype, "recycledShare", void 0);
exports.MaterialInput = MaterialInput = __decorate([
    (0, graphql_1.InputType)({ description: 'One material of the batch: a factor row, or a declared kg CO2e per kg with its evidence.' })
], MaterialInput);
let ElectricityInput = class ElectricityInput {
    meteredKWh;
    plantMeteredKWh;
    plantOutputEnergyKWh;
    meterIds;
};
exports.ElectricityInput = ElectricityInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ElectricityInput.prototype, "meteredKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Plant metered kWh over the production period' }),
    __metadata("design:type", Object)
], ElectricityInput.prototype, "plantMeteredKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Plant output energy (kWh of capacity) over the same period' }),
    __metadata("design:type", Object)
], ElectricityInput.prototype, "plantOutputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { nullable: true }),
    __metadata("design:type", Object)
], ElectricityInput.prototype, "meterIds", void 0);
exports.ElectricityInput = ElectricityInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Manufacturing electricity: metered for the batch, or the plant total allocated by output energy.' })
], ElectricityInput);
let ProcessEnergyInput = class ProcessEnergyInput {
    name;
    energyKWh;
    factorId;
    declaredKgCo2ePerKWh;
    evidence;
};
exports.ProcessEnergyInput = ProcessEnergyInput;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ProcessEnergyInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ProcessEnergyInput.prototype, "energyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyInput.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyInput.prototype, "declaredKgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyInput.prototype, "evidence", void 0);
exports.ProcessEnergyInput = ProcessEnergyInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Other process energy (e.g. process heat) with a PROCESS_ENERGY factor row or a declared factor.' })
], ProcessEnergyInput);
let EndOfLifeInput = class EndOfLifeInput {
    factorId;
    declaredKgCo2e;
    evidence;
};
exports.EndOfLifeInput = EndOfLifeInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInput.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInput.prototype, "declaredKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInput.prototype, "evidence", void 0);
exports.EndOfLifeInput = EndOfLifeInput = __decorate([
    (0, graphql_1.InputType)({ description: 'End of life: an END_OF_LIFE factor row (kg CO2e per kg of battery) or a declared total with evidence.' })
], EndOfLifeInput);
let DistributionEstimateInput = class DistributionEstimateInput {
    kgCo2e;
    basis;
};
exports.DistributionEstimateInput = DistributionEstimateInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DistributionEstimateInput.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'How the estimate was made' }),
    __metadata("design:type", String)
], DistributionEstimateInput.prototype, "basis", void 0);
exports.DistributionEstimateInput = DistributionEstimateInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Used for DISTRIBUTION until transport emissions are recorded for the batch; flagged as an estimate.' })
], DistributionEstimateInput);
let DeclaredCyclesInput = class DeclaredCyclesInput {
    cyclesPerYear;
    justification;
};
exports.DeclaredCyclesInput = DeclaredCyclesInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DeclaredCyclesInput.prototype, "cyclesPerYear", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DeclaredCyclesInput.prototype, "justification", void 0);
exports.DeclaredCyclesInput = DeclaredCyclesInput = __decorate([
    (0, graphql_1.InputType)({ description: 'For models without a vehicle category: cycles per year, declared and justified (DOMAIN.md §3).' })
], DeclaredCyclesInput);
let DataQualityInput = class DataQualityInput {
    teR;
    geR;
    tiR;
    p;
};
exports.DataQualityInput = DataQualityInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityInput.prototype, "teR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityInput.prototype, "geR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityInput.prototype, "tiR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityInput.prototype, "p", void 0);
exports.DataQualityInput = DataQualityInput = __decorate([
    (0, graphql_1.InputType)({ description: 'PEF data quality ratings, each 1 (best) to 5' })
], DataQualityInput);
let OffsetsInput = class OffsetsInput {
    kgCo2e;
    scheme;
};
exports.OffsetsInput = OffsetsInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], OffsetsInput.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], OffsetsInput.prototype, "scheme", void 0);
exports.OffsetsInput = OffsetsInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Offsets, recorded apart: they never reduce the footprint (DOMAIN.md §3).' })
], OffsetsInput);
let RecordFootprintInputsInput = class RecordFootprintInputsInput {
    batchId;
    outputEnergyKWh;
    materials;
    electricity;
    processEnergy;
    endOfLife;
    distributionEstimate;
    declaredFullEquivalentCycles;
    dataQuality;
    offsets;
};
exports.RecordFootprintInputsInput = RecordFootprintInputsInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RecordFootprintInputsInput.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Output energy in kWh; default: declared packs × the model nominal energy' }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "outputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [MaterialInput], { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "materials", void 0);
__decorate([
    (0, graphql_1.Field)(() => ElectricityInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "electricity", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProcessEnergyInput], { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "processEnergy", void 0);
__decorate([
    (0, graphql_1.Field)(() => EndOfLifeInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "endOfLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => DistributionEstimateInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "distributionEstimate", void 0);
__decorate([
    (0, graphql_1.Field)(() => DeclaredCyclesInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "declaredFullEquivalentCycles", void 0);
__decorate([
    (0, graphql_1.Field)(() => DataQualityInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "dataQuality", void 0);
__decorate([
    (0, graphql_1.Field)(() => OffsetsInput, { nullable: true }),
    __metadata("design:type", Object)
], RecordFootprintInputsInput.prototype, "offsets", void 0);
exports.RecordFootprintInputsInput = RecordFootprintInputsInput = __decorate([
    (0, graphql_1.InputType)({ description: 'The footprint inputs of a batch; each call records a new version (missing parts may be added later).' })
], RecordFootprintInputsInput);
//# sourceMappingURL=record-footprint-inputs.input.js.map