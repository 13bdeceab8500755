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
 * - business transactions: `urn:battrace:bol:<bill of lading number>` and
 *   `urn:battrace:po:<purchase order number>` (both percent-encoded);
 * - parties: `urn:battrace:org:<organizationId>`;
 * - events that come from a shipment event: `urn:uuid:<shipment event id>` (EPCIS 2.0 eventID, so
 *   that an error declaration can name its corrective events).
 */
const GIAI_MAX_LENGTH = 30;

export function unitUri(manufacturerId: string, gs1CompanyPrefix: string | null, serial: string): string {
  if (gs1CompanyPrefix && /^[0-9]{4,12}$/.test(gs1CompanyPrefix) && /^[A-Za-z0-9._-]+$/.test(serial)) {
    const giai = `${gs1CompanyPrefix}${serial}`;
    if (giai.length <= GIAI_MAX_LENGTH) return `https://id.gs1.org/8004/${giai}`;
  }
  return `urn:battrace:unit:${manufacturerId}:${encodeURIComponent(serial)}`;
}

export const plantUri = (plantId: string): string => `urn:battrace:plant:${plantId}`;
export const portUri = (locode: string): string => `urn:battrace:port:${locode}`;
export const bolUri = (billOfLading: string): string => `urn:battrace:bol:${encodeURIComponent(billOfLading)}`;
export const poUri = (purchaseOrder: string): string => `urn:battrace:po:${encodeURIComponent(purchaseOrder)}`;
export const orgUri = (organizationId: string): string => `urn:battrace:org:${organizationId}`;
export const shipmentEventUri = (eventId: string): string => `urn:uuid:${eventId}`;
