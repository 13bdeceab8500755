"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENESIS_HASH = void 0;
exports.auditEntryHash = auditEntryHash;
exports.findChainBreak = findChainBreak;
const canonical_json_1 = require("../common/canonical-json");
/**
 * The audit log is a hash chain: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 */
exports.GENESIS_HASH = '0'.repeat(64);
function auditEntryHash(prevHash, e) {
    return (0, canonical_json_1.sha256Hex)(`${prevHash}\n${(0, canonical_json_1.canonicalJson)({
        seq: e.seq,
        at: e.at.toISOString(),
        actorType: e.actorType,
        actorId: e.actorId,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        inputDigest: e.inputDigest,
    })}`);
}
/** Checks a run of consecutive entries that follows `prevHash` / `prevSeq`; null when intact. */
function findChainBreak(entries, prevHash, prevSeq) {
    let expectedPrev = prevHash;
    let expectedSeq = prevSeq + 1n;
    for (const e of entries) {
        if (BigInt(e.seq) !== expectedSeq)
            return { seq: e.seq, reason: `sequence gap: expected ${expectedSeq}, found ${e.seq}` };
        if (e.prevHash !== expectedPrev)
            return { seq: e.seq, reason: 'prevHash does not match the hash of the entry before it' };
        if (auditEntryHash(e.prevHash, e) !== e.hash)
            return { seq: e.seq, reason: 'hash does not match the entry contents' };
        expectedPrev = e.hash;
        expectedSeq += 1n;
    }
    return null;
}
//# sourceMappingURL=audit-chain.js.map