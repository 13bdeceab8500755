"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PROCESS_LINES = exports.MAX_MATERIAL_LINES = void 0;
exports.checkFootprintInputs = checkFootprintInputs;
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const data_quality_1 = require("./data-quality");
/**
 * Validates recorded footprint inputs before anything is written (BAD_USER_INPUT naming the
 * field). Parts may be missing (the calculation lists what is still needed); parts that are given
 * must be whole. Factor and supplier ids are returned for the service to check in one query.
 */
exports.MAX_MATERIAL_LINES = 2000;
exports.MAX_PROCESS_LINES = 200;
const nonNegative = (field, v) => {
    if (!Number.isFinite(v) || v < 0)
        throw (0, errors_1.badInput)(field, `must be a number of 0 or more, got ${v}`);
};
const given = (v) => v !== null && v !== undefined;
function checkFootprintInputs(input) {
    const factorRefs = [];
    const supplierRefs = [];
    if (given(input.outputEnergyKWh))
        (0, validate_1.requirePositive)('input.outputEnergyKWh', input.outputEnergyKWh);
    const materialsIn = input.materials ?? [];
    if (materialsIn.length > exports.MAX_MATERIAL_LINES)
        throw (0, errors_1.badInput)('input.materials', `at most ${exports.MAX_MATERIAL_LINES} lines, got ${materialsIn.length}`);
    const materials = materialsIn.map((m, i) => {
        const at = `input.materials[${i}]`;
        const material = (0, validate_1.requireText)(`${at}.material`, m.material, 200);
        (0, validate_1.requirePositive)(`${at}.massKg`, m.massKg);
        const recycledShare = m.recycledShare ?? 0;
        (0, validate_1.requireRange)(`${at}.recycledShare`, recycledShare, 0, 1);
        const factorId = given(m.factorId) ? (0, validate_1.requireId)(`${at}.factorId`, m.factorId) : null;
        const declared = given(m.declaredKgCo2ePerKg) ? m.declaredKgCo2ePerKg : null;
        if ((factorId === null) === (declared === null)) {
            throw (0, errors_1.badInput)(at, 'give either factorId (a MATERIAL factor row) or declaredKgCo2ePerKg with its evidence, not both or neither');
        }
        let evidence = (0, validate_1.optionalText)(`${at}.evidence`, m.evidence, 2000);
        if (declared !== null) {
            nonNegative(`${at}.declaredKgCo2ePerKg`, declared);
            if (!evidence)
                throw (0, errors_1.badInput)(`${at}.evidence`, 'a declared kg CO2e per kg needs its evidence (EPD, supplier PCF, ...)');
        }
        else {
            factorRefs.push({ id: factorId, path: `${at}.factorId`, kind: 'MATERIAL' });
            evidence = evidence ?? null;
        }
        const supplierOrganizationId = given(m.supplierOrganizationId)
            ? (0, validate_1.requireId)(`${at}.supplierOrganizationId`, m.supplierOrganizationId)
            : null;
        if (supplierOrganizationId)
            supplierRefs.push({ id: supplierOrganizationId, path: `${at}.supplierOrganizationId` });
        return {
            material,
            supplierName: (0, validate_1.optionalText)(`${at}.supplierName`, m.supplierName, 200),
            supplierOrganizationId,
            originCountry: (0, validate_1.requireCountry)(`${at}.originCountry`, m.originCountry),
            massKg: m.massKg,
            factorId,
            declaredKgCo2ePerKg: declared,
            evidence,
            recycledShare,
        };
    });
    let electricity = null;
    if (given(input.electricity)) {
        const e = input.electricity;
        const metered = given(e.meteredKWh);
        const allocated = given(e.plantMeteredKWh) || given(e.plantOutputEnergyKWh);
        if (metered === allocated) {
            throw (0, errors_1.badInput)('input.electricity', 'give either meteredKWh, or plantMeteredKWh with plantOutputEnergyKWh to allocate by output energy');
        }
        if (metered)
            (0, validate_1.requirePositive)('input.electricity.meteredKWh', e.meteredKWh);
        else {
            if (!given(e.plantMeteredKWh))
                throw (0, errors_1.badInput)('input.electricity.plantMeteredKWh', 'is needed to allocate the plant electricity');
            if (!given(e.plantOutputEnergyKWh))
                throw (0, errors_1.badInput)('input.electricity.plantOutputEnergyKWh', 'is needed to allocate the plant electricity');
            (0, validate_1.requirePositive)('input.electricity.plantMeteredKWh', e.plantMeteredKWh);
            (0, validate_1.requirePositive)('input.electricity.plantOutputEnergyKWh', e.plantOutputEnergyKWh);
        }
        const meterIds = (e.meterIds ?? []).map((id, j) => (0, validate_1.requireText)(`input.electricity.meterIds[${j}]`, id, 64));
        electricity = {
            meteredKWh: metered ? e.meteredKWh : null,
            plantMeteredKWh: metered ? null : e.plantMeteredKWh,
            plantOutputEnergyKWh: metered ? null : e.plantOutputEnergyKWh,
            meterIds,
        };
    }
    const processIn = input.processEnergy ?? [];
    if (processIn.length > exports.MAX_PROCESS_LINES)
        throw (0, errors_1.badInput)('input.processEnergy', `at most ${exports.MAX_PROCESS_LINES} lines`);
    const processEnergy = processIn.map((p, i) => {
        const at = `input.processEnergy[${i}]`;
        (0, validate_1.requirePositive)(`${at}.energyKWh`, p.energyKWh);
        const factorId = given(p.factorId) ? (0, validate_1.requireId)(`${at}.factorId`, p.factorId) : null;
        const declared = given(p.declaredKgCo2ePerKWh) ? p.declaredKgCo2ePerKWh : null;
        if ((factorId === null) === (declared === null))
            throw (0, errors_1.badInput)(at, 'give either factorId (a PROCESS_ENERGY factor row) or declaredKgCo2ePerKWh');
        const evidence = (0, validate_1.optionalText)(`${at}.evidence`, p.evidence, 2000);
        if (declared !== null) {
            nonNegative(`${at}.declaredKgCo2ePerKWh`, declared);
            if (!evidence)
                throw (0, errors_1.badInput)(`${at}.evidence`, 'a declared factor needs its evidence');
        }
        else
            factorRefs.push({ id: factorId, path: `${at}.factorId`, kind: 'PROCESS_ENERGY' });
        return { name: (0, validate_1.requireText)(`${at}.name`, p.name, 200), energyKWh: p.energyKWh, factorId, declaredKgCo2ePerKWh: declared, evidence };
    });
    let endOfLife = null;
    if (given(input.endOfLife)) {
        const e = input.endOfLife;
        const factorId = given(e.factorId) ? (0, validate_1.requireId)('input.endOfLife.factorId', e.factorId) : null;
        const declared = given(e.declaredKgCo2e) ? e.declaredKgCo2e : null;
        if ((factorId === null) === (declared === null))
            throw (0, errors_1.badInput)('input.endOfLife', 'give either factorId (an END_OF_LIFE factor row) or declaredKgCo2e');
        const evidence = (0, validate_1.optionalText)('input.endOfLife.evidence', e.evidence, 2000);
        if (declared !== null) {
            nonNegative('input.endOfLife.declaredKgCo2e', declared);
            if (!evidence)
                throw (0, errors_1.badInput)('input.endOfLife.evidence', 'a declared end-of-life value needs its evidence');
        }
        else
            factorRefs.push({ id: factorId, path: 'input.endOfLife.factorId', kind: 'END_OF_LIFE' });
        endOfLife = { factorId, declaredKgCo2e: declared, evidence };
    }
    let distributionEstimate = null;
    if (given(input.distributionEstimate)) {
        nonNegative('input.distributionEstimate.kgCo2e', input.distributionEstimate.kgCo2e);
        distributionEstimate = {
            kgCo2e: input.distributionEstimate.kgCo2e,
            basis: (0, validate_1.requireText)('input.distributionEstimate.basis', input.distributionEstimate.basis, 2000),
        };
    }
    let declaredFullEquivalentCycles = null;
    if (given(input.declaredFullEquivalentCycles)) {
        (0, validate_1.requirePositive)('input.declaredFullEquivalentCycles.cyclesPerYear', input.declaredFullEquivalentCycles.cyclesPerYear);
        declaredFullEquivalentCycles = {
            cyclesPerYear: input.declaredFullEquivalentCycles.cyclesPerYear,
            justification: (0, validate_1.requireText)('input.declaredFullEquivalentCycles.justification', input.declaredFullEquivalentCycles.justification, 2000),
        };
    }
    let dataQuality = null;
    if (given(input.dataQuality)) {
        const d = { teR: input.dataQuality.teR, geR: input.dataQuality.geR, tiR: input.dataQuality.tiR, p: input.dataQuality.p };
        const bad = (0, data_quality_1.invalidDqrCriterion)(d);
        if (bad)
            throw (0, errors_1.badInput)(`input.dataQuality.${bad}`, `must be from 1 (best) to 5, got ${d[bad]}`);
        dataQuality = d;
    }
    let offsets = null;
    if (given(input.offsets)) {
        nonNegative('input.offsets.kgCo2e', input.offsets.kgCo2e);
        offsets = { kgCo2e: input.offsets.kgCo2e, scheme: (0, validate_1.requireText)('input.offsets.scheme', input.offsets.scheme, 200) };
    }
    return {
        data: {
            outputEnergyKWh: given(input.outputEnergyKWh) ? input.outputEnergyKWh : null,
            materials,
            electricity,
            processEnergy,
            endOfLife,
            distributionEstimate,
            declaredFullEquivalentCycles,
            dataQuality,
            offsets,
        },
        factorRefs,
        supplierRefs,
    };
}
//# sourceMappingURL=footprint-inputs-check.js.map