"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orgUri = exports.bolUri = exports.portUri = exports.plantUri = void 0;
exports.unitUri = unitUri;
/**
 * Identifiers in battrace's EPCIS documents (issue 6 §4). Every identifier is a URI:
 * - a unit (cell, module or pack), when its manufacturer has organizations.gs1_company_prefix:
 *   a GS1 Digital Link URI with the Global Individual Asset Identifier (application identifier
 *   8004 = company prefix + individual asset reference), `https://id.gs1.org/8004/<prefix><serial>`,
 *   used only when the prefix is 4 to 12 digits, the serial plain (letters, digits, `-`, `.`, `_`)
 *   and the whole GIAI at most 30 characters (the GS1 limit of AI 8004);
 * - otherwise a battrace URN `urn:battrace:unit:<manufacturerId>:<serial>` (serial percent-encoded);
 * - read points: `urn:battrace:plant:<plantId>` for plants (no GLN is recorded) and
 *   `urn:battrace:port:<UN/LOCODE>` for ports;
 * - business transactions: `urn:battrace:bol:<bill of lading number>`;
 * - parties: `urn:battrace:org:<organizationId>`.
 */
const GIAI_MAX_LENGTH = 30;
function unitUri(manufacturerId, gs1CompanyPrefix, serial) {
    if (gs1CompanyPrefix && /^[0-9]{4,12}$/.test(gs1CompanyPrefix) && /^[A-Za-z0-9._-]+$/.test(serial)) {
        const giai = `${gs1CompanyPrefix}${serial}`;
        if (giai.length <= GIAI_MAX_LENGTH)
            return `https://id.gs1.org/8004/${giai}`;
    }
    return `urn:battrace:unit:${manufacturerId}:${encodeURIComponent(serial)}`;
}
const plantUri = (plantId) => `urn:battrace:plant:${plantId}`;
exports.plantUri = plantUri;
const portUri = (locode) => `urn:battrace:port:${locode}`;
exports.portUri = portUri;
const bolUri = (billOfLading) => `urn:battrace:bol:${encodeURIComponent(billOfLading)}`;
exports.bolUri = bolUri;
const orgUri = (organizationId) => `urn:battrace:org:${organizationId}`;
exports.orgUri = orgUri;
//# sourceMappingURL=epcis-identifiers.js.map