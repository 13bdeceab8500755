import { batteryIdentifier, BatteryIdentifier } from './battery-identifier';

/** What battrace stores about a unit that its identifier is made from. */
export interface UnitIdentifierFacts {
  manufacturerId: string;
  /** organizations.gs1_company_prefix of the manufacturer. */
  gs1CompanyPrefix: string | null;
  /** battery_models.gtin (GTIN-14) of the unit's batch's model. */
  modelGtin: string | null;
  /** 1 CELL, 2 MODULE, 3 PACK (units.kind). */
  kind: number;
  serial: string;
}

const PACK = 3;

/**
 * The identifier of a stored unit (docs/identifiers.md). A model's GTIN names its pack, the trade
 * item the batch makes, so only a pack takes the GS1 form; a cell or module of the batch is a part,
 * not that trade item, and keeps the battrace form (cause NO_GTIN) even when the model has a GTIN.
 */
export function unitIdentifier(base: string, u: UnitIdentifierFacts): BatteryIdentifier {
  return batteryIdentifier(base, {
    manufacturerId: u.manufacturerId,
    gs1CompanyPrefix: u.gs1CompanyPrefix,
    gtin: u.kind === PACK ? u.modelGtin : null,
    serial: u.serial,
  });
}

/**
 * The human-readable interpretation printed under a label's QR code: for the GS1 form the element
 * strings with their application identifiers in parentheses, `(01) <GTIN-14> (21) <serial>` (GS1
 * General Specifications, human readable interpretation); for the battrace form the URI itself,
 * which is the identifier.
 */
export function humanReadableIdentifier(id: BatteryIdentifier): string {
  return id.scheme === 'gs1' ? `(01) ${id.gtin} (21) ${id.serial}` : id.uri;
}
