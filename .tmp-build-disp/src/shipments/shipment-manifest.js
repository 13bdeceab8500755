"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CSV_COLUMNS = exports.MANIFEST_ALLOCATION = exports.MANIFEST_METHOD = void 0;
exports.csvCell = csvCell;
exports.manifestCsv = manifestCsv;
exports.MANIFEST_METHOD = 'GLEC Framework v3 / ISO 14083, well-to-wheel: tonnes × km × factor per leg (DOMAIN.md §5)';
exports.MANIFEST_ALLOCATION = 'to cargo lines by gross mass';
exports.CSV_COLUMNS = [
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
];
/** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula is prefixed with '. */
function csvCell(v) {
    if (v === null || v === undefined)
        return '';
    let s = typeof v === 'number' ? String(v) : v;
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/**
 * One table, one row per record: SHIPMENT (totals), CONTAINER, CARGO_LINE (with its allocated
 * transport emissions) and LEG (emissions per leg); columns a record does not use stay empty.
 */
function manifestCsv(m) {
    const s = m.shipment;
    const head = {
        reference: s.reference,
        bill_of_lading: s.billOfLadingNumber,
        vessel_name: s.vessel.name,
        vessel_imo: s.vessel.imoNumber,
        voyage: s.voyageNumber,
        port_of_loading: s.portOfLoading.locode,
        port_of_discharge: s.portOfDischarge.locode,
    };
    const dg = m.goods.dangerousGoods;
    const rows = [
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
        ...m.containers.map((c) => ({
            record: 'CONTAINER',
            ...head,
            container_number: c.containerNumber,
            seal_number: c.sealNumber,
            size_type: c.sizeType,
            gross_mass_kg: c.grossMassKg,
        })),
        ...m.cargoLines.map((l) => ({
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
        ...m.transportEmissions.legs.map((g) => ({
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
    ];
    return [exports.CSV_COLUMNS.join(','), ...rows.map((r) => exports.CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
//# sourceMappingURL=shipment-manifest.js.map