"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_FORWARDERS = exports.MAX_LEGS = exports.MAX_CARGO_LINES = exports.MAX_CONTAINERS = void 0;
exports.normalizeShipmentInput = normalizeShipmentInput;
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const dangerous_goods_1 = require("./dangerous-goods");
const hs_code_1 = require("./hs-code");
const imo_number_1 = require("./imo-number");
const incoterms_1 = require("./incoterms");
const iso6346_1 = require("./iso6346");
const transport_emissions_1 = require("./transport-emissions");
const un_locode_1 = require("./un-locode");
/**
 * Everything about a createShipment input that can be checked without the database, each
 * failure a BAD_USER_INPUT naming the field. What needs the database (parties, ports, factor
 * rows, batches and what is still unshipped, open containers) is checked by the service.
 */
exports.MAX_CONTAINERS = 1000;
exports.MAX_CARGO_LINES = 5000;
exports.MAX_LEGS = 20;
exports.MAX_FORWARDERS = 10;
const BILL_OF_LADING = /^[A-Z]{2}[A-Z0-9]{4,22}$/;
function locode(field, raw) {
    const p = (0, un_locode_1.parseUnLocode)(raw);
    if (!p.ok)
        throw (0, errors_1.badInput)(field, p.message);
    return p.code;
}
function listSize(field, n, min, max) {
    if (n < min || n > max)
        throw (0, errors_1.badInput)(field, `must hold ${min} to ${max} entries, got ${n}`);
}
function normalizeShipmentInput(input) {
    const reference = (0, validate_1.requireText)('input.reference', input.reference, 64);
    const billOfLadingNumber = (0, validate_1.requireText)('input.billOfLadingNumber', input.billOfLadingNumber, 30).toUpperCase();
    if (!BILL_OF_LADING.test(billOfLadingNumber)) {
        throw (0, errors_1.badInput)('input.billOfLadingNumber', `"${billOfLadingNumber}" is not a bill of lading number (SCAC prefix and 4 to 22 letters or digits)`);
    }
    const inc = (0, incoterms_1.parseIncoterm)((0, validate_1.requireText)('input.incoterm', input.incoterm, 120));
    if (!inc.ok)
        throw (0, errors_1.badInput)('input.incoterm', inc.message);
    const imo = (0, imo_number_1.parseImoNumber)((0, validate_1.requireText)('input.vesselImo', input.vesselImo, 20));
    if (!imo.ok)
        throw (0, errors_1.badInput)('input.vesselImo', imo.message, imo.expected === undefined ? undefined : { expectedCheckDigit: imo.expected });
    const portOfLoading = locode('input.portOfLoading', input.portOfLoading);
    const portOfDischarge = locode('input.portOfDischarge', input.portOfDischarge);
    if (portOfLoading === portOfDischarge)
        throw (0, errors_1.badInput)('input.portOfDischarge', `must differ from the port of loading (${portOfLoading})`);
    const hs = (0, hs_code_1.parseHsCode)(input.hsCode ?? hs_code_1.DEFAULT_HS_CODE);
    if (!hs.ok)
        throw (0, errors_1.badInput)('input.hsCode', hs.message);
    let tariffCode = null;
    if (input.tariffCode) {
        const t = (0, hs_code_1.parseTariffCode)(input.tariffCode);
        if (!t.ok)
            throw (0, errors_1.badInput)('input.tariffCode', t.message);
        if (!t.code.startsWith(hs.code.replace('.', '')))
            throw (0, errors_1.badInput)('input.tariffCode', `${t.code} does not extend HS code ${hs.code}`);
        tariffCode = t.code;
    }
    const un = (0, dangerous_goods_1.parseUnNumber)(input.dangerousGoods.unNumber);
    if (!un.ok)
        throw (0, errors_1.badInput)('input.dangerousGoods.unNumber', un.message);
    const classProblem = (0, dangerous_goods_1.dgClassProblem)(input.dangerousGoods.dgClass);
    if (classProblem)
        throw (0, errors_1.badInput)('input.dangerousGoods.dgClass', classProblem);
    const un383TestSummary = (0, validate_1.requireText)('input.dangerousGoods.un383TestSummary', input.dangerousGoods.un383TestSummary, 300);
    listSize('input.containers', input.containers.length, 1, exports.MAX_CONTAINERS);
    const containerIndex = new Map();
    const containers = input.containers.map((c, i) => {
        const path = `input.containers[${i}]`;
        const containerNumber = (0, iso6346_1.normalizeContainerNumber)(c.containerNumber);
        const problem = (0, iso6346_1.containerNumberProblem)(containerNumber);
        if (problem) {
            throw (0, errors_1.badInput)(`${path}.containerNumber`, problem.message, problem.kind === 'CHECK_DIGIT' ? { expectedCheckDigit: problem.expected } : undefined);
        }
        if (containerIndex.has(containerNumber)) {
            throw (0, errors_1.badInput)(`${path}.containerNumber`, `${containerNumber} is listed twice (also at input.containers[${containerIndex.get(containerNumber)}])`);
        }
        containerIndex.set(containerNumber, i);
        const sizeType = (0, validate_1.requireText)(`${path}.sizeType`, c.sizeType, 4).toUpperCase();
        if (!iso6346_1.SIZE_TYPE_CODE.test(sizeType))
            throw (0, errors_1.badInput)(`${path}.sizeType`, `"${sizeType}" is not an ISO 6346 size-type code such as 22G1 or 45G1`);
        (0, validate_1.requirePositive)(`${path}.grossMassKg`, c.grossMassKg);
        return {
            containerNumber,
            sealNumber: (0, validate_1.requireText)(`${path}.sealNumber`, c.sealNumber, 40),
            sizeType,
            teu: (0, iso6346_1.teuOfSizeType)(sizeType),
            grossMassKg: c.grossMassKg,
        };
    });
    listSize('input.cargoLines', input.cargoLines.length, 1, exports.MAX_CARGO_LINES);
    const cargoKgPerContainer = new Array(containers.length).fill(0);
    const cargoLines = input.cargoLines.map((l, i) => {
        const path = `input.cargoLines[${i}]`;
        const batchId = (0, validate_1.requireId)(`${path}.batchId`, l.batchId);
        const number = (0, iso6346_1.normalizeContainerNumber)(l.containerNumber);
        const index = containerIndex.get(number);
        if (index === undefined)
            throw (0, errors_1.badInput)(`${path}.containerNumber`, `${number.slice(0, 20)} is not one of this shipment's containers`);
        const packs = l.packCount ?? null;
        const units = l.unitCount ?? null;
        let unitKind;
        let count;
        if (packs !== null && units === null) {
            if (l.unitKind && l.unitKind !== 'PACK')
                throw (0, errors_1.badInput)(`${path}.unitKind`, 'a packCount line carries packs; leave unitKind out');
            unitKind = 'PACK';
            count = packs;
        }
        else if (units !== null && packs === null) {
            if (l.unitKind !== 'CELL' && l.unitKind !== 'MODULE')
                throw (0, errors_1.badInput)(`${path}.unitKind`, 'a unitCount line needs unitKind CELL or MODULE');
            unitKind = l.unitKind;
            count = units;
        }
        else {
            throw (0, errors_1.badInput)(path, 'give either packCount, or unitCount with unitKind (loose cells or modules)');
        }
        if (!Number.isInteger(count) || count < 1)
            throw (0, errors_1.badInput)(`${path}.${unitKind === 'PACK' ? 'packCount' : 'unitCount'}`, `must be a whole number of 1 or more, got ${count}`);
        (0, validate_1.requirePositive)(`${path}.grossMassKg`, l.grossMassKg);
        cargoKgPerContainer[index] += l.grossMassKg;
        return { batchId, containerIndex: index, unitKind, count, grossMassKg: l.grossMassKg };
    });
    cargoKgPerContainer.forEach((kg, i) => {
        if (kg > containers[i].grossMassKg) {
            throw (0, errors_1.badInput)(`input.containers[${i}].grossMassKg`, `the cargo lines in ${containers[i].containerNumber} weigh ${kg} kg, more than the container's gross mass of ${containers[i].grossMassKg} kg`);
        }
    });
    listSize('input.legs', input.legs.length, 1, exports.MAX_LEGS);
    const legs = input.legs.map((l, i) => normalizeLeg(l, i));
    const sea = legs.map((l, i) => ({ l, i })).filter(({ l }) => l.mode === 'SEA');
    if (sea.length === 0)
        throw (0, errors_1.badInput)('input.legs', 'needs at least one SEA leg (from the port of loading to the port of discharge)');
    if (sea[0].l.from !== portOfLoading) {
        throw (0, errors_1.badInput)(`input.legs[${sea[0].i}].from`, `the first sea leg must start at the port of loading ${portOfLoading}, not ${sea[0].l.from}`);
    }
    const lastSea = sea[sea.length - 1];
    if (lastSea.l.to !== portOfDischarge) {
        throw (0, errors_1.badInput)(`input.legs[${lastSea.i}].to`, `the last sea leg must end at the port of discharge ${portOfDischarge}, not ${lastSea.l.to}`);
    }
    for (let k = 1; k < sea.length; k++) {
        if (sea[k].l.from !== sea[k - 1].l.to) {
            throw (0, errors_1.badInput)(`input.legs[${sea[k].i}].from`, `sea legs must connect: this one starts at ${sea[k].l.from}, the one before ends at ${sea[k - 1].l.to}`);
        }
    }
    const forwarderIds = [...new Set((input.forwarderIds ?? []).map((id, i) => (0, validate_1.requireId)(`input.forwarderIds[${i}]`, id)))];
    if (forwarderIds.length > exports.MAX_FORWARDERS)
        throw (0, errors_1.badInput)('input.forwarderIds', `at most ${exports.MAX_FORWARDERS} forwarders`);
    const teus = containers.map((c) => c.teu);
    return {
        reference,
        billOfLadingNumber,
        incoterm: inc.value,
        shipper: (0, validate_1.optionalText)('input.shipper', input.shipper, 300),
        consigneeId: (0, validate_1.requireId)('input.consigneeId', input.consigneeId),
        notifyParty: (0, validate_1.optionalText)('input.notifyParty', input.notifyParty, 300),
        vesselName: (0, validate_1.requireText)('input.vesselName', input.vesselName, 100),
        vesselImo: imo.digits,
        voyageNumber: (0, validate_1.requireText)('input.voyageNumber', input.voyageNumber, 40),
        portOfLoading,
        portOfDischarge,
        hsCode: hs.code,
        tariffCode,
        goodsDescription: (0, validate_1.optionalText)('input.goodsDescription', input.goodsDescription, 500) ?? `${dangerous_goods_1.LITHIUM_UN_NUMBERS[un.unNumber]} (HS ${hs.code})`,
        unNumber: un.unNumber,
        dgClass: dangerous_goods_1.DG_CLASS,
        un383TestSummary,
        containers,
        cargoLines,
        legs,
        forwarderIds,
        cargoGrossMassKg: cargoLines.reduce((a, l) => a + l.grossMassKg, 0),
        teu: teus.every((t) => t !== null) ? teus.reduce((a, t) => a + t, 0) : null,
    };
}
function normalizeLeg(l, i) {
    const path = `input.legs[${i}]`;
    const from = l.mode === 'SEA' ? locode(`${path}.from`, l.from) : (0, validate_1.requireText)(`${path}.from`, l.from, 200);
    const to = l.mode === 'SEA' ? locode(`${path}.to`, l.to) : (0, validate_1.requireText)(`${path}.to`, l.to, 200);
    const km = l.distanceKm ?? null;
    const nm = l.distanceNauticalMiles ?? null;
    if ((km === null) === (nm === null))
        throw (0, errors_1.badInput)(`${path}.distanceKm`, 'give the distance either in km or in nautical miles');
    if (km !== null)
        (0, validate_1.requirePositive)(`${path}.distanceKm`, km);
    if (nm !== null)
        (0, validate_1.requirePositive)(`${path}.distanceNauticalMiles`, nm);
    const factorId = l.factorId ? (0, validate_1.requireId)(`${path}.factorId`, l.factorId) : null;
    let override = null;
    if (l.factorOverride) {
        (0, validate_1.requirePositive)(`${path}.factorOverride.value`, l.factorOverride.value);
        override = {
            value: l.factorOverride.value,
            unit: l.factorOverride.unit,
            source: (0, validate_1.requireText)(`${path}.factorOverride.source`, l.factorOverride.source, 500),
        };
    }
    const label = `leg ${i + 1} (${l.mode} ${from} → ${to})`;
    if (factorId === null && override === null) {
        throw (0, errors_1.badInput)(path, `${label} has no emission factor: give a factorId (a transport emission factor row) or a factorOverride with its source; no default is assumed`);
    }
    if (factorId !== null && override !== null)
        throw (0, errors_1.badInput)(path, `${label}: give a factorId or a factorOverride, not both`);
    return {
        mode: l.mode,
        from,
        to,
        distanceKm: km ?? (0, transport_emissions_1.kmOfNauticalMiles)(nm),
        distanceSource: (0, validate_1.requireText)(`${path}.distanceSource`, l.distanceSource, 300),
        routing: l.routing ?? null,
        factorId,
        override,
    };
}
//# sourceMappingURL=shipment-input.js.map