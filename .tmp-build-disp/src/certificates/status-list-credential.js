"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildStatusListCredential = buildStatusListCredential;
const bitstring_status_list_1 = require("./bitstring-status-list");
const credential_1 = require("./credential");
function buildStatusListCredential(url, issuerDid, purpose, bits, at) {
    return {
        '@context': [credential_1.VC_CONTEXT],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: issuerDid,
        validFrom: at.toISOString(),
        credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: (0, bitstring_status_list_1.encodeStatusList)(bits) },
    };
}
//# sourceMappingURL=status-list-credential.js.map