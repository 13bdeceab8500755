"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADMIN = exports.ANONYMOUS = exports.ORGANIZATION_KINDS = void 0;
exports.actorId = actorId;
exports.ORGANIZATION_KINDS = ['MANUFACTURER', 'CERTIFIER', 'BUYER', 'FORWARDER', 'AUTHORITY'];
exports.ANONYMOUS = { type: 'ANONYMOUS' };
exports.ADMIN = { type: 'ADMIN' };
/** A stable label for logs, audit entries and rate limiting. */
function actorId(actor) {
    switch (actor.type) {
        case 'ADMIN':
            return 'admin';
        case 'ORGANIZATION':
            return actor.organizationId;
        case 'ANONYMOUS':
            return null;
    }
}
//# sourceMappingURL=actor.js.map