import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { LithiumUnNumber } from './dangerous-goods';
import type { IncotermRule } from './incoterms';
import type { ShipmentEventType, ShipmentStatus } from './shipment-events';
import type { FactorUnit, SeaRouting, TransportMode } from './transport-emissions';

/** A booked export shipment: one bill of lading, one vessel voyage, port to port. */
@Entity('shipments')
export class ShipmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ name: 'consignee_id', type: 'uuid' }) consigneeId: string;
  @Column({ type: 'text' }) reference: string;
  @Column({ name: 'bill_of_lading_number', type: 'text' }) billOfLadingNumber: string;
  @Column({ name: 'purchase_order_number', type: 'text', nullable: true }) purchaseOrderNumber: string | null;
  @Column({ name: 'incoterm_rule', type: 'text' }) incotermRule: IncotermRule;
  @Column({ name: 'incoterm_place', type: 'text' }) incotermPlace: string;
  @Column({ name: 'incoterm_version', type: 'text' }) incotermVersion: string;
  @Column({ type: 'text' }) shipper: string;
  @Column({ name: 'notify_party', type: 'text', nullable: true }) notifyParty: string | null;
  @Column({ name: 'vessel_name', type: 'text' }) vesselName: string;
  @Column({ name: 'vessel_imo', type: 'char', length: 7 }) vesselImo: string;
  @Column({ name: 'voyage_number', type: 'text' }) voyageNumber: string;
  @Column({ name: 'port_of_loading', type: 'text' }) portOfLoading: string;
  @Column({ name: 'port_of_discharge', type: 'text' }) portOfDischarge: string;
  @Column({ name: 'hs_code', type: 'text' }) hsCode: string;
  @Column({ name: 'tariff_code', type: 'text', nullable: true }) tariffCode: string | null;
  @Column({ name: 'goods_description', type: 'text' }) goodsDescription: string;
  @Column({ name: 'un_number', type: 'text' }) unNumber: LithiumUnNumber;
  @Column({ name: 'dg_class', type: 'text' }) dgClass: string;
  @Column({ name: 'un38_3_test_summary', type: 'text' }) un383TestSummary: string;
  @Column({ name: 'cargo_gross_mass_kg', type: 'double precision' }) cargoGrossMassKg: number;
  @Column({ type: 'double precision', nullable: true }) teu: number | null;
  @Column({ name: 'transport_co2e_kg', type: 'double precision', nullable: true }) transportCo2eKg: number | null;
  @Column({ name: 'emissions_computed_at', type: 'timestamptz', nullable: true }) emissionsComputedAt: Date | null;
  @Column({ type: 'text' }) status: ShipmentStatus;
  @Column({ name: 'shipped_on_board_at', type: 'timestamptz', nullable: true }) shippedOnBoardAt: Date | null;
  @Column({ name: 'departed_at', type: 'timestamptz', nullable: true }) departedAt: Date | null;
  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true }) arrivedAt: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('shipment_forwarders')
export class ShipmentForwarderEntity {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @PrimaryColumn({ name: 'forwarder_id', type: 'uuid' }) forwarderId: string;
  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' }) assignedAt: Date;
}

@Entity('shipment_containers')
export class ShipmentContainerEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ name: 'container_number', type: 'char', length: 11 }) containerNumber: string;
  @Column({ name: 'seal_number', type: 'text' }) sealNumber: string;
  @Column({ name: 'size_type', type: 'text' }) sizeType: string;
  @Column({ type: 'double precision', nullable: true }) teu: number | null;
  @Column({ name: 'gross_mass_kg', type: 'double precision' }) grossMassKg: number;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt: Date | null;
}

@Entity('shipment_cargo_lines')
export class ShipmentCargoLineEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @Column({ name: 'line_no', type: 'integer' }) lineNo: number;
  @Column({ name: 'container_id', type: 'uuid' }) containerId: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  /** 1 CELL, 2 MODULE (loose, counted in unitCount), 3 PACK (counted in packCount). */
  @Column({ name: 'unit_kind', type: 'smallint' }) unitKind: number;
  @Column({ name: 'pack_count', type: 'integer' }) packCount: number;
  @Column({ name: 'unit_count', type: 'integer' }) unitCount: number;
  @Column({ name: 'serial_offset', type: 'integer' }) serialOffset: number;
  @Column({ name: 'first_serial', type: 'text' }) firstSerial: string;
  @Column({ name: 'last_serial', type: 'text' }) lastSerial: string;
  @Column({ name: 'gross_mass_kg', type: 'double precision' }) grossMassKg: number;
  @Column({ name: 'transport_co2e_kg', type: 'double precision', nullable: true }) transportCo2eKg: number | null;
}

@Entity('shipment_legs')
export class ShipmentLegEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @Column({ name: 'leg_no', type: 'integer' }) legNo: number;
  @Column({ type: 'text' }) mode: TransportMode;
  @Column({ name: 'from_place', type: 'text' }) fromPlace: string;
  @Column({ name: 'to_place', type: 'text' }) toPlace: string;
  @Column({ name: 'distance_km', type: 'double precision' }) distanceKm: number;
  @Column({ name: 'distance_source', type: 'text' }) distanceSource: string;
  @Column({ type: 'text', nullable: true }) routing: SeaRouting | null;
  @Column({ name: 'factor_id', type: 'uuid', nullable: true }) factorId: string | null;
  @Column({ name: 'override_value', type: 'double precision', nullable: true }) overrideValue: number | null;
  @Column({ name: 'override_unit', type: 'text', nullable: true }) overrideUnit: FactorUnit | null;
  @Column({ name: 'override_source', type: 'text', nullable: true }) overrideSource: string | null;
  @Column({ type: 'double precision', nullable: true }) tonnes: number | null;
  @Column({ name: 'tonne_km', type: 'double precision', nullable: true }) tonneKm: number | null;
  @Column({ name: 'kg_co2e_per_tonne_km', type: 'double precision', nullable: true }) kgCo2ePerTonneKm: number | null;
  @Column({ name: 'co2e_kg', type: 'double precision', nullable: true }) co2eKg: number | null;
}

/**
 * One event of a shipment. `seq` is the order of recording; `journeyPosition` the place in the
 * journey by event time (shipment-events.ts). A corrected event stays, with its correction.
 */
@Entity('shipment_events')
export class ShipmentEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @Column({ type: 'integer' }) seq: number;
  @Column({ name: 'journey_position', type: 'integer' }) journeyPosition: number;
  @Column({ type: 'text' }) type: ShipmentEventType;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'text' }) place: string;
  @Column({ type: 'text', nullable: true }) locode: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'recorded_by_type', type: 'text' }) recordedByType: string;
  @Column({ name: 'recorded_by_id', type: 'text', nullable: true }) recordedById: string | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'corrected_at', type: 'timestamptz', nullable: true }) correctedAt: Date | null;
  @Column({ name: 'corrected_by_type', type: 'text', nullable: true }) correctedByType: string | null;
  @Column({ name: 'corrected_by_id', type: 'text', nullable: true }) correctedById: string | null;
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason: string | null;
  @Column({ name: 'corrective_event_id', type: 'uuid', nullable: true }) correctiveEventId: string | null;
  @Column({ name: 'corrects_event_id', type: 'uuid', nullable: true }) correctsEventId: string | null;
}
