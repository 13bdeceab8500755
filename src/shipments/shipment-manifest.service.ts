import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { LITHIUM_UN_NUMBERS } from './dangerous-goods';
import { formatImoNumber } from './imo-number';
import { formatIncoterm } from './incoterms';
import { CARGO_LINES_SQL, LEGS_SQL, legView, lineView } from './shipment-loaders';
import { Manifest, MANIFEST_ALLOCATION, MANIFEST_METHOD } from './shipment-manifest';
import { ShipmentContainerEntity, ShipmentEventEntity } from './shipment.entity';
import { ShipmentsService } from './shipments.service';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Reads a shipment the caller may see and assembles its manifest (a fixed number of queries). */
@Injectable()
export class ShipmentManifestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly shipments: ShipmentsService,
  ) {}

  async manifest(actor: Actor, shipmentId: string): Promise<Manifest> {
    const s = await this.shipments.visibleShipment(actor, shipmentId, 'id');
    const [orgs, ports, containers, lines, legs, batches, events] = await Promise.all([
      this.db.query('SELECT id, name, country FROM organizations WHERE id = ANY($1::uuid[])', [
        [s.manufacturerId, s.consigneeId],
      ]) as Promise<{ id: string; name: string; country: string | null }[]>,
      this.db.query('SELECT locode, name FROM ports WHERE locode = ANY($1::text[])', [[s.portOfLoading, s.portOfDischarge]]) as Promise<
        { locode: string; name: string }[]
      >,
      this.db.getRepository(ShipmentContainerEntity).find({ where: { shipmentId: s.id }, order: { position: 'ASC' } }),
      this.db.query(CARGO_LINES_SQL, [[s.id]]).then((rows: Parameters<typeof lineView>[0][]) => rows.map(lineView)),
      this.db
        .query(
          `SELECT l.*, f.code AS f_code, f.version AS f_version, f.value AS f_value, f.unit AS f_unit, f.source AS f_source
             FROM (${LEGS_SQL}) l LEFT JOIN emission_factors f ON f.id = l.factor_id ORDER BY l.leg_no`,
          [[s.id]],
        )
        .then(
          (
            rows: (Parameters<typeof legView>[0] & {
              f_code: string;
              f_version: number;
              f_value: number;
              f_unit: string;
              f_source: string;
            })[],
          ) =>
            rows.map((r) => ({
              view: legView(r),
              factor: r.factor_id
                ? { id: r.factor_id, code: r.f_code, version: r.f_version, value: r.f_value, unit: r.f_unit, source: r.f_source }
                : null,
            })),
        ),
      this.db.query('SELECT id, batch_number FROM batches WHERE id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1)', [
        s.id,
      ]) as Promise<{ id: string; batch_number: string }[]>,
      this.db.getRepository(ShipmentEventEntity).find({ where: { shipmentId: s.id }, order: { journeyPosition: 'ASC' } }),
    ]);
    const org = new Map(orgs.map((o) => [o.id, o]));
    const port = new Map(ports.map((p) => [p.locode, p]));
    const batchNumber = new Map(batches.map((b) => [b.id, b.batch_number]));
    const seal = new Map(containers.map((c) => [c.id, c.sealNumber]));
    const consignee = org.get(s.consigneeId)!;
    return {
      shipment: {
        id: s.id,
        reference: s.reference,
        billOfLadingNumber: s.billOfLadingNumber,
        status: s.status,
        incoterm: formatIncoterm({ rule: s.incotermRule, namedPlace: s.incotermPlace, version: s.incotermVersion as '2020' }),
        manufacturer: { id: s.manufacturerId, name: org.get(s.manufacturerId)!.name },
        shipper: s.shipper,
        consignee: { id: consignee.id, name: consignee.name, country: consignee.country },
        notifyParty: s.notifyParty,
        vessel: { name: s.vesselName, imoNumber: formatImoNumber(s.vesselImo) },
        voyageNumber: s.voyageNumber,
        portOfLoading: { locode: s.portOfLoading, name: port.get(s.portOfLoading)!.name },
        portOfDischarge: { locode: s.portOfDischarge, name: port.get(s.portOfDischarge)!.name },
        shippedOnBoardAt: iso(s.shippedOnBoardAt),
        departedAt: iso(s.departedAt),
        arrivedAt: iso(s.arrivedAt),
        deliveredAt: iso(s.deliveredAt),
        returnedAt: iso(s.returnedAt),
      },
      goods: {
        description: s.goodsDescription,
        hsCode: s.hsCode,
        tariffCode: s.tariffCode,
        dangerousGoods: {
          unNumber: s.unNumber,
          class: s.dgClass,
          description: LITHIUM_UN_NUMBERS[s.unNumber],
          un383TestSummary: s.un383TestSummary,
        },
      },
      containers: containers.map((c) => ({
        containerNumber: c.containerNumber,
        sealNumber: c.sealNumber,
        sizeType: c.sizeType,
        teu: c.teu,
        grossMassKg: c.grossMassKg,
      })),
      cargoLines: lines.map((l) => ({
        lineNo: l.lineNo,
        containerNumber: l.containerNumber,
        sealNumber: seal.get(l.containerId)!,
        batchId: l.batchId,
        batchNumber: batchNumber.get(l.batchId)!,
        unitKind: l.unitKind,
        packCount: l.packCount,
        unitCount: l.unitCount,
        serialRange: { first: l.firstSerial, last: l.lastSerial },
        grossMassKg: l.grossMassKg,
        transportCo2eKg: l.transportCo2eKg,
      })),
      totals: {
        containers: containers.length,
        teu: s.teu,
        packs: lines.reduce((a, l) => a + l.packCount, 0),
        looseUnits: lines.reduce((a, l) => a + l.unitCount, 0),
        cargoGrossMassKg: s.cargoGrossMassKg,
        containerGrossMassKg: containers.reduce((a, c) => a + c.grossMassKg, 0),
      },
      transportEmissions: {
        method: MANIFEST_METHOD,
        allocation: MANIFEST_ALLOCATION,
        totalCo2eKg: s.transportCo2eKg,
        computedAt: iso(s.emissionsComputedAt),
        legs: legs.map(({ view: g, factor }) => ({
          legNo: g.legNo,
          mode: g.mode,
          from: g.from,
          to: g.to,
          distanceKm: g.distanceKm,
          distanceSource: g.distanceSource,
          routing: g.routing,
          factor,
          factorOverride: g.factorOverride,
          tonnes: g.tonnes,
          tonneKm: g.tonneKm,
          kgCo2ePerTonneKm: g.kgCo2ePerTonneKm,
          co2eKg: g.co2eKg,
        })),
      },
      events: events.map((e) => ({
        id: e.id,
        journeyPosition: e.journeyPosition,
        seq: e.seq,
        type: e.type,
        occurredAt: e.occurredAt.toISOString(),
        place: e.place,
        locode: e.locode,
        note: e.note,
        recordedAt: e.recordedAt.toISOString(),
        correctsEventId: e.correctsEventId,
        correction: e.correctedAt
          ? {
              correctedAt: e.correctedAt.toISOString(),
              correctedBy: { type: e.correctedByType!, id: e.correctedById },
              reason: e.correctionReason!,
              correctiveEventId: e.correctiveEventId,
            }
          : null,
      })),
    };
  }
}
