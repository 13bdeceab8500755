import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { assertWritesOwn, requireManufacturer, ShipmentParties, shipmentListScope } from '../access/access-policy';
import { Actor } from '../access/actor';
import { assertCanSeeShipment } from '../access/shipment-access';
import { AuditService } from '../audit/audit.service';
import { FootprintsService } from '../footprints/footprints.service';
import { UNIT_KIND_CODE, UnitKind } from '../units/unit-kind';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { decodeCursor, Page, pageSize, toPage } from '../common/pagination';
import { requireDateOrder, requireId } from '../common/validate';
import { AssignForwarderInput, CreateShipmentInput, ShipmentFilter } from './dto/shipment.inputs';
import { parseImoNumber } from './imo-number';
import { formatIncoterm } from './incoterms';
import { NormalizedShipment, normalizeShipmentInput } from './shipment-input';
import { ShipmentEntity } from './shipment.entity';
import { factorUnitOfLibraryUnit, LIBRARY_UNITS, PortRegion, routingProblem } from './transport-emissions';
import { TransportEmissionsService } from './transport-emissions.service';
import { parseUnLocode } from './un-locode';

const KIND_LABEL: Record<UnitKind, string> = { PACK: 'packs', MODULE: 'loose modules', CELL: 'loose cells' };

@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly emissions: TransportEmissionsService,
    private readonly footprints: FootprintsService,
  ) {}

  /**
   * Books a shipment in one transaction: parties, ports, factor rows and batches checked, the
   * batches locked while what they still have unshipped is counted, containers checked against
   * open shipments, everything written in bulk (one statement per table), transport emissions
   * computed and allocated, the batches' footprints recomputed, one audit entry.
   */
  async createShipment(actor: Actor, input: CreateShipmentInput): Promise<ShipmentEntity> {
    const manufacturerId = requireManufacturer(actor, 'createShipment');
    const s = normalizeShipmentInput(input);
    const id = randomUUID();
    const now = new Date();
    try {
      return await this.db.transaction(async (em) => {
        const shipper = await this.checkParties(em, manufacturerId, s);
        await this.checkPortsAndRouting(em, s);
        await this.checkFactors(em, s);
        await this.lockOwnBatches(em, actor, s);
        const ranges = await this.takeUnits(em, s);
        await this.checkContainersFree(em, manufacturerId, s);

        await em.query(
          `INSERT INTO shipments (id, manufacturer_id, consignee_id, reference, bill_of_lading_number, incoterm_rule, incoterm_place,
             incoterm_version, shipper, notify_party, vessel_name, vessel_imo, voyage_number, port_of_loading, port_of_discharge, hs_code,
             tariff_code, goods_description, un_number, dg_class, un38_3_test_summary, cargo_gross_mass_kg, teu, status, created_at,
             purchase_order_number)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,'CREATED',$24,$25)`,
          [
            id, manufacturerId, s.consigneeId, s.reference, s.billOfLadingNumber, s.incoterm.rule, s.incoterm.namedPlace,
            s.incoterm.version, shipper, s.notifyParty, s.vesselName, s.vesselImo, s.voyageNumber, s.portOfLoading, s.portOfDischarge,
            s.hsCode, s.tariffCode, s.goodsDescription, s.unNumber, s.dgClass, s.un383TestSummary, s.cargoGrossMassKg, s.teu, now,
            s.purchaseOrderNumber,
          ], // prettier-ignore
        );
        if (s.forwarderIds.length) {
          await em.query(
            `INSERT INTO shipment_forwarders (shipment_id, forwarder_id, assigned_at) SELECT $1, f, $3 FROM unnest($2::uuid[]) AS f`,
            [id, s.forwarderIds, now],
          );
        }
        const containerIds = s.containers.map(() => randomUUID());
        await em.query(
          `INSERT INTO shipment_containers (id, shipment_id, position, container_number, seal_number, size_type, teu, gross_mass_kg)
           SELECT u.id, $1, u.pos, u.num, u.seal, u.st, u.teu, u.mass
             FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[])
                  AS u(id, pos, num, seal, st, teu, mass)`,
          [
            id,
            containerIds,
            s.containers.map((_, i) => i + 1),
            s.containers.map((c) => c.containerNumber),
            s.containers.map((c) => c.sealNumber),
            s.containers.map((c) => c.sizeType),
            s.containers.map((c) => c.teu),
            s.containers.map((c) => c.grossMassKg),
          ],
        );
        await em.query(
          `INSERT INTO shipment_legs (id, shipment_id, leg_no, mode, from_place, to_place, distance_km, distance_source, routing,
             factor_id, override_value, override_unit, override_source)
           SELECT gen_random_uuid(), $1, u.no, u.mode, u.f, u.t, u.km, u.src, u.routing, u.factor, u.ov, u.ou, u.os
             FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::uuid[],
                         $10::float8[], $11::text[], $12::text[]) AS u(no, mode, f, t, km, src, routing, factor, ov, ou, os)`,
          [
            id,
            s.legs.map((_, i) => i + 1),
            s.legs.map((l) => l.mode),
            s.legs.map((l) => l.from),
            s.legs.map((l) => l.to),
            s.legs.map((l) => l.distanceKm),
            s.legs.map((l) => l.distanceSource),
            s.legs.map((l) => l.routing),
            s.legs.map((l) => l.factorId),
            s.legs.map((l) => l.override?.value ?? null),
            s.legs.map((l) => l.override?.unit ?? null),
            s.legs.map((l) => l.override?.source ?? null),
          ],
        );
        await em.query(
          `INSERT INTO shipment_cargo_lines (id, shipment_id, line_no, container_id, batch_id, unit_kind, pack_count, unit_count,
             serial_offset, first_serial, last_serial, gross_mass_kg)
           SELECT gen_random_uuid(), $1, u.no, u.container, u.batch, u.kind, u.packs, u.units, u.off, u.first, u.last, u.mass
             FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::smallint[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[],
                         $11::float8[]) AS u(no, container, batch, kind, packs, units, off, first, last, mass)`,
          [
            id,
            s.cargoLines.map((_, i) => i + 1),
            s.cargoLines.map((l) => containerIds[l.containerIndex]),
            s.cargoLines.map((l) => l.batchId),
            s.cargoLines.map((l) => UNIT_KIND_CODE[l.unitKind]),
            s.cargoLines.map((l) => (l.unitKind === 'PACK' ? l.count : 0)),
            s.cargoLines.map((l) => (l.unitKind === 'PACK' ? 0 : l.count)),
            ranges.map((r) => r.offset),
            ranges.map((r) => r.first),
            ranges.map((r) => r.last),
            s.cargoLines.map((l) => l.grossMassKg),
          ],
        );

        const result = await this.emissions.computeAndRecord(em, id, now);
        // Each batch's DISTRIBUTION stage is read from its batch_transport_emissions rows across all
        // its shipments: a batch that has a footprint gets a new version, in this transaction.
        for (const batchId of result.batchIds) await this.footprints.recalculateLatest(em, actor, batchId);
        await this.audit.append(em, actor, {
          action: 'createShipment',
          subjectType: 'Shipment',
          subjectId: id,
          input: { ...s, incoterm: formatIncoterm(s.incoterm), shipper, transportCo2eKg: result.totalCo2eKg },
        });
        return em.findOneByOrFail(ShipmentEntity, { id });
      });
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'shipments_manufacturer_id_reference_key') {
        throw conflict(
          `this manufacturer already has a shipment with reference "${s.reference}"`,
          'input.reference',
          'SHIPMENT_REFERENCE_TAKEN',
        );
      }
      if (constraint === 'shipments_bill_of_lading_number_key') {
        throw conflict(
          `bill of lading ${s.billOfLadingNumber} is already on another shipment`,
          'input.billOfLadingNumber',
          'BILL_OF_LADING_TAKEN',
        );
      }
      if (constraint === 'shipment_containers_open_key') {
        throw conflict(
          'one of the containers was just booked on another open shipment; try again to see which',
          'input.containers',
          'CONTAINER_ON_OPEN_SHIPMENT',
        );
      }
      throw err;
    }
  }

  /** The consignee must be a buyer, each forwarder a forwarder; the shipper defaults to the manufacturer's name. */
  private async checkParties(em: EntityManager, manufacturerId: string, s: NormalizedShipment): Promise<string> {
    const rows: { id: string; kind: string; name: string }[] = await em.query(
      'SELECT id, kind, name FROM organizations WHERE id = ANY($1::uuid[])',
      [[manufacturerId, s.consigneeId, ...s.forwarderIds]],
    );
    const by = new Map(rows.map((r) => [r.id, r]));
    const consignee = by.get(s.consigneeId);
    if (!consignee) throw notFound('Organization', s.consigneeId, 'input.consigneeId');
    if (consignee.kind !== 'BUYER')
      throw badInput('input.consigneeId', `the consignee must be a BUYER organization; ${consignee.name} is a ${consignee.kind}`);
    s.forwarderIds.forEach((f, i) => {
      const org = by.get(f);
      if (!org) throw notFound('Organization', f, `input.forwarderIds[${i}]`);
      if (org.kind !== 'FORWARDER') throw badInput(`input.forwarderIds[${i}]`, `${org.name} is a ${org.kind}, not a FORWARDER`);
    });
    return s.shipper ?? by.get(manufacturerId)!.name;
  }

  private async checkPortsAndRouting(em: EntityManager, s: NormalizedShipment): Promise<void> {
    const codes = new Set([s.portOfLoading, s.portOfDischarge]);
    for (const l of s.legs) if (l.mode === 'SEA') codes.add(l.from).add(l.to);
    const rows: { locode: string; region: PortRegion }[] = await em.query(
      'SELECT locode, region FROM ports WHERE locode = ANY($1::text[])',
      [[...codes]],
    );
    const region = new Map(rows.map((r) => [r.locode, r.region]));
    const known = (code: string, field: string) => {
      if (!region.has(code)) throw notFound('Port', code, field);
    };
    known(s.portOfLoading, 'input.portOfLoading');
    known(s.portOfDischarge, 'input.portOfDischarge');
    s.legs.forEach((l, i) => {
      if (l.mode === 'SEA') {
        known(l.from, `input.legs[${i}].from`);
        known(l.to, `input.legs[${i}].to`);
      }
      const sea = l.mode === 'SEA';
      const problem = routingProblem(l.mode, sea ? region.get(l.from)! : null, sea ? region.get(l.to)! : null, l.routing);
      if (problem) throw badInput(`input.legs[${i}].routing`, problem);
    });
  }

  /**
   * Factor rows are TRANSPORT rows of the emission factor library, of the leg's mode (when the row
   * names one) and in a per tonne-km or per TEU-km unit; a per-TEU factor needs every container's TEU.
   */
  private async checkFactors(em: EntityManager, s: NormalizedShipment): Promise<void> {
    const ids = [...new Set(s.legs.flatMap((l) => (l.factorId ? [l.factorId] : [])))];
    const rows: { id: string; code: string; version: number; kind: string; unit: string; transport_mode: string | null }[] = ids.length
      ? await em.query('SELECT id, code, version, kind, unit, transport_mode FROM emission_factors WHERE id = ANY($1::uuid[])', [ids])
      : [];
    const by = new Map(rows.map((r) => [r.id, r]));
    s.legs.forEach((l, i) => {
      const field = `input.legs[${i}].factorId`;
      let unit = l.override?.unit ?? null;
      if (l.factorId) {
        const f = by.get(l.factorId);
        if (!f) throw notFound('Emission factor', l.factorId, field);
        const name = `${f.code} v${f.version}`;
        if (f.kind !== 'TRANSPORT') throw badInput(field, `${name} is of kind ${f.kind}, not TRANSPORT`);
        if (f.transport_mode && f.transport_mode.toUpperCase() !== l.mode) {
          throw badInput(field, `${name} is for ${f.transport_mode} transport, the leg is ${l.mode}`);
        }
        unit = factorUnitOfLibraryUnit(f.unit);
        if (!unit) throw badInput(field, `${name} is in ${f.unit}; a leg needs ${Object.values(LIBRARY_UNITS).join(' or ')}`);
      }
      if (unit === 'KG_CO2E_PER_TEU_KM' && s.teu === null) {
        const c = s.containers.findIndex((x) => x.teu === null);
        throw badInput(
          `input.legs[${i}]`,
          `a per-TEU-km factor needs the TEU of every container, and ${s.containers[c].containerNumber} (${s.containers[c].sizeType}) is neither 20 nor 40 ft; use a per tonne-km factor`,
        );
      }
    });
  }

  /** Locks the shipment's batches (in id order, so two bookings never deadlock); each must be the caller's. */
  private async lockOwnBatches(em: EntityManager, actor: Actor, s: NormalizedShipment): Promise<void> {
    const ids = [...new Set(s.cargoLines.map((l) => l.batchId))].sort();
    const rows: { id: string; manufacturer_id: string }[] = await em.query(
      'SELECT id, manufacturer_id FROM batches WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id, r]));
    s.cargoLines.forEach((l, i) => {
      const b = by.get(l.batchId);
      if (!b) throw notFound('Batch', l.batchId, `input.cargoLines[${i}].batchId`);
      assertWritesOwn(actor, b.manufacturer_id, `batch ${l.batchId}`, `input.cargoLines[${i}].batchId`);
    });
  }

  /**
   * What each batch still has unshipped, per kind: its registered packs (or loose cells or
   * modules), counted from units with one indexed count per batch and kind, minus what other
   * shipments carry. More than that is a CONFLICT with the numbers. Each line then takes the
   * next units of its batch in serial order: its offset and first and last serial.
   */
  private async takeUnits(em: EntityManager, s: NormalizedShipment): Promise<{ offset: number; first: string; last: string }[]> {
    const key = (batchId: string, kind: UnitKind) => `${batchId}/${kind}`;
    const asked = new Map<string, { batchId: string; kind: UnitKind; count: number; firstLine: number }>();
    s.cargoLines.forEach((l, i) => {
      const k = key(l.batchId, l.unitKind);
      const a = asked.get(k);
      if (a) a.count += l.count;
      else asked.set(k, { batchId: l.batchId, kind: l.unitKind, count: l.count, firstLine: i });
    });
    const pairs = [...asked.values()];
    const counts: { batch_id: string; kind: number; batch_number: string; registered: number; shipped: number }[] = await em.query(
      `SELECT r.batch_id, r.kind, b.batch_number,
              (CASE WHEN r.kind = ${UNIT_KIND_CODE.PACK}
                    THEN (SELECT count(*) FROM units u WHERE u.batch_id = r.batch_id AND u.kind = ${UNIT_KIND_CODE.PACK})
                    ELSE (SELECT count(*) FROM units u WHERE u.batch_id = r.batch_id AND u.kind = r.kind AND u.parent_id IS NULL) END)::int
                AS registered,
              (SELECT COALESCE(sum(l.pack_count + l.unit_count), 0) FROM shipment_cargo_lines l
                WHERE l.batch_id = r.batch_id AND l.unit_kind = r.kind)::int AS shipped
         FROM unnest($1::uuid[], $2::smallint[]) AS r(batch_id, kind) JOIN batches b ON b.id = r.batch_id`,
      [pairs.map((p) => p.batchId), pairs.map((p) => UNIT_KIND_CODE[p.kind])],
    );
    const shippedBefore = new Map<string, number>();
    for (const p of pairs) {
      const c = counts.find((r) => r.batch_id === p.batchId && r.kind === UNIT_KIND_CODE[p.kind])!;
      const unshipped = c.registered - c.shipped;
      if (p.count > unshipped) {
        const what = KIND_LABEL[p.kind];
        throw conflict(
          `batch ${c.batch_number} has ${c.registered} ${what} registered, ${c.shipped} already on other shipments and ${unshipped} unshipped; this shipment asks for ${p.count}`,
          `input.cargoLines[${p.firstLine}]`,
          { batchId: p.batchId, unitKind: p.kind, registered: c.registered, alreadyShipped: c.shipped, unshipped, requested: p.count },
          'NOT_ENOUGH_UNSHIPPED',
        );
      }
      shippedBefore.set(key(p.batchId, p.kind), c.shipped);
    }

    const firstTaken = new Map(shippedBefore);
    const offsets = s.cargoLines.map((l) => {
      const k = key(l.batchId, l.unitKind);
      const offset = shippedBefore.get(k)!;
      shippedBefore.set(k, offset + l.count);
      return offset;
    });
    // The serials this shipment takes, per batch and kind: positions shippedBefore + 1 .. + requested
    // in serial order. One statement; it returns as many serials as the shipment takes units.
    const windows: { batch_id: string; kind: number; serials: string[] }[] = await em.query(
      `SELECT p.batch_id, p.kind, array_agg(x.serial ORDER BY x.rn) AS serials
         FROM unnest($1::uuid[], $2::smallint[], $3::int[], $4::int[]) AS p(batch_id, kind, lo, hi)
        CROSS JOIN LATERAL (
              SELECT s.serial, s.rn
                FROM (SELECT u.serial, row_number() OVER (ORDER BY u.serial COLLATE "C") AS rn
                        FROM units u
                       WHERE u.batch_id = p.batch_id AND u.kind = p.kind AND (p.kind = ${UNIT_KIND_CODE.PACK} OR u.parent_id IS NULL)) s
               WHERE s.rn BETWEEN p.lo AND p.hi) x
        GROUP BY p.batch_id, p.kind`,
      [
        pairs.map((p) => p.batchId),
        pairs.map((p) => UNIT_KIND_CODE[p.kind]),
        pairs.map((p) => firstTaken.get(key(p.batchId, p.kind))! + 1),
        pairs.map((p) => firstTaken.get(key(p.batchId, p.kind))! + p.count),
      ],
    );
    const serialsOf = new Map(windows.map((w) => [`${w.batch_id}/${w.kind}`, w.serials]));
    return s.cargoLines.map((l, i) => {
      const serials = serialsOf.get(`${l.batchId}/${UNIT_KIND_CODE[l.unitKind]}`);
      const from = offsets[i] - firstTaken.get(key(l.batchId, l.unitKind))!;
      const first = serials?.[from];
      const last = serials?.[from + l.count - 1];
      if (first === undefined || last === undefined) throw new Error(`serial range of cargo line ${i} not found`);
      return { offset: offsets[i], first, last };
    });
  }

  /** A container may be on one open (not yet delivered) shipment only. */
  private async checkContainersFree(em: EntityManager, manufacturerId: string, s: NormalizedShipment): Promise<void> {
    const numbers = s.containers.map((c) => c.containerNumber);
    const busy: { container_number: string; reference: string; status: string; manufacturer_id: string }[] = await em.query(
      `SELECT c.container_number, s.reference, s.status, s.manufacturer_id
         FROM shipment_containers c JOIN shipments s ON s.id = c.shipment_id
        WHERE c.container_number = ANY($1::text[]) AND c.released_at IS NULL
        ORDER BY c.container_number LIMIT 1`,
      [numbers],
    );
    if (busy.length) {
      const b = busy[0];
      const i = numbers.indexOf(b.container_number);
      const which =
        b.manufacturer_id === manufacturerId ? `shipment ${b.reference} (status ${b.status})` : "another manufacturer's shipment";
      throw conflict(
        `container ${b.container_number} is already on ${which}, which is not delivered yet`,
        `input.containers[${i}].containerNumber`,
        {
          containerNumber: b.container_number,
        },
        'CONTAINER_ON_OPEN_SHIPMENT',
      );
    }
  }

  async assignForwarder(actor: Actor, input: AssignForwarderInput): Promise<ShipmentEntity> {
    requireManufacturer(actor, 'assignForwarder');
    const shipmentId = requireId('input.shipmentId', input.shipmentId);
    const forwarderId = requireId('input.forwarderId', input.forwarderId);
    return this.db.transaction(async (em) => {
      const ship = await em.findOne(ShipmentEntity, { where: { id: shipmentId }, lock: { mode: 'pessimistic_write' } });
      if (!ship) throw notFound('Shipment', shipmentId, 'input.shipmentId');
      assertWritesOwn(actor, ship.manufacturerId, `shipment ${shipmentId}`, 'input.shipmentId');
      const [org]: { kind: string; name: string }[] = await em.query('SELECT kind, name FROM organizations WHERE id = $1', [forwarderId]);
      if (!org) throw notFound('Organization', forwarderId, 'input.forwarderId');
      if (org.kind !== 'FORWARDER') throw badInput('input.forwarderId', `${org.name} is a ${org.kind}, not a FORWARDER`);
      await em.query(
        'INSERT INTO shipment_forwarders (shipment_id, forwarder_id, assigned_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING',
        [shipmentId, forwarderId],
      );
      await this.audit.append(em, actor, {
        action: 'assignForwarder',
        subjectType: 'Shipment',
        subjectId: shipmentId,
        input: { shipmentId, forwarderId },
      });
      return ship;
    });
  }

  async parties(
    em: EntityManager | DataSource,
    ship: Pick<ShipmentEntity, 'id' | 'manufacturerId' | 'consigneeId'>,
  ): Promise<ShipmentParties> {
    const rows: { forwarder_id: string }[] = await em.query('SELECT forwarder_id FROM shipment_forwarders WHERE shipment_id = $1', [
      ship.id,
    ]);
    return { manufacturerId: ship.manufacturerId, consigneeId: ship.consigneeId, forwarderIds: rows.map((r) => r.forwarder_id) };
  }

  /** A shipment the actor may see: NOT_FOUND when there is none, FORBIDDEN when it is not a party. */
  async visibleShipment(actor: Actor, idRaw: string, field = 'id'): Promise<ShipmentEntity> {
    const id = requireId(field, idRaw);
    const ship = await this.db.getRepository(ShipmentEntity).findOneBy({ id });
    if (!ship) throw notFound('Shipment', id, field);
    assertCanSeeShipment(actor, await this.parties(this.db, ship), field);
    return ship;
  }

  async shipments(
    actor: Actor,
    filter: ShipmentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ShipmentEntity>> {
    const limit = pageSize('first', first);
    const cursor = decodeCursor('after', after, 2);
    const scope = shipmentListScope(actor);
    if (scope.kind === 'NONE') return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const qb = this.db.getRepository(ShipmentEntity).createQueryBuilder('s');
    if (scope.kind === 'MANUFACTURER') qb.andWhere('s.manufacturerId = :org', { org: scope.organizationId });
    if (scope.kind === 'CONSIGNEE') qb.andWhere('s.consigneeId = :org', { org: scope.organizationId });
    if (scope.kind === 'FORWARDER') {
      qb.andWhere('EXISTS (SELECT 1 FROM shipment_forwarders f WHERE f.shipment_id = s.id AND f.forwarder_id = :org)', {
        org: scope.organizationId,
      });
    }
    if (filter?.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter?.portOfLoading)
      qb.andWhere('s.portOfLoading = :pol', { pol: this.filterLocode('filter.portOfLoading', filter.portOfLoading) });
    if (filter?.portOfDischarge)
      qb.andWhere('s.portOfDischarge = :pod', { pod: this.filterLocode('filter.portOfDischarge', filter.portOfDischarge) });
    if (filter?.vessel) {
      const imo = parseImoNumber(filter.vessel);
      if (imo.ok) qb.andWhere('s.vesselImo = :imo', { imo: imo.digits });
      else qb.andWhere('lower(s.vesselName) = lower(:vessel)', { vessel: filter.vessel.trim() });
    }
    if (filter?.consigneeId) qb.andWhere('s.consigneeId = :consignee', { consignee: requireId('filter.consigneeId', filter.consigneeId) });
    this.dateRange(qb, 'createdAt', 'filter.createdTo', filter?.createdFrom, filter?.createdTo);
    this.dateRange(qb, 'departedAt', 'filter.departedTo', filter?.departedFrom, filter?.departedTo);
    if (cursor) qb.andWhere('(s.createdAt, s.id) < (:c, :i)', { c: cursor[0], i: cursor[1] });
    const rows = await qb
      .orderBy('s.createdAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
  }

  private filterLocode(field: string, raw: string): string {
    const p = parseUnLocode(raw);
    if (!p.ok) throw badInput(field, p.message);
    return p.code;
  }

  private dateRange(
    qb: SelectQueryBuilder<ShipmentEntity>,
    column: 'createdAt' | 'departedAt',
    field: string,
    from: Date | null | undefined,
    to: Date | null | undefined,
  ): void {
    if (from && to) requireDateOrder(field, from, to);
    if (from) qb.andWhere(`s.${column} >= :${column}From`, { [`${column}From`]: from });
    if (to) qb.andWhere(`s.${column} < :${column}To`, { [`${column}To`]: to });
  }
}
