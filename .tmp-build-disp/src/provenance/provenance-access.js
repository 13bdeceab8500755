"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineageScope = lineageScope;
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
function lineageScope(actor, manufacturerIdIn, buyers = true) {
    const named = manufacturerIdIn ? (0, validate_1.requireId)('manufacturerId', manufacturerIdIn) : null;
    if (actor.type === 'ANONYMOUS')
        throw (0, errors_1.unauthenticated)();
    if (actor.type === 'ADMIN') {
        if (!named)
            throw (0, errors_1.badInput)('manufacturerId', 'is required for the administrator (serials are unique per manufacturer)');
        return { manufacturerId: named, consigneeId: null };
    }
    if (actor.organizationKind === 'MANUFACTURER') {
        if (named && named !== actor.organizationId)
            throw (0, errors_1.forbidden)('a manufacturer reads the lineage of its own units only', 'manufacturerId');
        return { manufacturerId: actor.organizationId, consigneeId: null };
    }
    if (actor.organizationKind === 'BUYER' && buyers) {
        if (!named)
            throw (0, errors_1.badInput)('manufacturerId', 'is required: name the manufacturer of the unit');
        return { manufacturerId: named, consigneeId: actor.organizationId };
    }
    throw (0, errors_1.forbidden)(buyers
        ? 'unit lineage is for manufacturers, buyers and the administrator'
        : 'unit history is for the manufacturer and the administrator');
}
//# sourceMappingURL=provenance-access.js.map