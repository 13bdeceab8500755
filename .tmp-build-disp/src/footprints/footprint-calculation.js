"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IncompleteDocumentError = void 0;
exports.computeFootprint = computeFootprint;
const electricity_source_1 = require("../energy/electricity-source");
const data_quality_1 = require("./data-quality");
const functional_unit_1 = require("./functional-unit");
const rulesets_1 = require("./rulesets");
class IncompleteDocumentError extends Error {
}
exports.IncompleteDocumentError = IncompleteDocumentError;
function need(v, what) {
    if (v === null || v === undefined)
        throw new IncompleteDocumentError(`the footprint document has no ${what}`);
    return v;
}
function computeFootprint(doc) {
    const factors = new Map(doc.factors.map((f) => [f.id, f]));
    const factor = (id, what) => need(factors.get(id), `factor row ${id} (${what})`);
    const { model, batch } = doc;
    const inputs = doc.inputs.data;
    // Output and functional unit.
    const outputEnergyKWh = inputs.outputEnergyKWh ?? batch.declaredPackCount * model.nominalEnergyKWh;
    if (!(outputEnergyKWh > 0))
        throw new IncompleteDocumentError('the footprint document has no output energy');
    const batteryEquivalents = outputEnergyKWh / model.nominalEnergyKWh;
    const vc = model.vehicleCategory;
    const fec = vc ? doc.ruleset.fullEquivalentCyclesPerYear[vc] : need(inputs.declaredFullEquivalentCycles, 'declared cycles').cyclesPerYear;
    const fu = (0, functional_unit_1.functionalUnit)({
        usableEnergyKWh: model.usableEnergyKWh,
        fullEquivalentCyclesPerYear: fec,
        warrantyYears: model.warrantyYears,
        warrantyKm: model.warrantyKm,
        evConsumptionKWhPer100Km: vc ? (doc.ruleset.evConsumptionKWhPer100Km[vc] ?? null) : null,
    });
    const lifetimeEnergyKWh = batteryEquivalents * fu.lifetimeEnergyKWhPerBattery;
    // RAW_MATERIAL_ACQUISITION
    let materialKg = 0;
    let materialMassKg = 0;
    let recycledMassKg = 0;
    const materialLines = inputs.materials.map((m) => {
        const perKg = m.factorId !== null ? factor(m.factorId, m.material).value : need(m.declaredKgCo2ePerKg, `factor of ${m.material}`);
        const kg = m.massKg * perKg;
        materialKg += kg;
        materialMassKg += m.massKg;
        recycledMassKg += m.massKg * m.recycledShare;
        return { material: m.material, massKg: m.massKg, factorId: m.factorId, kgCo2ePerKg: perKg, recycledShare: m.recycledShare, kgCo2e: kg };
    });
    // MAIN_PRODUCTION: electricity
    const e = need(inputs.electricity, 'electricity');
    let batchKWh;
    let allocationShare = null;
    if (e.meteredKWh !== null) {
        batchKWh = e.meteredKWh;
    }
    else {
        allocationShare = outputEnergyKWh / need(e.plantOutputEnergyKWh, 'plant output energy');
        batchKWh = need(e.plantMeteredKWh, 'plant metered kWh') * allocationShare;
    }
    const parkBySource = Object.fromEntries(electricity_source_1.ELECTRICITY_SOURCES.map((s) => [s, 0]));
    let parkKWh = 0;
    for (const p of doc.parkEnergy) {
        parkKWh += p.totalKWh;
        for (const s of p.supplies)
            parkBySource[s.source] += s.kWh;
    }
    let electricityKg = 0;
    const electricityLines = [];
    if (batchKWh > 0) {
        if (!(parkKWh > 0))
            throw new IncompleteDocumentError('the footprint document has no park energy');
        for (const source of electricity_source_1.ELECTRICITY_SOURCES) {
            if (parkBySource[source] <= 0)
                continue;
            const share = parkBySource[source] / parkKWh;
            const kWh = batchKWh * share;
            const role = doc.ruleset.electricity[source];
            const f = factor(need(doc.ruleset.electricityFactorIds[role], `${role} electricity factor`), `${role} electricity`);
            const kg = kWh * f.value;
            electricityKg += kg;
            electricityLines.push({ source, share, kWh, role, factorId: f.id, factorCode: f.code, kgCo2ePerKWh: f.value, kgCo2e: kg });
        }
    }
    let processKg = 0;
    const processLines = inputs.processEnergy.map((p) => {
        const perKWh = p.factorId !== null ? factor(p.factorId, p.name).value : need(p.declaredKgCo2ePerKWh, `factor of ${p.name}`);
        const kg = p.energyKWh * perKWh;
        processKg += kg;
        return { name: p.name, energyKWh: p.energyKWh, factorId: p.factorId, kgCo2ePerKWh: perKWh, kgCo2e: kg };
    });
    // DISTRIBUTION
    let distribution;
    if (doc.transport.length > 0) {
        let kg = 0;
        for (const t of doc.transport)
            kg += t.co2eKg;
        distribution = {
            kgCo2e: kg,
            isEstimate: false,
            basis: `transport emissions recorded for the batch (${doc.transport.length} row(s), GLEC / ISO 14083)`,
            transportRowIds: doc.transport.map((t) => t.id),
        };
    }
    else {
        const est = need(inputs.distributionEstimate, 'distribution estimate');
        distribution = { kgCo2e: est.kgCo2e, isEstimate: true, basis: est.basis, transportRowIds: [] };
    }
    // END_OF_LIFE_RECYCLING
    const eol = need(inputs.endOfLife, 'end of life');
    let endOfLife;
    if (eol.factorId !== null) {
        const f = factor(eol.factorId, 'end of life');
        const batteryMassKg = model.massKg * batteryEquivalents;
        endOfLife = { kgCo2e: f.value * batteryMassKg, basis: 'FACTOR', factorId: f.id, kgCo2ePerKg: f.value, batteryMassKg };
    }
    else {
        endOfLife = {
            kgCo2e: need(eol.declaredKgCo2e, 'end-of-life value'),
            basis: 'DECLARED',
            factorId: null,
            kgCo2ePerKg: null,
            batteryMassKg: null,
        };
    }
    const stages = {
        RAW_MATERIAL_ACQUISITION: materialKg,
        MAIN_PRODUCTION: electricityKg + processKg,
        DISTRIBUTION: distribution.kgCo2e,
        END_OF_LIFE_RECYCLING: endOfLife.kgCo2e,
    };
    const kgCo2eAbsolute = stages.RAW_MATERIAL_ACQUISITION + stages.MAIN_PRODUCTION + stages.DISTRIBUTION + stages.END_OF_LIFE_RECYCLING;
    const kgCo2ePerKWhCapacity = kgCo2eAbsolute / outputEnergyKWh;
    const kgCo2ePerKWhLifetime = kgCo2eAbsolute / lifetimeEnergyKWh;
    return {
        stages,
        kgCo2eAbsolute,
        kgCo2ePerKWhCapacity,
        kgCo2ePerKWhLifetime,
        kgCo2ePerBattery: kgCo2ePerKWhCapacity * model.nominalEnergyKWh,
        outputEnergyKWh,
        batteryEquivalents,
        lifetimeEnergyKWh,
        functionalUnit: { ...fu, fullEquivalentCyclesSource: vc ? 'RULESET' : 'DECLARED' },
        electricity: {
            batchKWh,
            basis: e.meteredKWh !== null ? 'METERED' : 'ALLOCATED',
            allocationShare,
            parkKWh,
            kgCo2e: electricityKg,
            lines: electricityLines,
        },
        processEnergy: { kgCo2e: processKg, lines: processLines },
        materials: { massKg: materialMassKg, recycledMassKg, kgCo2e: materialKg, lines: materialLines },
        distribution,
        endOfLife,
        dataQualityRating: inputs.dataQuality ? (0, data_quality_1.dataQualityRating)(inputs.dataQuality) : null,
        performanceClass: (0, rulesets_1.performanceClassOf)(doc.ruleset, kgCo2ePerKWhLifetime),
        offsets: inputs.offsets ? { kgCo2e: inputs.offsets.kgCo2e, scheme: inputs.offsets.scheme, deducted: false } : null,
        factorIds: doc.factors.map((f) => f.id),
    };
}
//# sourceMappingURL=footprint-calculation.js.map