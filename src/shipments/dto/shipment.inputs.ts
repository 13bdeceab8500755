import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { UnitKindEnum } from '../../batches/batch.model';
import type { UnitKind } from '../../units/unit-kind';
import type { ShipmentEventType, ShipmentStatus } from '../shipment-events';
import {
  PortRegionEnum,
  SeaRoutingEnum,
  ShipmentEventTypeEnum,
  ShipmentStatusEnum,
  TransportFactorUnitEnum,
  TransportModeEnum,
} from '../shipment.model';
import type { FactorUnit, PortRegion, SeaRouting, TransportMode } from '../transport-emissions';

@InputType()
export class ShipmentContainerInput {
  @Field({ description: 'ISO 6346, e.g. CSQU3054383' }) containerNumber: string;
  @Field() sealNumber: string;
  @Field({ description: 'ISO 6346 size-type code, e.g. 22G1 or 45G1' }) sizeType: string;
  @Field(() => Float, { description: 'Verified gross mass of the container, kg' }) grossMassKg: number;
}

@InputType()
export class ShipmentCargoLineInput {
  @Field(() => ID) batchId: string;
  @Field({ description: 'One of this shipment’s containers' }) containerNumber: string;
  @Field(() => Int, { nullable: true, description: 'Packs of the batch' }) packCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Loose cells or modules of the batch (with unitKind)' }) unitCount?: number | null;
  @Field(() => UnitKindEnum, { nullable: true, description: 'CELL or MODULE, with unitCount' }) unitKind?: UnitKind | null;
  @Field(() => Float, { description: 'Gross mass of the line (goods and packaging), kg' }) grossMassKg: number;
}

@InputType()
export class TransportFactorOverrideInput {
  @Field(() => Float) value: number;
  @Field(() => TransportFactorUnitEnum) unit: FactorUnit;
  @Field({ description: 'Where the figure comes from (publication, table, version)' }) source: string;
}

@InputType()
export class ShipmentLegInput {
  @Field(() => TransportModeEnum) mode: TransportMode;
  @Field({ description: 'Place name; for SEA legs the UN/LOCODE of a known port' }) from: string;
  @Field({ description: 'Place name; for SEA legs the UN/LOCODE of a known port' }) to: string;
  @Field(() => Float, { nullable: true }) distanceKm?: number | null;
  @Field(() => Float, { nullable: true, description: '1 nautical mile = 1.852 km' }) distanceNauticalMiles?: number | null;
  @Field({ description: 'Where the distance comes from (route planner, carrier schedule, …)' }) distanceSource: string;
  @Field(() => SeaRoutingEnum, { nullable: true, description: 'Required for Asia–Europe sea legs' }) routing?: SeaRouting | null;
  @Field(() => ID, { nullable: true, description: 'A TRANSPORT row of the emission factor library' }) factorId?: string | null;
  @Field(() => TransportFactorOverrideInput, { nullable: true, description: 'Instead of a factor row: a value with its source' })
  factorOverride?: TransportFactorOverrideInput | null;
}

@InputType()
export class DangerousGoodsInput {
  @Field({ description: 'UN3480, UN3481, UN3171 or UN3536' }) unNumber: string;
  @Field(() => String, { nullable: true, description: 'Always 9 for these entries' }) dgClass?: string | null;
  @Field({ description: 'Reference of the UN 38.3 test summary (required)' }) un383TestSummary: string;
}

@InputType()
export class CreateShipmentInput {
  @Field({ description: 'The manufacturer’s own reference, unique per manufacturer' }) reference: string;
  @Field({ description: 'Carrier-assigned: SCAC prefix and alphanumerics' }) billOfLadingNumber: string;
  @Field(() => String, { nullable: true, description: 'The buyer’s purchase order number, 1 to 64 printable characters' })
  purchaseOrderNumber?: string | null;
  @Field({ description: 'e.g. "FOB Tianjin Incoterms 2020"' }) incoterm: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the manufacturer’s name' }) shipper?: string | null;
  @Field(() => ID, { description: 'A BUYER organization' }) consigneeId: string;
  @Field(() => String, { nullable: true }) notifyParty?: string | null;
  @Field() vesselName: string;
  @Field({ description: 'e.g. IMO 9319466' }) vesselImo: string;
  @Field() voyageNumber: string;
  @Field({ description: 'UN/LOCODE of a known port' }) portOfLoading: string;
  @Field({ description: 'UN/LOCODE of a known port' }) portOfDischarge: string;
  @Field(() => String, { nullable: true, description: 'Six digits; default 8507.60' }) hsCode?: string | null;
  @Field(() => String, { nullable: true, description: 'National tariff line, 8 to 10 digits' }) tariffCode?: string | null;
  @Field(() => String, { nullable: true }) goodsDescription?: string | null;
  @Field(() => DangerousGoodsInput) dangerousGoods: DangerousGoodsInput;
  @Field(() => [ShipmentContainerInput]) containers: ShipmentContainerInput[];
  @Field(() => [ShipmentCargoLineInput]) cargoLines: ShipmentCargoLineInput[];
  @Field(() => [ShipmentLegInput]) legs: ShipmentLegInput[];
  @Field(() => [ID], { nullable: true, description: 'FORWARDER organizations allowed to record events' }) forwarderIds?: string[] | null;
}

@InputType()
export class RecordShipmentEventInput {
  @Field(() => ID) shipmentId: string;
  @Field(() => ShipmentEventTypeEnum) type: ShipmentEventType;
  @Field({ description: 'When it happened (not in the future beyond EVENT_TIME_MAX_SKEW_SECONDS); a missed event may be recorded late' })
  occurredAt: Date;
  @Field({ description: 'Where it happened' }) place: string;
  @Field(() => String, {
    nullable: true,
    description: 'UN/LOCODE of the place; required for events at a port (a known port on the shipment’s route)',
  })
  locode?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'What did happen instead of a wrong event' })
export class ShipmentEventReplacementInput {
  @Field(() => ShipmentEventTypeEnum) type: ShipmentEventType;
  @Field() occurredAt: Date;
  @Field() place: string;
  @Field(() => String, { nullable: true }) locode?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CorrectShipmentEventInput {
  @Field(() => ID) shipmentId: string;
  @Field(() => ID, { description: 'The wrong event (one of this shipment’s, not yet corrected)' }) eventId: string;
  @Field({ description: 'Why it is wrong (kept with the original)' }) reason: string;
  @Field(() => ShipmentEventReplacementInput, {
    nullable: true,
    description: 'What happened instead; without it, the event is declared as not having happened',
  })
  replacement?: ShipmentEventReplacementInput | null;
}

@InputType()
export class AssignForwarderInput {
  @Field(() => ID) shipmentId: string;
  @Field(() => ID) forwarderId: string;
}

@InputType()
export class ShipmentFilter {
  @Field(() => ShipmentStatusEnum, { nullable: true }) status?: ShipmentStatus | null;
  @Field(() => String, { nullable: true, description: 'UN/LOCODE' }) portOfLoading?: string | null;
  @Field(() => String, { nullable: true, description: 'UN/LOCODE' }) portOfDischarge?: string | null;
  @Field(() => String, { nullable: true, description: 'IMO number, or the vessel name (case-insensitive)' }) vessel?: string | null;
  @Field(() => ID, { nullable: true }) consigneeId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Created at or after' }) createdFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Created before' }) createdTo?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Departed at or after' }) departedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Departed before' }) departedTo?: Date | null;
}

@InputType()
export class AddPortInput {
  @Field({ description: 'UN/LOCODE' }) locode: string;
  @Field() name: string;
  @Field(() => PortRegionEnum) region: PortRegion;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}
