"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.passportTier = passportTier;
function passportTier(actor, batch) {
    if (actor.type === 'ADMIN')
        return 'AUTHORITY';
    if (actor.type !== 'ORGANIZATION')
        return 'PUBLIC';
    if (actor.organizationKind === 'AUTHORITY' || actor.organizationId === batch.manufacturerId)
        return 'AUTHORITY';
    if (actor.organizationKind === 'CERTIFIER' && batch.certifierIds.includes(actor.organizationId))
        return 'CERTIFIER';
    return 'PUBLIC';
}
//# sourceMappingURL=passport-tier.js.map