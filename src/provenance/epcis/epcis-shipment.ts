import type { ShipmentEventType } from '../../shipments/shipment-events';
import { EpcisEvent, shipping } from './epcis-document';
import { portUri, shipmentEventUri } from './epcis-identifiers';

/**
 * The EPCIS 2.0 events of a shipment's journey (CBV 2.0 business steps):
 * - the first departure is the `shipping` TransactionEvent (bill of lading and purchase order,
 *   read point the port it left); a departure after a transshipment is an ObjectEvent `departing`;
 * - the arrival at the port of discharge is an ObjectEvent `arriving`;
 * - the delivery is an ObjectEvent `receiving` by the consignee;
 * - a return is an ObjectEvent `receiving` by the shipper, disposition `returned`.
 * No departure, no shipping event. Each event carries the id of the shipment event it comes from
 * (`urn:uuid:`); a corrected event is exported as it was, with an `errorDeclaration` (EPCIS 2.0,
 * ErrorDeclaration): the time of the correction, reason `incorrect_data` (or `did_not_occur` when nothing
 * replaced it) and the id of its corrective event, which the export also contains.
 */
export const EXPORTED_SHIPMENT_EVENT_TYPES: readonly ShipmentEventType[] = ['DEPARTED', 'ARRIVED', 'DELIVERED', 'RETURNED'];

export interface JourneyEventRow {
  id: string;
  type: ShipmentEventType;
  occurredAt: Date;
  locode: string | null;
  correctedAt: Date | null;
  correctiveEventId: string | null;
}

export interface ShipmentEpcisParties {
  epcs: string[];
  billOfLading: string;
  purchaseOrder: string | null;
  portOfLoading: string;
  portOfDischarge: string;
  /** The shipper's (manufacturer's) and the consignee's party URIs. */
  shipper: string;
  consignee: string;
}

const observe = (at: Date, epcs: string[], bizStep: string, disposition: string): EpcisEvent => ({
  type: 'ObjectEvent',
  eventTime: at.toISOString(),
  eventTimeZoneOffset: '+00:00',
  epcList: epcs,
  action: 'OBSERVE',
  bizStep,
  disposition,
});

/** `events`: the shipment's events in journey order, corrected ones included. */
export function shipmentEpcisEvents(events: readonly JourneyEventRow[], p: ShipmentEpcisParties): EpcisEvent[] {
  const exported = events.filter((e) => EXPORTED_SHIPMENT_EVENT_TYPES.includes(e.type));
  const ids = new Set(exported.map((e) => e.id));
  const bizTransactionList = [
    { type: 'bol', bizTransaction: p.billOfLading },
    ...(p.purchaseOrder ? [{ type: 'po', bizTransaction: p.purchaseOrder }] : []),
  ];
  const out: EpcisEvent[] = [];
  exported.forEach((e, i) => {
    let event: EpcisEvent;
    if (e.type === 'DEPARTED') {
      // The first departure ships the goods; a corrected one is compared with the journey without its own replacement.
      const earlier = exported.slice(0, i).some((x) => x.type === 'DEPARTED' && x.correctedAt === null && x.id !== e.correctiveEventId);
      event = earlier
        ? {
            ...observe(e.occurredAt, p.epcs, 'departing', 'in_transit'),
            ...(e.locode ? { readPoint: { id: portUri(e.locode) } } : {}),
            bizTransactionList,
          }
        : shipping(e.occurredAt, p.epcs, p.billOfLading, portUri(e.locode ?? p.portOfLoading), p.shipper, p.consignee, p.purchaseOrder);
    } else if (e.type === 'ARRIVED') {
      event = {
        ...observe(e.occurredAt, p.epcs, 'arriving', 'in_transit'),
        readPoint: { id: portUri(e.locode ?? p.portOfDischarge) },
        bizTransactionList,
      };
    } else if (e.type === 'DELIVERED') {
      event = {
        ...observe(e.occurredAt, p.epcs, 'receiving', 'in_progress'),
        bizTransactionList,
        sourceList: [{ type: 'owning_party', source: p.shipper }],
        destinationList: [{ type: 'owning_party', destination: p.consignee }],
      };
    } else {
      event = {
        ...observe(e.occurredAt, p.epcs, 'receiving', 'returned'),
        bizTransactionList,
        sourceList: [{ type: 'owning_party', source: p.consignee }],
        destinationList: [{ type: 'owning_party', destination: p.shipper }],
      };
    }
    event.eventID = shipmentEventUri(e.id);
    if (e.correctedAt) {
      event.errorDeclaration = {
        declarationTime: e.correctedAt.toISOString(),
        reason: e.correctiveEventId ? 'incorrect_data' : 'did_not_occur',
        ...(e.correctiveEventId && ids.has(e.correctiveEventId) ? { correctiveEventIDs: [shipmentEventUri(e.correctiveEventId)] } : {}),
      };
    }
    out.push(event);
  });
  return out;
}
