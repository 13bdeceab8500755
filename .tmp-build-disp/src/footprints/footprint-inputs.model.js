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
exports.FootprintInputsModel = exports.OffsetsModel = exports.DataQualityModel = exports.DeclaredCyclesModel = exports.DistributionEstimateModel = exports.EndOfLifeInputsModel = exports.ProcessEnergyLineModel = exports.ElectricityInputsModel = exports.MaterialLineModel = void 0;
const graphql_1 = require("@nestjs/graphql");
let MaterialLineModel = class MaterialLineModel {
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
exports.MaterialLineModel = MaterialLineModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], MaterialLineModel.prototype, "material", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MaterialLineModel.prototype, "supplierName", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], MaterialLineModel.prototype, "supplierOrganizationId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], MaterialLineModel.prototype, "originCountry", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], MaterialLineModel.prototype, "massKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], MaterialLineModel.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], MaterialLineModel.prototype, "declaredKgCo2ePerKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MaterialLineModel.prototype, "evidence", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], MaterialLineModel.prototype, "recycledShare", void 0);
exports.MaterialLineModel = MaterialLineModel = __decorate([
    (0, graphql_1.ObjectType)('MaterialLine')
], MaterialLineModel);
let ElectricityInputsModel = class ElectricityInputsModel {
    meteredKWh;
    plantMeteredKWh;
    plantOutputEnergyKWh;
    meterIds;
};
exports.ElectricityInputsModel = ElectricityInputsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ElectricityInputsModel.prototype, "meteredKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ElectricityInputsModel.prototype, "plantMeteredKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ElectricityInputsModel.prototype, "plantOutputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String]),
    __metadata("design:type", Array)
], ElectricityInputsModel.prototype, "meterIds", void 0);
exports.ElectricityInputsModel = ElectricityInputsModel = __decorate([
    (0, graphql_1.ObjectType)('ElectricityInputs')
], ElectricityInputsModel);
let ProcessEnergyLineModel = class ProcessEnergyLineModel {
    name;
    energyKWh;
    factorId;
    declaredKgCo2ePerKWh;
    evidence;
};
exports.ProcessEnergyLineModel = ProcessEnergyLineModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ProcessEnergyLineModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ProcessEnergyLineModel.prototype, "energyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyLineModel.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyLineModel.prototype, "declaredKgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ProcessEnergyLineModel.prototype, "evidence", void 0);
exports.ProcessEnergyLineModel = ProcessEnergyLineModel = __decorate([
    (0, graphql_1.ObjectType)('ProcessEnergyLine')
], ProcessEnergyLineModel);
let EndOfLifeInputsModel = class EndOfLifeInputsModel {
    factorId;
    declaredKgCo2e;
    evidence;
};
exports.EndOfLifeInputsModel = EndOfLifeInputsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInputsModel.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInputsModel.prototype, "declaredKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EndOfLifeInputsModel.prototype, "evidence", void 0);
exports.EndOfLifeInputsModel = EndOfLifeInputsModel = __decorate([
    (0, graphql_1.ObjectType)('EndOfLifeInputs')
], EndOfLifeInputsModel);
let DistributionEstimateModel = class DistributionEstimateModel {
    kgCo2e;
    basis;
};
exports.DistributionEstimateModel = DistributionEstimateModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DistributionEstimateModel.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DistributionEstimateModel.prototype, "basis", void 0);
exports.DistributionEstimateModel = DistributionEstimateModel = __decorate([
    (0, graphql_1.ObjectType)('DistributionEstimate')
], DistributionEstimateModel);
let DeclaredCyclesModel = class DeclaredCyclesModel {
    cyclesPerYear;
    justification;
};
exports.DeclaredCyclesModel = DeclaredCyclesModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DeclaredCyclesModel.prototype, "cyclesPerYear", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DeclaredCyclesModel.prototype, "justification", void 0);
exports.DeclaredCyclesModel = DeclaredCyclesModel = __decorate([
    (0, graphql_1.ObjectType)('DeclaredCycles')
], DeclaredCyclesModel);
let DataQualityModel = class DataQualityModel {
    teR;
    geR;
    tiR;
    p;
};
exports.DataQualityModel = DataQualityModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityModel.prototype, "teR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityModel.prototype, "geR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityModel.prototype, "tiR", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DataQualityModel.prototype, "p", void 0);
exports.DataQualityModel = DataQualityModel = __decorate([
    (0, graphql_1.ObjectType)('DataQualityRatings')
], DataQualityModel);
let OffsetsModel = class OffsetsModel {
    kgCo2e;
    scheme;
};
exports.OffsetsModel = OffsetsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], OffsetsModel.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], OffsetsModel.prototype, "scheme", void 0);
exports.OffsetsModel = OffsetsModel = __decorate([
    (0, graphql_1.ObjectType)('OffsetsRecord')
], OffsetsModel);
let FootprintInputsModel = class FootprintInputsModel {
    id;
    batchId;
    version;
    documentSha256;
    recordedBy;
    createdAt;
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
exports.FootprintInputsModel = FootprintInputsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintInputsModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintInputsModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], FootprintInputsModel.prototype, "version", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintInputsModel.prototype, "documentSha256", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintInputsModel.prototype, "recordedBy", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], FootprintInputsModel.prototype, "createdAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "outputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [MaterialLineModel]),
    __metadata("design:type", Array)
], FootprintInputsModel.prototype, "materials", void 0);
__decorate([
    (0, graphql_1.Field)(() => ElectricityInputsModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "electricity", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProcessEnergyLineModel]),
    __metadata("design:type", Array)
], FootprintInputsModel.prototype, "processEnergy", void 0);
__decorate([
    (0, graphql_1.Field)(() => EndOfLifeInputsModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "endOfLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => DistributionEstimateModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "distributionEstimate", void 0);
__decorate([
    (0, graphql_1.Field)(() => DeclaredCyclesModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "declaredFullEquivalentCycles", void 0);
__decorate([
    (0, graphql_1.Field)(() => DataQualityModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "dataQuality", void 0);
__decorate([
    (0, graphql_1.Field)(() => OffsetsModel, { nullable: true }),
    __metadata("design:type", Object)
], FootprintInputsModel.prototype, "offsets", void 0);
exports.FootprintInputsModel = FootprintInputsModel = __decorate([
    (0, graphql_1.ObjectType)('FootprintInputs', { description: 'One recorded version of a batch’s footprint inputs (owner and administrator).' })
], FootprintInputsModel);
//# sourceMappingURL=footprint-inputs.model.js.map