/**
 * EPCIS 2.0 JSON-LD documents (GS1 EPCIS 2.0 / CBV 2.0). Business steps and dispositions are
 * written in their compact JSON-LD form (`commissioning`, `in_transit`), which the EPCIS 2.0
 * context expands to the CBV URIs (https://ns.gs1.org/cbv/BizStep-commissioning …); the GS1
 * JSON schema accepts exactly these compact names for CBV values and a URI for anything else,
 * so steps CBV lacks (repurposing, remanufacturing, reuse) are battrace URIs.
 */
export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

export type EpcisEvent = Record<string, unknown> & { type: string; eventTime: string };

export interface EpcisDocument {
  '@context': string[];
  type: 'EPCISDocument';
  schemaVersion: '2.0';
  creationDate: string;
  epcisBody: { eventList: EpcisEvent[] };
}

const base = (type: string, at: Date) => ({ type, eventTime: at.toISOString(), eventTimeZoneOffset: '+00:00' });
/** EPCIS 2.0 §7.4.1: eventTime is when it happened, recordTime when battrace learned of it. */
const recorded = (recordedAt: Date | null) => (recordedAt ? { recordTime: recordedAt.toISOString() } : {});

export function commissioning(at: Date, epcs: string[], readPoint: string, recordedAt: Date | null = null): EpcisEvent {
  return {
    ...base('ObjectEvent', at),
    ...recorded(recordedAt),
    epcList: epcs,
    action: 'ADD',
    bizStep: 'commissioning',
    disposition: 'active',
    readPoint: { id: readPoint },
  };
}

export function aggregation(
  at: Date,
  action: 'ADD' | 'DELETE',
  parent: string,
  children: string[],
  readPoint: string,
  recordedAt: Date | null = null,
): EpcisEvent {
  return {
    ...base('AggregationEvent', at),
    ...recorded(recordedAt),
    parentID: parent,
    childEPCs: children,
    action,
    bizStep: action === 'ADD' ? 'packing' : 'unpacking',
    disposition: action === 'ADD' ? 'container_closed' : 'container_open',
    readPoint: { id: readPoint },
  };
}

/** A unit remade (remanufactured or repurposed) keeps its identity: the same URI goes in and out. */
export function transformation(at: Date, epc: string, status: 'REPURPOSED' | 'REMANUFACTURED', readPoint: string): EpcisEvent {
  return {
    ...base('TransformationEvent', at),
    inputEPCList: [epc],
    outputEPCList: [epc],
    bizStep: `urn:battrace:bizstep:${status === 'REPURPOSED' ? 'repurposing' : 'remanufacturing'}`,
    disposition: 'active',
    readPoint: { id: readPoint },
  };
}

export function statusObservation(at: Date, epc: string, status: 'REUSED' | 'WASTE', readPoint: string): EpcisEvent {
  return status === 'WASTE'
    ? {
        ...base('ObjectEvent', at),
        epcList: [epc],
        action: 'DELETE',
        bizStep: 'decommissioning',
        disposition: 'disposed',
        readPoint: { id: readPoint },
      }
    : {
        ...base('ObjectEvent', at),
        epcList: [epc],
        action: 'OBSERVE',
        bizStep: 'urn:battrace:bizstep:reuse',
        disposition: 'active',
        readPoint: { id: readPoint },
      };
}

export function shipping(
  at: Date,
  epcs: string[],
  billOfLading: string,
  portOfLoading: string,
  shipper: string,
  consignee: string,
  purchaseOrder: string | null = null,
): EpcisEvent {
  return {
    ...base('TransactionEvent', at),
    // CBV business transaction types, in the short form the GS1 EPCIS 2.0 JSON schema enumerates.
    bizTransactionList: [
      { type: 'bol', bizTransaction: billOfLading },
      ...(purchaseOrder ? [{ type: 'po', bizTransaction: purchaseOrder }] : []),
    ],
    epcList: epcs,
    action: 'ADD',
    bizStep: 'shipping',
    disposition: 'in_transit',
    readPoint: { id: portOfLoading },
    sourceList: [{ type: 'owning_party', source: shipper }],
    destinationList: [{ type: 'owning_party', destination: consignee }],
  };
}

/** The document: events in time order, those before `since` left out. */
export function epcisDocument(events: EpcisEvent[], now: Date, since: Date | null): EpcisDocument {
  const kept = events
    .filter((e) => !since || Date.parse(e.eventTime) >= since.getTime())
    .sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  return {
    '@context': [EPCIS_CONTEXT],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: now.toISOString(),
    epcisBody: { eventList: kept },
  };
}
