"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkAccessRule = checkAccessRule;
exports.canSeePrivate = canSeePrivate;
exports.requireManufacturer = requireManufacturer;
exports.assertOwner = assertOwner;
exports.assertWritesOwn = assertWritesOwn;
exports.canSeeShipment = canSeeShipment;
exports.assertCanRecordShipmentEvent = assertCanRecordShipmentEvent;
exports.shipmentListScope = shipmentListScope;
exports.assertCanRecordParkEnergy = assertCanRecordParkEnergy;
exports.canSeeParkEnergyEvidence = canSeeParkEnergyEvidence;
exports.canSeeFootprintInputs = canSeeFootprintInputs;
exports.canSeeFootprint = canSeeFootprint;
exports.displacementCoverage = displacementCoverage;
exports.canReadDisplacementRun = canReadDisplacementRun;
const errors_1 = require("../common/errors");
function checkAccessRule(rule, actor, operation) {
    if (rule.kind === 'PUBLIC')
        return;
    if (actor.type === 'ANONYMOUS')
        throw (0, errors_1.unauthenticated)(`${operation} needs an API key: send Authorization: Bearer <key>`);
    if (rule.kind === 'AUTHENTICATED')
        return;
    if (actor.type === 'ADMIN') {
        if (rule.kind === 'ADMIN' || rule.orAdmin)
            return;
        throw (0, errors_1.forbidden)(`${operation} is for ${rule.organizationKinds.join(' or ')} organizations, not the platform administrator`);
    }
    if (rule.kind === 'ADMIN')
        throw (0, errors_1.forbidden)(`${operation} is for the platform administrator only`);
    if (!rule.organizationKinds.includes(actor.organizationKind)) {
        throw (0, errors_1.forbidden)(`${operation} is for ${rule.organizationKinds.join(' or ')} organizations; the caller is a ${actor.organizationKind}`);
    }
}
/** Whether the actor may read the private (non-public-tier) data of this manufacturer. */
function canSeePrivate(actor, manufacturerId) {
    return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && actor.organizationId === manufacturerId);
}
/** The manufacturer the actor acts as; FORBIDDEN for anyone else. */
function requireManufacturer(actor, operation) {
    if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'MANUFACTURER')
        return actor.organizationId;
    if (actor.type === 'ANONYMOUS')
        throw (0, errors_1.unauthenticated)(`${operation} needs an API key`);
    throw (0, errors_1.forbidden)(`${operation} is for manufacturers only`);
}
/** FORBIDDEN unless the actor is the manufacturer that owns the record (or the administrator). */
function assertOwner(actor, ownerId, what, field) {
    if (actor.type === 'ADMIN')
        return;
    if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId)
        return;
    throw (0, errors_1.forbidden)(`${what} belongs to another manufacturer`, field);
}
/** The manufacturer whose records a write acts on: the caller itself, never another. */
function assertWritesOwn(actor, ownerId, what, field) {
    if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId)
        return;
    throw (0, errors_1.forbidden)(`${what} belongs to another manufacturer`, field);
}
/** Who sees a shipment (and its manifest): the administrator, its manufacturer, its consignee, an assigned forwarder. */
function canSeeShipment(actor, s) {
    if (actor.type === 'ADMIN')
        return true;
    if (actor.type !== 'ORGANIZATION')
        return false;
    const me = actor.organizationId;
    return me === s.manufacturerId || me === s.consigneeId || (actor.organizationKind === 'FORWARDER' && s.forwarderIds.includes(me));
}
/** Who records a shipment's events: its manufacturer or a forwarder assigned to it; FORBIDDEN for anyone else. */
function assertCanRecordShipmentEvent(actor, s, field) {
    if (actor.type === 'ORGANIZATION') {
        if (actor.organizationKind === 'MANUFACTURER' && actor.organizationId === s.manufacturerId)
            return;
        if (actor.organizationKind === 'FORWARDER' && s.forwarderIds.includes(actor.organizationId))
            return;
    }
    throw (0, errors_1.forbidden)('only the shipment’s manufacturer or a forwarder assigned to it may record its events', field);
}
function shipmentListScope(actor) {
    if (actor.type === 'ADMIN')
        return { kind: 'ALL' };
    if (actor.type !== 'ORGANIZATION')
        return { kind: 'NONE' };
    switch (actor.organizationKind) {
        case 'MANUFACTURER':
            return { kind: 'MANUFACTURER', organizationId: actor.organizationId };
        case 'BUYER':
            return { kind: 'CONSIGNEE', organizationId: actor.organizationId };
        case 'FORWARDER':
            return { kind: 'FORWARDER', organizationId: actor.organizationId };
        default:
            return { kind: 'NONE' };
    }
}
// ---- Carbon footprints (issue 3) ------------------------------------------------------------
/**
 * Park energy (DOMAIN.md §2) is recorded by a manufacturer that has a plant in the park, or by
 * the administrator; FORBIDDEN for anyone else.
 */
function assertCanRecordParkEnergy(actor, hasPlantInPark, field) {
    if (actor.type === 'ADMIN')
        return;
    if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'MANUFACTURER' && hasPlantInPark)
        return;
    throw (0, errors_1.forbidden)('park energy is recorded by a manufacturer with a plant in the park, or by the administrator', field);
}
/** Meter ids and GEC serials behind a park's energy: the administrator and the manufacturers with a plant in the park. */
function canSeeParkEnergyEvidence(actor, manufacturerIdsInPark) {
    return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && manufacturerIdsInPark.includes(actor.organizationId));
}
/** Footprint inputs and their evidence: the owner and the administrator (certifiers are added with the certificate feature). */
function canSeeFootprintInputs(actor, manufacturerId) {
    return canSeePrivate(actor, manufacturerId);
}
/**
 * A footprint's figures are public passport data once declared (DOMAIN.md §1, tier 1: carbon
 * footprint and its class), and stay readable after supersession; before declaration only the
 * owner and the administrator see them.
 */
function canSeeFootprint(actor, manufacturerId, everDeclared) {
    return everDeclared || canSeePrivate(actor, manufacturerId);
}
function displacementCoverage(actor, scope, field) {
    if (actor.type === 'ANONYMOUS')
        throw (0, errors_1.unauthenticated)('requestDisplacement needs an API key');
    switch (scope.kind) {
        case 'ENERGY':
            return { coverage: 'WHAT_IF' };
        case 'BATCH':
            if (canSeePrivate(actor, scope.manufacturerId))
                return { coverage: 'ALL' };
            throw (0, errors_1.forbidden)('a batch’s packs are counted only by its manufacturer (a buyer runs the shipments consigned to it)', field);
        case 'SHIPMENT':
            if (canSeeShipment(actor, scope.parties))
                return { coverage: 'ALL' };
            throw (0, errors_1.forbidden)('only the parties to a shipment may run displacement over it', field);
        case 'PARK_YEAR':
            if (actor.type === 'ADMIN')
                return { coverage: 'ALL' };
            if (actor.organizationKind === 'MANUFACTURER')
                return { coverage: 'MANUFACTURER', manufacturerId: actor.organizationId };
            throw (0, errors_1.forbidden)('a park-year run is for manufacturers (over their own batches) and the administrator', field);
    }
}
/** A run and its result: the organization that requested it, and the administrator. */
function canReadDisplacementRun(actor, requestedByOrganizationId) {
    return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && actor.organizationId === requestedByOrganizationId);
}
//# sourceMappingURL=access-policy.js.map