"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unitKindOfCode = exports.UNIT_KIND_CODE = exports.UNIT_KINDS = void 0;
exports.isUnitKind = isUnitKind;
exports.nestingProblem = nestingProblem;
/**
 * Unit kinds and how they nest: a cell sits in a module or directly in a pack, a module in a
 * pack, and a pack has no parent unit (its chain ends at its batch). Stored as small integers
 * ordered by size, so "the parent is bigger than the child" is one comparison in SQL.
 */
exports.UNIT_KINDS = ['CELL', 'MODULE', 'PACK'];
exports.UNIT_KIND_CODE = { CELL: 1, MODULE: 2, PACK: 3 };
const unitKindOfCode = (code) => exports.UNIT_KINDS[code - 1];
exports.unitKindOfCode = unitKindOfCode;
function isUnitKind(v) {
    return typeof v === 'string' && exports.UNIT_KINDS.includes(v);
}
/** Null when `parent` may contain `child`, else the reason. */
function nestingProblem(child, parent) {
    if (parent === null)
        return null;
    if (child === 'PACK')
        return 'a PACK has no parent unit: its chain ends at its batch';
    if (exports.UNIT_KIND_CODE[parent] <= exports.UNIT_KIND_CODE[child])
        return `a ${child} cannot sit inside a ${parent}`;
    return null;
}
//# sourceMappingURL=unit-kind.js.map