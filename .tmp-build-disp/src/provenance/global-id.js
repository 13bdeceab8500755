"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.globalId = exports.GLOBAL_ID_KINDS = void 0;
exports.parseGlobalId = parseGlobalId;
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
/**
 * Typed global ids of provenance nodes: `<Kind>:<key>`, e.g. `Batch:0b6e…` (a uuid) or
 * `Unit:1234` (the bigint id of a cell, module or pack). Ports are keyed by UN/LOCODE
 * (`Port:NLRTM`), vessels by IMO number (`Vessel:9319466`), energy periods, plants, parks,
 * models, footprints, shipments, containers and organizations by uuid. The id says what the node
 * is, so a client can hand any node id back as a `rootId`.
 */
exports.GLOBAL_ID_KINDS = [
    'Supplier',
    'MaterialLot',
    'Park',
    'EnergyPeriod',
    'Plant',
    'BatteryModel',
    'Batch',
    'Unit',
    'Footprint',
    'Certificate',
    'Certifier',
    'Shipment',
    'Container',
    'Vessel',
    'Port',
    'Buyer',
];
const globalId = (kind, key) => `${kind}:${key}`;
exports.globalId = globalId;
const KEY_RULES = {
    Supplier: validate_1.isUuid,
    MaterialLot: validate_1.isUuid,
    Park: validate_1.isUuid,
    EnergyPeriod: validate_1.isUuid,
    Plant: validate_1.isUuid,
    BatteryModel: validate_1.isUuid,
    Batch: validate_1.isUuid,
    Unit: (k) => /^[1-9][0-9]{0,17}$/.test(k),
    Footprint: validate_1.isUuid,
    Certificate: validate_1.isUuid,
    Certifier: validate_1.isUuid,
    Shipment: validate_1.isUuid,
    Container: validate_1.isUuid,
    Vessel: (k) => /^[0-9]{7}$/.test(k),
    Port: (k) => /^[A-Z]{2}[A-Z2-9]{3}$/.test(k),
    Buyer: validate_1.isUuid,
};
/** Parses a global id; BAD_USER_INPUT naming `field` when it is not one. */
function parseGlobalId(field, value) {
    const at = value.indexOf(':');
    const kind = value.slice(0, at);
    const key = value.slice(at + 1);
    if (at < 1 || !exports.GLOBAL_ID_KINDS.includes(kind) || !KEY_RULES[kind](key)) {
        throw (0, errors_1.badInput)(field, `is not a node id like "Batch:<uuid>" or "Unit:<number>": "${value.slice(0, 80)}"`);
    }
    return { kind, key: KEY_RULES[kind] === validate_1.isUuid ? key.toLowerCase() : key };
}
//# sourceMappingURL=global-id.js.map