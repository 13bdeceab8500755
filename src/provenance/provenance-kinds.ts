/**
 * The provenance graph's vocabulary (issue 6). Node kinds follow the issue. Material lots are the
 * material lines of a batch's latest footprint inputs, their suppliers the organization or name
 * each line gives (private to who may read the inputs); certificates and certifiers come from
 * issued certificates (public).
 *
 * Edges point downstream, from an input to what it went into:
 *   SUPPLIER -SUPPLIED-> MATERIAL_LOT -CONSUMED_BY-> BATCH            (latest footprint inputs)
 *   PARK -SUPPLIED-> ENERGY_PERIOD -POWERED-> BATCH                   (periods overlapping production)
 *   PARK -POWERED-> PLANT -PRODUCED_AT-> BATCH <-PRODUCED_AT- BATTERY_MODEL
 *   BATCH -CONTAINS-> CELL | MODULE | PACK                            (every unit of the batch)
 *   CELL -CONTAINS-> MODULE | PACK, MODULE -CONTAINS-> PACK           (membership, with validFrom/validTo)
 *   BATCH -DECLARED-> FOOTPRINT -SUPERSEDES-> FOOTPRINT               (older version to the one replacing it)
 *   CERTIFIER -CERTIFIED-> CERTIFICATE -CERTIFIED-> FOOTPRINT         (issued certificates)
 *   BATCH | PACK | MODULE | CELL -SHIPPED_IN-> SHIPMENT               (cargo lines)
 *   SHIPMENT -SHIPPED_IN-> CONTAINER | VESSEL | PORT, SHIPMENT -CONSIGNED_TO-> BUYER
 * CONTAINS is read "the downstream unit contains the upstream one".
 */
export const NODE_KINDS = [
  'SUPPLIER',
  'MATERIAL_LOT',
  'PARK',
  'ENERGY_PERIOD',
  'PLANT',
  'BATTERY_MODEL',
  'BATCH',
  'CELL',
  'MODULE',
  'PACK',
  'FOOTPRINT',
  'CERTIFICATE',
  'CERTIFIER',
  'SHIPMENT',
  'CONTAINER',
  'VESSEL',
  'PORT',
  'BUYER',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'SUPPLIED',
  'CONSUMED_BY',
  'POWERED',
  'PRODUCED_AT',
  'CONTAINS',
  'DECLARED',
  'CERTIFIED',
  'SHIPPED_IN',
  'CONSIGNED_TO',
  'SUPERSEDES',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const UNIT_NODE_KINDS: Record<number, NodeKind> = { 1: 'CELL', 2: 'MODULE', 3: 'PACK' };
