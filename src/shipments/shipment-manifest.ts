/**
 * The shipment manifest, as JSON and as CSV: containers and seals, cargo lines with batch
 * numbers and serial ranges, masses, dangerous goods data, transport emissions per leg, and the
 * events of the journey in event-time order, corrected ones included and marked as corrected.
 * Pure functions over rows already read (shipment-manifest.service.ts reads them).
 */
export interface ManifestLeg {
  legNo: number;
  mode: string;
  from: string;
  to: string;
  distanceKm: number;
  distanceSource: string;
  routing: string | null;
  factor: { id: string; code: string; version: number; value: number; unit: string; source: string } | null;
  factorOverride: { value: number; unit: string; source: string } | null;
  tonnes: number | null;
  tonneKm: number | null;
  kgCo2ePerTonneKm: number | null;
  co2eKg: number | null;
}

export interface ManifestContainer {
  containerNumber: string;
  sealNumber: string;
  sizeType: string;
  teu: number | null;
  grossMassKg: number;
}

export interface ManifestCargoLine {
  lineNo: number;
  containerNumber: string;
  sealNumber: string;
  batchId: string;
  batchNumber: string;
  unitKind: string;
  packCount: number;
  unitCount: number;
  serialRange: { first: string; last: string };
  grossMassKg: number;
  transportCo2eKg: number | null;
}

export interface ManifestEvent {
  id: string;
  /** Place in the journey by event time (corrected events included). */
  journeyPosition: number;
  /** Order of recording. */
  seq: number;
  type: string;
  occurredAt: string;
  place: string;
  locode: string | null;
  note: string | null;
  recordedAt: string;
  /** Set when this event was recorded as the correction of another. */
  correctsEventId: string | null;
  /** Set when this event was corrected: it is not part of the journey any more. */
  correction: {
    correctedAt: string;
    correctedBy: { type: string; id: string | null };
    reason: string;
    correctiveEventId: string | null;
  } | null;
}

export interface Manifest {
  shipment: {
    id: string;
    reference: string;
    billOfLadingNumber: string;
    status: string;
    incoterm: string;
    manufacturer: { id: string; name: string };
    shipper: string;
    consignee: { id: string; name: string; country: string | null };
    notifyParty: string | null;
    vessel: { name: string; imoNumber: string };
    voyageNumber: string;
    portOfLoading: { locode: string; name: string };
    portOfDischarge: { locode: string; name: string };
    shippedOnBoardAt: string | null;
    departedAt: string | null;
    arrivedAt: string | null;
    deliveredAt: string | null;
    returnedAt: string | null;
  };
  goods: {
    description: string;
    hsCode: string;
    tariffCode: string | null;
    dangerousGoods: { unNumber: string; class: string; description: string; un383TestSummary: string };
  };
  containers: ManifestContainer[];
  cargoLines: ManifestCargoLine[];
  totals: {
    containers: number;
    teu: number | null;
    packs: number;
    looseUnits: number;
    cargoGrossMassKg: number;
    containerGrossMassKg: number;
  };
  transportEmissions: {
    method: string;
    allocation: string;
    totalCo2eKg: number | null;
    computedAt: string | null;
    legs: ManifestLeg[];
  };
  events: ManifestEvent[];
}

export const MANIFEST_METHOD = 'GLEC Framework v3 / ISO 14083, well-to-wheel: tonnes × km × factor per leg (docs/methods/transport.md)';
export const MANIFEST_ALLOCATION = 'to cargo lines by gross mass';

export const CSV_COLUMNS = [
  'record',
  'reference',
  'bill_of_lading',
  'vessel_name',
  'vessel_imo',
  'voyage',
  'port_of_loading',
  'port_of_discharge',
  'hs_code',
  'un_number',
  'dg_class',
  'line_no',
  'container_number',
  'seal_number',
  'size_type',
  'batch_number',
  'unit_kind',
  'count',
  'first_serial',
  'last_serial',
  'gross_mass_kg',
  'leg_no',
  'mode',
  'from',
  'to',
  'distance_km',
  'distance_source',
  'routing',
  'factor_kg_co2e',
  'factor_unit',
  'factor_source',
  'co2e_kg',
  'event_position',
  'event_id',
  'event_type',
  'event_time',
  'event_place',
  'event_locode',
  'recorded_at',
  'corrects_event_id',
  'corrected_at',
  'correction_reason',
  'corrective_event_id',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One table, one row per record: SHIPMENT (totals), CONTAINER, CARGO_LINE (with its allocated
 * transport emissions), LEG (emissions per leg) and EVENT (in journey order; a corrected one with
 * its correction); columns a record does not use stay empty.
 */
export function manifestCsv(m: Manifest): string {
  const s = m.shipment;
  const head: CsvRow = {
    reference: s.reference,
    bill_of_lading: s.billOfLadingNumber,
    vessel_name: s.vessel.name,
    vessel_imo: s.vessel.imoNumber,
    voyage: s.voyageNumber,
    port_of_loading: s.portOfLoading.locode,
    port_of_discharge: s.portOfDischarge.locode,
  };
  const dg = m.goods.dangerousGoods;
  const rows: CsvRow[] = [
    {
      record: 'SHIPMENT',
      ...head,
      hs_code: m.goods.hsCode,
      un_number: dg.unNumber,
      dg_class: dg.class,
      count: m.totals.packs + m.totals.looseUnits,
      gross_mass_kg: m.totals.cargoGrossMassKg,
      co2e_kg: m.transportEmissions.totalCo2eKg,
    },
    ...m.containers.map((c): CsvRow => ({
      record: 'CONTAINER',
      ...head,
      container_number: c.containerNumber,
      seal_number: c.sealNumber,
      size_type: c.sizeType,
      gross_mass_kg: c.grossMassKg,
    })),
    ...m.cargoLines.map((l): CsvRow => ({
      record: 'CARGO_LINE',
      ...head,
      hs_code: m.goods.hsCode,
      un_number: dg.unNumber,
      dg_class: dg.class,
      line_no: l.lineNo,
      container_number: l.containerNumber,
      seal_number: l.sealNumber,
      batch_number: l.batchNumber,
      unit_kind: l.unitKind,
      count: l.packCount + l.unitCount,
      first_serial: l.serialRange.first,
      last_serial: l.serialRange.last,
      gross_mass_kg: l.grossMassKg,
      co2e_kg: l.transportCo2eKg,
    })),
    ...m.transportEmissions.legs.map((g): CsvRow => ({
      record: 'LEG',
      ...head,
      leg_no: g.legNo,
      mode: g.mode,
      from: g.from,
      to: g.to,
      distance_km: g.distanceKm,
      distance_source: g.distanceSource,
      routing: g.routing,
      factor_kg_co2e: g.factor?.value ?? g.factorOverride?.value ?? null,
      factor_unit: g.factor?.unit ?? g.factorOverride?.unit ?? null,
      factor_source: g.factor
        ? `${g.factor.code} v${g.factor.version} (${g.factor.source})`
        : `override: ${g.factorOverride?.source ?? ''}`,
      gross_mass_kg: g.tonnes === null ? null : g.tonnes * 1000,
      co2e_kg: g.co2eKg,
    })),
    ...m.events.map((e): CsvRow => ({
      record: 'EVENT',
      ...head,
      event_position: e.journeyPosition,
      event_id: e.id,
      event_type: e.type,
      event_time: e.occurredAt,
      event_place: e.place,
      event_locode: e.locode,
      recorded_at: e.recordedAt,
      corrects_event_id: e.correctsEventId,
      corrected_at: e.correction?.correctedAt ?? null,
      correction_reason: e.correction?.reason ?? null,
      corrective_event_id: e.correction?.correctiveEventId ?? null,
    })),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
