import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { UnitKindEnum } from '../batches/batch.model';
import type { UnitKind } from '../units/unit-kind';
import { SHIPMENT_EVENT_TYPES, SHIPMENT_STATUSES, ShipmentEventType, ShipmentStatus } from './shipment-events';
import {
  FACTOR_UNITS,
  FactorUnit,
  PORT_REGIONS,
  PortRegion,
  SEA_ROUTINGS,
  SeaRouting,
  TRANSPORT_MODES,
  TransportMode,
} from './transport-emissions';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const ShipmentStatusEnum = enumOf(SHIPMENT_STATUSES);
export const ShipmentEventTypeEnum = enumOf(SHIPMENT_EVENT_TYPES);
export const TransportModeEnum = enumOf(TRANSPORT_MODES);
export const SeaRoutingEnum = enumOf(SEA_ROUTINGS);
export const TransportFactorUnitEnum = enumOf(FACTOR_UNITS);
export const PortRegionEnum = enumOf(PORT_REGIONS);
registerEnumType(ShipmentStatusEnum, {
  name: 'ShipmentStatus',
  description: 'CREATED, then the type of the last event of the journey (event-time order, corrected events left out)',
});
registerEnumType(ShipmentEventTypeEnum, { name: 'ShipmentEventType' });
registerEnumType(TransportModeEnum, { name: 'TransportMode' });
registerEnumType(SeaRoutingEnum, { name: 'SeaRouting', description: 'Asia–Europe sea legs: via the Suez Canal or the Cape of Good Hope' });
registerEnumType(TransportFactorUnitEnum, { name: 'TransportFactorUnit' });
registerEnumType(PortRegionEnum, { name: 'PortRegion' });

@ObjectType('Port', { description: 'A seaport by UN/LOCODE. Coordinates are port-centre approximations.' })
export class PortModel {
  @Field({ description: 'UN/LOCODE, e.g. NLRTM' }) locode: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @Field(() => PortRegionEnum) region: PortRegion;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field() createdAt: Date;
}

@ObjectType('ShipmentLegFactor', { description: 'The emission factor library row a leg used (see emissionFactor(id) for all of it).' })
export class ShipmentLegFactorModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => Int) version: number;
  @Field() name: string;
  @Field(() => Float) value: number;
  @Field({ description: 'kgCO2e/t-km or kgCO2e/TEU-km' }) unit: string;
  @Field(() => String, { nullable: true }) transportMode: string | null;
  @Field() source: string;
}

@ObjectType('DangerousGoods', { description: 'Class 9 lithium battery entry (docs/methods/identifiers.md).' })
export class DangerousGoodsModel {
  @Field() unNumber: string;
  @Field() dgClass: string;
  @Field() description: string;
  @Field({ description: 'Reference of the UN 38.3 test summary' }) un383TestSummary: string;
}

@ObjectType('ShipmentContainer')
export class ShipmentContainerModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field({ description: 'ISO 6346' }) containerNumber: string;
  @Field() sealNumber: string;
  @Field({ description: 'ISO 6346 size-type code, e.g. 22G1, 45G1' }) sizeType: string;
  @Field(() => Float, { nullable: true, description: 'Twenty-foot equivalent units (null for lengths other than 20 and 40 ft)' })
  teu: number | null;
  @Field(() => Float) grossMassKg: number;
  @Field(() => Date, { nullable: true, description: 'When the shipment was delivered and the container freed' }) releasedAt: Date | null;
}

@ObjectType('ShipmentCargoLine', { description: 'Packs (or loose cells or modules) of one batch in one container.' })
export class ShipmentCargoLineModel {
  @Field(() => ID) id: string;
  @Field(() => Int) lineNo: number;
  @Field(() => ID) batchId: string;
  @Field(() => ID) containerId: string;
  @Field() containerNumber: string;
  @Field(() => UnitKindEnum) unitKind: UnitKind;
  @Field(() => Int) packCount: number;
  @Field(() => Int, { description: 'Loose cells or modules (unitKind CELL or MODULE)' }) unitCount: number;
  @Field({ description: 'First serial of the units this line takes (the batch’s units in serial order)' }) firstSerial: string;
  @Field() lastSerial: string;
  @Field(() => Float) grossMassKg: number;
  @Field(() => Float, { nullable: true, description: 'Transport emissions allocated to this line by gross mass' })
  transportCo2eKg: number | null;
}

@ObjectType('TransportFactorOverride')
export class TransportFactorOverrideModel {
  @Field(() => Float) value: number;
  @Field(() => TransportFactorUnitEnum) unit: FactorUnit;
  @Field() source: string;
}

@ObjectType('ShipmentLeg', { description: 'One leg: tonnes × km × factor, well-to-wheel (GLEC / ISO 14083).' })
export class ShipmentLegModel {
  @Field(() => ID) id: string;
  @Field(() => Int) legNo: number;
  @Field(() => TransportModeEnum) mode: TransportMode;
  @Field() from: string;
  @Field() to: string;
  @Field(() => Float) distanceKm: number;
  @Field() distanceSource: string;
  @Field(() => SeaRoutingEnum, { nullable: true }) routing: SeaRouting | null;
  @Field(() => ID, { nullable: true }) factorId: string | null;
  @Field(() => TransportFactorOverrideModel, { nullable: true }) factorOverride: TransportFactorOverrideModel | null;
  @Field(() => Float, { nullable: true }) tonnes: number | null;
  @Field(() => Float, { nullable: true }) tonneKm: number | null;
  @Field(() => Float, { nullable: true, description: 'Factor applied per tonne-km (a TEU-km factor converted with actual t/TEU)' })
  kgCo2ePerTonneKm: number | null;
  @Field(() => Float, { nullable: true }) co2eKg: number | null;
}

@ObjectType('ShipmentEventCorrection', { description: 'Who corrected an event, when and why, and the event that replaces it' })
export class ShipmentEventCorrectionModel {
  @Field() correctedAt: Date;
  @Field({ description: 'ADMIN or ORGANIZATION' }) correctedByType: string;
  @Field(() => String, { nullable: true }) correctedById: string | null;
  @Field() reason: string;
  @Field(() => ID, { nullable: true, description: 'The corrective event; null when the event did not happen at all' })
  correctiveEventId: string | null;
}

@ObjectType('ShipmentEvent', {
  description: 'An event of the journey. Listed in journey order (event time); a corrected event stays, with its correction.',
})
export class ShipmentEventModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Order of recording (1 = recorded first)' }) seq: number;
  @Field(() => Int, { description: 'Place in the journey by event time, corrected events included (1 = earliest)' })
  journeyPosition: number;
  @Field(() => ShipmentEventTypeEnum) type: ShipmentEventType;
  @Field() occurredAt: Date;
  @Field() place: string;
  @Field(() => String, { nullable: true, description: 'UN/LOCODE of the place' }) locode: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field({ description: 'ADMIN or ORGANIZATION' }) recordedByType: string;
  @Field(() => String, { nullable: true }) recordedById: string | null;
  @Field() recordedAt: Date;
  @Field(() => ID, { nullable: true, description: 'The event this one corrects, when it was recorded as a correction' })
  correctsEventId: string | null;
}

@ObjectType('Shipment', { description: 'An export shipment under one bill of lading.' })
export class ShipmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) consigneeId: string;
  @Field() reference: string;
  @Field() billOfLadingNumber: string;
  @Field(() => String, { nullable: true }) purchaseOrderNumber: string | null;
  @Field() incotermRule: string;
  @Field() incotermPlace: string;
  @Field() incotermVersion: string;
  @Field() shipper: string;
  @Field(() => String, { nullable: true }) notifyParty: string | null;
  @Field() vesselName: string;
  @Field() voyageNumber: string;
  @Field({ description: 'UN/LOCODE' }) portOfLoading: string;
  @Field({ description: 'UN/LOCODE' }) portOfDischarge: string;
  @Field({ description: 'Six-digit HS code, e.g. 8507.60' }) hsCode: string;
  @Field(() => String, { nullable: true, description: 'National tariff line (8 to 10 digits)' }) tariffCode: string | null;
  @Field() goodsDescription: string;
  @Field(() => Float) cargoGrossMassKg: number;
  @Field(() => Float, { nullable: true }) teu: number | null;
  @Field(() => Float, { nullable: true, description: 'Sum over the legs, kg CO2e well-to-wheel' }) transportCo2eKg: number | null;
  @Field(() => Date, { nullable: true }) emissionsComputedAt: Date | null;
  @Field(() => ShipmentStatusEnum) status: ShipmentStatus;
  @Field(() => Date, { nullable: true, description: 'Shipped-on-board time (the LOADED event)' }) shippedOnBoardAt: Date | null;
  @Field(() => Date, { nullable: true }) departedAt: Date | null;
  @Field(() => Date, { nullable: true }) arrivedAt: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the goods went back to the shipper (the RETURNED event)' })
  returnedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class ShipmentConnection extends Connection(ShipmentModel, 'Shipment') {}
