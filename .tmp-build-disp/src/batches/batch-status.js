"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BATCH_STATUSES = void 0;
exports.canTransition = canTransition;
/**
 * Batch statuses. A batch starts REGISTERED; the export feature moves it to SHIPPED and
 * DELIVERED as its cargo moves. Only BatchesService.changeStatus writes the column, and only
 * along the transitions listed here.
 */
exports.BATCH_STATUSES = ['REGISTERED', 'SHIPPED', 'DELIVERED'];
const TRANSITIONS = {
    REGISTERED: ['SHIPPED'],
    SHIPPED: ['DELIVERED'],
    DELIVERED: [],
};
function canTransition(from, to) {
    return TRANSITIONS[from].includes(to);
}
//# sourceMappingURL=batch-status.js.map