/**
 * The provenance graph's vocabulary (issue 6). Node kinds follow the issue; SUPPLIER,
 * MATERIAL_LOT, CERTIFICATE and CERTIFIER have no tables yet, so they never appear (the kinds
 * stay so that clients and `kinds` filters are stable when they arrive).
 *
 * Edges point downstream, from an input to what it went into:
 *   SUPPLIER -SUPPLIED-> MATERIAL_LOT -CONSUMED_BY-> BATCH            (no data yet)
 *   PARK -SUPPLIED-> ENERGY_PERIOD -POWERED-> BATCH                   (periods overlapping production)
 *   PARK -POWERED-> PLANT -PRODUCED_AT-> BATCH <-PRODUCED_AT- BATTERY_MODEL
 *   BATCH -CONTAINS-> CELL | MODULE | PACK                            (every unit of the batch)
 *   CELL -CONTAINS-> MODULE | PACK, MODULE -CONTAINS-> PACK           (membership, with validFrom/validTo)
 *   BATCH -DECLARED-> FOOTPRINT -SUPERSEDES-> FOOTPRINT               (older version to the one replacing it)
 *   CERTIFIER -CERTIFIED-> CERTIFICATE -CERTIFIED-> FOOTPRINT         (no data yet)
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
