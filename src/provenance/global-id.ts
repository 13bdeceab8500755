import { badInput } from '../common/errors';
import { isUuid } from '../common/validate';

/**
 * Typed global ids of provenance nodes: `<Kind>:<key>`, e.g. `Batch:0b6e…` (a uuid) or
 * `Unit:1234` (the bigint id of a cell, module or pack). Ports are keyed by UN/LOCODE
 * (`Port:NLRTM`), vessels by IMO number (`Vessel:9319466`), energy periods, plants, parks,
 * models, footprints, shipments, containers and organizations by uuid. A material lot is one
 * material line of a batch's footprint inputs: `MaterialLot:<inputs uuid>:<0-based line index>`.
 * A supplier is `Supplier:<organization uuid>` when the line names a battrace organization, else
 * `Supplier:name:<name>` with the name percent-encoded (RFC 3986: every UTF-8 byte except
 * A-Z a-z 0-9 - . _ ~ as %XX, upper-case hex). The id says what the node is, so a client can
 * hand any node id back as a `rootId`.
 */
export const GLOBAL_ID_KINDS = [
  'Supplier',
  'MaterialLot',
  'Park',
  'EnergyPeriod',
  'Plant',
  'BatteryModel',
  'Batch',
  'Unit',
  'Footprint',
  'Certificate',
  'Certifier',
  'Shipment',
  'Container',
  'Vessel',
  'Port',
  'Buyer',
] as const;
export type GlobalIdKind = (typeof GLOBAL_ID_KINDS)[number];

export interface GlobalId {
  kind: GlobalIdKind;
  key: string;
}

export const globalId = (kind: GlobalIdKind, key: string | number): string => `${kind}:${key}`;

const KEY_RULES: Record<GlobalIdKind, (key: string) => boolean> = {
  Supplier: (k) => isUuid(k) || /^name:(?:[A-Za-z0-9._~-]|%[0-9A-F]{2}){1,2400}$/.test(k),
  MaterialLot: (k) => isUuid(k.slice(0, 36)) && /^:(0|[1-9][0-9]{0,5})$/.test(k.slice(36)),
  Park: isUuid,
  EnergyPeriod: isUuid,
  Plant: isUuid,
  BatteryModel: isUuid,
  Batch: isUuid,
  Unit: (k) => /^[1-9][0-9]{0,17}$/.test(k),
  Footprint: isUuid,
  Certificate: isUuid,
  Certifier: isUuid,
  Shipment: isUuid,
  Container: isUuid,
  Vessel: (k) => /^[0-9]{7}$/.test(k),
  Port: (k) => /^[A-Z]{2}[A-Z2-9]{3}$/.test(k),
  Buyer: isUuid,
};

/** Parses a global id; BAD_USER_INPUT naming `field` when it is not one. */
export function parseGlobalId(field: string, value: string): GlobalId {
  const at = value.indexOf(':');
  const kind = value.slice(0, at) as GlobalIdKind;
  const key = value.slice(at + 1);
  if (at < 1 || !(GLOBAL_ID_KINDS as readonly string[]).includes(kind) || !KEY_RULES[kind](key)) {
    throw badInput(field, `is not a node id like "Batch:<uuid>" or "Unit:<number>": "${value.slice(0, 80)}"`, 'INVALID_ID');
  }
  const lower = KEY_RULES[kind] === isUuid || kind === 'MaterialLot' || (kind === 'Supplier' && isUuid(key));
  return { kind, key: lower ? key.toLowerCase() : key };
}

/** The key of a supplier named only by text: `name:` and the name percent-encoded as documented above. */
export const supplierNameKey = (name: string): string =>
  `name:${encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
