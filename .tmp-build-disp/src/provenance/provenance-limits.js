"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FANOUT_INLINE = exports.NODE_BUDGET = exports.MAX_COST = exports.DEFAULT_DEPTH = exports.MAX_DEPTH = void 0;
exports.planWalk = planWalk;
const errors_1 = require("../common/errors");
const pagination_1 = require("../common/pagination");
const provenance_kinds_1 = require("./provenance-kinds");
/**
 * Limits of the provenance walk (issue 6 §5), checked before any statement runs. These are
 * service limits chosen for battrace (not domain figures): a walk of at most MAX_DEPTH steps, a
 * page of at most MAX_PAGE_SIZE nodes, and an estimated cost of depth × page size × directions
 * of at most MAX_COST. The walk itself stops at NODE_BUDGET nodes (then `truncated`), and a
 * fan-out of more than FANOUT_INLINE nodes from one node comes back as a counted summary.
 */
exports.MAX_DEPTH = 6;
exports.DEFAULT_DEPTH = 2;
exports.MAX_COST = 2000;
exports.NODE_BUDGET = 2000;
exports.FANOUT_INLINE = 100;
function planWalk(depthIn, firstIn, kindsIn, both) {
    const depth = depthIn ?? exports.DEFAULT_DEPTH;
    if (!Number.isInteger(depth) || depth < 1 || depth > exports.MAX_DEPTH)
        throw (0, errors_1.badInput)('depth', `must be from 1 to ${exports.MAX_DEPTH}, got ${depth}`);
    const first = firstIn ?? pagination_1.DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > pagination_1.MAX_PAGE_SIZE)
        throw (0, errors_1.badInput)('first', `must be from 1 to ${pagination_1.MAX_PAGE_SIZE}, got ${first}`);
    const kinds = new Set();
    (kindsIn ?? [...provenance_kinds_1.NODE_KINDS]).forEach((k, i) => {
        if (!provenance_kinds_1.NODE_KINDS.includes(k))
            throw (0, errors_1.badInput)(`kinds[${i}]`, `unknown node kind "${String(k).slice(0, 40)}"; one of ${provenance_kinds_1.NODE_KINDS.join(', ')}`);
        kinds.add(k);
    });
    const cost = depth * first * (both ? 2 : 1);
    if (cost > exports.MAX_COST) {
        throw (0, errors_1.badInput)('depth', `this walk would cost ${cost} (depth ${depth} × first ${first}${both ? ' × 2 directions' : ''}), over the limit of ${exports.MAX_COST}: lower depth or first`, {
            cost,
            limit: exports.MAX_COST,
        });
    }
    return { depth, first, kinds, cost };
}
//# sourceMappingURL=provenance-limits.js.map